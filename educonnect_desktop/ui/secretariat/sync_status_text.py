"""What the status bar says about the sync, in words a school secretary reads at a glance.

Pure (no Qt, no I/O): `SyncView` is what the controller knows, `describe` turns it into one
line and a longer explanation for the tooltip and screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


class Problem:
    NONE = ""
    OFFLINE = "offline"  # server unreachable: work kept, retried later
    TOO_OLD = "too_old"  # the server refuses this version of the application
    ERROR = "error"  # anything else the server or the workstation refused (revoked, certificate…)


@dataclass
class SyncView:
    enrolled: bool = False
    server: str = ""
    workstation_name: str = ""
    last_success: datetime | None = None
    waiting: int = 0
    running: bool = False
    first_sync: bool = False  # enrolled, nothing received yet: the whole school is coming
    problem: str = Problem.NONE
    message: str = ""  # the French reason of the last failure
    conflicts: list = field(default_factory=list)  # protocol.ConflictItem, the establishment's open ones


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _aware(moment: datetime) -> datetime:
    """The workstation stores UTC without a zone (`core.clock.utc_now`)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def ago(then: datetime, now: datetime) -> str:
    then, now = _aware(then), _aware(now)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return "à l'instant"
    if seconds < 3600:
        return f"il y a {seconds // 60} min"
    if seconds < 86400:
        return f"il y a {seconds // 3600} h"
    return f"il y a {_plural(seconds // 86400, 'jour', 'jours')}"


def waiting_text(n: int) -> str:
    return _plural(n, "modification en attente", "modifications en attente")


def describe(view: SyncView, now: datetime | None = None) -> tuple[str, str]:
    """(the status line, the explanation) for the status bar."""
    now = now or datetime.now(timezone.utc)
    if not view.enrolled:
        return ("Synchronisation : non configurée",
                "Ce poste travaille seul : il n'est inscrit auprès d'aucun serveur central.")
    if view.running and view.first_sync:
        return ("Première synchronisation en cours…",
                "Les comptes de l'établissement arrivent du serveur central ; vous pouvez continuer à travailler.")
    if view.running:
        line = "Synchronisation en cours…"
    elif view.problem == Problem.OFFLINE:
        line = f"Hors ligne — {waiting_text(view.waiting)}" if view.waiting else "Hors ligne"
    elif view.problem == Problem.TOO_OLD:
        line = "Mise à jour nécessaire"
    elif view.problem == Problem.ERROR:
        line = "Synchronisation impossible"
    elif view.last_success is not None:
        line = f"Synchronisé {ago(view.last_success, now)}"
        if view.waiting:
            line += f" — {waiting_text(view.waiting)}"
    else:
        line = f"Pas encore synchronisé — {waiting_text(view.waiting)}" if view.waiting else "Pas encore synchronisé"
    if view.conflicts:
        line += " · " + _plural(len(view.conflicts), "conflit à traiter", "conflits à traiter")
    detail = [f"Serveur central : {view.server}."]
    if view.last_success is not None:
        detail.append(f"Dernière synchronisation réussie {ago(view.last_success, now)}.")
    if view.problem and view.message:
        detail.append(view.message)
    if view.problem == Problem.OFFLINE:
        detail.append("Le travail de ce poste est conservé et sera envoyé dès que le serveur répondra.")
    return line, " ".join(detail)

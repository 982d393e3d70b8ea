"""What the status bar says about the sync, in words a school secretary reads at a glance.

Pure (no Qt, no I/O): `SyncView` is what the controller knows, `describe` turns it into one
line and a longer explanation for the tooltip and screen readers, as `core.messages.Text`
(context "SyncStatus") that the bar translates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from ...core.messages import QT_TRANSLATE_NOOP, Text, joined


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


def _aware(moment: datetime) -> datetime:
    """The workstation stores UTC without a zone (`core.clock.utc_now`)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def ago(then: datetime, now: datetime) -> Text:
    then, now = _aware(then), _aware(now)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return QT_TRANSLATE_NOOP("SyncStatus", "à l'instant")
    if seconds < 3600:
        return QT_TRANSLATE_NOOP("SyncStatus", "il y a {minutes} min").format(minutes=seconds // 60)
    if seconds < 86400:
        return QT_TRANSLATE_NOOP("SyncStatus", "il y a {hours} h").format(hours=seconds // 3600)
    days = seconds // 86400
    if days == 1:
        return QT_TRANSLATE_NOOP("SyncStatus", "il y a {days} jour").format(days=days)
    return QT_TRANSLATE_NOOP("SyncStatus", "il y a {days} jours").format(days=days)


def waiting_text(n: int) -> Text:
    if n == 1:
        return QT_TRANSLATE_NOOP("SyncStatus", "{count} modification en attente").format(count=n)
    return QT_TRANSLATE_NOOP("SyncStatus", "{count} modifications en attente").format(count=n)


def describe(view: SyncView, now: datetime | None = None) -> tuple[Text, Text]:
    """(the status line, the explanation) for the status bar, as `core.messages.Text` (French;
    the bar shows them with `translations.translated`)."""
    now = now or datetime.now(timezone.utc)
    if not view.enrolled:
        return (QT_TRANSLATE_NOOP("SyncStatus", "Synchronisation : non configurée"),
                QT_TRANSLATE_NOOP("SyncStatus", "Ce poste travaille seul : il n'est inscrit auprès d'aucun serveur "
                                                "central."))
    if view.running and view.first_sync:
        return (QT_TRANSLATE_NOOP("SyncStatus", "Première synchronisation en cours…"),
                QT_TRANSLATE_NOOP("SyncStatus", "Les comptes de l'établissement arrivent du serveur central ; vous "
                                                "pouvez continuer à travailler."))
    waiting = waiting_text(view.waiting)
    if view.running:
        line = QT_TRANSLATE_NOOP("SyncStatus", "Synchronisation en cours…")
    elif view.problem == Problem.OFFLINE:
        line = (QT_TRANSLATE_NOOP("SyncStatus", "Hors ligne — {waiting}").format(waiting=waiting) if view.waiting
                else QT_TRANSLATE_NOOP("SyncStatus", "Hors ligne"))
    elif view.problem == Problem.TOO_OLD:
        line = QT_TRANSLATE_NOOP("SyncStatus", "Mise à jour nécessaire")
    elif view.problem == Problem.ERROR:
        line = QT_TRANSLATE_NOOP("SyncStatus", "Synchronisation impossible")
    elif view.last_success is not None:
        line = QT_TRANSLATE_NOOP("SyncStatus", "Synchronisé {ago}").format(ago=ago(view.last_success, now))
        if view.waiting:
            line += " — " + waiting
    else:
        line = (QT_TRANSLATE_NOOP("SyncStatus", "Pas encore synchronisé — {waiting}").format(waiting=waiting)
                if view.waiting else QT_TRANSLATE_NOOP("SyncStatus", "Pas encore synchronisé"))
    if view.conflicts:
        count = len(view.conflicts)
        line += " · " + (QT_TRANSLATE_NOOP("SyncStatus", "{count} conflit à traiter") if count == 1
                         else QT_TRANSLATE_NOOP("SyncStatus", "{count} conflits à traiter")).format(count=count)
    detail = [QT_TRANSLATE_NOOP("SyncStatus", "Serveur central : {server}.").format(server=view.server)]
    if view.last_success is not None:
        detail.append(QT_TRANSLATE_NOOP("SyncStatus", "Dernière synchronisation réussie {ago}.").format(
            ago=ago(view.last_success, now)))
    if view.problem and view.message:
        detail.append(view.message)
    if view.problem == Problem.OFFLINE:
        detail.append(QT_TRANSLATE_NOOP("SyncStatus", "Le travail de ce poste est conservé et sera envoyé dès que le "
                                                      "serveur répondra."))
    return line, joined(" ", detail)

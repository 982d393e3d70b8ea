"""Importing a SIECLE / ONDE roster: a preview first, then one transaction.

    preview = preview_import([Path("export.zip")])          # reads, writes nothing
    print("\\n".join(preview.summary))
    result = apply_import(preview, actor=staff.actor)     # hashes, then writes

The importers parse and diff; this module decides which establishment the files
belong to and what the import may do beyond the raw diff: only legal guardians
get an account, a contact the family gave or confirmed is never overwritten, a
link goes only to accounts that exist (see `_refine`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Literal

from ..core.actor import Actor
from ..core.clock import Clock, utc_now
from ..core.gc_pause import collector_paused
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..errors import UserFacingError
from ..importers import (
    Change,
    GuardianRecord,
    ImportCancelled,
    LinkChange,
    Roster,
    RosterDiff,
    diff,
    read_onde,
    read_siecle,
)
from ..store.models import Establishment, database_proxy
from .dto import IssuedCredential
from .errors import InvalidInput, ServiceError
from .roster_existing import ExistingState, StoredGuardian, load_existing
from .roster_text import summary_lines

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_UAI = re.compile(r"^\d{7}[A-Z]$")

# An import that would mark more than this share of the establishment's present pupils,
# and more than this many, as having left is stopped until someone confirms it: a
# truncated or wrong file (another school's, last year's) looks exactly like that.
# A whole class leaving (about 25-30 pupils of several hundred) stays below the share.
MASS_DEPARTURE_SHARE = 0.20
MASS_DEPARTURE_COUNT = 10


class StalePreview(ServiceError):
    """The accounts changed between the preview and its confirmation."""


class MassDeparture(ServiceError):
    """The import would mark many pupils as left and nobody confirmed it."""


class ApplyCancelled(ImportCancelled):
    """Cancelled while the provisional passwords were being prepared: nothing written."""

    def __init__(self) -> None:
        UserFacingError.__init__(self, QT_TRANSLATE_NOOP("StaffMessages", "Import annulé : rien n'a été enregistré."))


@dataclass(frozen=True)
class ImportCounts:
    new_students: int
    changed_students: int
    unchanged_students: int
    left_students: int
    ignored_left: int
    new_guardians: int
    changed_guardians: int
    unchanged_guardians: int
    contacts_without_account: int
    new_links: int
    changed_links: int
    removed_links: int
    rejected: int
    warnings: int


class EstablishmentNameRequired(InvalidInput):
    """The roster's establishment is new and nobody said its name."""

    def __init__(self, uai: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StaffMessages", "L'établissement {uai} n'existe pas encore dans la base : indiquez son nom "
            "(il figurera sur les lettres et les messages).").format(uai=uai))
        self.uai = uai


@dataclass(frozen=True)
class ImportPreview:
    roster: Roster
    diff: RosterDiff  # refined: new legal guardians only, contacts the family gave left out
    files: tuple[str, ...]
    uai: str
    establishment_name: str
    establishment_exists: bool
    today: date
    # Non-legal contacts (legal level 0 everywhere): listed, no account.
    contacts_without_account: tuple[GuardianRecord, ...]
    # Guardians whose export contact differs from one the family gave: (change, kept fields).
    kept_contacts: tuple[tuple[Change, tuple[str, ...]], ...]
    fingerprint: str
    counts: ImportCounts
    summary: tuple[str, ...]
    # French explanation when the import would mark many pupils as left (see
    # MASS_DEPARTURE_*): `apply_import` then needs `confirm_departures=True`.
    mass_departure: str | None = None

    @property
    def has_changes(self) -> bool:
        return not self.establishment_exists or self.diff.has_changes

    @property
    def establishment_name_missing(self) -> bool:
        """A new establishment needs its name: never a made-up "Établissement 0759999Z"."""
        return not self.establishment_exists and not self.establishment_name


@dataclass(frozen=True)
class ImportResult:
    uai: str
    establishment_created: bool
    students_created: int
    guardians_created: int
    students_updated: int
    guardians_updated: int
    students_left: int
    links_added: int
    links_changed: int
    links_removed: int
    rejected: int
    # One per account created: the preview's `diff.new_students` then `diff.new_guardians`, in
    # that order. The plain provisional password (None for a guardian without one) is given
    # here once, for the letters, and never stored.
    issued: tuple[IssuedCredential, ...]
    hashing_seconds: float
    writing_seconds: float

    @property
    def passwords_issued(self) -> int:
        return sum(1 for c in self.issued if c.provisional_password)


def preview_import(
    paths: Sequence[Path | str] | Path | str,
    *,
    kind: Literal["siecle", "onde"] = "siecle",
    uai: str | None = None,
    establishment_name: str | None = None,
    today: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPreview:
    """Read the files and compare them with the database; nothing is written."""
    paths = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    with collector_paused():  # half a million objects, no cycle (core.gc_pause)
        return _preview(paths, kind, uai, establishment_name, today or date.today(), progress, cancelled)


def _preview(paths: list[Path], kind: str, uai: str | None, establishment_name: str | None, today: date,
             progress: ProgressCallback | None, cancelled: CancelCheck | None) -> ImportPreview:
    if kind == "siecle":
        roster = read_siecle(paths, today=today, progress=progress, cancelled=cancelled)
    elif kind == "onde":
        if len(paths) != 1:
            raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Importez un seul fichier ONDE à la fois."))
        roster = read_onde(paths[0], today=today, progress=progress, cancelled=cancelled)
    else:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Type d'export inconnu : « {kind} » (siecle ou onde).").format(kind=kind))
    with database_proxy.atomic():  # one consistent read
        code = _establishment_uai(roster, uai)
        school = Establishment.get_or_none(Establishment.uai == code)
        state = load_existing(school.id if school else None)
        raw = diff(roster, state.students, state.guardians, state.links)
    name = school.name if school else (establishment_name or "").strip()
    refined, contacts, kept = _refine(roster, raw, state)
    counts = _counts(roster, refined, contacts)
    preview = ImportPreview(
        roster=roster, diff=refined, files=tuple(p.name for p in paths), uai=code,
        establishment_name=name, establishment_exists=school is not None, today=today,
        contacts_without_account=contacts, kept_contacts=kept, fingerprint=state.fingerprint(),
        counts=counts, summary=(), mass_departure=mass_departure_warning(counts.left_students, state),
    )
    return dataclasses.replace(preview, summary=tuple(summary_lines(preview)))


def apply_import(
    preview: ImportPreview,
    *,
    actor: Actor,
    provisional_for_guardians: bool | set[str] = False,
    hashing: PasswordHashing | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    clock: Clock = utc_now,
    confirm_departures: bool = False,
) -> ImportResult:
    """Write the previewed import in one transaction (see `roster_apply`).

    Raises `MassDeparture` when the preview would mark many pupils as left, unless
    `confirm_departures` says someone read it and agreed.
    """
    from .roster_apply import apply  # here: roster_apply imports this module's types

    if preview.establishment_name_missing:
        raise EstablishmentNameRequired(preview.uai)
    if preview.mass_departure and not confirm_departures:
        raise MassDeparture(preview.mass_departure + " " + QT_TRANSLATE_NOOP(
            "StaffMessages", "Import arrêté : rien n'a été enregistré."))

    return apply(preview, actor=actor, provisional_for_guardians=provisional_for_guardians,
                 hashing=hashing or PasswordHashing(), progress=progress, cancelled=cancelled, clock=clock)


def mass_departure_warning(leaving: int, state: ExistingState) -> str | None:
    present = sum(1 for s in state.students if not s.left)
    if leaving <= MASS_DEPARTURE_COUNT or leaving <= MASS_DEPARTURE_SHARE * present:
        return None
    share = round(100 * leaving / present) if present else 100
    return QT_TRANSLATE_NOOP(
        "StaffMessages", "Attention : cet import marquerait {leaving} élèves sur {present} ({share} %) comme sortis "
        "de l'établissement. Un fichier incomplet, d'une autre année ou d'un autre établissement donne "
        "exactement cela : vérifiez le fichier, et confirmez seulement si ces élèves sont vraiment partis."
    ).format(leaving=leaving, present=present, share=share)


def _establishment_uai(roster: Roster, requested: str | None) -> str:
    """PARAMETRES/UAJ decides; ONDE has none: the `uai` given, or the only establishment."""
    if requested is not None:
        requested = requested.strip().upper()
        if not _UAI.match(requested):
            raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Code UAI « {requested} » invalide : 7 chiffres et une lettre (ex. 0751234A).").format(requested=requested))
    if roster.uai:
        if requested and requested != roster.uai:
            raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Ces fichiers sont ceux de l'établissement {uai}, pas de {requested}.").format(uai=roster.uai, requested=requested))
        return roster.uai
    if requested:
        return requested
    schools = list(Establishment.select().where(Establishment.is_demo == False).limit(2))  # noqa: E712
    if len(schools) == 1:
        return schools[0].uai
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "StaffMessages", "Le fichier n'indique pas l'établissement : précisez son code UAI "
        "(option --uai en ligne de commande, par exemple --uai 0751234A)."))


def _refine(roster: Roster, raw: RosterDiff, state: ExistingState):
    """What the import really does, from the importers' raw diff."""
    # Students with an account once imported, in the export's ids.
    students_after = {s.source_id for s in roster.students if not s.left}
    if not roster.includes_students:  # a guardians file alone links to accounts already here
        students_after |= {s.source_id for s in state.students if s.source_id and not s.left}
    legal = {l.guardian_source_id for l in roster.links
             if l.legal_level > 0 and l.student_source_id in students_after}
    contacts = tuple(g for g in raw.new_guardians if g.source_id not in legal)
    new_guardians = tuple(g for g in raw.new_guardians if g.source_id in legal)
    guardians_after = {g.source_id for g in new_guardians} | {g.source_id for g in state.guardians if g.source_id}
    new_links, changed_links = _links(raw, state, students_after, guardians_after)

    locks = {g.source_id: g for g in state.guardians if g.source_id}
    changed_guardians, kept = [], []
    unchanged = raw.unchanged_guardians
    for change in raw.changed_guardians:
        current: StoredGuardian = locks[change.record.source_id]
        blocked = tuple(f for f in change.fields
                        if (f == "portable" and current.mobile_locked) or (f == "e-mail" and current.email_locked))
        if blocked:
            kept.append((change, blocked))
        fields = tuple(f for f in change.fields if f not in blocked)
        if fields:
            changed_guardians.append(dataclasses.replace(change, fields=fields))
        else:
            unchanged += 1
    refined = dataclasses.replace(
        raw, new_guardians=new_guardians, changed_guardians=tuple(changed_guardians),
        unchanged_guardians=unchanged, new_links=new_links, changed_links=changed_links,
    )
    return refined, contacts, tuple(kept)


def _links(raw: RosterDiff, state: ExistingState, students: set[str], guardians: set[str]):
    """Links to accounts that will exist. A student made by hand and matched by name keeps
    its links under its account, not its new export id: found here by account."""
    student_accounts = state.student_ids()
    student_accounts.update({c.record.source_id: c.existing.account_id for c in raw.changed_students})
    guardian_accounts = state.guardian_ids()
    new, changed = [], list(raw.changed_links)
    for link in raw.new_links:
        if link.student_source_id not in students or link.guardian_source_id not in guardians:
            continue
        pair = (student_accounts.get(link.student_source_id), guardian_accounts.get(link.guardian_source_id))
        known = state.links_by_accounts.get(pair)
        if known is None:
            new.append(link)
        elif known[1] != link.legal_level:
            changed.append(LinkChange(link, known[1]))
    return tuple(new), tuple(changed)


def _counts(roster: Roster, d: RosterDiff, contacts: tuple) -> ImportCounts:
    return ImportCounts(
        new_students=len(d.new_students), changed_students=len(d.changed_students),
        unchanged_students=d.unchanged_students, left_students=len(d.left_students),
        ignored_left=len(d.ignored_left), new_guardians=len(d.new_guardians),
        changed_guardians=len(d.changed_guardians), unchanged_guardians=d.unchanged_guardians,
        contacts_without_account=len(contacts), new_links=len(d.new_links),
        changed_links=len(d.changed_links), removed_links=len(d.removed_links),
        rejected=len(d.rejected), warnings=len(roster.warnings),
    )


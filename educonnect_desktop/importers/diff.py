"""What importing a roster would change, computed before anything is written.

Pure: the database side turns its accounts into `ExistingStudent` /
`ExistingGuardian` and its links into (student_source_id, guardian_source_id,
legal_level) triples, and applies the resulting `RosterDiff` once confirmed.

Matching a student of the export to an existing one, in this order:
1. same source_id (ELEVE_ID, or the ONDE key);
2. same INE, when the source_id is unknown (a newer export renumbered it);
3. same folded family name, first name and birth date, when that is unique on
   both sides and no INE contradicts it (accounts created by hand, ONDE rows
   that gained an INE).
Guardians are matched on source_id (PERSONNE_ID) only: names alone are too
often shared.

A student "left" (`left_students`) is an existing student not already marked
as left who is either marked left in the export (DATE_SORTIE before today), or
absent from an export that includes a students file. Accounts without a
source_id (created by hand) are never reported as absent, nor are students whose
row was rejected. A student marked left in the export and unknown to the
database is not created (`ignored_left`).

An empty mobile or e-mail in the export means "unknown", never "remove it": the
guardian may have given one at the kiosk since.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..core.frozen import frozen_dataclass
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.text import fold_letters
from .records import GuardianRecord, LinkRecord, RejectedRow, Roster, StudentRecord

ExistingLink = tuple[str, str, int]  # student_source_id, guardian_source_id, legal_level


@frozen_dataclass
class ExistingStudent:
    source_id: str | None
    ine: str | None
    last_name: str
    usage_name: str | None
    first_name: str
    birth_date: date | None
    class_code: str | None
    left: bool


@frozen_dataclass
class ExistingGuardian:
    source_id: str | None
    last_name: str
    usage_name: str | None
    first_name: str
    mobile: str | None
    email: str | None


@dataclass(frozen=True)
class Change:
    record: StudentRecord | GuardianRecord
    existing: ExistingStudent | ExistingGuardian
    fields: tuple[str, ...]  # French names: "nom", "classe", "portable"...


@dataclass(frozen=True)
class Departure:
    existing: ExistingStudent
    record: StudentRecord | None  # None: absent from the export
    reason: str


@dataclass(frozen=True)
class LinkChange:
    link: LinkRecord
    previous_level: int


@dataclass(frozen=True)
class RosterDiff:
    new_students: tuple[StudentRecord, ...]
    changed_students: tuple[Change, ...]
    unchanged_students: int
    left_students: tuple[Departure, ...]
    ignored_left: tuple[StudentRecord, ...]
    new_guardians: tuple[GuardianRecord, ...]
    changed_guardians: tuple[Change, ...]
    unchanged_guardians: int
    new_links: tuple[LinkRecord, ...]  # in the export's ids
    changed_links: tuple[LinkChange, ...]  # in the export's ids
    removed_links: tuple[ExistingLink, ...]  # in the existing ids
    rejected: tuple[RejectedRow, ...]

    @property
    def has_changes(self) -> bool:
        return any((self.new_students, self.changed_students, self.left_students, self.new_guardians,
                    self.changed_guardians, self.new_links, self.changed_links, self.removed_links))


def diff(
    roster: Roster,
    students: Iterable[ExistingStudent],
    guardians: Iterable[ExistingGuardian],
    links: Iterable[ExistingLink],
) -> RosterDiff:
    existing_students = list(students)
    matches = match_students(roster.students, existing_students)
    new, changed, departures, ignored = [], [], [], []
    unchanged = 0
    for record in roster.students:
        current = matches.get(record.source_id)
        if current is None:
            (ignored if record.left else new).append(record)
        elif record.left and not current.left:
            reason = (QT_TRANSLATE_NOOP(
                "StaffMessages", "sorti de l'établissement le {date}").format(date=f"{record.left_on:%d/%m/%Y}")
                      if record.left_on else QT_TRANSLATE_NOOP("StaffMessages", "sorti de l'établissement"))
            departures.append(Departure(current, record, reason))
        elif record.left:
            unchanged += 1
        elif fields := student_changes(record, current):
            changed.append(Change(record, current, fields))
        else:
            unchanged += 1
    if roster.includes_students:
        departures += _absent(roster, existing_students, matches.values())

    by_pid = {g.source_id: g for g in guardians if g.source_id}
    new_guardians, changed_guardians = [], []
    unchanged_guardians = 0
    for record in roster.guardians:
        current = by_pid.get(record.source_id)
        if current is None:
            new_guardians.append(record)
        elif fields := guardian_changes(record, current):
            changed_guardians.append(Change(record, current, fields))
        else:
            unchanged_guardians += 1

    # Students whose links are worth comparing: those kept or created by the import.
    linkable = {r.source_id for r in roster.students if r.source_id in matches and not r.left}
    linkable |= {r.source_id for r in new}
    if not roster.includes_students:  # a guardians file alone: links go to existing accounts
        linkable |= {e.source_id for e in existing_students if e.source_id and not e.left}
    new_links, changed_links, removed_links = _links(roster, matches, set(links), linkable)
    return RosterDiff(
        new_students=tuple(new),
        changed_students=tuple(changed),
        unchanged_students=unchanged,
        left_students=tuple(departures),
        ignored_left=tuple(ignored),
        new_guardians=tuple(new_guardians),
        changed_guardians=tuple(changed_guardians),
        unchanged_guardians=unchanged_guardians,
        new_links=tuple(new_links),
        changed_links=tuple(changed_links),
        removed_links=tuple(removed_links),
        rejected=roster.rejected,
    )


def _names_key(last: str, first: str, born: date | None) -> tuple[str, str, date | None]:
    return fold_letters(last), fold_letters(first), born


def match_students(
    records: Iterable[StudentRecord], existing: list[ExistingStudent]
) -> dict[str, ExistingStudent]:
    """export source_id -> the existing student it updates (see the module docstring)."""
    records = list(records)
    matches: dict[str, int] = {}
    claimed: set[int] = set()

    def claim(record: StudentRecord, index: int) -> None:
        matches[record.source_id] = index
        claimed.add(index)

    by_id = {e.source_id: i for i, e in enumerate(existing) if e.source_id}
    for record in records:  # claim() inlined: once per student of a re-import
        if (index := by_id.get(record.source_id)) is not None and index not in claimed:
            matches[record.source_id] = index
            claimed.add(index)
    if len(matches) == len(records) or len(claimed) == len(existing):
        # The usual re-import: every record found by its id, or every account taken; the
        # INE and names passes would only build their indexes for nothing.
        return {source_id: existing[index] for source_id, index in matches.items()}
    by_ine = {e.ine: i for i, e in enumerate(existing) if e.ine and i not in claimed}
    for record in records:
        if record.source_id not in matches and record.ine:
            if (index := by_ine.get(record.ine)) is not None and index not in claimed:
                claim(record, index)
    unique_existing = _unique(
        (_names_key(e.last_name, e.first_name, e.birth_date), i)
        for i, e in enumerate(existing) if i not in claimed and e.birth_date
    )
    unmatched = [r for r in records if r.source_id not in matches]
    unique_records = _unique((_names_key(r.last_name, r.first_name, r.birth_date), r) for r in unmatched)
    for key, record in unique_records.items():
        index = unique_existing.get(key)
        if index is not None and not (record.ine and existing[index].ine and record.ine != existing[index].ine):
            claim(record, index)
    return {source_id: existing[index] for source_id, index in matches.items()}


def _unique(pairs):
    """key -> value for keys seen exactly once."""
    seen: dict = {}
    doubled: set = set()
    for key, value in pairs:
        if key in seen:
            doubled.add(key)
        seen[key] = value
    return {k: v for k, v in seen.items() if k not in doubled}


def _names_changed(record, current) -> list[str]:
    """French names of the name fields that differ (students and guardians share them)."""
    if (record.last_name == current.last_name and record.first_name == current.first_name
            and record.usage_name == current.usage_name):
        return []  # the usual case, without building the three pairs
    return [name for name, new, old in (
        ("nom", record.last_name, current.last_name),
        ("nom d'usage", record.usage_name, current.usage_name),
        ("prénom", record.first_name, current.first_name),
    ) if new != old]


def student_changes(record: StudentRecord, current: ExistingStudent) -> tuple[str, ...]:
    changed = _names_changed(record, current)
    if record.birth_date != current.birth_date:
        changed.append("date de naissance")
    if record.class_code != current.class_code:
        changed.append("classe")
    if record.ine and record.ine != current.ine:
        changed.append("INE")
    if record.source_id != current.source_id:
        changed.append("identifiant de l'export")
    if current.left and not record.left:
        changed.append("retour dans l'établissement")
    return tuple(changed)


def guardian_changes(record: GuardianRecord, current: ExistingGuardian) -> tuple[str, ...]:
    changed = _names_changed(record, current)
    if record.mobile and record.mobile != current.mobile:
        changed.append("portable")
    if record.email and record.email != current.email:
        changed.append("e-mail")
    return tuple(changed)


def _absent(roster: Roster, existing: list[ExistingStudent], matched) -> list[Departure]:
    matched_ids = {id(e) for e in matched}
    rejected_ids = {r.source_id for r in roster.rejected if r.source_id}
    return [
        Departure(e, None, QT_TRANSLATE_NOOP("StaffMessages", "absent de l'export"))
        for e in existing
        if id(e) not in matched_ids and not e.left and e.source_id and e.source_id not in rejected_ids
    ]


def _links(
    roster: Roster, matches: dict[str, ExistingStudent], existing: set[ExistingLink], linkable: set[str]
) -> tuple[list[LinkRecord], list[LinkChange], list[ExistingLink]]:
    """Links of departed students, or of students with no account (a guardians file
    imported alone), are left out: there is nothing to link."""
    if not roster.includes_guardians:
        return [], [], []
    current = {(s, g): level for s, g, level in existing}
    # The export's student key -> the matched account's own key, when it has one (a lookup
    # rather than a call per link).
    existing_ids = {key: match.source_id for key, match in matches.items() if match.source_id}
    existing_id = existing_ids.get

    new, changed, seen = [], [], set()
    # Whose links the export speaks for: with a guardians file alone, only the students
    # it mentions (an account from elsewhere keeps its links).
    covered = {existing_id(s, s) for s in linkable} if roster.includes_students else set()
    for link in roster.links:
        if link.student_source_id not in linkable:
            continue
        pair = (existing_id(link.student_source_id, link.student_source_id), link.guardian_source_id)
        seen.add(pair)
        covered.add(pair[0])
        previous = current.get(pair)
        if previous is None:
            new.append(link)
        elif previous != link.legal_level:
            changed.append(LinkChange(link, previous))
    removed = [(s, g, level) for (s, g), level in current.items() if s in covered and (s, g) not in seen]
    return new, changed, sorted(removed)

"""What one establishment's database holds, in the importers' plain records.

`load_existing` is read twice per import: for the preview, and again inside the
apply transaction, where its fingerprint proves the preview still describes the
database (see `roster_import.StalePreview`).

ONDE has no ELEVE_ID / PERSONNE_ID: its synthesised keys (`onde-e-…`, `onde-r-…`)
live in the same `siecle_eleve_id` / `siecle_personne_id` columns; they cannot
collide with SIECLE's numbers.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import dataclass, field
from datetime import date

from ..core.frozen import frozen_dataclass
from ..importers import ExistingGuardian, ExistingLink, ExistingStudent
from ..store.models import EmailState
from ..store.roster_rows import account_link_rows, guardian_rows, student_rows

# Key of a student account made by hand (no ELEVE_ID) in the link triples: the diff
# never matches it, so such links are neither reported as removed nor duplicated.
_HAND_MADE = "compte:"


@frozen_dataclass
class StoredStudent(ExistingStudent):
    account_id: int = 0


@frozen_dataclass
class StoredGuardian(ExistingGuardian):
    account_id: int = 0
    email_locked: bool = False  # the family gave or confirmed it: the export never overwrites it
    mobile_locked: bool = False


@dataclass
class ExistingState:
    establishment_id: int | None
    students: list[StoredStudent] = field(default_factory=list)
    guardians: list[StoredGuardian] = field(default_factory=list)
    links: set[ExistingLink] = field(default_factory=set)
    # (student key, guardian key) -> link id; (student account, guardian account) -> (link id, level)
    link_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    links_by_accounts: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def student_ids(self) -> dict[str, int]:
        return {s.source_id: s.account_id for s in self.students if s.source_id}

    def guardian_ids(self) -> dict[str, int]:
        return {g.source_id: g.account_id for g in self.guardians if g.source_id}

    # Digest of what was read (see `fingerprint`); load_existing sets it.
    rows_digest: str = field(default_factory=lambda: _digest(None, [], [], []), repr=False)

    def fingerprint(self) -> str:
        """Changes whenever anything the diff or the apply relies on changes.

        Logins, password changes or `updated_at` are left out on purpose: a family
        activating its account at the kiosk must not invalidate the preview.
        """
        return self.rows_digest


def _digest(establishment_id: int | None, students: list[tuple], guardians: list[tuple],
            links: list[tuple]) -> str:
    """SHA-256 of the accounts' values in their SQL order (by id) and of the links, serialised
    by marshal (plain str, int, bool and None; version 2 writes no back-references, so equal
    values always give the same bytes): a third of the time of their repr."""
    data = marshal.dumps((establishment_id, students, guardians, sorted(links)), 2)
    return hashlib.sha256(data).hexdigest()


def load_existing(establishment_id: int | None) -> ExistingState:
    state = ExistingState(establishment_id)
    if establishment_id is None:
        return state
    # Raw rows (store.roster_rows): building a peewee model instance per account cost a
    # third of the preview.
    # What the diff and the apply see of each account, for the fingerprint.
    # The students' rows as read (dates as their ISO text: the same information).
    seen_students = student_rows(establishment_id)
    seen_guardians: list[tuple] = []
    student_keys: dict[int, str] = {}
    students, guardians, no_email = state.students, state.guardians, EmailState.NONE
    for account_id, eleve_id, ine, last, usage, first, born, class_code, left in seen_students:
        born = date.fromisoformat(born[:10]) if isinstance(born, str) else born  # SQLite keeps ISO text
        # Positional: StoredStudent's fields in their order (keywords cost a fifth more).
        students.append(StoredStudent(eleve_id, ine, last, usage, first, born, class_code, bool(left), account_id))
        student_keys[account_id] = eleve_id or f"{_HAND_MADE}{account_id}"
    guardian_keys: dict[int, str] = {}
    for (account_id, personne_id, last, usage, first, mobile, email, email_state, pending,
         confirmed) in guardian_rows(establishment_id):
        email_locked, mobile_locked = email_state != no_email or bool(pending), bool(confirmed)
        guardians.append(StoredGuardian(personne_id, last, usage, first, mobile, email, account_id,
                                        email_locked, mobile_locked))
        seen_guardians.append((account_id, personne_id, last, usage, first, mobile, email, email_locked,
                               mobile_locked))
        if personne_id:
            guardian_keys[account_id] = personne_id
    # Only links to guardians of the export are its business: a link to a guardian
    # who registered by hand is never reported as removed.
    kept_links = []
    links, link_ids, by_accounts = state.links, state.link_ids, state.links_by_accounts
    for link in account_link_rows(establishment_id):
        link_id, student_id, guardian_id, level = link
        guardian_key = guardian_keys.get(guardian_id)
        student_key = student_keys.get(student_id)
        if guardian_key is None or student_key is None:
            continue
        kept_links.append(link)
        links.add((student_key, guardian_key, level))
        link_ids[(student_key, guardian_key)] = link_id
        by_accounts[(student_id, guardian_id)] = (link_id, level)
    state.rows_digest = _digest(establishment_id, seen_students, seen_guardians, kept_links)
    return state


"""Writing a previewed roster import: passwords hashed first, then one transaction.

The Argon2 hashes (the slow part, ~25-30 ms each on one core) run on a thread pool
before the transaction opens, so cancelling writes nothing and the database is
locked only for the short write. The transaction starts IMMEDIATE: the writer
lock is taken before the fingerprint is checked, so no other import can slip in
between the check and the writes.
"""

from __future__ import annotations

from time import perf_counter

from peewee import chunked

from ..core.actor import actor_identifier
from ..core.hashing import HashingCancelled, PasswordHashing
from ..core.identifiers import make_identifier
from ..store.identifier_lease import candidate_numbers, leased_block
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import generate_provisional
from ..importers import GuardianRecord, StudentRecord
from ..store.models import Account, AccountKind, AccountState, Establishment, GuardianLink, database_proxy
from . import audit
from .accounts_store import provisional_expiry
from .dto import IssuedCredential
from .roster_existing import load_existing
from .roster_import import ApplyCancelled, ImportPreview, ImportResult, StalePreview

STALE = QT_TRANSLATE_NOOP("StaffMessages", "Les comptes de l'établissement ont changé depuis l'aperçu (un autre import ou une autre "
         "modification) : refaites l'aperçu avant d'importer.")

# French field of the diff -> (record attribute, account column).
_COLUMNS = {
    "nom": ("last_name", "last_name"), "nom d'usage": ("usage_name", "usage_name"),
    "prénom": ("first_name", "first_name"), "date de naissance": ("birth_date", "birth_date"),
    "classe": ("class_code", "class_code"), "INE": ("ine", "ine"),
    "identifiant de l'export": ("source_id", "siecle_eleve_id"),
    "portable": ("mobile", "mobile"), "e-mail": ("email", "email"),
}
_RETURNED = "retour dans l'établissement"
# Rows per INSERT: ~30 columns x 400 stays well under SQLite's 32,766 bound variables.
_BATCH = 400


def apply(preview: ImportPreview, *, actor, provisional_for_guardians, hashing: PasswordHashing,
          progress, cancelled, clock) -> ImportResult:
    d = preview.diff
    people: list[tuple[str, StudentRecord | GuardianRecord]] = (
        [(AccountKind.STUDENT, s) for s in d.new_students] + [(AccountKind.GUARDIAN, g) for g in d.new_guardians])
    wanted = [i for i, (kind, record) in enumerate(people)
              if kind == AccountKind.STUDENT or _guardian_wants(provisional_for_guardians, record.source_id)]
    passwords = {i: generate_provisional() for i in wanted}
    started = perf_counter()
    hashes = dict(zip(wanted, _hash_all(hashing, [passwords[i] for i in wanted], progress, cancelled)))
    hashing_seconds = perf_counter() - started
    if cancelled is not None and cancelled():
        raise ApplyCancelled()

    started = perf_counter()
    now = clock()
    expires = provisional_expiry(now)
    with database_proxy.atomic("IMMEDIATE"):
        writer = _Writer(preview, now)
        created = writer.create_all([(kind, record, hashes.get(i), expires if i in hashes else None)
                                     for i, (kind, record) in enumerate(people)])
        issued = [IssuedCredential(a.identifier, a.kind, a.first_name, a.usage_name or a.last_name, a.class_code,
                                   passwords.get(i), a.provisional_expires_at) for i, a in enumerate(created)]
        for change in d.changed_students + d.changed_guardians:
            writer.update(change.existing.account_id, change.record, change.fields)
        students_updated, guardians_updated = len(d.changed_students), len(d.changed_guardians)
        for departure in d.left_students:
            record = departure.record
            writer.leave(departure.existing.account_id, record.left_on if record and record.left_on else preview.today)
        links = writer.links()
        audit.record(
            "roster.import", actor=actor_identifier(actor), uai=preview.uai, source=preview.roster.source,
            file=", ".join(preview.files), students=len(d.new_students), guardians=len(d.new_guardians),
            updated=students_updated + guardians_updated, left=len(d.left_students),
            links_added=links[0], links_changed=links[1], links_removed=links[2],
            rejected=len(d.rejected), provisional=len(hashes),
        )
    return ImportResult(
        uai=preview.uai, establishment_created=writer.created_school,
        students_created=len(d.new_students), guardians_created=len(d.new_guardians),
        students_updated=students_updated, guardians_updated=guardians_updated,
        students_left=len(d.left_students), links_added=links[0], links_changed=links[1],
        links_removed=links[2], rejected=len(d.rejected), issued=tuple(issued),
        hashing_seconds=hashing_seconds, writing_seconds=perf_counter() - started,
    )


def _row(instance) -> dict:
    """Every column of an unsaved instance: insert_many takes its columns from the first row."""
    return {name: instance.__data__.get(name) for name in instance._meta.fields if name != "id"}


def _guardian_wants(choice: bool | set[str], source_id: str) -> bool:
    return choice if isinstance(choice, bool) else source_id in choice


def _hash_all(hashing: PasswordHashing, passwords: list[str], progress, cancelled) -> list[str]:
    total = len(passwords)
    report = (lambda done: progress(done, total)) if progress is not None else None
    try:
        return hashing.hash_many(passwords, on_progress=report, cancelled=cancelled)
    except HashingCancelled:
        raise ApplyCancelled() from None


class _Writer:
    """The writes of one import, inside the caller's transaction."""

    def __init__(self, preview: ImportPreview, now) -> None:
        self.preview, self.now = preview, now
        school = Establishment.get_or_none(Establishment.uai == preview.uai)
        self.state = load_existing(school.id if school else None)
        if self.state.fingerprint() != preview.fingerprint:
            raise StalePreview(STALE)
        self.created_school = school is None
        if school is None:
            school = Establishment.create(uai=preview.uai, name=preview.establishment_name, created_at=now)
            audit.journal(school, "insert")
        self.school = school
        # Account objects at hand: journaling a link reads its accounts' uuids without a query each.
        self.accounts = {a.id: a for a in Account.select().where(Account.establishment == school.id)}
        self.students = self.state.student_ids()  # export id -> account id
        self.guardians = self.state.guardian_ids()
        # Every identifier in use, read once: 4,000 new accounts would otherwise ask 4,000 times.
        self.taken = {identifier for (identifier,) in Account.select(Account.identifier).tuples()}
        self.lease = leased_block()  # numbers reserved to this workstation by the central server

    def create_all(self, people) -> list[Account]:
        """New accounts, inserted by batches: one INSERT per account costs more than its hash's share."""
        accounts = [self._new_account(*person) for person in people]
        for batch in chunked(accounts, _BATCH):
            Account.insert_many([_row(a) for a in batch]).execute()
        ids = dict(Account.select(Account.uuid, Account.id).where(Account.establishment == self.school.id).tuples())
        for account, (kind, record, *_) in zip(accounts, people):
            account.id = ids[account.uuid]
            audit.journal(account, "insert")
            self.accounts[account.id] = account
            (self.students if kind == AccountKind.STUDENT else self.guardians)[record.source_id] = account.id
        return accounts

    def _new_account(self, kind: str, record, password_hash: str | None, expires) -> Account:
        identifier = make_identifier(record.first_name, record.usage_name or record.last_name,
                                     self.taken.__contains__, candidate_numbers(self.lease))
        self.taken.add(identifier)
        fields = dict(
            kind=kind, identifier=identifier, first_name=record.first_name, last_name=record.last_name,
            usage_name=record.usage_name, establishment=self.school, state=AccountState.PROVISIONAL,
            password_hash=password_hash, provisional_expires_at=expires, must_change_password=True,
            created_at=self.now, updated_at=self.now,
        )
        if kind == AccountKind.STUDENT:
            fields.update(birth_date=record.birth_date, class_code=record.class_code, ine=record.ine,
                          siecle_eleve_id=record.source_id)
        else:
            fields.update(mobile=record.mobile, email=record.email, siecle_personne_id=record.source_id)
        return Account(**fields)  # every default (uuid included) filled in, not yet saved

    def update(self, account_id: int, record, changed: tuple[str, ...]) -> None:
        account = self.accounts[account_id]
        columns = []
        for name in changed:
            if name == _RETURNED:
                account.left_at = None
                columns.append("left_at")
                if account.state == AccountState.DISABLED:  # disabled by the departure
                    account.state = AccountState.PROVISIONAL if account.must_change_password else AccountState.ACTIVE
                    columns.append("state")
            else:
                attribute, column = _COLUMNS[name]
                setattr(account, column, getattr(record, attribute))
                columns.append(column)
        if isinstance(record, StudentRecord):
            self.students[record.source_id] = account_id
        self._save(account, columns)

    def leave(self, account_id: int, left_on) -> None:
        account = self.accounts[account_id]
        account.left_at = left_on
        columns = ["left_at"]
        if left_on <= self.now.date() and account.state != AccountState.DISABLED:
            # A pupil who left can no longer log in (a later departure date: the purge disables it then).
            account.state = AccountState.DISABLED
            columns.append("state")
        self._save(account, columns)

    def _save(self, account: Account, columns: list[str]) -> None:
        account.updated_at = self.now
        columns = [*columns, "updated_at"]
        account.save(only=[getattr(Account, c) for c in columns])
        audit.journal(account, "update", columns)

    def links(self) -> tuple[int, int, int]:
        d, state = self.preview.diff, self.state
        added = []
        for link in d.new_links:
            student, guardian = self.students[link.student_source_id], self.guardians[link.guardian_source_id]
            added.append(GuardianLink(guardian=self.accounts[guardian], student=self.accounts[student],
                                      legal_level=link.legal_level, created_at=self.now))
        for batch in chunked(added, _BATCH):
            GuardianLink.insert_many([_row(row) for row in batch]).execute()
        for row in added:  # the journal needs the uuids only, not the ids
            audit.journal(row, "insert")
        for change in d.changed_links:
            key = (self.students[change.link.student_source_id], self.guardians[change.link.guardian_source_id])
            self._relevel(state.links_by_accounts[key][0], change.link.legal_level)
        for student_key, guardian_key, _ in d.removed_links:
            row = self._link(state.link_ids[(student_key, guardian_key)])
            audit.journal(row, "delete", ["guardian", "student"])
            row.delete_instance()
        return len(added), len(d.changed_links), len(d.removed_links)

    def _link(self, link_id: int) -> GuardianLink:
        row = GuardianLink.get_by_id(link_id)
        row.guardian, row.student = self.accounts[row.guardian_id], self.accounts[row.student_id]
        return row

    def _relevel(self, link_id: int, level: int) -> None:
        row = self._link(link_id)
        row.legal_level = level
        row.save(only=[GuardianLink.legal_level])
        audit.journal(row, "update", ["guardian", "student", "legal_level"])

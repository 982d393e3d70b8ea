"""From the local journal to numbered operations, and clearing what the server acknowledged.

Numbering happens in one SQLite transaction and is kept in `journal_entry.sync_seq`, so a resend
after a crash or a timeout carries the very same `(workstation, seq)`: the server acknowledges it
without applying it twice. Entries leave the journal only once their seq is acknowledged.
"""

from __future__ import annotations

import json
from itertools import groupby

from .. import __version__
from ..protocol import ACCOUNT, DELETE, FIELDS, LINK, WEB_LINK, Change, Operation
from ..store.models import Account, Establishment, GuardianLink, JournalEntry, SyncShadow, database_proxy
from . import state

NEXT_SEQ_KEY = "next_seq"


def schema_version() -> int:
    row = database_proxy.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return row[0] or 0


def _in_scope(establishment_id: int | None, school: Establishment | None) -> bool:
    """Whether the sync owns a row of this establishment: its school's, and staff without a school."""
    return establishment_id is None or (school is not None and establishment_id == school.id)


def _in_scope_accounts(uai: str) -> tuple[set[str], Establishment | None]:
    """Uuids of the accounts this workstation syncs, and the enrolled school's row."""
    school = Establishment.get_or_none(Establishment.uai == uai)
    rows = Account.select(Account.uuid, Account.establishment).tuples()
    return {uuid for uuid, establishment_id in rows if _in_scope(establishment_id, school)}, school


def baseline() -> None:
    """On the first sync: one operation per existing row, so data made before enrollment travels too."""
    if state.get("baseline_done"):
        return
    from ..services import audit  # the journal's own writer: same payload shape as the services'

    with database_proxy.atomic():
        JournalEntry.delete().where(JournalEntry.sync_seq.is_null()).execute()
        for account in Account.select().order_by(Account.id):
            entry = audit.journal(account, "insert")
            entry.op_key, entry.op_name = f"baseline-{account.uuid}", "sync.baseline"
            entry.save()
        for link in GuardianLink.select().order_by(GuardianLink.id):
            entry = audit.journal(link, "insert")
            entry.op_key, entry.op_name = f"baseline-{link.uuid}", "sync.baseline"
            entry.save()
        state.put("baseline_done", 1)


def number_pending(uai: str) -> None:
    """Give a sequence number to every operation not numbered yet (one per service call)."""
    with database_proxy.atomic():
        entries = list(JournalEntry.select().where(JournalEntry.sync_seq.is_null()).order_by(JournalEntry.id))
        if not entries:
            return
        scope, school = _in_scope_accounts(uai)
        links = {l.uuid: l for l in GuardianLink.select(GuardianLink.uuid, GuardianLink.student)}
        student_uuid = dict(Account.select(Account.id, Account.uuid).tuples())
        seq = state.int_value(NEXT_SEQ_KEY, 1)
        for _key, group in groupby(entries, key=lambda e: e.op_key or f"entry-{e.id}"):
            group = list(group)
            wanted = [e for e in group if _travels(e, scope, school, links, student_uuid)]
            others = [e.id for e in group if e not in wanted]
            if others:  # another school's rows, the establishment rows: local only
                JournalEntry.delete().where(JournalEntry.id.in_(others)).execute()
            if wanted:
                JournalEntry.update(sync_seq=seq).where(JournalEntry.id.in_([e.id for e in wanted])).execute()
                seq += 1
        state.put(NEXT_SEQ_KEY, seq)


def _travels(entry: JournalEntry, scope: set[str], school: Establishment | None, links: dict,
             student_uuid: dict) -> bool:
    if entry.entity == ACCOUNT and entry.operation == DELETE:  # the row is gone: its entry says where it was
        where = json.loads(entry.payload).get("establishment")  # the establishment's uuid, as journaled
        return where is None or (school is not None and where == school.uuid)
    if entry.entity == ACCOUNT:
        return entry.entity_uuid in scope
    if entry.entity == WEB_LINK:  # a link e-mailed to one of this school's families
        return json.loads(entry.payload).get("account") in scope
    if entry.entity == LINK:
        payload = json.loads(entry.payload)
        student = payload.get("student")
        if student is None and entry.entity_uuid in links:
            student = student_uuid.get(links[entry.entity_uuid].student_id)
        return student in scope
    return False


def pending_batch(limit: int) -> list[Operation]:
    """The oldest numbered, unacknowledged operations (at most `limit`), ready to send."""
    seqs = [s for (s,) in JournalEntry.select(JournalEntry.sync_seq).where(JournalEntry.sync_seq.is_null(False))
            .distinct().order_by(JournalEntry.sync_seq).limit(limit).tuples()]
    if not seqs:
        return []
    entries = list(JournalEntry.select().where(JournalEntry.sync_seq.in_(seqs))
                   .order_by(JournalEntry.sync_seq, JournalEntry.id))
    uuids = {e.entity_uuid for e in entries}
    shadows = {(s.entity, s.uuid): s for s in SyncShadow.select().where(SyncShadow.uuid.in_(list(uuids)))}
    hashes = dict(Account.select(Account.uuid, Account.password_hash).where(Account.uuid.in_(list(uuids))).tuples())
    schema, ops = schema_version(), []
    for seq, group in groupby(entries, key=lambda e: e.sync_seq):
        group = list(group)
        changes = [_change(e, shadows.get((e.entity, e.entity_uuid)), hashes) for e in group]
        first = group[0]
        ops.append(Operation(seq=seq, name=first.op_name or f"{first.entity}.{first.operation}",
                             actor=first.op_actor, app_version=__version__, schema_version=schema,
                             changes=changes))
    return ops


def _change(entry: JournalEntry, shadow: SyncShadow | None, hashes: dict) -> Change:
    payload = json.loads(entry.payload)
    fields = {k: v for k, v in payload.items() if k in FIELDS[entry.entity]}
    if entry.entity == ACCOUNT:
        if "establishment" in payload:
            fields["in_school"] = payload["establishment"] is not None
        # The journal never carries password hashes: send the current one when it differs from
        # what the server last gave us (a password set here), so families can log in elsewhere.
        current = hashes.get(entry.entity_uuid)
        if current is not None and current != (shadow.password_hash if shadow else None):
            fields["password_hash"] = current
    return Change(entity=entry.entity, uuid=entry.entity_uuid, action=entry.operation,
                  base_version=shadow.version if shadow else None, fields=fields)


def acknowledge(through: int, sent: list[Operation]) -> None:
    """The server has every operation up to `through`: they leave the journal (pruned for good)."""
    with database_proxy.atomic():
        JournalEntry.delete().where(JournalEntry.sync_seq <= through).execute()
        for op in sent:
            if op.seq > through:
                continue
            for change in op.changes:
                if change.entity == ACCOUNT and "password_hash" in change.fields:
                    SyncShadow.insert(entity=ACCOUNT, uuid=change.uuid, version=change.base_version or 0,
                                      password_hash=change.fields["password_hash"]).on_conflict(
                        conflict_target=[SyncShadow.entity, SyncShadow.uuid],
                        update={SyncShadow.password_hash: change.fields["password_hash"]}).execute()
        state.put("acknowledged_seq", max(through, state.int_value("acknowledged_seq")))


def waiting_count() -> int:
    return (JournalEntry.select(JournalEntry.op_key).distinct().count())

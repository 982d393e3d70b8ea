"""Applying pulled rows: all of a complete checkpoint in one SQLite transaction, or nothing.

Refused (and retried after another push) when the journal holds work not yet acknowledged: a
pull never overwrites a local change the server has not seen.
"""

from __future__ import annotations

from datetime import date, datetime

from peewee import IntegrityError

from ..core.clock import utc_now
from ..core.messages import QT_TRANSLATE_NOOP
from ..protocol import ACCOUNT, LINK, Row
from ..services import web_links
from ..store.models import (Account, Establishment, GuardianLink, IdentifierAlias, JournalEntry, OutboxMessage,
                            SyncShadow, database_proxy)
from . import state
from .errors import SyncError

DATETIME_FIELDS = ("provisional_expires_at", "charter_accepted_at", "last_login_at", "created_at", "updated_at")
DATE_FIELDS = ("birth_date", "left_at")
# Who the audit names for an erasure decided at another workstation of the school.
ERASED_ELSEWHERE_ACTOR = "serveur central (effacement décidé sur un autre poste)"
SHARED_ELSEWHERE_ACTOR = "serveur central (responsable déjà connu dans un autre établissement)"


class LocalWorkPending(Exception):
    """New local operations appeared since the push: push them first."""


def _value(name: str, value):
    if value is None or not isinstance(value, str):
        return value
    if name in DATETIME_FIELDS:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    if name in DATE_FIELDS:
        return date.fromisoformat(value[:10])
    return value


def _account_columns(fields: dict, school_id: int | None) -> dict:
    columns = {k: _value(k, v) for k, v in fields.items() if k != "in_school" and k in Account._meta.fields}
    # (`former_identifiers`, sent by the server with a renamed account, is not a column: `_record_aliases`.)
    if "in_school" in fields:
        columns["establishment"] = school_id if fields["in_school"] else None
    return columns


def own_schools() -> list[str]:
    """The UAI codes of the schools whose data this workstation holds (the demo school left out)."""
    return [e.uai for e in Establishment.select(Establishment.uai).where(~Establishment.is_demo)
            .order_by(Establishment.uai)]


def ensure_school(uai: str, name: str) -> int:
    """The local row of the enrolled establishment (made at enrollment, or at the first pull)."""
    school = Establishment.get_or_none(Establishment.uai == uai)
    if school is None:
        school = Establishment.create(uai=uai, name=name)
    return school.id


def apply_rows(rows: list[Row], uai: str, establishment_name: str, cursor: int, *, snapshot: bool) -> int:
    """Write the pulled state; returns how many rows changed here."""
    latest: dict[tuple[str, str], Row] = {}
    for row in rows:  # pages may repeat a row: its newest version counts
        key = (row.entity, row.uuid)
        if key not in latest or latest[key].version < row.version:
            latest[key] = row
    try:
        return _apply(latest, uai, establishment_name, cursor, snapshot)
    except IntegrityError as exc:
        raise SyncError(QT_TRANSLATE_NOOP("StaffMessages",
            "Les changements reçus du serveur n'ont pas pu être enregistrés : un compte local d'un autre "
            "établissement porte le même identifiant ({detail}). Rien n'a été modifié sur ce poste.")
            .format(detail=str(exc))) from None


def _apply(latest: dict, uai: str, establishment_name: str, cursor: int, snapshot: bool) -> int:
    with database_proxy.atomic():
        if JournalEntry.select().exists():
            raise LocalWorkPending()
        school_id = ensure_school(uai, establishment_name)
        accounts = [r for r in latest.values() if r.entity == ACCOUNT and not r.deleted]
        links = [r for r in latest.values() if r.entity == LINK]
        erased = {r.uuid for r in latest.values() if r.entity == ACCOUNT and r.deleted}
        if snapshot:  # a new snapshot is the whole truth: synced accounts now absent were erased
            synced = {s.uuid for s in SyncShadow.select().where(SyncShadow.entity == ACCOUNT)}
            erased |= synced - {r.uuid for r in accounts}
        _erase_accounts(erased)
        shared = _take_over_merged(accounts)
        _apply_accounts(accounts, school_id)
        _tell_shared(shared)
        _record_aliases(accounts)
        _apply_links(links, snapshot)
        # The base of this workstation's next change to the row: the server's version of it (for a
        # guardian shared with another school, the version in its home school, `server_version`).
        _executemany('INSERT OR REPLACE INTO "sync_shadow" ("entity", "uuid", "version", "password_hash") '
                     'VALUES (?, ?, ?, ?)', [(r.entity, r.uuid, r.fields.get("server_version", r.version),
                                              r.fields.get("password_hash"))
                                             for r in latest.values() if r.uuid not in erased])
        state.put("cursor", cursor)
    return len(latest)


def _apply_accounts(rows: list[Row], school_id: int) -> None:
    existing = {a.uuid: a for a in Account.select().where(Account.uuid.in_([r.uuid for r in rows]))} if rows else {}
    # Identifiers may move (a clash renamed on the server): free them all first, then set them,
    # so the UNIQUE index never sees two rows with one identifier in between.
    moving = [r for r in rows if r.uuid in existing and existing[r.uuid].identifier != r.fields.get("identifier")]
    for r in moving:
        Account.update(identifier=f"~{r.uuid}").where(Account.uuid == r.uuid).execute()
    new, password_changed, address_changed = [], {}, []
    for r in rows:
        columns = _account_columns(r.fields, school_id)
        if r.uuid in existing:
            old = existing[r.uuid]
            if "password_hash" in columns and columns["password_hash"] != old.password_hash:
                password_changed[old.id] = columns.get("identifier", old.identifier)
            if any(name in columns and columns[name] != getattr(old, name)
                   for name in ("email", "pending_email", "email_state")):
                address_changed.append(old.id)
            Account.update(**columns).where(Account.uuid == r.uuid).execute()
        else:
            new.append({**columns, "uuid": r.uuid})
    # A password or an address changed elsewhere (e.g. on the server's pages): the reset codes,
    # links and confirmations still pending here for it must stop working.
    web_links.settle_pulled_changes(password_changed, address_changed, utc_now())
    if new:  # a first sync brings thousands: one prepared INSERT run for all (peewee would build SQL per row)
        fields = [f for f in Account._meta.sorted_fields if f.name != "id"]
        sql = (f'INSERT INTO "account" ({", ".join(chr(34) + f.column_name + chr(34) for f in fields)}) '
               f'VALUES ({", ".join("?" for _ in fields)})')
        _executemany(sql, [tuple(f.db_value(row[f.name] if f.name in row else _default(f)) for f in fields)
                           for row in new])


def _take_over_merged(rows: list[Row]) -> list[tuple[str, str]]:
    """A guardian this workstation made, whom the server found already had an account in another
    school (`merged_from`): the local row becomes that account (its uuid, then its fields), its
    links and history staying with it; the identifier made here stays usable for its letter."""
    merged = {old: r.uuid for r in rows for old in (r.fields.get("merged_from") or ()) if isinstance(old, str)}
    identifiers = {r.uuid: r.fields.get("identifier") for r in rows}
    if not merged:
        return []
    taken_over = []
    present = {uuid for (uuid,) in Account.select(Account.uuid).where(Account.uuid.in_(list(merged.values()))).tuples()}
    for old in Account.select().where(Account.uuid.in_(list(merged))):
        shared = merged[old.uuid]
        taken_over.append((identifiers[shared], old.identifier))
        if shared in present:  # both here already (pulled before): the links move, the copy goes
            target = Account.get(Account.uuid == shared)
            for link in GuardianLink.select().where(GuardianLink.guardian == old):
                if not GuardianLink.select().where((GuardianLink.guardian == target)
                                                   & (GuardianLink.student == link.student)).exists():
                    GuardianLink.update(guardian=target).where(GuardianLink.id == link.id).execute()
            OutboxMessage.update(account=target).where(OutboxMessage.account == old).execute()
            _keep_identifier(old.identifier, target.id, identifiers[shared])
            old.delete_instance()
        else:
            Account.update(uuid=shared).where(Account.id == old.id).execute()
            _keep_identifier(old.identifier, old.id, identifiers[shared])
            present.add(shared)
        SyncShadow.delete().where((SyncShadow.entity == ACCOUNT) & (SyncShadow.uuid == old.uuid)).execute()
    return taken_over


def _tell_shared(taken_over: list[tuple[str, str]]) -> None:
    """The secretariat's log tells why the letter made here no longer opens the account (once the
    account bears its shared identifier, which the log names)."""
    from ..services import audit  # the audit log's own writer: same chain as every other row

    for identifier, made_here in taken_over:
        audit.record("sync.account_shared", actor=SHARED_ELSEWHERE_ACTOR, target=identifier,
                     identifier_made_here=made_here)


def _keep_identifier(identifier: str, account_id: int, current: str | None) -> None:
    from ..services.accounts_store import provisional_expiry

    if identifier == current:
        return
    IdentifierAlias.insert(old_identifier=identifier, account=account_id, valid_until=provisional_expiry()).on_conflict(
        conflict_target=[IdentifierAlias.old_identifier], update={IdentifierAlias.account: account_id}).execute()


def _record_aliases(rows: list[Row]) -> None:
    """Identifiers the server renamed (a clash between workstations): the letter printed with the
    old one stays usable at login here for the validity of a provisional password (3 months)."""
    renamed = [r for r in rows if r.fields.get("former_identifiers")]
    if not renamed:
        return
    from ..services.accounts_store import provisional_expiry

    ids = dict(Account.select(Account.uuid, Account.id).where(Account.uuid.in_([r.uuid for r in renamed])).tuples())
    valid_until = provisional_expiry()
    for r in renamed:
        for old in r.fields["former_identifiers"]:
            if isinstance(old, str) and old != r.fields.get("identifier"):
                IdentifierAlias.insert(old_identifier=old, account=ids[r.uuid], valid_until=valid_until).on_conflict(
                    conflict_target=[IdentifierAlias.old_identifier], update={IdentifierAlias.account: ids[r.uuid]}
                ).execute()


def _erase_accounts(uuids: set[str]) -> None:
    """Erased at another workstation (right to erasure, retention): erased here too, audited."""
    if not uuids:
        return
    from ..services import audit  # the audit log's own writer: same chain as every other row

    for account in Account.select().where(Account.uuid.in_(list(uuids))):
        audit.record("privacy.erased", actor=ERASED_ELSEWHERE_ACTOR, target=account.identifier, kind=account.kind,
                     reason="sync")
        OutboxMessage.delete().where(OutboxMessage.account == account).execute()
        account.delete_instance()  # links and secrets go with it (ON DELETE CASCADE)
    SyncShadow.delete().where((SyncShadow.entity == ACCOUNT) & SyncShadow.uuid.in_(list(uuids))).execute()


def _default(field):
    return field.default() if callable(field.default) else field.default


def _executemany(sql: str, rows: list[tuple]) -> None:
    """On the connection of the transaction in progress (peewee's own, so it commits or rolls back with it)."""
    if rows:
        database_proxy.connection().executemany(sql, rows)


def _apply_links(rows: list[Row], snapshot: bool) -> None:
    ids = dict(Account.select(Account.uuid, Account.id).tuples())
    seen = set()
    for r in rows:
        if r.deleted:
            GuardianLink.delete().where(GuardianLink.uuid == r.uuid).execute()
            continue
        guardian, student = ids[r.fields["guardian"]], ids[r.fields["student"]]
        seen.add(r.uuid)
        columns = {k: _value(k, v) for k, v in r.fields.items()
                   if k in ("legal_level", "reported_wrong", "validated", "review_offered", "created_at")}
        same_pair = GuardianLink.get_or_none((GuardianLink.guardian == guardian) & (GuardianLink.student == student))
        if same_pair is not None:  # the same link, made here under another uuid: take the server's
            GuardianLink.update(uuid=r.uuid, **columns).where(GuardianLink.id == same_pair.id).execute()
        elif GuardianLink.select().where(GuardianLink.uuid == r.uuid).exists():
            GuardianLink.update(guardian=guardian, student=student, **columns).where(
                GuardianLink.uuid == r.uuid).execute()
        else:
            GuardianLink.insert(uuid=r.uuid, guardian=guardian, student=student, **columns).execute()
    if snapshot:
        # A new snapshot is the whole truth: links synced before and now gone were removed.
        synced = {s.uuid for s in SyncShadow.select().where(SyncShadow.entity == LINK)}
        gone = synced - seen
        if gone:
            GuardianLink.delete().where(GuardianLink.uuid.in_(list(gone))).execute()
            SyncShadow.delete().where((SyncShadow.entity == LINK) & SyncShadow.uuid.in_(list(gone))).execute()

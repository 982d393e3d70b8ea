"""Audit log and sync journal, written inside the caller's transaction.

Audit details go through an allow-list so that a password, a code or a token can
never reach the log, whatever a caller passes by mistake.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any, Iterable

from peewee import Model

from ..core.clock import utc_now
from ..store.models import AuditEvent, JournalEntry, database_proxy
from . import audit_chain, typed_identifier

AUDIT_DETAIL_KEYS = frozenset({
    "kind", "role", "reason", "channel", "count", "establishment", "uai", "class_code",
    "state", "previous_state", "message_id", "fields", "source", "students", "guardians",
    "file", "version", "attempts", "locked_until", "email_state", "recipient_masked",
    "guardian", "legal_level",
    "conflict", "kept",  # sync.conflict_resolved: the server's conflict number, "server" / "incoming"
    "key",  # config.changed / config.secret_changed: the setting's name, never its value
    "identifier_made_here",  # sync.account_shared: the identifier this workstation had made
    # roster.import counts
    "updated", "left", "links_added", "links_changed", "links_removed", "rejected", "provisional",
})

# Columns that hold secrets (or their hashes) never travel in the journal.
JOURNAL_EXCLUDED = frozenset({
    "id", "password_hash", "secret_hash",
})


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Model):
        return getattr(value, "uuid", None) or value.get_id()
    return value


def record(action: str, *, actor: str | None = None, target: str | None = None,
           outcome: str = "success", **details: Any) -> AuditEvent:
    unknown = set(details) - AUDIT_DETAIL_KEYS
    if unknown:
        raise ValueError(f"audit details not allowed: {sorted(unknown)}")
    payload = {k: _plain(v) for k, v in details.items() if v is not None}
    _name_operation(action, actor)
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else None
    # The target is often what someone typed at login: kept only if it names an account.
    target = typed_identifier.stored_form(target)
    at = utc_now()
    with database_proxy.atomic():  # the previous link is read and the row written under one lock
        row_id, previous = audit_chain.next_row(at)
        chain = audit_chain.link(previous, audit_chain.canonical(row_id, at, actor, action, target, outcome, text))
        return AuditEvent.create(id=row_id, at=at, actor=actor, action=action, target=target, outcome=outcome,
                                 details=text, chain=chain)


def journal(instance: Model, operation: str, fields: Iterable[str] | None = None) -> JournalEntry:
    """Journal a change of `instance` (a model with a `uuid`) for the sync."""
    names = list(fields) if fields is not None else list(instance._meta.fields)
    payload = {}
    for name in names:
        if name in JOURNAL_EXCLUDED:
            continue
        payload[name] = _plain(getattr(instance, name))
    return journal_payload(instance._meta.table_name, instance.uuid, operation, payload)


def journal_payload(entity: str, entity_uuid: str, operation: str, payload: dict[str, Any]) -> JournalEntry:
    """Journal a change given as plain values (an entity that is no local model, e.g. a web link)."""
    op = _operation()
    op["entries"] += 1
    return JournalEntry.create(
        at=utc_now(), entity=entity, entity_uuid=entity_uuid,
        operation=operation, payload=json.dumps({k: _plain(v) for k, v in payload.items()},
                                                ensure_ascii=False, sort_keys=True),
        op_key=op["key"], op_name=op["name"], op_actor=op["actor"],
    )


def _operation() -> dict:
    """The sync operation of the current service call: its outermost transaction.

    Every journal entry of one transaction shares a key, so the sync sends them as one named
    operation (docs/sync.md); outside a transaction each entry is its own operation.
    """
    transactions = database_proxy.obj._state.transactions if database_proxy.obj is not None else []
    if not transactions:
        return {"key": uuid.uuid4().hex, "name": None, "actor": None, "entries": 0}
    outer = transactions[0]
    op = getattr(outer, "_sync_operation", None)
    if op is None:
        op = {"key": uuid.uuid4().hex, "name": None, "actor": None, "entries": 0}
        outer._sync_operation = op
    return op


def _name_operation(action: str, actor: str | None) -> None:
    """The first audit action of a transaction names its operation (and gives its actor)."""
    op = _operation()
    if op["name"] is not None:
        return
    op["name"], op["actor"] = action, actor
    if op["entries"]:
        JournalEntry.update(op_name=action, op_actor=actor).where(
            (JournalEntry.op_key == op["key"]) & JournalEntry.op_name.is_null()).execute()

"""Reading the audit log (staff screen and `educonnect audit list`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from ..store.models import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str | None
    action: str
    target: str | None
    outcome: str
    details: dict


def list_audit(*, limit: int = 200, offset: int = 0, actor: str | None = None, target: str | None = None,
               action_prefix: str | None = None, failures_only: bool = False) -> list[AuditEntry]:
    query = AuditEvent.select().order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if target:
        query = query.where(AuditEvent.target == target)
    if action_prefix:
        query = query.where(AuditEvent.action.startswith(action_prefix))
    if failures_only:
        query = query.where(AuditEvent.outcome != "success")
    return [AuditEntry(e.id, e.at, e.actor, e.action, e.target, e.outcome, json.loads(e.details or "{}"))
            for e in query]

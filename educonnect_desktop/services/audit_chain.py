"""The audit log's hash chain: each row's `chain` = SHA-256(previous `chain` + the row's content).

Editing, deleting or reordering a row (which needs the append-only triggers dropped first)
breaks the link of that row or of the next one; `verify()` finds the first broken link.
Someone who can rewrite the file can also recompute the chain from the edit onwards: the
chain makes tampering evident against edits by hand, and an exported head hash (printed by
`educonnect audit verify`) lets a school notice a rewrite later.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from ..store.models import AuditEvent

GENESIS = "0" * 64


def canonical(row_id: int, at: datetime, actor: str | None, action: str, target: str | None, outcome: str,
              details: str | None) -> str:
    return json.dumps([row_id, at.isoformat(), actor, action, target, outcome, details],
                      ensure_ascii=False, separators=(",", ":"))


def link(previous: str, content: str) -> str:
    return hashlib.sha256((previous + content).encode("utf-8", "surrogatepass")).hexdigest()


def next_row(at: datetime) -> tuple[int, str]:
    """The id the next row takes and the chain value it links to (call inside a write transaction)."""
    last = AuditEvent.select(AuditEvent.id, AuditEvent.chain).order_by(AuditEvent.id.desc()).first()
    if last is None:
        return 1, GENESIS
    return last.id + 1, last.chain or GENESIS


@dataclass(frozen=True)
class ChainReport:
    checked: int
    unchained: int  # rows written before the chain existed (migration 10)
    broken_at: int | None  # id of the first row whose link does not hold
    head: str | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify() -> ChainReport:
    previous, checked, unchained, started = GENESIS, 0, 0, False
    head = None
    query = AuditEvent.select().order_by(AuditEvent.id)
    for row in query.iterator():
        if row.chain is None and not started:
            unchained += 1
            continue
        started = True
        expected = link(previous, canonical(row.id, row.at, row.actor, row.action, row.target, row.outcome,
                                            row.details))
        if row.chain != expected:
            return ChainReport(checked, unchained, row.id, head)
        previous = head = row.chain
        checked += 1
    return ChainReport(checked, unchained, None, head)

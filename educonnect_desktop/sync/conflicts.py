"""The establishment's open conflicts, read from the server and resolved by a staff member.

The server decides nothing here: a person chose, the server applies the choice (a kept
incoming value becomes a new version every workstation pulls) and audits it with that person's
identifier; this workstation audits it too, under the same actor.
"""

from __future__ import annotations

from ..core.actor import Actor, actor_identifier
from ..core.messages import QT_TRANSLATE_NOOP
from ..protocol import ConflictItem, ResolveRequest, conflicts_from_wire, to_wire
from ..secret_store import SecretStore
from ..store.models import database_proxy
from . import state
from .engine import transport_for
from .errors import NotEnrolled, SyncError
from .transport import Transport

KEEP_SERVER, KEEP_INCOMING = "server", "incoming"


def _transport(secrets: SecretStore | None, transport: Transport | None) -> tuple[Transport, bool]:
    if transport is not None:
        return transport, False
    e = state.enrollment()
    if e is None:
        raise NotEnrolled()
    return transport_for(e, secrets), True


def open_conflicts(*, secrets: SecretStore | None = None, transport: Transport | None = None) -> list[ConflictItem]:
    t, owned = _transport(secrets, transport)
    try:
        return conflicts_from_wire(t.call("GET", "/v1/conflicts"))
    finally:
        if owned:
            t.close()


def resolve(conflict: ConflictItem, keep: str, *, actor: Actor, secrets: SecretStore | None = None,
            transport: Transport | None = None) -> None:
    from ..services import audit

    if keep not in (KEEP_SERVER, KEEP_INCOMING):
        raise SyncError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Choisissez la valeur à garder : celle du serveur ou celle du poste."))
    who = actor_identifier(actor)
    t, owned = _transport(secrets, transport)
    try:
        t.call("POST", f"/v1/conflicts/{int(conflict.id)}/resolve", to_wire(ResolveRequest(keep=keep, actor=who)))
    finally:
        if owned:
            t.close()
    with database_proxy.atomic():
        audit.record("sync.conflict_resolved", actor=who, target=conflict.identifier, conflict=conflict.id,
                     fields=conflict.field, kept=keep)

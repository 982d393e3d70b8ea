"""`GET /v1/conflicts` and `POST /v1/conflicts/{id}/resolve`: the secretariat's conflicts tab.

A workstation sees and resolves only its own establishment's open conflicts (the establishment
comes from the token, never from the request). The resolution is the one the server CLI makes
(`admin.resolve_conflict`), audited with the staff member who chose and their workstation.
"""


from typing import Annotated, Literal  # no "from __future__ import annotations": FastAPI reads the annotations

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from ..protocol import ERR_NOT_FOUND, ConflictItem, ConflictsResponse, ErrorBody, ResolveResponse
from . import admin
from .errors import NotFound

MAX_ACTOR = 64


class ResolveBody(BaseModel):
    """`protocol.ResolveRequest` with its limits written into the schema (the workstation sends
    the protocol dataclass; the OpenAPI document then says exactly what is accepted)."""

    keep: Literal["server", "incoming"]
    actor: Annotated[str, Field(min_length=1, max_length=MAX_ACTOR, pattern=r"^\S+$")]


def conflicts_router(Me, Conn, ApiError, errors: dict) -> APIRouter:
    """Built inside `create_app` with its dependencies (the token's workstation, a connection)."""
    router = APIRouter()

    @router.get("/v1/conflicts", responses=errors)
    def open_conflicts(me: Me, conn: Conn) -> ConflictsResponse:
        lines = admin.list_conflicts(conn, uai=me.uai)
        return ConflictsResponse(conflicts=[
            ConflictItem(id=c.id, entity=c.entity, identifier=c.identifier, display_name=c.display_name,
                         field=c.field, server_value=c.server_value,  # hashes were masked when recorded
                         incoming_value=c.incoming_value, rule=c.rule,
                         workstation=c.workstation, created_at=c.created_at.isoformat(timespec="seconds"))
            for c in lines])

    @router.post("/v1/conflicts/{conflict_id}/resolve", responses=errors)
    def resolve(conflict_id: Annotated[int, Path(ge=1, le=2**62)], body: ResolveBody, me: Me,
                conn: Conn) -> ResolveResponse:
        actor = body.actor
        try:
            admin.resolve_conflict(conn, conflict_id, body.keep, actor=actor, establishment=me.establishment_id,
                                   workstation=me.name)
        except NotFound:
            raise ApiError(404, ErrorBody(ERR_NOT_FOUND, f"Aucun conflit ouvert n'a le numéro {conflict_id} "
                                          "pour cet établissement (déjà tranché ?).")) from None
        return ResolveResponse(id=conflict_id, resolution=body.keep)

    return router


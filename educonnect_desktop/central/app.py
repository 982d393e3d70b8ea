"""The HTTP API (FastAPI): `/v1/...`, OpenAPI at `/openapi.json`.

Stateless: each request takes a pooled PostgreSQL connection and keeps nothing afterwards, so
any number of processes can serve one database behind a load balancer.
"""


import logging  # no "from __future__ import annotations": FastAPI reads the local Annotated aliases
from contextlib import asynccontextmanager
from typing import Annotated, Iterator

import psycopg
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..protocol import (ACCEPTED_PROTOCOLS, ERR_CURSOR_TOO_OLD, ERR_GAP, ERR_INVALID, ERR_TOO_OLD,
                        MAX_OPS_PER_PUSH, MAX_ROWS_PER_PAGE, PROTOCOL_HEADER, PROTOCOL_VERSION, EnrollRequest,
                        EnrollResponse, ErrorBody, EstablishmentInfo, LeaseResponse, PullResponse, PushRequest,
                        PushResponse, StatusResponse, TokenRequest, TokenResponse, to_wire)
from . import auth, log_masking, web
from .conflicts_api import conflicts_router
from .apply import InvalidBatch, SequenceGap, Workstation, push
from .leases import lease_block
from .pull import CursorTooOld, pull_json

log = logging.getLogger("educonnect_central")

TOO_OLD = ("Ce poste utilise une version trop ancienne d'EduConnect Desktop pour se synchroniser. "
           "Il continue de fonctionner hors ligne : mettez l'application à jour pour reprendre la synchronisation.")
TOO_NEW = "Ce poste est plus récent que le serveur central : le serveur doit être mis à jour."
CURSOR_TOO_OLD = ("Les changements depuis la dernière synchronisation de ce poste ne sont plus conservés : "
                  "une copie complète de l'établissement va être reprise (les opérations du poste sont "
                  "envoyées d'abord).")


class ApiError(Exception):
    def __init__(self, status: int, body: ErrorBody) -> None:
        super().__init__(body.message)
        self.status, self.body = status, body


ERRORS = {status: {"model": ErrorBody} for status in (400, 401, 404, 409, 410, 422, 426)}


def _push_replaying_deadlocks(conn, me, operations, attempts: int = 3):
    """Two schools pushing changes to a guardian they share lock their counters in opposite
    orders; PostgreSQL fails one of them, rolled back whole: it is simply run again."""
    for attempt in range(attempts):
        try:
            return push(conn, me, operations)
        except psycopg.errors.DeadlockDetected:
            if attempt == attempts - 1:
                raise
            log.info("push from %s: deadlock with another school's push, replayed", me.name)


def create_app(database_url: str, *, pool_size: int = 10) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        pool = ConnectionPool(database_url, min_size=1, max_size=pool_size, open=True,
                              kwargs={"row_factory": dict_row, "autocommit": True})
        app.state.pool = pool
        try:
            yield
        finally:
            pool.close()

    app = FastAPI(title="EduConnect central", version=__version__, lifespan=lifespan,
                  description="Serveur central de l'académie : synchronisation des postes EduConnect Desktop.")

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(status_code=exc.status, content=to_wire(exc.body))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = {400: "Requête illisible (JSON attendu).", 404: "Adresse inconnue.",
                   405: "Méthode non permise."}.get(exc.status_code, "Requête refusée.")
        return JSONResponse(status_code=exc.status_code, content=to_wire(ErrorBody(ERR_INVALID, message)),
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # Never echo the body back: it may hold a credential or a password hash.
        where = ", ".join(".".join(str(p) for p in e.get("loc", ())) for e in exc.errors()[:5])
        return JSONResponse(status_code=422, content=to_wire(ErrorBody(ERR_INVALID, f"Requête invalide ({where}).")))

    def connection(request: Request) -> Iterator[psycopg.Connection]:
        with request.app.state.pool.connection() as conn:
            yield conn

    Conn = Annotated[psycopg.Connection, Depends(connection)]

    def protocol(x_educonnect_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None) -> int:
        try:
            version = int(x_educonnect_protocol or "")
        except ValueError:
            version = 0
        if version > PROTOCOL_VERSION:
            raise ApiError(400, ErrorBody(ERR_TOO_OLD, TOO_NEW))
        if version not in ACCEPTED_PROTOCOLS:
            raise ApiError(426, ErrorBody(ERR_TOO_OLD, TOO_OLD))
        return version

    Protocol = Annotated[int, Depends(protocol)]

    def workstation(conn: Conn, _: Protocol,
                    authorization: Annotated[str | None, Header()] = None) -> Workstation:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, ErrorBody("auth", "Identification du poste requise."))
        try:
            return auth.authenticate(conn, token.strip())
        except auth.Refused as exc:
            raise ApiError(401, ErrorBody(exc.code, exc.message)) from None

    Me = Annotated[Workstation, Depends(workstation)]

    web.install(app)  # the families' pages (reset and confirmation links from their e-mails)
    log_masking.install()  # their tokens travel in the query string: never in the access log

    @app.get("/v1/health")
    def health() -> dict:
        return {"status": "ok", "protocol_version": PROTOCOL_VERSION}

    @app.post("/v1/enroll", responses=ERRORS)
    def enroll(body: EnrollRequest, conn: Conn, _: Protocol) -> EnrollResponse:
        try:
            return auth.enroll(conn, body.code[:64], body.accepted_uais)
        except auth.Refused as exc:
            raise ApiError(401, ErrorBody(exc.code, exc.message)) from None

    @app.post("/v1/token", responses=ERRORS)
    def token(body: TokenRequest, conn: Conn, _: Protocol) -> TokenResponse:
        try:
            return auth.issue_token(conn, body.workstation_id[:64], body.credential[:256])
        except auth.Refused as exc:
            raise ApiError(401, ErrorBody(exc.code, exc.message)) from None

    @app.get("/v1/status", responses=ERRORS)
    def status(me: Me, conn: Conn) -> StatusResponse:
        row = conn.execute("""SELECT w.last_seq, e.name, e.change_counter FROM workstation w
                              JOIN establishment e ON e.id = w.establishment_id WHERE w.id = %s""", (me.id,)).fetchone()
        return StatusResponse(workstation_name=me.name, establishment=EstablishmentInfo(me.uai, row["name"]),
                              acknowledged_seq=row["last_seq"], server_cursor=row["change_counter"],
                              protocol_version=PROTOCOL_VERSION)

    @app.post("/v1/push", responses=ERRORS)
    def push_operations(body: PushRequest, me: Me, conn: Conn) -> PushResponse:
        if len(body.operations) > MAX_OPS_PER_PUSH:
            raise ApiError(422, ErrorBody(ERR_INVALID, f"Au plus {MAX_OPS_PER_PUSH} opérations par envoi."))
        if any(op.seq < 1 for op in body.operations):
            raise ApiError(422, ErrorBody(ERR_INVALID, "Les numéros d'opération commencent à 1."))
        try:
            result = _push_replaying_deadlocks(conn, me, body.operations)
        except SequenceGap as gap:
            raise ApiError(409, ErrorBody(ERR_GAP, f"Opérations manquantes : le serveur attend l'opération "
                                          f"n° {gap.expected}.", expected_seq=gap.expected)) from None
        except InvalidBatch as exc:
            raise ApiError(422, ErrorBody(ERR_INVALID, f"Envoi invalide : {exc}.")) from None
        log.info("push from %s: %d operations, acknowledged through %d", me.name, len(body.operations),
                 result.acknowledged_through)
        return result

    @app.get("/v1/pull", responses=ERRORS, response_model=PullResponse)
    def pull_changes(me: Me, conn: Conn, cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
                     limit: Annotated[int, Query(ge=1, le=MAX_ROWS_PER_PAGE)] = 1000) -> Response:
        try:
            return Response(pull_json(conn, me.establishment_id, cursor, limit), media_type="application/json")
        except CursorTooOld:
            raise ApiError(410, ErrorBody(ERR_CURSOR_TOO_OLD, CURSOR_TOO_OLD)) from None

    @app.post("/v1/identifiers/lease", responses=ERRORS)
    def lease(me: Me, conn: Conn) -> LeaseResponse:
        return lease_block(conn, me.id)

    app.include_router(conflicts_router(Me, Conn, ApiError, ERRORS))
    return app

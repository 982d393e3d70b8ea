"""Enrollment and per-request authentication of workstations.

A workstation exchanges its one-time enrollment code for a long-lived *credential* (256 random
bits; the server keeps its SHA-256). It then exchanges the credential for a short-lived *access
token* (10 minutes by default; stored hashed in the database, so any server process can check
it) sent as `Authorization: Bearer`. Revoking a workstation deletes its tokens and every lookup
checks `revoked_at`: refused at once, on every process.
"""

from __future__ import annotations

import hmac
import os
import secrets
import uuid
from datetime import timedelta

import psycopg

from ..protocol import EnrollResponse, EstablishmentInfo, TokenResponse
from .admin import audit
from .apply import Workstation
from .secrets_util import credential, digest, normalize_code

TOKEN_TTL_ENV = "EDUCONNECT_CENTRAL_TOKEN_TTL"


class Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


ENROLL_REFUSED = ("Code d'inscription inconnu, expiré ou déjà utilisé. Demandez un nouveau code à "
                  "l'administrateur du serveur.")
AUTH_REFUSED = "Identification du poste refusée. Inscrivez ce poste à nouveau."
REVOKED = "Ce poste a été révoqué par l'administrateur du serveur."


def token_ttl() -> int:
    try:
        return max(1, int(os.environ.get(TOKEN_TTL_ENV, "600")))
    except ValueError:
        return 600


def wrong_school_message(uai: str, name: str, accepted: list[str]) -> str:
    return (f"Ce code d'inscription est celui de l'établissement {uai} ({name}), alors que ce poste gère "
            f"{', '.join(accepted)}. Le code reste valable : utilisez-le sur un poste de cet établissement, "
            "ou demandez un code pour le vôtre à l'administrateur du serveur.")


class WrongSchool(Exception):
    """Raised inside the transaction: the code's use is rolled back, so it stays valid."""


def enroll(conn: psycopg.Connection, code: str, accepted_uais: list[str] | None = None) -> EnrollResponse:
    try:
        return _enroll(conn, code, [u.strip().upper()[:16] for u in (accepted_uais or [])[:20]])
    except WrongSchool as exc:
        raise Refused("wrong_establishment", str(exc)) from None


def _enroll(conn: psycopg.Connection, code: str, accepted: list[str]) -> EnrollResponse:
    with conn.transaction():
        row = conn.execute(
            """UPDATE enrollment_code SET used_at = now()
               WHERE code_hash = %s AND used_at IS NULL AND expires_at > now() RETURNING workstation_id""",
            (digest(normalize_code(code)),)).fetchone()
        if row is None:
            raise Refused("enrollment_refused", ENROLL_REFUSED)
        secret = credential()
        ws = conn.execute(
            """UPDATE workstation w SET credential_hash = %s, enrolled_at = now()
               FROM establishment e WHERE w.id = %s AND w.revoked_at IS NULL AND e.id = w.establishment_id
               RETURNING w.id, w.name, e.uai, e.name AS establishment_name""",
            (digest(secret), row["workstation_id"])).fetchone()
        if ws is None:
            raise Refused("enrollment_refused", ENROLL_REFUSED)
        if accepted and ws["uai"] not in accepted:
            raise WrongSchool(wrong_school_message(ws["uai"], ws["establishment_name"], accepted))
        audit(conn, "workstation.enrolled", actor=ws["name"], target=ws["name"], uai=ws["uai"])
    return EnrollResponse(workstation_id=str(ws["id"]), workstation_name=ws["name"], credential=secret,
                          establishment=EstablishmentInfo(uai=ws["uai"], name=ws["establishment_name"]))


def issue_token(conn: psycopg.Connection, workstation_id: str, secret: str) -> TokenResponse:
    try:
        ws_id = uuid.UUID(workstation_id)
    except ValueError:
        raise Refused("auth", AUTH_REFUSED) from None
    with conn.transaction():
        row = conn.execute("SELECT credential_hash, revoked_at FROM workstation WHERE id = %s",
                           (ws_id,)).fetchone()
        expected = (row or {}).get("credential_hash") or digest(secrets.token_hex(16))
        if not hmac.compare_digest(expected, digest(secret)):
            raise Refused("auth", AUTH_REFUSED)
        if row["revoked_at"] is not None:
            raise Refused("revoked", REVOKED)
        ttl = token_ttl()
        token = secrets.token_urlsafe(32)
        conn.execute("DELETE FROM access_token WHERE expires_at < now() - interval '1 hour'")
        conn.execute("INSERT INTO access_token (token_hash, workstation_id, expires_at) VALUES (%s, %s, now() + %s)",
                     (digest(token), ws_id, timedelta(seconds=ttl)))
    return TokenResponse(access_token=token, expires_in=ttl)


def authenticate(conn: psycopg.Connection, token: str) -> Workstation:
    with conn.transaction():
        row = conn.execute(
            """SELECT w.id, w.name, w.establishment_id, w.revoked_at, e.uai FROM access_token t
               JOIN workstation w ON w.id = t.workstation_id JOIN establishment e ON e.id = w.establishment_id
               WHERE t.token_hash = %s AND t.expires_at > now()""", (digest(token),)).fetchone()
    if row is None:
        raise Refused("auth", "Jeton d'accès inconnu ou expiré.")
    if row["revoked_at"] is not None:
        raise Refused("revoked", REVOKED)
    return Workstation(row["id"], row["name"], row["establishment_id"], row["uai"])

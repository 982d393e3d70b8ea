"""What the `educonnect-central` administration commands do (one function, one transaction)."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg
from psycopg.types.json import Jsonb

from .errors import CentralError, NotFound
from .secrets_util import digest, enrollment_code

UAI = re.compile(r"^[0-9]{7}[A-Z]$")
ENROLLMENT_VALIDITY = timedelta(hours=24)
MAX_NAME = 120


def audit(conn: psycopg.Connection, action: str, *, actor: str | None, target: str | None = None,
          **details) -> None:
    conn.execute("INSERT INTO server_audit (actor, action, target, details) VALUES (%s, %s, %s, %s)",
                 (actor, action, target, Jsonb(details) if details else None))


def _clean_name(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or any(ord(c) < 32 for c in name):
        raise CentralError(f"{what} : indiquez un nom de 1 à {MAX_NAME} caractères.")
    return name


def _uai(uai: str) -> str:
    uai = uai.strip().upper()
    if not UAI.match(uai):
        raise CentralError(f"« {uai} » n'est pas un code UAI (7 chiffres et une lettre, par exemple 0751234A).")
    return uai


def establishment_id(conn: psycopg.Connection, uai: str) -> int:
    row = conn.execute("SELECT id FROM establishment WHERE uai = %s", (_uai(uai),)).fetchone()
    if row is None:
        raise NotFound(f"Aucun établissement n'a le code UAI {uai.strip().upper()}.")
    return row["id"]


def add_establishment(conn: psycopg.Connection, uai: str, name: str, *, actor: str) -> None:
    uai, name = _uai(uai), _clean_name(name, "Établissement")
    with conn.transaction():
        row = conn.execute("INSERT INTO establishment (uai, name) VALUES (%s, %s) ON CONFLICT (uai) DO NOTHING "
                           "RETURNING id", (uai, name)).fetchone()
        if row is None:
            raise CentralError(f"L'établissement {uai} existe déjà.")
        audit(conn, "establishment.add", actor=actor, target=uai)


def list_establishments(conn: psycopg.Connection) -> list[dict]:
    return conn.execute("""SELECT e.uai, e.name, (SELECT count(*) FROM workstation w
                           WHERE w.establishment_id = e.id AND w.revoked_at IS NULL) AS workstations,
                           (SELECT count(*) FROM account a WHERE a.establishment_id = e.id AND NOT a.deleted)
                           AS accounts
                           FROM establishment e ORDER BY e.uai""").fetchall()


def enroll_workstation(conn: psycopg.Connection, uai: str, name: str, *, actor: str,
                       now: datetime | None = None) -> str:
    """Create the workstation (not yet enrolled) and return its one-time enrollment code."""
    name = _clean_name(name, "Poste")
    now = now or datetime.now(timezone.utc)
    with conn.transaction():
        est = establishment_id(conn, uai)
        existing = conn.execute("SELECT id, establishment_id, enrolled_at, revoked_at FROM workstation "
                                "WHERE name = %s FOR UPDATE", (name,)).fetchone()
        if existing is not None and (existing["enrolled_at"] or existing["revoked_at"]
                                     or existing["establishment_id"] != est):
            raise CentralError(f"Un poste s'appelle déjà « {name} ». Choisissez un autre nom.")
        if existing is None:
            ws = uuid.uuid4()
            conn.execute("INSERT INTO workstation (id, establishment_id, name) VALUES (%s, %s, %s)", (ws, est, name))
        else:  # a new code for a workstation not enrolled yet: the previous code stops working
            ws = existing["id"]
            conn.execute("DELETE FROM enrollment_code WHERE workstation_id = %s", (ws,))
        code = enrollment_code()
        conn.execute("INSERT INTO enrollment_code (code_hash, workstation_id, expires_at) VALUES (%s, %s, %s)",
                     (digest(code), ws, now + ENROLLMENT_VALIDITY))
        audit(conn, "workstation.enrollment_code", actor=actor, target=name, uai=uai.strip().upper())
    return code


def list_workstations(conn: psycopg.Connection) -> list[dict]:
    return conn.execute("""SELECT w.name, e.uai, w.enrolled_at, w.revoked_at, w.last_seq, w.last_seen_at,
                           w.app_version FROM workstation w JOIN establishment e ON e.id = w.establishment_id
                           ORDER BY e.uai, w.name""").fetchall()


def revoke_workstation(conn: psycopg.Connection, name: str, *, actor: str) -> None:
    with conn.transaction():
        row = conn.execute("UPDATE workstation SET revoked_at = now() WHERE name = %s AND revoked_at IS NULL "
                           "RETURNING id", (name.strip(),)).fetchone()
        if row is None:
            raise NotFound(f"Aucun poste actif ne s'appelle « {name.strip()} ».")
        conn.execute("DELETE FROM access_token WHERE workstation_id = %s", (row["id"],))
        conn.execute("DELETE FROM enrollment_code WHERE workstation_id = %s", (row["id"],))
        audit(conn, "workstation.revoke", actor=actor, target=name.strip())


def list_accounts(conn: psycopg.Connection, uai: str) -> list[dict]:
    est = establishment_id(conn, uai)
    # Guardians shared with another school count among this school's accounts too.
    return conn.execute("SELECT identifier, fields FROM account a WHERE NOT deleted AND (establishment_id = %(e)s "
                        "OR EXISTS (SELECT 1 FROM account_view v WHERE v.account_uuid = a.uuid "
                        "AND v.establishment_id = %(e)s AND NOT v.deleted)) ORDER BY identifier", {"e": est}).fetchall()


@dataclass(frozen=True)
class ConflictLine:
    id: int
    uai: str
    status: str
    entity: str
    identifier: str | None
    field: str | None
    server_value: object
    incoming_value: object
    rule: str
    workstation: str | None
    created_at: datetime
    display_name: str | None = None


def list_conflicts(conn: psycopg.Connection, *, uai: str | None = None, everything: bool = False) -> list[ConflictLine]:
    where, params = [], []
    if not everything:
        where.append("c.status = 'open'")
    if uai:
        where.append("c.establishment_id = %s")
        params.append(establishment_id(conn, uai))
    rows = conn.execute(
        f"""SELECT c.*, e.uai, w.name AS workstation, who.identifier,
            concat_ws(' ', who.fields ->> 'last_name', who.fields ->> 'first_name') AS display_name
            FROM sync_conflict c JOIN establishment e ON e.id = c.establishment_id
            LEFT JOIN workstation w ON w.id = c.workstation_id
            LEFT JOIN LATERAL (SELECT a.identifier, a.fields FROM account a
                               WHERE a.uuid = c.entity_uuid OR a.uuid = (SELECT l.guardian_uuid FROM guardian_link l
                                                                         WHERE l.uuid = c.entity_uuid)
                               LIMIT 1) who ON true
            {"WHERE " + " AND ".join(where) if where else ""} ORDER BY c.id""", params).fetchall()
    return [ConflictLine(r["id"], r["uai"], r["status"], r["entity"], r["identifier"], r["field"],
                         r["server_value"], r["incoming_value"], r["rule"], r["workstation"], r["created_at"],
                         r["display_name"] or None)
            for r in rows]


def resolve_conflict(conn: psycopg.Connection, conflict_id: int, keep: str, *, actor: str,
                     establishment: int | None = None, **audit_details) -> None:
    """Close an open conflict keeping the server's value or taking the incoming one (audited).

    `establishment`: only a conflict of that establishment (a workstation's request); another
    school's conflict is answered exactly like an unknown one."""
    from .apply import set_fields  # the same write path as a pushed change

    if keep not in ("server", "incoming"):
        raise CentralError("Choisissez --keep server ou --keep incoming.")
    with conn.transaction():
        row = conn.execute("SELECT * FROM sync_conflict WHERE id = %s FOR UPDATE", (conflict_id,)).fetchone()
        if row is None or row["status"] != "open" or establishment not in (None, row["establishment_id"]):
            raise NotFound(f"Aucun conflit ouvert n'a le numéro {conflict_id}.")
        if keep == "incoming" and row["field"]:
            set_fields(conn, row["establishment_id"], row["entity"], row["entity_uuid"],
                       {row["field"]: row["incoming_value"]})
        conn.execute("UPDATE sync_conflict SET status = 'resolved', resolved_at = now(), resolved_by = %s, "
                     "resolution = %s WHERE id = %s", (actor, keep, conflict_id))
        audit(conn, "conflict.resolve", actor=actor, target=str(conflict_id), keep=keep, field=row["field"],
              **audit_details)


def prune_tombstones(conn: psycopg.Connection, uai: str, *, actor: str) -> int:
    """Forget deleted links and erased accounts' tombstones (a workstation whose cursor is older
    must take a new snapshot, which tells it by their absence what was erased meanwhile), and the
    families' web links and page throttles that can no longer serve."""
    with conn.transaction():
        est = establishment_id(conn, uai)
        counter = conn.execute("SELECT change_counter FROM establishment WHERE id = %s FOR UPDATE",
                               (est,)).fetchone()["change_counter"]
        deleted = conn.execute("DELETE FROM guardian_link WHERE establishment_id = %s AND deleted",
                               (est,)).rowcount
        # The school's tombstones of shared guardians it stopped seeing, and what merged into the
        # accounts about to go (a uuid map, naming nobody).
        conn.execute("DELETE FROM account_view WHERE establishment_id = %s AND deleted", (est,))
        conn.execute("DELETE FROM account_merge m USING account a WHERE a.uuid = m.account_uuid "
                     "AND a.establishment_id = %s AND a.deleted", (est,))
        deleted += conn.execute(
            """DELETE FROM account a WHERE a.establishment_id = %s AND a.deleted AND NOT EXISTS (
                 SELECT 1 FROM guardian_link l WHERE l.guardian_uuid = a.uuid OR l.student_uuid = a.uuid)
               AND NOT EXISTS (SELECT 1 FROM account_view v WHERE v.account_uuid = a.uuid)""",
            (est,)).rowcount
        conn.execute("UPDATE establishment SET retained_from = %s WHERE id = %s", (counter, est))
        # The families' links spent or expired for a day, and throttle windows long closed, serve nothing.
        conn.execute("DELETE FROM web_link WHERE establishment_id = %s AND COALESCE(used_at, expires_at) "
                     "< now() - interval '1 day'", (est,))
        conn.execute("DELETE FROM web_throttle WHERE window_start < now() - interval '1 day'")
        audit(conn, "changes.prune", actor=actor, target=uai.strip().upper(), count=deleted)
    return deleted


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)

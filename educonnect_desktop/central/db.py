"""PostgreSQL access for the central server: URL, connections, migrations.

Nothing is cached in process memory that another server process would need: every request reads
and writes the database, so N processes can share one primary.
"""

from __future__ import annotations

import os

import psycopg
from psycopg.rows import dict_row

from .errors import CentralError
from .migrations import MIGRATIONS

URL_ENV = "EDUCONNECT_CENTRAL_DATABASE_URL"


def database_url(explicit: str | None) -> str:
    url = explicit or os.environ.get(URL_ENV)
    if not url:
        raise CentralError(
            "Indiquez la base PostgreSQL avec --database-url ou la variable "
            f"{URL_ENV} (par exemple postgresql://postgres@127.0.0.1:5432/educonnect).")
    return url


def connect(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, row_factory=dict_row, autocommit=True)
    except psycopg.Error as exc:
        # The message of libpq names host and database, never a password we would echo.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CentralError(f"Connexion à PostgreSQL impossible : {first}") from None


def current_version(conn: psycopg.Connection) -> int:
    conn.execute("""CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())""")
    row = conn.execute("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version").fetchone()
    return row["v"]


def migrate(conn: psycopg.Connection) -> tuple[int, int]:
    """Apply the missing steps; returns (version before, version after)."""
    with conn.transaction():
        # One migrating process at a time (several servers may start together).
        conn.execute("SELECT pg_advisory_xact_lock(4711)")
        before = current_version(conn)
        if before > MIGRATIONS[-1][0]:
            raise CentralError(
                f"La base centrale (schéma {before}) vient d'une version plus récente du serveur. "
                "Mettez educonnect-central à jour.")
        for version, _name, statements in MIGRATIONS:
            if version <= before:
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
    return before, max(before, MIGRATIONS[-1][0])


def require_schema(conn: psycopg.Connection) -> None:
    if current_version(conn) < MIGRATIONS[-1][0]:
        conn.commit()
        raise CentralError("La base centrale n'est pas à jour : lancez « educonnect-central migrate ».")
    conn.commit()

"""Blocks of identifier numbers leased to workstations, for offline account creation.

A lease `start .. start + size - 1` reserves those numbers to one workstation *for every name
stem*: offline it names a new `j.dupont` with the smallest free number of its block, and no other
workstation (nor the server) may use that number for any stem. So an identifier printed offline
is final. The server's own allocation (renaming a clash) skips every leased block.
"""

from __future__ import annotations

import psycopg

from ..protocol import LeaseResponse

LEASE_SIZE = 20
FIRST_LEASED_NUMBER = 1


def lease_block(conn: psycopg.Connection, workstation_id) -> LeaseResponse:
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(4712)")  # one lease at a time, across processes
        row = conn.execute("SELECT COALESCE(MAX(start + size), %s) AS next FROM number_lease",
                           (FIRST_LEASED_NUMBER,)).fetchone()
        conn.execute("INSERT INTO number_lease (start, size, workstation_id) VALUES (%s, %s, %s)",
                     (row["next"], LEASE_SIZE, workstation_id))
    return LeaseResponse(start=row["next"], size=LEASE_SIZE)

"""The pull feed: rows of one establishment newer than a cursor, in version order.

Versions come from the establishment's counter, taken under its row lock by every writer, so a
version is only visible once every smaller one of that establishment is committed: reading
`version > cursor ORDER BY version` can never skip a row that commits later. Each row carries
its latest state; a workstation applies the pages only once a page says `complete`.
"""

from __future__ import annotations

import json

import psycopg

from ..protocol import ACCOUNT, LINK


class CursorTooOld(Exception):
    pass


def pull_json(conn: psycopg.Connection, establishment_id: int, cursor: int, limit: int) -> bytes:
    """One page (a `protocol.PullResponse`) as the JSON body itself: each row's JSONB goes out as PostgreSQL
    wrote it, without being parsed into Python and serialised again (a first sync is mostly this)."""
    rows, next_cursor, complete = _read(conn, establishment_id, cursor, limit)
    parts = [f'{{"entity":"{r["entity"]}","uuid":{json.dumps(r["uuid"])},"version":{r["version"]},'
             f'"deleted":{"true" if r["deleted"] else "false"},"fields":{"{}" if r["deleted"] else r["fields"]}}}'
             for r in rows]
    return (f'{{"rows":[{",".join(parts)}],"next_cursor":{next_cursor},'
            f'"complete":{"true" if complete else "false"}}}').encode()


def _read(conn: psycopg.Connection, establishment_id: int, cursor: int, limit: int):
    with conn.transaction():
        est = conn.execute("SELECT retained_from, change_counter FROM establishment WHERE id = %s",
                           (establishment_id,)).fetchone()
        if cursor > est["change_counter"] or (0 < cursor < est["retained_from"]):
            raise CursorTooOld()
        # A first sync (cursor 0) is a snapshot: deleted rows are of no interest to it.
        rows = conn.execute(
            """SELECT * FROM (
                 SELECT 'account' AS entity, uuid, version, deleted,
                        (fields || COALESCE((SELECT jsonb_build_object('former_identifiers', jsonb_agg(old_identifier))
                                             FROM identifier_alias ia WHERE ia.account_uuid = account.uuid
                                             HAVING count(*) > 0), '{}'))::text AS fields
                   FROM account WHERE establishment_id = %(e)s AND version > %(c)s AND (%(c)s > 0 OR NOT deleted)
                 UNION ALL
                 SELECT 'guardian_link', uuid, version, deleted,
                        (fields || jsonb_build_object('guardian', guardian_uuid, 'student', student_uuid))::text
                   FROM guardian_link WHERE establishment_id = %(e)s AND version > %(c)s
                        AND (%(c)s > 0 OR NOT deleted)
               ) AS feed ORDER BY version LIMIT %(n)s""",
            {"e": establishment_id, "c": cursor, "n": limit}).fetchall()
    next_cursor = rows[-1]["version"] if rows else max(cursor, 0)
    if not rows and cursor == 0:
        next_cursor = est["change_counter"]
    return rows, next_cursor, len(rows) < limit


__all__ = ["pull_json", "CursorTooOld", "ACCOUNT", "LINK"]

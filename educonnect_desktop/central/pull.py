"""The pull feed: rows of one establishment newer than a cursor, in version order.

Versions come from the establishment's counter, taken under its row lock by every writer, so a
version is only visible once every smaller one of that establishment is committed: reading
`version > cursor ORDER BY version` can never skip a row that commits later. Each row carries
its latest state; a workstation applies the pages only once a page says `complete`.
"""

from __future__ import annotations

import psycopg

from ..protocol import ACCOUNT, LINK, PullResponse, Row


class CursorTooOld(Exception):
    pass


def pull(conn: psycopg.Connection, establishment_id: int, cursor: int, limit: int) -> PullResponse:
    with conn.transaction():
        est = conn.execute("SELECT retained_from, change_counter FROM establishment WHERE id = %s",
                           (establishment_id,)).fetchone()
        if cursor > est["change_counter"] or (0 < cursor < est["retained_from"]):
            raise CursorTooOld()
        # A first sync (cursor 0) is a snapshot: deleted links are of no interest to it.
        rows = conn.execute(
            """SELECT * FROM (
                 SELECT 'account' AS entity, uuid, version, false AS deleted, fields
                   FROM account WHERE establishment_id = %(e)s AND version > %(c)s
                 UNION ALL
                 SELECT 'guardian_link', uuid, version, deleted,
                        fields || jsonb_build_object('guardian', guardian_uuid, 'student', student_uuid)
                   FROM guardian_link WHERE establishment_id = %(e)s AND version > %(c)s
                        AND (%(c)s > 0 OR NOT deleted)
               ) AS feed ORDER BY version LIMIT %(n)s""",
            {"e": establishment_id, "c": cursor, "n": limit}).fetchall()
    out = [Row(entity=r["entity"], uuid=r["uuid"], version=r["version"], deleted=r["deleted"],
               fields={} if r["deleted"] else r["fields"]) for r in rows]
    next_cursor = out[-1].version if out else max(cursor, 0)
    if not out and cursor == 0:
        next_cursor = est["change_counter"]
    return PullResponse(rows=out, next_cursor=next_cursor, complete=len(out) < limit)


__all__ = ["pull", "CursorTooOld", "ACCOUNT", "LINK"]

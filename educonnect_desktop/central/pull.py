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
from . import sharing

# What a row of an account carries beside its fields: its former identifiers (accepted at login)
# and the uuids this school's workstations had made for it before it was shared.
_EXTRAS = """COALESCE((SELECT jsonb_build_object('former_identifiers', jsonb_agg(old_identifier))
                        FROM identifier_alias ia WHERE ia.account_uuid = a.uuid HAVING count(*) > 0), '{}')
          || COALESCE((SELECT jsonb_build_object('merged_from', jsonb_agg(merged_uuid)) FROM account_merge m
                        WHERE m.account_uuid = a.uuid AND m.establishment_id = %(e)s HAVING count(*) > 0), '{}')"""

# The school's own accounts, the accounts of other schools it sees (a shared guardian: the view's
# version, from this school's counter; the home version as the base of the next change; none of
# the other school's own columns), and its links; one order over the school's counter.
FEED = f"""SELECT * FROM (
     SELECT 'account' AS entity, a.uuid, a.version, a.deleted, (a.fields || {_EXTRAS})::text AS fields
       FROM account a WHERE a.establishment_id = %(e)s AND a.version > %(c)s AND (%(c)s > 0 OR NOT a.deleted)
     UNION ALL
     SELECT 'account', a.uuid, v.version, v.deleted OR a.deleted,
            ((a.fields - %(school_fields)s::text[]) || {_EXTRAS}
             || jsonb_build_object('server_version', a.version))::text
       FROM account_view v JOIN account a ON a.uuid = v.account_uuid
      WHERE v.establishment_id = %(e)s AND v.version > %(c)s AND (%(c)s > 0 OR NOT (v.deleted OR a.deleted))
     UNION ALL
     SELECT 'guardian_link', uuid, version, deleted,
            (fields || jsonb_build_object('guardian', guardian_uuid, 'student', student_uuid))::text
       FROM guardian_link WHERE establishment_id = %(e)s AND version > %(c)s AND (%(c)s > 0 OR NOT deleted)
   ) AS feed ORDER BY version LIMIT %(n)s"""


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
        rows = conn.execute(FEED, {"e": establishment_id, "c": cursor, "n": limit,
                                   "school_fields": list(sharing.SCHOOL_FIELDS)}).fetchall()
    next_cursor = rows[-1]["version"] if rows else max(cursor, 0)
    if not rows and cursor == 0:
        next_cursor = est["change_counter"]
    return rows, next_cursor, len(rows) < limit


__all__ = ["pull_json", "CursorTooOld", "ACCOUNT", "LINK"]

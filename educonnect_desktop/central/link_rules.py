"""Web links announced by workstations (protocol.WEB_LINK), and the links a pushed change kills.

A workstation sends the SHA-256 of a link's token (the change's uuid), its purpose, account and
expiry; only that hash is stored. An announced link works on the server's pages (central/web)
until it is used, revoked by its workstation, replaced, or made pointless by a change of the
account's password or address, from whichever workstation or page that change came.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from ..protocol import DELETE, INSERT, WEB_LINK_PURPOSES, Change

SHA256_HEX = re.compile(r"[0-9a-f]{64}")
# Links live one hour on the workstation; a longer expiry (a workstation's clock far ahead, or a
# forged operation) is cut to this much from the moment the server hears of the link.
MAX_VALIDITY = timedelta(hours=2)


def apply_change(op, change: Change) -> None:
    """`op` is the push's `apply._Op` (its connection, workstation and refusal)."""
    conn, ws = op.conn, op.ws
    if not SHA256_HEX.fullmatch(change.uuid):
        op.refuse(change, "lien web sans empreinte SHA-256")
        return
    if change.action == DELETE:
        conn.execute("UPDATE web_link SET used_at = now() WHERE token_hash = %s AND establishment_id = %s "
                     "AND used_at IS NULL", (change.uuid, ws.establishment_id))
        return
    fields = change.fields
    expires = _expiry(fields.get("expires_at"))
    if change.action != INSERT or fields.get("purpose") not in WEB_LINK_PURPOSES or expires is None:
        op.refuse(change, "lien web mal formé")
        return
    seen = conn.execute(
        "SELECT 1 FROM account a WHERE uuid = %(a)s AND (establishment_id = %(e)s OR EXISTS (SELECT 1 FROM "
        "account_view v WHERE v.account_uuid = a.uuid AND v.establishment_id = %(e)s AND NOT v.deleted))",
        {"a": str(fields.get("account")), "e": ws.establishment_id}).fetchone()
    if seen is None:
        op.refuse(change, "lien web vers un compte inconnu de cet établissement")
        return
    address = fields.get("address") if isinstance(fields.get("address"), str) else None
    conn.execute(
        """INSERT INTO web_link (token_hash, establishment_id, workstation_id, account_uuid, purpose, address,
           expires_at) VALUES (%s, %s, %s, %s, %s, %s, LEAST(%s, now() + %s)) ON CONFLICT DO NOTHING""",
        (change.uuid, ws.establishment_id, ws.id, fields["account"], fields["purpose"], address, expires,
         MAX_VALIDITY))


def _expiry(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Workstations write naive UTC (core/clock.utc_now).
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def kill_links_made_pointless(conn, account_uuid: str, before: dict, write: dict) -> None:
    """A new password kills pending resets; confirmations die once their address no longer waits
    (the link announced with an address change, in the same operation, stays alive)."""
    if "password_hash" in write and write["password_hash"] != before.get("password_hash"):
        spend(conn, account_uuid, "password_reset")
    if any(name in write and write[name] != before.get(name) for name in ("email", "pending_email", "email_state")):
        waiting = waiting_address({**before, **write})
        conn.execute("""UPDATE web_link SET used_at = now() WHERE account_uuid = %s AND purpose = 'email_confirmation'
                        AND used_at IS NULL AND lower(address) IS DISTINCT FROM lower(%s)""",
                     (account_uuid, waiting))


def waiting_address(fields: dict) -> str | None:
    """The address the account waits to confirm (as services/my_account._address_waiting)."""
    if fields.get("pending_email"):
        return fields["pending_email"]
    return fields.get("email") if fields.get("email_state") == "pending" else None


def spend(conn, account_uuid: str, purpose: str) -> None:
    conn.execute("UPDATE web_link SET used_at = now() WHERE account_uuid = %s AND purpose = %s AND used_at IS NULL",
                 (account_uuid, purpose))

"""The pages' reads and writes: a live link, its account, and the change a used link makes.

A change made here is a row version like a push's (the establishment's counter, under its lock),
so every workstation of the school pulls it. Locks are taken in the push's order (establishment,
then links, then accounts) so a page and a push never wait on each other in a circle.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg

from .. import link_rules
from ..admin import audit
from ..apply import Feed, write_row
from ...protocol import ACCOUNT


def token_hash(token: str) -> str:
    """As the workstation hashes it (core/otp.hash_token)."""
    return hashlib.sha256(token.strip().encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class LiveLink:
    token_hash: str
    purpose: str
    account_uuid: str
    establishment_id: int
    address: str | None
    identifier: str
    fields: dict

    @property
    def waiting_address(self) -> str | None:
        return link_rules.waiting_address(self.fields)

    @property
    def confirmed_address(self) -> str | None:
        return self.fields.get("email") if self.fields.get("email_state") == "confirmed" else None


def live_link(conn: psycopg.Connection, hashed: str, purpose: str, *, lock: bool = False) -> LiveLink | None:
    """The link if it can still be used: unused, unexpired, its account enabled and, for an
    address, that address still the one waiting. Otherwise None, whatever the reason."""
    row = conn.execute(
        f"""SELECT l.token_hash, l.purpose, l.account_uuid, l.establishment_id, l.address, a.identifier, a.fields
            FROM web_link l JOIN account a ON a.uuid = l.account_uuid
            WHERE l.token_hash = %s AND l.purpose = %s AND l.used_at IS NULL AND l.expires_at > now()
            {'FOR UPDATE' if lock else ''}""", (hashed, purpose)).fetchone()
    if row is None or row["fields"].get("state") == "disabled":
        return None
    link = LiveLink(**row)
    if purpose == "email_confirmation" and (link.waiting_address or "").lower() != (link.address or "").lower():
        return None  # confirmed or replaced meanwhile (here or at a workstation)
    return link


def establishment_of(conn: psycopg.Connection, hashed: str) -> int | None:
    row = conn.execute("SELECT establishment_id FROM web_link WHERE token_hash = %s", (hashed,)).fetchone()
    return row["establishment_id"] if row else None


def use_link(conn: psycopg.Connection, hashed: str, purpose: str, change) -> LiveLink | None:
    """In one transaction: check the link again under lock, spend it, and write `change(link)`
    (the account's new fields) as a new version. None (nothing written) if it was no longer live."""
    establishment = establishment_of(conn, hashed)
    if establishment is None:
        return None
    with conn.transaction():
        feed = Feed(conn, establishment)
        link = live_link(conn, hashed, purpose, lock=True)
        if link is None:
            return None
        account = conn.execute("SELECT * FROM account WHERE uuid = %s FOR UPDATE", (link.account_uuid,)).fetchone()
        write = change(link)
        # Every pending link of this purpose dies with it: one change, nothing left to replay.
        link_rules.spend(conn, link.account_uuid, purpose)
        write_row(conn, ACCOUNT, account, write, feed)
        feed.flush()
        audit(conn, f"web.{purpose}", actor=link.identifier, target=link.identifier,
              fields=sorted(k for k in write if k != "password_hash"))
    return link


def now_text() -> str:
    """A moment as workstations write them (naive UTC, ISO)."""
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat()

"""Confirming an e-mail address: a code to type in (and a link when enrolled), sent through the outbox."""

from __future__ import annotations

from ..core import otp
from ..messaging.outbox import enqueue
from ..store.models import Account, OneTimeSecret
from . import credentials, web_links
from .credentials import issue_code, revoke, validity_text

PURPOSE = "email_confirmation"


def send(account: Account, address: str, now) -> None:
    """A new code and link for `address`; earlier ones stop working."""
    revoke(PURPOSE, account, now)
    code, _ = issue_code(PURPOSE, now, account=account, subject=address, validity=otp.TOKEN_VALIDITY)
    # A link only when a central server can answer it (never a dead one): web_links.
    link = web_links.issue_link(PURPOSE, account, now, subject=address, address=address)
    enqueue("email_confirmation", "email", address,
            {"code": code, "link": link, "validity": validity_text(otp.TOKEN_VALIDITY)},
            account=account, actor=account.identifier, clock=lambda: now)


def live_code(account: Account, address: str | None) -> OneTimeSecret | None:
    return credentials.live_code(PURPOSE, account=account, subject=address) if address else None

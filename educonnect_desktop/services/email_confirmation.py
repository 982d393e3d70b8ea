"""Confirming an e-mail address: a code to type in and a link, sent together through the outbox."""

from __future__ import annotations

from ..core import otp
from ..messaging.outbox import enqueue
from ..store.models import Account, OneTimeSecret
from . import credentials
from .credentials import DEFAULT_SERVICES_URL, issue_code, issue_token, revoke, validity_text

PURPOSE = "email_confirmation"


def send(account: Account, address: str, now, services_url: str | None) -> None:
    """A new code and link for `address`; earlier ones stop working."""
    revoke(PURPOSE, account, now)
    code, _ = issue_code(PURPOSE, now, account=account, subject=address, validity=otp.TOKEN_VALIDITY)
    token, _ = issue_token(PURPOSE, now, account=account, subject=address)
    link = f"{(services_url or DEFAULT_SERVICES_URL).rstrip('/')}/confirmer-adresse?jeton={token}"
    enqueue("email_confirmation", "email", address,
            {"code": code, "link": link, "validity": validity_text(otp.TOKEN_VALIDITY)},
            account=account, actor=account.identifier, clock=lambda: now)


def live_code(account: Account, address: str | None) -> OneTimeSecret | None:
    return credentials.live_code(PURPOSE, account=account, subject=address) if address else None

"""Links e-mailed to families, answered by the académie's central server (docs/sync.md, "Links").

A family at home cannot reach a workstation, so a link only makes sense when this workstation is
enrolled with a central server: the link then points at that server, and the token's SHA-256
(never the token) travels in the next push with its purpose, account and expiry, so the server
can check the link. Not enrolled: no link at all, the e-mail carries only the code.

The token is made here, so the workstation keeps working offline; revoking it here (a new
request, the code typed in, the password changed) journals a revocation the server applies too.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ..core import otp
from ..protocol import WEB_LINK, WEB_LINK_PURPOSES
from ..store.models import Account, OneTimeSecret, SecretKind, Setting
from . import audit, throttling
from .authentication import login_key

SERVER_SETTING = "sync.server"  # written by the enrollment (sync/state.py)

# The pages of the central server (central/web), one per purpose.
PAGE_PATHS = {"password_reset": "/nouveau-mot-de-passe", "email_confirmation": "/confirmer-adresse"}


def central_base_url() -> str | None:
    """The enrolled central server's base URL, or None when this workstation works alone."""
    row = Setting.get_or_none(Setting.key == SERVER_SETTING)
    return row.value.rstrip("/") if row is not None and row.value else None


def issue_link(purpose: str, account: Account, now: datetime, *, subject: str | None,
               validity: timedelta = otp.TOKEN_VALIDITY, address: str | None = None) -> str | None:
    """A single-use link for `purpose`, announced to the server; None when not enrolled."""
    from .credentials import issue_token  # credentials calls back into this module on revoke

    base = central_base_url()
    if base is None or purpose not in PAGE_PATHS:
        return None
    token, row = issue_token(purpose, now, account=account, subject=subject, validity=validity)
    audit.journal_payload(WEB_LINK, row.secret_hash, "insert",
                          {"purpose": purpose, "account": account.uuid, "expires_at": row.expires_at,
                           "address": address})
    return f"{base}{PAGE_PATHS[purpose]}?jeton={token}"


def journal_revocations(purpose: str, account: Account) -> None:
    """Before live tokens of `purpose` are revoked here: tell the server, which kills their links."""
    if purpose not in WEB_LINK_PURPOSES or central_base_url() is None:
        return
    live = (OneTimeSecret.select(OneTimeSecret.secret_hash)
            .where((OneTimeSecret.purpose == purpose) & (OneTimeSecret.account == account)
                   & (OneTimeSecret.kind == SecretKind.TOKEN) & OneTimeSecret.consumed_at.is_null()))
    for row in live:
        audit.journal_payload(WEB_LINK, row.secret_hash, "delete", {"purpose": purpose, "account": account.uuid})


def settle_pulled_changes(password_changed: dict[int, str], address_changed: list[int], now: datetime) -> None:
    """Pulled accounts whose password (`{id: identifier}`) or e-mail address changed elsewhere (on
    the server's pages or another workstation): their pending reset or confirmation secrets here
    are spent, as they were on the server, and a family locked out by wrong tries may log in with
    its new password. No journaling: the server already did its side."""
    _spend("password_reset", list(password_changed), now)
    _spend("email_confirmation", address_changed, now)
    for identifier in password_changed.values():
        throttling.record_success(login_key(identifier))


def _spend(purpose: str, account_ids: list[int], now: datetime) -> None:
    if account_ids:
        (OneTimeSecret.update(consumed_at=now)
         .where((OneTimeSecret.purpose == purpose) & OneTimeSecret.account.in_(account_ids)
                & OneTimeSecret.consumed_at.is_null())
         .execute())

"""Short-lived tickets that carry a person from one wizard step to the next.

After proving who they are (SMS code + birth dates, or legacy credentials) a person
gets a 256-bit ticket; choosing the password spends it. Only its hash is stored.
"""

from __future__ import annotations

from datetime import timedelta

from ..core.hashing import PasswordHashing
from ..store.models import Account, AccountState, database_proxy
from . import audit
from .credentials import checked_password_hash, find_token, issue_token
from .session import Session, session_for

TICKET_VALIDITY = timedelta(minutes=30)


def issue_ticket(purpose: str, account: Account, now, subject: str | None = None) -> str:
    token, _ = issue_token(purpose, now, account=account, subject=subject, validity=TICKET_VALIDITY)
    return token


def set_password_with_ticket(purpose: str, ticket: str, password: str, *, hashing: PasswordHashing,
                             now, source: str, on_success=None) -> Session:
    """Check the ticket and the password, then activate the account in one transaction."""
    row = find_token(purpose, ticket, now, consume=False)
    new_hash = checked_password_hash(row.account, password, hashing)  # slow: outside the transaction
    with database_proxy.atomic():
        row = find_token(purpose, ticket, now)  # consumed now; fails if spent meanwhile
        account = row.account
        account.password_hash = new_hash
        account.must_change_password = False
        account.state = AccountState.ACTIVE
        account.provisional_expires_at = None
        account.updated_at = now
        if on_success is not None:
            on_success(account, row)
        account.save()
        audit.journal(account, "update", ["state", "must_change_password", "provisional_expires_at",
                                          "mobile_confirmed", "updated_at"])
        audit.record("account.activated", actor=account.identifier, target=account.identifier, source=source)
    return session_for(account)

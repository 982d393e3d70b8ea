"""Who is logged in at the workstation, and which first-login steps they still owe."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.models import Account, AccountKind, EmailState, GuardianLink
from .errors import ServiceError
from ..core.messages import QT_TRANSLATE_NOOP


class Step:
    """First-login steps, in the order EduConnect asks them."""

    CHARTER = "charter"
    PASSWORD = "password"
    CHILDREN = "children"
    LINKS_REVIEW = "links_review"  # links the guardian said were wrong, offered once again
    EMAIL = "email"  # give an address (twice)
    EMAIL_CONFIRMATION = "email_confirmation"  # type the code received (may be postponed)
    ORDER = (CHARTER, PASSWORD, CHILDREN, LINKS_REVIEW, EMAIL, EMAIL_CONFIRMATION)
    # Steps whose completion makes the account active; e-mail steps can be postponed.
    REQUIRED = (CHARTER, PASSWORD, CHILDREN)


@dataclass(frozen=True)
class Session:
    account_uuid: str
    identifier: str
    kind: str
    first_name: str
    last_name: str
    pending_steps: tuple[str, ...]

    @property
    def needs_first_login(self) -> bool:
        return any(step in Step.REQUIRED for step in self.pending_steps)


class SessionExpired(ServiceError):
    pass


def unvalidated_links(account: Account):
    return (GuardianLink.select()
            .where((GuardianLink.guardian == account) & (GuardianLink.validated == False)  # noqa: E712
                   & (GuardianLink.reported_wrong == False) & (GuardianLink.legal_level > 0)))  # noqa: E712


def links_to_review(account: Account):
    return (GuardianLink.select()
            .where((GuardianLink.guardian == account) & (GuardianLink.reported_wrong == True)  # noqa: E712
                   & (GuardianLink.review_offered == False)))  # noqa: E712


def pending_steps(account: Account) -> tuple[str, ...]:
    steps = []
    if account.charter_accepted_at is None:
        steps.append(Step.CHARTER)
    if account.must_change_password:
        steps.append(Step.PASSWORD)
    if account.kind == AccountKind.GUARDIAN and unvalidated_links(account).exists():
        steps.append(Step.CHILDREN)
    if account.kind == AccountKind.GUARDIAN and links_to_review(account).exists():
        steps.append(Step.LINKS_REVIEW)
    if account.email_state == EmailState.NONE:
        steps.append(Step.EMAIL)
    elif account.email_state == EmailState.PENDING:
        steps.append(Step.EMAIL_CONFIRMATION)
    return tuple(steps)


def session_for(account: Account) -> Session:
    return Session(account.uuid, account.identifier, account.kind, account.first_name,
                   account.last_name, pending_steps(account))


def account_of(session: Session) -> Account:
    account = Account.get_or_none(Account.uuid == session.account_uuid)
    if account is None:
        raise SessionExpired(QT_TRANSLATE_NOOP("FamilyMessages", "Votre session n'est plus valable. Reconnectez-vous."))
    return account

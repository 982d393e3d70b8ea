"""First-login steps after activation with the school's letter: charter, password, children, e-mail."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..core.clock import Clock, utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..store.models import Account, AccountState, GuardianLink, database_proxy
from . import audit, my_account, throttling
from .credentials import checked_password_hash
from .errors import ServiceError
from .session import Session, Step, account_of, session_for, unvalidated_links



class ChildrenMismatch(ServiceError):
    pass


def _activate_if_complete(account: Account) -> None:
    """The account becomes active once the required steps are done (e-mail may wait)."""
    steps = session_for(account).pending_steps
    if account.state == AccountState.PROVISIONAL and not any(s in Step.REQUIRED for s in steps):
        account.state = AccountState.ACTIVE
        account.provisional_expires_at = None
        audit.record("account.activated", actor=account.identifier, target=account.identifier,
                     source="letter")


def _save(account: Account, now, *fields: str) -> None:
    account.updated_at = now
    names = list(fields) + ["updated_at", "state", "provisional_expires_at"]
    account.save(only=[getattr(Account, n) for n in names])
    audit.journal(account, "update", [n for n in names if n != "password_hash"])


def accept_charter(session: Session, *, clock: Clock = utc_now) -> Session:
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        if account.charter_accepted_at is None:
            account.charter_accepted_at = now
            audit.record("account.charter_accepted", actor=account.identifier, target=account.identifier)
            _activate_if_complete(account)
            _save(account, now, "charter_accepted_at")
        return session_for(account)


def choose_password(session: Session, password: str, *, hashing: PasswordHashing | None = None,
                    clock: Clock = utc_now) -> Session:
    """Replace the provisional password by one the person chose (never the provisional one)."""
    hashing = hashing or PasswordHashing()
    account = account_of(session)
    new_hash = checked_password_hash(account, password, hashing)  # slow: outside the transaction
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        account.password_hash = new_hash
        account.must_change_password = False
        account.provisional_expires_at = None  # the letter's password is gone
        audit.record("account.password_chosen", actor=account.identifier, target=account.identifier)
        _activate_if_complete(account)
        _save(account, now, "password_hash", "must_change_password")
        return session_for(account)


def children_to_confirm(session: Session) -> int:
    """How many birth dates the guardian is asked for (never which ones)."""
    return unvalidated_links(account_of(session)).count()


def children_names_to_confirm(session: Session) -> tuple[str, ...]:
    """The first name and initial ("Hugo D.") of each child whose birth date is asked for.

    The names are on the letter's envelope anyway; the birth dates, which prove the link,
    are never shown.
    """
    links = unvalidated_links(account_of(session)).join(Account, on=(GuardianLink.student == Account.id))
    return tuple(f"{link.student.first_name} {link.student.last_name[:1].upper()}."
                 for link in links.order_by(Account.first_name))


def confirm_children(session: Session, birth_dates: list[date], *, clock: Clock = utc_now) -> Session:
    """A guardian confirms the linked children by their birth dates, all at once."""
    now = clock()
    key = f"children:{session.identifier}"
    with database_proxy.atomic():
        attempt = throttling.guess(key, now)
        account = account_of(session)
        links = list(unvalidated_links(account).join(Account, on=(GuardianLink.student == Account.id)))
        matches = Counter(birth_dates) == Counter(link.student.birth_date for link in links)
        if not matches:
            audit.record("account.children_confirmed", actor=account.identifier, target=account.identifier,
                         outcome="failure")
    if not matches:  # raised after the commit, so the failure stays counted
        raise ChildrenMismatch(QT_TRANSLATE_NOOP(
            "FamilyMessages",
            "Les dates de naissance ne correspondent pas aux élèves rattachés à votre compte. "
            "Vérifiez-les ou adressez-vous à l'établissement."))
    with database_proxy.atomic():
        for link in links:
            link.validated = True
            link.save(only=[GuardianLink.validated])
            audit.journal(link, "update", ["validated"])
        attempt.succeeded()
        audit.record("account.children_confirmed", actor=account.identifier, target=account.identifier,
                     count=len(links))
        _activate_if_complete(account)
        _save(account, now)
        return session_for(account)


def give_email(session: Session, email: str, confirmation: str, *,
               clock: Clock = utc_now) -> Session:
    """Record an address as pending and send its confirmation (a code, and a link when enrolled) through the outbox."""
    preview = my_account.preview_email_change(session, email, confirmation)
    my_account.send_email_change(session, preview, clock=clock)
    return session_for(account_of(session))


def resend_email_confirmation(session: Session, *,
                              clock: Clock = utc_now) -> Session:
    my_account.resend_email_validation(session, clock=clock)
    return session_for(account_of(session))


def confirm_email(session: Session, code: str, *, clock: Clock = utc_now) -> Session:
    """The code from the e-mail, typed in: the pending address becomes confirmed."""
    my_account.confirm_email_code(session, code, clock=clock)
    return session_for(account_of(session))

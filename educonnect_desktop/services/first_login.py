"""First-login steps after activation with the school's letter: charter, password, children, e-mail."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..core import otp
from ..core.clock import Clock, utc_now
from ..core.contact import mask_email, normalize_email
from ..core.hashing import PasswordHashing
from ..messaging.outbox import enqueue
from ..store.models import Account, AccountState, EmailState, GuardianLink, database_proxy
from . import audit, email_confirmation, throttling
from .credentials import SecretRejected, check_code, checked_password_hash, revoke
from .errors import InvalidInput, ServiceError
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
        audit.record("account.password_chosen", actor=account.identifier, target=account.identifier)
        _activate_if_complete(account)
        _save(account, now, "password_hash", "must_change_password")
        return session_for(account)


def children_to_confirm(session: Session) -> int:
    """How many birth dates the guardian is asked for (never which ones)."""
    return unvalidated_links(account_of(session)).count()


def confirm_children(session: Session, birth_dates: list[date], *, clock: Clock = utc_now) -> Session:
    """A guardian confirms the linked children by their birth dates, all at once."""
    now = clock()
    key = f"children:{session.identifier}"
    with database_proxy.atomic():
        throttling.check(key, now)
        account = account_of(session)
        links = list(unvalidated_links(account).join(Account, on=(GuardianLink.student == Account.id)))
        matches = Counter(birth_dates) == Counter(link.student.birth_date for link in links)
        if not matches:
            throttling.record_failure(key, now)
            audit.record("account.children_confirmed", actor=account.identifier, target=account.identifier,
                         outcome="failure")
    if not matches:  # raised after the commit, so the failure stays counted
        raise ChildrenMismatch(
            "Les dates de naissance ne correspondent pas aux élèves rattachés à votre compte. "
            "Vérifiez-les ou adressez-vous à l'établissement.")
    with database_proxy.atomic():
        for link in links:
            link.validated = True
            link.save(only=[GuardianLink.validated])
            audit.journal(link, "update", ["validated"])
        throttling.record_success(key)
        audit.record("account.children_confirmed", actor=account.identifier, target=account.identifier,
                     count=len(links))
        _activate_if_complete(account)
        _save(account, now)
        return session_for(account)


def give_email(session: Session, email: str, confirmation: str, *, services_url: str | None = None,
               clock: Clock = utc_now) -> Session:
    """Record an address as pending and send its confirmation (code + link) through the outbox."""
    address = normalize_email(email)
    if normalize_email(confirmation).lower() != address.lower():
        raise InvalidInput("Les deux adresses e-mail ne correspondent pas.")
    now = clock()
    with database_proxy.atomic():
        throttling.count_recent(f"email_send:{session.identifier}", 5, otp.TOKEN_VALIDITY, now)
        account = account_of(session)
        account.email = address
        account.email_state = EmailState.PENDING
        email_confirmation.send(account, address, now, services_url)
        audit.record("account.email_given", actor=account.identifier, target=account.identifier,
                     recipient_masked=mask_email(address), email_state=EmailState.PENDING)
        _save(account, now, "email", "email_state")
        return session_for(account)


def resend_email_confirmation(session: Session, *, services_url: str | None = None,
                              clock: Clock = utc_now) -> Session:
    now = clock()
    with database_proxy.atomic():
        throttling.count_recent(f"email_send:{session.identifier}", 5, otp.TOKEN_VALIDITY, now)
        account = account_of(session)
        if account.email_state != EmailState.PENDING or not account.email:
            raise InvalidInput("Aucune adresse e-mail n'est en attente de confirmation.")
        email_confirmation.send(account, account.email, now, services_url)
        audit.record("account.email_confirmation_resent", actor=account.identifier,
                     target=account.identifier, recipient_masked=mask_email(account.email))
        return session_for(account)


def confirm_email(session: Session, code: str, *, clock: Clock = utc_now) -> Session:
    """The code from the e-mail, typed in: the pending address becomes confirmed."""
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        row = email_confirmation.live_code(account, account.email)
        try:
            check_code(row, code, now)
        except SecretRejected as exc:
            audit.record("account.email_confirmed", actor=account.identifier, target=account.identifier,
                         outcome="failure")
            failure = exc
        else:
            failure = None
            revoke(email_confirmation.PURPOSE, account, now)
            account.email_state = EmailState.CONFIRMED
            audit.record("account.email_confirmed", actor=account.identifier, target=account.identifier,
                         recipient_masked=mask_email(account.email), email_state=EmailState.CONFIRMED)
            _save(account, now, "email_state")
    if failure is not None:
        raise failure  # after the commit, so the counted try is kept
    return session_for(account)

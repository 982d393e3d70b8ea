""""Mon compte", tab "Mes informations": password, e-mail address, mobile phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ..core import otp
from ..core import limits
from ..core.clock import Clock, utc_now
from ..core.limits import too_long
from ..core.contact import mask_email, mask_phone, normalize_email, require_mobile
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..messaging.outbox import enqueue
from ..store.models import Account, AccountKind, EmailState, database_proxy
from . import audit, email_confirmation, throttling
from .credentials import checked_password_hash, code_refusal, issue_code, live_code, revoke, validity_text
from .errors import InvalidInput, ServiceError
from .session import Session, account_of

MOBILE_PURPOSE = "mobile_confirmation"
SENDS_PER_HOUR = 5


class WrongCurrentPassword(ServiceError):
    pass


@dataclass(frozen=True)
class MyInformation:
    identifier: str
    kind: str
    first_name: str
    last_name: str
    email_state: str  # none / pending / confirmed, of the address in use
    email: str | None  # the address in use (confirmed, or the first one waiting)
    pending_email: str | None  # a replacement waiting for confirmation
    mobile: str | None
    mobile_confirmed: bool
    can_have_mobile: bool


@dataclass(frozen=True)
class EmailChangePreview:
    """Shown before "Envoyer": who, from which address, to which."""

    identifier: str
    old_address: str | None
    new_address: str


def my_information(session: Session) -> MyInformation:
    a = account_of(session)
    return MyInformation(a.identifier, a.kind, a.first_name, a.last_name, a.email_state, a.email,
                         a.pending_email, a.mobile, a.mobile_confirmed, a.kind == AccountKind.GUARDIAN)


def change_password(session: Session, current: str, new: str, *, hashing: PasswordHashing | None = None,
                    clock: Clock = utc_now) -> None:
    """Re-check the current password (throttled), then set the new one and notify the e-mail."""
    hashing = hashing or PasswordHashing()
    if too_long(current, limits.PASSWORD):
        raise WrongCurrentPassword(QT_TRANSLATE_NOOP("FamilyMessages", "Le mot de passe actuel est incorrect."))
    key = f"current_password:{session.identifier}"
    now = clock()
    with database_proxy.atomic():
        attempt = throttling.guess(key, now)
        account = account_of(session)
    if not hashing.verify(account.password_hash or "", current):
        with database_proxy.atomic():
            audit.record("account.password_changed", actor=account.identifier, target=account.identifier,
                         outcome="failure", reason="wrong_current_password")
        raise WrongCurrentPassword(QT_TRANSLATE_NOOP("FamilyMessages", "Le mot de passe actuel est incorrect."))
    new_hash = checked_password_hash(account, new, hashing)
    with database_proxy.atomic():
        account = account_of(session)
        account.password_hash = new_hash
        account.must_change_password = False
        account.provisional_expires_at = None
        account.updated_at = now
        account.save(only=[Account.password_hash, Account.must_change_password, Account.provisional_expires_at,
                           Account.updated_at])
        audit.journal(account, "update", ["must_change_password", "provisional_expires_at", "updated_at"])
        revoke("password_reset", account, now)  # a reset asked for earlier must not undo this change
        attempt.succeeded()
        if account.email_state == EmailState.CONFIRMED and account.email:
            enqueue("password_changed", "email", account.email, account=account, clock=lambda: now)
        audit.record("account.password_changed", actor=account.identifier, target=account.identifier)


def preview_email_change(session: Session, new: str, confirmation: str) -> EmailChangePreview:
    address = normalize_email(new)
    if normalize_email(confirmation).lower() != address.lower():
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Les deux adresses e-mail ne correspondent pas."))
    account = account_of(session)
    if account.email and account.email.lower() == address.lower() and account.email_state == EmailState.CONFIRMED:
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "C'est déjà l'adresse confirmée de votre compte."))
    old = account.email if account.email_state == EmailState.CONFIRMED else None
    return EmailChangePreview(account.identifier, old, address)


def send_email_change(session: Session, preview: EmailChangePreview, *,
                      clock: Clock = utc_now) -> MyInformation:
    """After "Envoyer": a confirmation to the new address, a notice to the old confirmed one.

    The address in use changes only once the new one is confirmed.
    """
    now = clock()
    with database_proxy.atomic():
        throttling.count_recent(f"email_send:{session.identifier}", SENDS_PER_HOUR, timedelta(hours=1), now)
        account = account_of(session)
        if account.email_state == EmailState.CONFIRMED:
            account.pending_email = preview.new_address
            enqueue("old_address_notice", "email", account.email,
                    {"new_address": mask_email(preview.new_address)}, account=account, clock=lambda: now)
        else:  # no confirmed address yet: the new one simply replaces the unconfirmed one
            account.email, account.pending_email = preview.new_address, None
            account.email_state = EmailState.PENDING
        email_confirmation.send(account, preview.new_address, now)
        account.updated_at = now
        account.save(only=[Account.email, Account.pending_email, Account.email_state, Account.updated_at])
        audit.journal(account, "update", ["email", "pending_email", "email_state", "updated_at"])
        audit.record("account.email_change_requested", actor=account.identifier, target=account.identifier,
                     recipient_masked=mask_email(preview.new_address))
    return my_information(session)


def _address_waiting(account: Account) -> str | None:
    if account.pending_email:
        return account.pending_email
    return account.email if account.email_state == EmailState.PENDING else None


def resend_email_validation(session: Session, *,
                            clock: Clock = utc_now) -> MyInformation:
    now = clock()
    with database_proxy.atomic():
        throttling.count_recent(f"email_send:{session.identifier}", SENDS_PER_HOUR, timedelta(hours=1), now)
        account = account_of(session)
        waiting = _address_waiting(account)
        if waiting is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Aucune adresse e-mail n'est en attente de confirmation."))
        email_confirmation.send(account, waiting, now)
        audit.record("account.email_confirmation_resent", actor=account.identifier, target=account.identifier,
                     recipient_masked=mask_email(waiting))
    return my_information(session)


def confirm_email_code(session: Session, code: str, *, clock: Clock = utc_now) -> MyInformation:
    """The code from the e-mail, typed in: the waiting address becomes the confirmed one."""
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        waiting = _address_waiting(account)
        failure = code_refusal(email_confirmation.live_code(account, waiting), code, now)
        if failure is not None:
            audit.record("account.email_confirmed", actor=account.identifier, target=account.identifier,
                         outcome="failure")
        else:
            revoke(email_confirmation.PURPOSE, account, now)
            account.email, account.pending_email = waiting, None
            account.email_state = EmailState.CONFIRMED
            account.updated_at = now
            account.save(only=[Account.email, Account.pending_email, Account.email_state, Account.updated_at])
            audit.journal(account, "update", ["email", "pending_email", "email_state", "updated_at"])
            audit.record("account.email_confirmed", actor=account.identifier, target=account.identifier,
                         recipient_masked=mask_email(waiting), email_state=EmailState.CONFIRMED)
    if failure is not None:
        raise failure
    return my_information(session)


def request_mobile_change(session: Session, mobile: str, *, clock: Clock = utc_now) -> str:
    """Guardians: send a code to the new mobile; returns the masked number for the screen."""
    phone = require_mobile(mobile)
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        if account.kind != AccountKind.GUARDIAN:
            raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Seuls les représentants légaux peuvent enregistrer un numéro de portable."))
        throttling.count_recent(f"sms_code:{phone.e164}", 3, timedelta(hours=1), now)
        revoke(MOBILE_PURPOSE, account, now)
        code, _ = issue_code(MOBILE_PURPOSE, now, account=account, subject=phone.e164)
        enqueue("mobile_confirmation", "sms", phone.e164,
                {"code": code, "validity": validity_text(otp.CODE_VALIDITY)}, account=account, clock=lambda: now)
        audit.record("account.mobile_change_requested", actor=account.identifier, target=account.identifier,
                     recipient_masked=mask_phone(phone.e164))
    return mask_phone(phone.e164)


def confirm_mobile(session: Session, code: str, *, clock: Clock = utc_now) -> MyInformation:
    now = clock()
    with database_proxy.atomic():
        account = account_of(session)
        row = live_code(MOBILE_PURPOSE, account=account)
        failure = code_refusal(row, code, now)
        if failure is not None:
            audit.record("account.mobile_confirmed", actor=account.identifier, target=account.identifier,
                         outcome="failure")
        else:
            account.mobile, account.mobile_confirmed = row.subject, True
            account.updated_at = now
            account.save(only=[Account.mobile, Account.mobile_confirmed, Account.updated_at])
            audit.journal(account, "update", ["mobile", "mobile_confirmed", "updated_at"])
            audit.record("account.mobile_confirmed", actor=account.identifier, target=account.identifier,
                         recipient_masked=mask_phone(row.subject))
    if failure is not None:
        raise failure
    return my_information(session)


def mobile_code_validity() -> str:
    """How long the code sent to a new mobile stays valid, in the words of its SMS."""
    return validity_text(otp.CODE_VALIDITY)

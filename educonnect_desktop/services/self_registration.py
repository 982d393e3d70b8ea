"""Parent self-registration: names + mobile, an SMS code, the children's birth dates, a password."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from ..core import limits, otp
from ..core import throttle as throttle_policy
from ..core.clock import Clock, utc_now
from ..core.contact import mask_phone, require_mobile
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.text import fold_letters
from ..core.timing import at_least
from ..messaging.outbox import enqueue
from ..store.models import (Account, AccountKind, AccountState, GuardianLink, OneTimeSecret, database_proxy)
from . import audit, throttling
from .credentials import code_refusal, issue_code, live_code, validity_text
from .errors import InvalidInput, ServiceError
from .inputs import person_name
from .opaque import opaque_label
from .session import Session
from .tickets import issue_ticket, set_password_with_ticket

CODE_PURPOSE = "self_registration_code"
TICKET_PURPOSE = "self_registration_ticket"
# Long enough for the slower branch (an Argon2 hash of the code, a message queued) on a loaded
# workstation: both branches answer after this long.
RESPONSE_FLOOR_SECONDS = 0.15
NOT_IDENTIFIED = QT_TRANSLATE_NOOP("FamilyMessages", "Nous ne parvenons pas à vous identifier : contactez l'établissement de votre enfant.")


class SmsServiceUnavailable(ServiceError):
    pass


class NotIdentified(ServiceError):
    pass


@dataclass(frozen=True)
class CodeSent:
    masked_mobile: str
    validity: str


@dataclass(frozen=True)
class RegistrationTicket:
    identifier: str
    ticket: str
    first_name: str
    last_name: str


def _names(last_name: str, first_name: str) -> tuple[str, str]:
    last, first = fold_letters(person_name(last_name, QT_TRANSLATE_NOOP("FamilyMessages", "Nom"))), fold_letters(person_name(first_name, QT_TRANSLATE_NOOP("FamilyMessages", "Prénom")))
    if not last or not first:
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Indiquez votre nom et votre prénom."))
    return last, first


def _declared_guardian(last: str, first: str, e164: str) -> Account | None:
    """The not-yet-activated guardian the school declared with these names and this mobile."""
    candidates = Account.select().where((Account.kind == AccountKind.GUARDIAN) & (Account.mobile == e164)
                                        & (Account.state == AccountState.PROVISIONAL))
    for guardian in candidates:
        if _same_names(guardian, last, first):
            return guardian
    return None


def _same_names(guardian: Account, last: str, first: str) -> bool:
    return (fold_letters(guardian.first_name) == first
            and last in {fold_letters(guardian.last_name), fold_letters(guardian.usage_name or "")})


def request_sms_code(last_name: str, first_name: str, mobile: str, *, sms_available: bool,
                     clock: Clock = utc_now) -> CodeSent:
    """Send a 6-digit code through the outbox, only to a guardian the school declared.

    Like EduConnect ("le numéro de téléphone que vous avez donné au collège"), the SMS goes out
    only when the names and the mobile match the roster. Either way the same answer comes back
    at the same moment: a code is made and hashed (a decoy nobody receives when nothing
    matched), so neither the screen, the time nor a later wrong code tells who is declared.
    """
    if not sms_available:
        raise SmsServiceUnavailable(QT_TRANSLATE_NOOP(
            "FamilyMessages",
            "La création de compte par SMS est indisponible sur ce poste pour le moment. Utilisez "
            "l'identifiant et le mot de passe provisoire de la lettre remise par l'établissement, "
            "ou adressez-vous au secrétariat."))
    last, first = _names(last_name, first_name)
    phone = require_mobile(mobile)
    with at_least(RESPONSE_FLOOR_SECONDS):
        now = clock()
        subject = opaque_label(f"registration:{phone.e164}")
        with database_proxy.atomic():
            throttling.rate(f"sms_code:{phone.e164}", throttle_policy.MESSAGES_PER_TARGET, now)
            throttling.rate("sms_code:workstation", throttle_policy.SMS_WORKSTATION, now)
            (OneTimeSecret.update(consumed_at=now)
             .where((OneTimeSecret.purpose == CODE_PURPOSE) & (OneTimeSecret.subject == subject)
                    & OneTimeSecret.consumed_at.is_null()).execute())
            code, _ = issue_code(CODE_PURPOSE, now, subject=subject)
            declared = _declared_guardian(last, first, phone.e164)
            if declared is not None:
                enqueue("activation_code", "sms", phone.e164,
                        {"code": code, "validity": validity_text(otp.CODE_VALIDITY)}, account=declared,
                        clock=lambda: now)
            audit.record("registration.code_requested", recipient_masked=mask_phone(phone.e164), channel="sms",
                         outcome="success" if declared is not None else "failure")
    return CodeSent(mask_phone(phone.e164), validity_text(otp.CODE_VALIDITY))


def _matching_guardian(last: str, first: str, e164: str, birth_dates: list[date]) -> Account | None:
    candidates = Account.select().where((Account.kind == AccountKind.GUARDIAN) & (Account.mobile == e164)
                                        & (Account.state == AccountState.PROVISIONAL))
    for guardian in candidates:
        if not _same_names(guardian, last, first):
            continue
        children = (Account.select(Account.birth_date)
                    .join(GuardianLink, on=(GuardianLink.student == Account.id))
                    .where((GuardianLink.guardian == guardian) & (GuardianLink.legal_level > 0)))
        if birth_dates and Counter(birth_dates) == Counter(c.birth_date for c in children):
            return guardian
    return None


def verify_registration(last_name: str, first_name: str, mobile: str, code: str, birth_dates: list[date],
                        *, clock: Clock = utc_now) -> RegistrationTicket:
    """Check the code, then that the roster holds this guardian with these children.

    A mismatch gets one message that never tells which field was wrong. Guesses count on the
    mobile (the target) and on the workstation ceiling, never as one workstation-wide lock.
    """
    last, first = _names(last_name, first_name)
    phone = require_mobile(mobile)
    code = code[:limits.CODE]  # longer is wrong anyway: counted as one wrong try, never hashed whole
    with at_least(RESPONSE_FLOOR_SECONDS):
        now = clock()
        subject = opaque_label(f"registration:{phone.e164}")
        with database_proxy.atomic():
            attempt = throttling.guess(f"registration:{phone.e164}", now, rule=throttle_policy.CODE_TARGET)
            failure: ServiceError | None = code_refusal(live_code(CODE_PURPOSE, subject=subject), code, now)
            if failure is not None:
                audit.record("registration.code_checked", outcome="failure",
                             recipient_masked=mask_phone(phone.e164))
            else:
                guardian = _matching_guardian(last, first, phone.e164, birth_dates)
                if guardian is None:
                    audit.record("registration.identified", outcome="failure",
                                 recipient_masked=mask_phone(phone.e164))
                    failure = NotIdentified(NOT_IDENTIFIED)
                else:
                    attempt.succeeded()
                    ticket = issue_ticket(TICKET_PURPOSE, guardian, now, subject=phone.e164)
                    audit.record("registration.identified", target=guardian.identifier,
                                 recipient_masked=mask_phone(phone.e164))
    if failure is not None:
        raise failure  # after the commit: counted tries and failures are kept
    return RegistrationTicket(guardian.identifier, ticket, guardian.first_name, guardian.last_name)


def complete_registration(ticket: str, password: str, *, hashing: PasswordHashing | None = None,
                          clock: Clock = utc_now) -> Session:
    """Choose the password: the account is active, its mobile and children links confirmed."""

    def confirm_contacts(account: Account, row: OneTimeSecret) -> None:
        account.mobile_confirmed = account.mobile == row.subject
        (GuardianLink.update(validated=True)
         .where((GuardianLink.guardian == account) & (GuardianLink.legal_level > 0)).execute())

    return set_password_with_ticket(TICKET_PURPOSE, ticket, password, hashing=hashing or PasswordHashing(),
                                    now=clock(), source="self_registration", on_success=confirm_contacts)

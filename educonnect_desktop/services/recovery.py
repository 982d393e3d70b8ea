"""Recovery: "Identifiant perdu" and "Mot de passe perdu", without revealing who has an account.

Every request gets the same answer whether or not an account matched; what reaches the
person is the e-mail or SMS, sent only to an address or mobile that was confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from peewee import fn

from ..core import otp
from ..core import throttle as throttle_policy
from ..core.clock import Clock, utc_now
from ..core.contact import normalize_email, require_mobile
from ..core.hashing import PasswordHashing
from ..core import limits
from ..core.identifiers import normalize_identifier
from ..core.limits import too_long
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.timing import at_least
from ..messaging.outbox import enqueue
from ..store.models import Account, AccountKind, AccountState, EmailState, database_proxy
from . import audit, throttling, web_links
from .authentication import FAMILY_KINDS, login_key
from .credentials import (SecretRejected, checked_password_hash, code_refusal,
                          dummy_code_work, find_token, issue_code, issue_token, live_code, revoke, validity_text)
from .errors import InvalidInput
from .session import Session, Step, session_for

RESET_PURPOSE = "password_reset"
EMAIL_RESET_VALIDITY = timedelta(hours=1)
# Every answer of these screens leaves after at least this long, whichever branch ran (a
# message queued and a code hashed, or nothing to send): see core/timing.py.
RESPONSE_FLOOR_SECONDS = 0.15

SENT_IF_MATCHED = QT_TRANSLATE_NOOP("FamilyMessages", "Si un compte correspond à ces informations, nous venons de vous envoyer "
                   "votre identifiant. Pensez à vérifier vos courriers indésirables.")
RESET_SENT_IF_MATCHED = QT_TRANSLATE_NOOP("FamilyMessages", 
    "Si cet identifiant existe et qu'une adresse e-mail (ou, pour un parent, un numéro de portable) "
    "confirmée y est associée, nous venons d'y envoyer un code pour choisir un nouveau mot de passe.")
RESET_CODE_REFUSED = QT_TRANSLATE_NOOP("FamilyMessages", "Code incorrect ou expiré. Vérifiez le dernier code reçu ou demandez-en un nouveau "
                      "(5 essais au plus par code).")
CONTACT_ESTABLISHMENT = QT_TRANSLATE_NOOP("FamilyMessages", 
    "Sans adresse e-mail confirmée (ou, pour un parent, sans numéro de portable confirmé), "
    "adressez-vous à l'établissement : le secrétariat vous remettra une nouvelle lettre.")


@dataclass(frozen=True)
class RecoveryAnswer:
    """What the screen says, identical whether an account matched or not."""

    message: str
    advice: str = CONTACT_ESTABLISHMENT


def _rate_limit(key: str, now) -> None:
    throttling.rate(key, throttle_policy.MESSAGES_PER_TARGET, now)
    throttling.rate("recovery:workstation", throttle_policy.RECOVERY_WORKSTATION, now)


@at_least(RESPONSE_FLOOR_SECONDS)
def lost_identifier_by_email(address: str, *, clock: Clock = utc_now) -> RecoveryAnswer:
    email = normalize_email(address)
    now = clock()
    with database_proxy.atomic():
        _rate_limit(f"lost_identifier:{email.lower()}", now)
        accounts = Account.select().where((fn.LOWER(Account.email) == email.lower())
                                          & (Account.email_state == EmailState.CONFIRMED)
                                          & Account.kind.in_(FAMILY_KINDS))
        for account in accounts:
            enqueue("lost_identifier", "email", account.email, account=account, clock=lambda: now)
        audit.record("recovery.lost_identifier", channel="email", count=len(accounts))
    return RecoveryAnswer(SENT_IF_MATCHED)


@at_least(RESPONSE_FLOOR_SECONDS)
def lost_identifier_by_sms(mobile: str, *, clock: Clock = utc_now) -> RecoveryAnswer:
    phone = require_mobile(mobile)
    now = clock()
    with database_proxy.atomic():
        _rate_limit(f"lost_identifier:{phone.e164}", now)
        accounts = Account.select().where((Account.mobile == phone.e164) & (Account.mobile_confirmed == True)  # noqa: E712
                                          & (Account.kind == AccountKind.GUARDIAN))
        for account in accounts:
            enqueue("lost_identifier", "sms", phone.e164, account=account, clock=lambda: now)
        audit.record("recovery.lost_identifier", channel="sms", count=len(accounts))
    return RecoveryAnswer(SENT_IF_MATCHED)


def _reset_account(identifier: str) -> Account | None:
    return Account.get_or_none((Account.identifier == normalize_identifier(identifier))
                               & Account.kind.in_(FAMILY_KINDS)
                               & (Account.state != AccountState.DISABLED))


@at_least(RESPONSE_FLOOR_SECONDS)
def start_password_reset(identifier: str, channel: str, *, clock: Clock = utc_now) -> RecoveryAnswer:
    """Send a reset code (and, by e-mail, a link) to the confirmed address or mobile, if any."""
    if channel not in ("email", "sms"):
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Choisissez l'e-mail ou le SMS."))
    ident = normalize_identifier(identifier)
    if not ident:
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Indiquez votre identifiant."))
    if too_long(ident, limits.IDENTIFIER):
        return RecoveryAnswer(RESET_SENT_IF_MATCHED)  # no such account: the usual answer, no row written
    now = clock()
    with database_proxy.atomic():
        _rate_limit(f"reset:{ident}", now)
        account = _reset_account(ident)
        sent = False
        if account is not None and channel == "email" and account.email_state == EmailState.CONFIRMED:
            revoke(RESET_PURPOSE, account, now)
            code, _ = issue_code(RESET_PURPOSE, now, account=account, subject="email",
                                 validity=EMAIL_RESET_VALIDITY)
            # A link only when a central server can answer it (never a dead one): web_links.
            link = web_links.issue_link(RESET_PURPOSE, account, now, subject="email",
                                        validity=EMAIL_RESET_VALIDITY)
            enqueue("password_reset", "email", account.email,
                    {"code": code, "link": link, "validity": validity_text(EMAIL_RESET_VALIDITY)},
                    account=account, clock=lambda: now)
            sent = True
        elif (account is not None and channel == "sms" and account.kind == AccountKind.GUARDIAN
              and account.mobile and account.mobile_confirmed):
            revoke(RESET_PURPOSE, account, now)
            code, _ = issue_code(RESET_PURPOSE, now, account=account, subject="sms")
            enqueue("password_reset", "sms", account.mobile,
                    {"code": code, "validity": validity_text(otp.CODE_VALIDITY)}, account=account,
                    clock=lambda: now)
            sent = True
        if not sent:
            dummy_code_work()  # the Argon2 cost of the code the other branch made
        audit.record("recovery.password_reset_requested", target=ident if account else None,
                     channel=channel, outcome="success" if sent else "failure")
    return RecoveryAnswer(RESET_SENT_IF_MATCHED)


@at_least(RESPONSE_FLOOR_SECONDS)
def verify_reset_code(identifier: str, code: str, *, clock: Clock = utc_now) -> str:
    """Check the typed code; returns a single-use reset token for `finish_password_reset`."""
    if too_long(identifier, limits.IDENTIFIER) or too_long(code, limits.CODE):
        raise SecretRejected(RESET_CODE_REFUSED)
    ident = normalize_identifier(identifier)
    now = clock()
    with database_proxy.atomic():
        attempt = throttling.guess(f"reset_code:{ident}", now)
        account = _reset_account(ident)
        row = live_code(RESET_PURPOSE, account=account) if account is not None else None
        if row is None:
            dummy_code_work(code)  # the Argon2 cost of checking a pending code
        failure = code_refusal(row, code, now)
        if failure is not None:
            audit.record("recovery.reset_code", target=ident, outcome="failure")
            # One answer for a wrong, expired or exhausted code and for an identifier that was
            # sent nothing: otherwise typing any code would tell who has a confirmed contact.
            failure = SecretRejected(RESET_CODE_REFUSED)
        else:
            attempt.succeeded()
            # The code is spent: the link sent with it (and any other reset secret) dies now,
            # so one reset leaves nothing else pending that a copy or a mailbox could replay.
            revoke(RESET_PURPOSE, account, now)
            token, _ = issue_token(RESET_PURPOSE, now, account=account, subject="code")
            audit.record("recovery.reset_code", target=ident)
    if failure is not None:
        raise failure
    return token


def finish_password_reset(token: str, password: str, *, hashing: PasswordHashing | None = None,
                          clock: Clock = utc_now) -> Session:
    """Set the new password; every other pending reset dies, counters reset, a notice is sent."""
    hashing = hashing or PasswordHashing()
    now = clock()
    row = find_token(RESET_PURPOSE, token, now, consume=False)
    new_hash = checked_password_hash(row.account, password, hashing)
    with database_proxy.atomic():
        row = find_token(RESET_PURPOSE, token, now)
        account = row.account
        revoke(RESET_PURPOSE, account, now)
        account.password_hash = new_hash
        account.must_change_password = False
        if account.state == AccountState.PROVISIONAL and Step.CHARTER not in session_for(account).pending_steps:
            account.state = AccountState.ACTIVE
        account.provisional_expires_at = None
        account.updated_at = now
        account.save()
        audit.journal(account, "update", ["must_change_password", "state", "provisional_expires_at", "updated_at"])
        for key in (login_key(account.identifier), f"reset_code:{account.identifier}",
                    f"reset:{account.identifier}"):
            throttling.record_success(key)
        if account.email_state == EmailState.CONFIRMED and account.email:
            enqueue("password_changed", "email", account.email, account=account, clock=lambda: now)
        audit.record("recovery.password_reset", actor=account.identifier, target=account.identifier)
    return session_for(account)


def reset_code_validity(channel: str) -> str:
    """How long a reset code sent by `channel` stays valid, in the words of its message."""
    return validity_text(EMAIL_RESET_VALIDITY if channel == "email" else otp.CODE_VALIDITY)

"""Choosing a password and issuing one-time secrets: shared by activation, recovery and Mon compte."""

from __future__ import annotations

import re

from datetime import date, datetime, timedelta

from ..core import otp
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import check_policy
from ..store.keys import current_keys
from ..store.models import Account, OneTimeSecret, SecretKind
from .errors import PolicyViolation, ServiceError

DEFAULT_SERVICES_URL = "https://services.exemple.fr"


class SecretRejected(ServiceError):
    pass


def user_inputs(account: Account) -> tuple[str, ...]:
    """The person's own data, which a password must not contain and a guesser would try."""
    inputs = [account.identifier, account.first_name, account.last_name]
    if account.usage_name:
        inputs.append(account.usage_name)
    if account.birth_date:
        inputs.append(account.birth_date.strftime("%d/%m/%Y"))
    return tuple(inputs)


def checked_password_hash(account: Account, password: str, hashing: PasswordHashing, *,
                          extra_inputs: tuple[str, ...] = ()) -> str:
    """Policy check, refusal of the current password, then the Argon2id hash."""
    policy = check_policy(password, user_inputs=user_inputs(account) + extra_inputs)
    if not policy.ok:
        raise PolicyViolation(policy.messages)
    if account.password_hash and hashing.verify(account.password_hash, password):
        raise PolicyViolation((QT_TRANSLATE_NOOP("FamilyMessages", "Le nouveau mot de passe doit être différent de "
                                                 "l'actuel (ou du mot de passe provisoire)."),))
    return hashing.hash(password)


def issue_code(purpose: str, now: datetime, *, account: Account | None = None, subject: str | None = None,
               validity: timedelta = otp.CODE_VALIDITY) -> tuple[str, OneTimeSecret]:
    code = otp.generate_code()
    row = OneTimeSecret.create(kind=SecretKind.CODE, purpose=purpose, account=account, subject=subject,
                               secret_hash=otp.hash_code(code, current_keys().code_pepper()), expires_at=now + validity,
                               max_attempts=otp.CODE_MAX_ATTEMPTS, created_at=now)
    return code, row


def issue_token(purpose: str, now: datetime, *, account: Account | None = None, subject: str | None = None,
                validity: timedelta = otp.TOKEN_VALIDITY) -> tuple[str, OneTimeSecret]:
    token = otp.generate_token()
    row = OneTimeSecret.create(kind=SecretKind.TOKEN, purpose=purpose, account=account, subject=subject,
                               secret_hash=otp.hash_token(token), expires_at=now + validity,
                               max_attempts=1, created_at=now)
    return token, row


def _state(row: OneTimeSecret) -> otp.SecretState:
    return otp.SecretState(row.expires_at, row.attempts, row.max_attempts, row.consumed_at)


def live_code(purpose: str, *, account: Account | None = None, subject: str | None = None) -> OneTimeSecret | None:
    """The newest code of `purpose` not yet spent, for this account and/or this subject."""
    query = OneTimeSecret.select().where((OneTimeSecret.purpose == purpose) & (OneTimeSecret.kind == SecretKind.CODE)
                                         & OneTimeSecret.consumed_at.is_null())
    if account is not None:
        query = query.where(OneTimeSecret.account == account)
    if subject is not None:
        query = query.where(OneTimeSecret.subject == subject)
    return query.order_by(OneTimeSecret.id.desc()).first()


_DUMMY_CODE_HASH: list[str] = []


def dummy_code_work(typed: str = "") -> None:
    """The Argon2 cost of making or checking a code, for the branch that has no code to make or check."""
    if not _DUMMY_CODE_HASH:
        _DUMMY_CODE_HASH.append(otp.hash_code(otp.generate_code()))
    otp.verify_code(_DUMMY_CODE_HASH[0], typed or otp.generate_code())


def code_refusal(row: OneTimeSecret | None, typed: str, now: datetime) -> SecretRejected | None:
    """`check_code` for callers that record a refusal before raising it after their commit."""
    try:
        check_code(row, typed, now)
    except SecretRejected as exc:
        return exc
    return None


def check_code(row: OneTimeSecret | None, typed: str, now: datetime) -> None:
    """Count the try, raise with a French reason unless `typed` is this row's code. Consumes on success."""
    if row is None:
        raise SecretRejected(QT_TRANSLATE_NOOP("FamilyMessages", "Aucun code n'est en attente. Demandez-en un nouveau."))
    problem = otp.check_usable(_state(row), now)
    if problem is not None:
        raise SecretRejected(problem.message)
    if not otp.verify_code(row.secret_hash, otp.normalize_code(typed), current_keys().code_pepper()):
        row.attempts += 1
        row.save(only=[OneTimeSecret.attempts])
        left = row.max_attempts - row.attempts
        if left <= 0:
            raise SecretRejected(otp.SecretProblem.TOO_MANY_ATTEMPTS.message)
        if left == 1:
            raise SecretRejected(QT_TRANSLATE_NOOP("FamilyMessages", "Code incorrect. Il vous reste {left} essai."
                                                   ).format(left=left))
        raise SecretRejected(QT_TRANSLATE_NOOP("FamilyMessages", "Code incorrect. Il vous reste {left} essais."
                                               ).format(left=left))
    row.consumed_at = now
    row.save(only=[OneTimeSecret.consumed_at])


def find_token(purpose: str, token: str, now: datetime, *, consume: bool = True) -> OneTimeSecret:
    """The live token row for `token` (consumed unless told otherwise); a French error otherwise."""
    row = OneTimeSecret.get_or_none((OneTimeSecret.purpose == purpose)
                                    & (OneTimeSecret.secret_hash == otp.hash_token(token.strip())))
    if row is None:
        raise SecretRejected(QT_TRANSLATE_NOOP("FamilyMessages", "Ce lien ou cette étape n'est plus valable. Recommencez la démarche."))
    problem = otp.check_usable(_state(row), now)
    if problem is not None:
        raise SecretRejected(problem.message)
    if consume:
        row.consumed_at = now
        row.save(only=[OneTimeSecret.consumed_at])
    return row


def revoke(purpose: str, account: Account, now: datetime) -> None:
    """Invalidate every live secret of `purpose` for the account (a new one replaces them)."""
    from . import web_links  # imports this module for issue_token

    web_links.journal_revocations(purpose, account)  # their twins on the central server die too
    (OneTimeSecret.update(consumed_at=now)
     .where((OneTimeSecret.purpose == purpose) & (OneTimeSecret.account == account)
            & (OneTimeSecret.consumed_at.is_null()))
     .execute())


def validity_text(delta: timedelta) -> str:
    """ "30 minutes", "1 heure": in the code's message (French) and on the screen (translated)."""
    minutes = int(delta.total_seconds() // 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return QT_TRANSLATE_NOOP("FamilyMessages", "{hours} heure").format(hours=hours)
        return QT_TRANSLATE_NOOP("FamilyMessages", "{hours} heures").format(hours=hours)
    return QT_TRANSLATE_NOOP("FamilyMessages", "{minutes} minutes").format(minutes=minutes)


_DATE_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2}")


def parse_birth_date(text: str) -> date:
    """Accept dd/mm/yyyy (as printed on French documents) and ISO dates."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if _DATE_SHAPE.fullmatch(text):  # well written, but no such day (31/02, 30/02, 29/02 of 2011)
        raise ServiceError(QT_TRANSLATE_NOOP("FamilyMessages", "La date « {text} » n'existe pas : vérifiez le jour et le mois."
                                             ).format(text=text))
    raise ServiceError(QT_TRANSLATE_NOOP("FamilyMessages", "Date de naissance illisible « {text} » : utilisez le format "
                                         "jj/mm/aaaa.").format(text=text))

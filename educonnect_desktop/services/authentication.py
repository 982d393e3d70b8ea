"""Login with an identifier and a password (provisional or chosen), throttled and audited."""

from __future__ import annotations

from ..core import limits
from ..core.clock import Clock, utc_now
from ..core.limits import too_long
from ..core.hashing import PasswordHashing
from ..core.identifiers import normalize_identifier
from ..core.messages import QT_TRANSLATE_NOOP
from ..store.models import Account, AccountKind, AccountState, IdentifierAlias, database_proxy
from . import audit, throttling
from .errors import ServiceError
from .session import Session, session_for

BAD_CREDENTIALS = QT_TRANSLATE_NOOP("FamilyMessages", "Identifiant ou mot de passe incorrect.")
FAMILY_KINDS = (AccountKind.STUDENT, AccountKind.GUARDIAN)


class InvalidCredentials(ServiceError):
    pass


class ProvisionalExpired(ServiceError):
    pass


class AccountDisabled(ServiceError):
    pass


def login_key(identifier: str, *, staff: bool = False) -> str:
    """Staff and family logins count apart: family guesses never lock the secretariat's login."""
    return f"{'staff_login' if staff else 'login'}:{identifier}"


def login(identifier: str, password: str, *, kinds: tuple[str, ...] = FAMILY_KINDS,
          hashing: PasswordHashing | None = None, clock: Clock = utc_now) -> Session:
    """Check the credentials and open a session; the same message whatever went wrong.

    Unknown identifiers cost a dummy Argon2 verification so timing does not tell
    whether an account exists; lockouts apply to any identifier typed, known or not.
    """
    hashing = hashing or PasswordHashing()
    if too_long(identifier, limits.IDENTIFIER) or too_long(password, limits.PASSWORD):
        # Nobody has such an identifier or password: refused before any work or any row
        # (a 5 MB identifier once added megabytes of audit and throttle rows).
        raise InvalidCredentials(BAD_CREDENTIALS)
    ident = normalize_identifier(identifier)
    now = clock()
    with database_proxy.atomic():
        candidates = _accounts_for(ident, kinds, now)
        # A former identifier counts, and logs in, as the account's own identifier.
        attempt = throttling.guess(login_key(candidates[0].identifier if candidates else ident,
                                             staff=AccountKind.STAFF in kinds), now)
    account, ok, new_hash = (candidates[0] if candidates else None), False, None
    with_password = [c for c in candidates if c.password_hash is not None]
    if not with_password:
        hashing.dummy_verify(password)
    for candidate in with_password:  # two only when a renamed letter's identifier is now someone else's
        ok, new_hash = hashing.verify_and_upgrade(candidate.password_hash, password)
        if ok:
            account = candidate
            break
    if account is not None:
        ident = account.identifier
    with database_proxy.atomic():
        refusal = _refusal(account, ident, ok, now)
        if refusal is None:
            attempt.succeeded()
            account.last_login_at = now
            fields = [Account.last_login_at]
            if new_hash:
                account.password_hash = new_hash
                fields.append(Account.password_hash)
            account.save(only=fields)
            audit.record("auth.login", target=ident, kind=account.kind)
    if refusal is not None:
        raise refusal  # after the commit, so the failure and its audit are kept
    return session_for(account)


def _accounts_for(ident: str, kinds: tuple[str, ...], now) -> list[Account]:
    """The account named `ident`, then the one it named before the central server renamed it
    (a clash between workstations) while the letter printed with it is still valid: that
    identifier may now be the other account's, so both are tried against the password."""
    found = list(Account.select().where((Account.identifier == ident) & (Account.kind.in_(kinds))))
    found += [alias.account for alias in IdentifierAlias.select(IdentifierAlias, Account).join(Account).where(
        (IdentifierAlias.old_identifier == ident) & (IdentifierAlias.valid_until > now) & Account.kind.in_(kinds))]
    return found


def _refusal(account: Account | None, ident: str, ok: bool, now) -> ServiceError | None:
    """Record a refused login and return its error; None when the login may proceed."""
    if not ok:
        audit.record("auth.login", target=ident, outcome="failure", reason="bad_credentials")
        return InvalidCredentials(BAD_CREDENTIALS)
    # From here the person proved the password: precise messages reveal nothing new.
    if account.state == AccountState.DISABLED:
        audit.record("auth.login", target=ident, outcome="failure", reason="disabled")
        return AccountDisabled(QT_TRANSLATE_NOOP("FamilyMessages", "Ce compte est désactivé. Adressez-vous à l'établissement."))
    # A provisional password (first letter or reset) expires, whatever the account's state.
    if (account.must_change_password and account.provisional_expires_at is not None
            and account.provisional_expires_at < now):
        audit.record("auth.login", target=ident, outcome="failure", reason="provisional_expired")
        return ProvisionalExpired(QT_TRANSLATE_NOOP(
            "FamilyMessages",
            "Votre mot de passe provisoire a expiré (il était valable trois mois). "
            "Adressez-vous à l'établissement pour recevoir une nouvelle lettre."))
    return None

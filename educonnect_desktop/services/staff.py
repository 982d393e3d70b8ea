"""Staff accounts: login to the secretariat workspace, roles, staff management."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.actor import Actor, authenticated
from ..core.clock import Clock, utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import generate_provisional
from ..store.models import Account, AccountKind, AccountState, StaffRole, database_proxy
from . import audit
from .accounts_store import allocate_identifier, provisional_expiry
from .authentication import login
from .dto import IssuedCredential
from .errors import InvalidInput, ServiceError
from .inputs import person_name
from .session import Session


class PermissionDenied(ServiceError):
    pass


@dataclass(frozen=True)
class StaffSession:
    identifier: str
    role: str
    first_name: str
    last_name: str
    must_change_password: bool
    session: Session  # for the password change shared with "Mon compte"
    actor: Actor  # what services audit as "who did it"; only staff_login makes one

    @property
    def is_admin(self) -> bool:
        return self.role == StaffRole.ADMIN


@dataclass(frozen=True)
class StaffMember:
    identifier: str
    first_name: str
    last_name: str
    role: str
    state: str


def staff_login(identifier: str, password: str, *, hashing: PasswordHashing | None = None,
                clock: Clock = utc_now) -> StaffSession:
    """Same policy, hashing, throttling and messages as families; staff accounts only."""
    session = login(identifier, password, kinds=(AccountKind.STAFF,), hashing=hashing, clock=clock)
    account = Account.get(Account.uuid == session.account_uuid)
    return StaffSession(account.identifier, account.staff_role, account.first_name, account.last_name,
                        account.must_change_password, session, authenticated(account.identifier, account.staff_role))


def require(staff: StaffSession, *roles: str) -> Account:
    """The staff member's current account, refused (and audited) if disabled or without one of `roles`.

    Call it before the action's transaction: a refusal raised inside one would roll its audit back.
    """
    account = Account.get_or_none((Account.identifier == staff.identifier) & (Account.kind == AccountKind.STAFF))
    if account is None or account.state == AccountState.DISABLED:
        _refused(staff, "inactive")
        raise PermissionDenied(QT_TRANSLATE_NOOP("StaffMessages", "Votre compte du personnel n'est plus actif : reconnectez-vous."))
    if roles and account.staff_role not in roles:
        _refused(staff, "role")
        raise PermissionDenied(QT_TRANSLATE_NOOP("StaffMessages", "Cette action est réservée aux administrateurs."))
    return account


def _refused(staff: StaffSession, reason: str) -> None:
    audit_refusal(staff.actor, reason)


def audit_refusal(actor: Actor, reason: str) -> None:
    """Audit a refused staff action. Callers check before opening their own transaction, so
    this row is committed even though the action's work never starts."""
    with database_proxy.atomic():
        audit.record("staff.permission_denied", actor=actor.identifier, outcome="failure", reason=reason,
                     role=actor.role)


def list_staff(staff: StaffSession) -> list[StaffMember]:
    require(staff, StaffRole.ADMIN)
    rows = Account.select().where(Account.kind == AccountKind.STAFF).order_by(Account.last_name)
    return [StaffMember(a.identifier, a.first_name, a.last_name, a.staff_role, a.state) for a in rows]


def create_staff(staff: StaffSession, first_name: str, last_name: str, role: str, *,
                 hashing: PasswordHashing | None = None, clock: Clock = utc_now) -> IssuedCredential:
    """An administrator adds a staff member, who gets a provisional password to change at first login."""
    require(staff, StaffRole.ADMIN)
    if role not in StaffRole.ALL:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Rôle inconnu : choisissez administrateur ou secrétariat."))
    first_name, last_name = person_name(first_name, QT_TRANSLATE_NOOP("FamilyMessages", "Prénom")), person_name(last_name, QT_TRANSLATE_NOOP("FamilyMessages", "Nom"))
    if not first_name or not last_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Indiquez le prénom et le nom."))
    password = generate_provisional()
    password_hash = (hashing or PasswordHashing()).hash(password)
    now = clock()
    with database_proxy.atomic():
        try:
            identifier = allocate_identifier(first_name, last_name)
        except ValueError as exc:
            raise InvalidInput(getattr(exc, "message", str(exc))) from exc
        expires = provisional_expiry(now)
        account = Account.create(kind=AccountKind.STAFF, identifier=identifier, first_name=first_name,
                                 last_name=last_name, staff_role=role, state=AccountState.ACTIVE,
                                 password_hash=password_hash, must_change_password=True,
                                 provisional_expires_at=expires, charter_accepted_at=now,
                                 created_at=now, updated_at=now)
        audit.journal(account, "insert")
        audit.record("staff.created", actor=staff.identifier, target=identifier, role=role)
    return IssuedCredential(identifier, AccountKind.STAFF, first_name, last_name, None, password, expires)

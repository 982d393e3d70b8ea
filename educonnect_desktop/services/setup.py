"""First start: is the database set up, and creating the first administrator."""

from __future__ import annotations

from ..core.clock import utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import check_policy
from ..store.models import Account, AccountKind, AccountState, StaffRole, database_proxy
from . import audit
from .accounts_store import allocate_identifier
from .dto import IssuedCredential
from .inputs import person_name
from .errors import AlreadyInitialized, InvalidInput, PolicyViolation


def has_staff() -> bool:
    return Account.select().where(Account.kind == AccountKind.STAFF).exists()


def has_administrator() -> bool:
    return Account.select().where(
        (Account.kind == AccountKind.STAFF) & (Account.staff_role == StaffRole.ADMIN)
    ).exists()


def create_first_administrator(first_name: str, last_name: str, password: str,
                               *, hashing: PasswordHashing | None = None) -> IssuedCredential:
    """Create the first administrator; refused once one exists (later ones come from staff management)."""
    first_name, last_name = person_name(first_name, QT_TRANSLATE_NOOP("FamilyMessages", "Prénom")), person_name(last_name, QT_TRANSLATE_NOOP("FamilyMessages", "Nom"))
    if not first_name or not last_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Indiquez le prénom et le nom de l'administrateur."))
    try:
        identifier = allocate_identifier(first_name, last_name)
    except ValueError as exc:
        raise InvalidInput(getattr(exc, "message", str(exc))) from exc
    policy = check_policy(password, user_inputs=(identifier, first_name, last_name))
    if not policy.ok:
        raise PolicyViolation(policy.messages)
    password_hash = (hashing or PasswordHashing()).hash(password)  # slow: outside the transaction
    with database_proxy.atomic():
        if has_administrator():
            raise AlreadyInitialized(QT_TRANSLATE_NOOP("StaffMessages", "Un administrateur existe déjà dans cette base de données."))
        now = utc_now()
        account = Account.create(
            kind=AccountKind.STAFF, identifier=identifier, first_name=first_name,
            last_name=last_name, state=AccountState.ACTIVE, staff_role=StaffRole.ADMIN,
            password_hash=password_hash, must_change_password=False,
            created_at=now, updated_at=now,
        )
        audit.record("staff.create_first_admin", actor=None, target=identifier, role=StaffRole.ADMIN)
        audit.journal(account, "insert")
    return IssuedCredential(identifier, AccountKind.STAFF, first_name, last_name, None, None, None)

"""Secretariat actions on family accounts: unlock, disable/enable, fix guardian links."""

from __future__ import annotations

from ..core.clock import Clock, utc_now
from ..core.messages import QT_TRANSLATE_NOOP
from ..store.models import Account, AccountKind, AccountState, GuardianLink, StaffRole, database_proxy
from . import audit, throttling
from .accounts_store import get_account
from .errors import InvalidInput
from .staff import StaffSession, require

SECRETARIAT = (StaffRole.ADMIN, StaffRole.SECRETARIAT)


def unlock(staff: StaffSession, identifier: str) -> int:
    """Forget every failure counter of the account (the person can try again at once)."""
    require(staff, *SECRETARIAT)
    with database_proxy.atomic():
        account = get_account(identifier)
        cleared = throttling.clear_account(account.identifier)
        if account.state == AccountState.LOCKED:
            account.state = AccountState.ACTIVE if not account.must_change_password else AccountState.PROVISIONAL
            account.save(only=[Account.state])
            audit.journal(account, "update", ["state"])
        audit.record("account.unlocked", actor=staff.identifier, target=account.identifier, count=cleared)
    return cleared


def set_disabled(staff: StaffSession, identifier: str, disabled: bool, *, clock: Clock = utc_now) -> str:
    me = require(staff, *SECRETARIAT)
    if get_account(identifier).kind == AccountKind.STAFF:
        require(staff, StaffRole.ADMIN)
    with database_proxy.atomic():
        account = get_account(identifier)
        if account.id == me.id:
            raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Vous ne pouvez pas désactiver votre propre compte."))
        previous = account.state
        if disabled:
            account.state = AccountState.DISABLED
        elif previous == AccountState.DISABLED:
            account.state = AccountState.PROVISIONAL if account.must_change_password else AccountState.ACTIVE
        account.updated_at = clock()
        account.save(only=[Account.state, Account.updated_at])
        audit.journal(account, "update", ["state", "updated_at"])
        audit.record("account.disabled" if disabled else "account.enabled", actor=staff.identifier,
                     target=account.identifier, previous_state=previous, state=account.state)
    return account.state


def _pair(guardian_identifier: str, student_identifier: str) -> tuple[Account, Account]:
    guardian, student = get_account(guardian_identifier), get_account(student_identifier)
    if guardian.kind != AccountKind.GUARDIAN or student.kind != AccountKind.STUDENT:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Un lien relie un représentant légal à un élève."))
    return guardian, student


def link(staff: StaffSession, guardian_identifier: str, student_identifier: str, legal_level: int = 1) -> None:
    """Create or correct a guardian–student link (validated: the secretariat vouches for it)."""
    if legal_level not in (0, 1, 2):
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Niveau de responsabilité : 1 ou 2 (responsable légal), 0 (autre contact)."))
    require(staff, *SECRETARIAT)
    with database_proxy.atomic():
        guardian, student = _pair(guardian_identifier, student_identifier)
        row, created = GuardianLink.get_or_create(guardian=guardian, student=student,
                                                  defaults={"legal_level": legal_level})
        row.legal_level, row.validated, row.reported_wrong = legal_level, True, False
        row.save()
        audit.journal(row, "insert" if created else "update", ["guardian", "student", "legal_level",
                                                               "validated", "reported_wrong"])
        audit.record("link.set", actor=staff.identifier, target=student.identifier,
                     guardian=guardian.identifier, legal_level=legal_level)


def unlink(staff: StaffSession, guardian_identifier: str, student_identifier: str) -> None:
    require(staff, *SECRETARIAT)
    with database_proxy.atomic():
        guardian, student = _pair(guardian_identifier, student_identifier)
        row = GuardianLink.get_or_none((GuardianLink.guardian == guardian) & (GuardianLink.student == student))
        if row is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Ces deux comptes ne sont pas liés."))
        audit.journal(row, "delete", ["guardian", "student"])
        row.delete_instance()
        audit.record("link.removed", actor=staff.identifier, target=student.identifier,
                     guardian=guardian.identifier)

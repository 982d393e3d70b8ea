"""Reading accounts: the overview, the list and one account's details."""

from __future__ import annotations

from peewee import JOIN, fn

from ..core.clock import utc_now
from ..core.collation import COLLATION_NAME
from ..store.models import Account, AccountKind, AccountState, Establishment, GuardianLink
from . import throttling
from .accounts_store import get_account
from .dto import AccountDetails, AccountSummary, EstablishmentInfo, LinkedPerson, Overview


def french_name_order():
    """Last name, first name in French order (the `fr` collation and its indexes), then identifier."""
    return (Account.last_name.collate(COLLATION_NAME), Account.first_name.collate(COLLATION_NAME),
            Account.identifier)


def summary_of(account: Account, uai: str | None) -> AccountSummary:
    return AccountSummary(
        identifier=account.identifier, kind=account.kind, first_name=account.first_name,
        last_name=account.last_name, class_code=account.class_code, state=account.state,
        email_state=account.email_state, establishment_uai=uai, last_login_at=account.last_login_at,
    )


def establishments() -> tuple[EstablishmentInfo, ...]:
    return tuple(EstablishmentInfo(e.uai, e.name, e.is_demo)
                 for e in Establishment.select().order_by(Establishment.name))


def overview() -> Overview:
    counts = dict(Account.select(Account.kind, fn.COUNT(Account.id)).group_by(Account.kind).tuples())
    activated = Account.select().where(
        (Account.state == AccountState.ACTIVE) & (Account.kind != AccountKind.STAFF)).count()
    return Overview(establishments(), counts.get(AccountKind.STUDENT, 0), counts.get(AccountKind.GUARDIAN, 0),
                    counts.get(AccountKind.STAFF, 0), activated)


def list_accounts(*, kind: str | None = None, class_code: str | None = None,
                  state: str | None = None) -> list[AccountSummary]:
    query = (Account.select(Account, Establishment.uai)
             .join(Establishment, join_type=JOIN.LEFT_OUTER, on=(Account.establishment == Establishment.id))
             .order_by(*french_name_order()))
    if kind:
        query = query.where(Account.kind == kind)
    if class_code:
        query = query.where(Account.class_code == class_code)
    if state:
        query = query.where(Account.state == state)
    return [summary_of(a, a.establishment.uai if a.establishment_id else None) for a in query]


def _linked(link: GuardianLink, person: Account) -> LinkedPerson:
    return LinkedPerson(person.identifier, person.first_name, person.last_name,
                        link.legal_level, link.validated, link.reported_wrong)


def show_account(identifier: str) -> AccountDetails:
    account = get_account(identifier)
    school = account.establishment
    guardians = tuple(_linked(l, l.guardian) for l in
                      GuardianLink.select().where(GuardianLink.student == account)
                      # legal guardians 1 and 2 first, then the other contacts (level 0)
                      .order_by(GuardianLink.legal_level == 0, GuardianLink.legal_level))
    students = tuple(_linked(l, l.student) for l in
                     GuardianLink.select().where(GuardianLink.guardian == account))
    return AccountDetails(
        summary=summary_of(account, school.uai if school else None),
        usage_name=account.usage_name, birth_date=account.birth_date,
        establishment_name=school.name if school else None, staff_role=account.staff_role,
        provisional_expires_at=account.provisional_expires_at,
        must_change_password=account.must_change_password,
        charter_accepted=account.charter_accepted_at is not None,
        email=account.email, pending_email=account.pending_email,
        mobile=account.mobile, mobile_confirmed=account.mobile_confirmed, ine=account.ine,
        created_at=account.created_at, guardians=guardians, students=students,
        locked_until=throttling.account_locked_until(account.identifier, utc_now()),
    )

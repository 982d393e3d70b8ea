"""What a logged-in family member sees: their establishment(s) and, for a guardian, the children."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..store.models import Account, AccountKind, Establishment, GuardianLink
from .dto import EstablishmentInfo
from .session import Session, account_of


@dataclass(frozen=True)
class ChildCard:
    identifier: str
    first_name: str
    initial: str  # EduConnect shows the family name's initial only
    birth_date: date | None
    class_code: str | None
    establishment: EstablishmentInfo | None


@dataclass(frozen=True)
class Home:
    first_name: str
    last_name: str
    identifier: str
    kind: str
    establishments: tuple[EstablishmentInfo, ...]
    children: tuple[ChildCard, ...]
    class_code: str | None = None  # a student's own class

    @property
    def must_choose_establishment(self) -> bool:
        return len(self.establishments) > 1


def _info(school: Establishment | None) -> EstablishmentInfo | None:
    return EstablishmentInfo(school.uai, school.name, school.is_demo) if school else None


def child_card(child: Account) -> ChildCard:
    return ChildCard(child.identifier, child.first_name, (child.last_name or "?")[0].upper() + ".",
                     child.birth_date, child.class_code, _info(child.establishment))


def home(session: Session) -> Home:
    account = account_of(session)
    children: list[ChildCard] = []
    if account.kind == AccountKind.GUARDIAN:
        links = (GuardianLink.select(GuardianLink, Account)
                 .join(Account, on=(GuardianLink.student == Account.id))
                 .where((GuardianLink.guardian == account) & (GuardianLink.reported_wrong == False))  # noqa: E712
                 .order_by(Account.birth_date))
        for link in links:
            children.append(child_card(link.student))
    schools = {c.establishment for c in children if c.establishment}
    if account.establishment_id:
        schools.add(_info(account.establishment))
    ordered = tuple(sorted(schools, key=lambda s: s.name))
    return Home(account.first_name, account.last_name, account.identifier, account.kind, ordered, tuple(children),
                account.class_code)

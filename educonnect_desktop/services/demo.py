"""A clearly labelled demo establishment, so a newcomer can try every journey at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.actor import Actor, actor_identifier
from ..core.clock import utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import generate_provisional
from ..store.models import Account, AccountKind, AccountState, Establishment, GuardianLink, database_proxy
from . import audit
from .accounts_store import allocate_identifier, provisional_expiry
from .dto import IssuedCredential
from .errors import AlreadyInitialized

DEMO_UAI = "0999999X"
DEMO_NAME = "Collège de démonstration (DÉMO)"
# Who the audit names when the demo is loaded into a database that has no staff account yet.
SETUP_ACTOR = "installation (aucun compte du personnel)"


@dataclass(frozen=True)
class _Student:
    key: str
    first_name: str
    last_name: str
    birth_date: date
    class_code: str


@dataclass(frozen=True)
class _Guardian:
    first_name: str
    last_name: str
    mobile: str | None  # fictional: 06 00 00 00 0x (phonenumbers rejects the ARCEP fiction range)
    children: tuple[str, ...]
    legal_level: int = 1


_STUDENTS = (
    _Student("lea", "Léa", "Dupont", date(2012, 3, 14), "6 A"),
    _Student("hugo", "Hugo", "Dupont", date(2010, 9, 2), "3 A"),
    _Student("noe", "Noé", "N'Diaye-Le Gall", date(2011, 1, 27), "5 B"),
    _Student("chloe", "Chloé", "Lefèvre", date(2012, 11, 5), "6 A"),
    _Student("ines", "Inès", "Benali", date(2011, 6, 19), "5 B"),
    _Student("jules", "Jules", "Martin", date(2010, 4, 30), "3 A"),
)

_GUARDIANS = (
    _Guardian("Jean", "Dupont", "+33600000001", ("lea", "hugo")),
    _Guardian("Sophie", "Dupont", "+33600000002", ("lea", "hugo"), 2),
    _Guardian("Aminata", "N'Diaye", "+33600000003", ("noe",)),
    _Guardian("Marc", "Lefèvre", None, ("chloe",)),
    _Guardian("Karim", "Benali", "+33600000005", ("ines",)),
    _Guardian("Claire", "Martin", "+33600000006", ("jules",)),
)


def demo_loaded() -> bool:
    return Establishment.select().where(Establishment.uai == DEMO_UAI).exists()


def load_demo(*, actor: Actor | None = None, hashing: PasswordHashing | None = None) -> list[IssuedCredential]:
    """Create the demo establishment with students, guardians and provisional passwords.

    `actor` is the staff member who asked; None only while setting up a database that has no
    staff account yet (`educonnect demo` on a fresh file), audited as such.
    """
    who = actor_identifier(actor) if actor is not None else SETUP_ACTOR
    if demo_loaded():
        raise AlreadyInitialized(QT_TRANSLATE_NOOP("StaffMessages", "L'établissement de démonstration est déjà chargé."))
    hashing = hashing or PasswordHashing()
    people = [(AccountKind.STUDENT, s.first_name, s.last_name) for s in _STUDENTS]
    people += [(AccountKind.GUARDIAN, g.first_name, g.last_name) for g in _GUARDIANS]
    passwords = [generate_provisional() for _ in people]
    hashes = hashing.hash_many(passwords)  # slow part, in a thread pool, before the transaction
    now = utc_now()
    expires = provisional_expiry(now)
    issued: list[IssuedCredential] = []
    with database_proxy.atomic():
        school = Establishment.create(uai=DEMO_UAI, name=DEMO_NAME, is_demo=True, created_at=now)
        audit.journal(school, "insert")
        reserved: set[str] = set()
        accounts: dict[str, Account] = {}
        guardians: list[Account] = []
        for index, (kind, first, last) in enumerate(people):
            student = _STUDENTS[index] if kind == AccountKind.STUDENT else None
            guardian = None if student else _GUARDIANS[index - len(_STUDENTS)]
            identifier = allocate_identifier(first, last, reserved)
            reserved.add(identifier)
            account = Account.create(
                kind=kind, identifier=identifier, first_name=first, last_name=last,
                birth_date=student.birth_date if student else None, establishment=school,
                class_code=student.class_code if student else None,
                state=AccountState.PROVISIONAL, password_hash=hashes[index],
                provisional_expires_at=expires, must_change_password=True,
                mobile=guardian.mobile if guardian else None,
                created_at=now, updated_at=now,
            )
            audit.journal(account, "insert")
            if student:
                accounts[student.key] = account
            else:
                guardians.append(account)
            issued.append(IssuedCredential(identifier, kind, first, last, account.class_code,
                                           passwords[index], expires))
        for guardian_spec, guardian in zip(_GUARDIANS, guardians):
            for child in guardian_spec.children:
                link = GuardianLink.create(guardian=guardian, student=accounts[child],
                                           legal_level=guardian_spec.legal_level, created_at=now)
                audit.journal(link, "insert")
        audit.record("establishment.load_demo", actor=who, uai=DEMO_UAI,
                     students=len(_STUDENTS), guardians=len(_GUARDIANS))
    return issued

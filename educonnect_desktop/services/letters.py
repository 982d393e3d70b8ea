"""Notification letters and password resets: new provisional passwords, old credentials revoked.

Printing a letter again is a reset: the previous provisional (or chosen) password stops
working, live password-setting secrets die, login counters are forgotten. The clear
password is returned once, in the `LetterData`, and goes nowhere else (audit and journal
never see it). Writing the PDF is the caller's job (`letters.pdf`); if that fails, print
again: the accounts simply get yet another password.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Sequence

from ..core.actor import Actor, actor_identifier
from ..core.clock import Clock, utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.passwords import generate_provisional
from ..letters.data import LetterData
from ..store.models import Account, AccountKind, AccountState, Establishment, GuardianLink, database_proxy
from . import audit, throttling
from .accounts import french_name_order
from .accounts_store import get_account, provisional_expiry
from .credentials import DEFAULT_SERVICES_URL, revoke
from .errors import InvalidInput, NotFound
from .legacy import TICKET_PURPOSE as LEGACY_TICKET
from .recovery import RESET_PURPOSE
from .self_registration import TICKET_PURPOSE as REGISTRATION_TICKET

ProgressCallback = Callable[[int, int], None]

LETTER_KINDS = (AccountKind.STUDENT, AccountKind.GUARDIAN)

# Secrets that would let someone set a password without the new letter.
_PASSWORD_SETTING_PURPOSES = (RESET_PURPOSE, LEGACY_TICKET, REGISTRATION_TICKET)


@dataclass(frozen=True)
class LettersPreview:
    """Who would get a letter: checked before anything is asked or written."""

    class_students: int  # the class's students (0 without a class)
    named: int  # accounts named by identifier, not already in the class
    establishment: str | None  # the class's establishment, when there are several

    @property
    def total(self) -> int:
        return self.class_students + self.named


def preview_letters(identifiers: Sequence[str] | None = None, *, class_code: str | None = None,
                    establishment_uai: str | None = None) -> LettersPreview:
    """The same checks as `issue_letters` (unknown identifier, empty class...), nothing changed."""
    class_accounts, named = _choose(identifiers or (), class_code.strip() if class_code else None,
                                    establishment_uai)
    school = None
    if class_accounts and Establishment.select().count() > 1:
        first = class_accounts[0].establishment
        school = first.name if first else None
    return LettersPreview(len(class_accounts), len(named), school)


def issue_letters(identifiers: Sequence[str] | None = None, *, class_code: str | None = None,
                  establishment_uai: str | None = None,
                  actor: Actor, services_url: str | None = None, hashing: PasswordHashing | None = None,
                  clock: Clock = utc_now, progress: ProgressCallback | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[LetterData]:
    """New provisional passwords for a class's students and the named accounts, in one transaction.

    A class and identifiers together give both: the class's students, then the named
    accounts not already among them. A class held by several establishments needs
    `establishment_uai`. `progress(done, total)` and `cancelled()` are called from the
    calling thread while the passwords are hashed; a cancel raises
    `core.hashing.HashingCancelled` and writes nothing.
    """
    class_accounts, named = _choose(identifiers or (), class_code.strip() if class_code else None,
                                    establishment_uai)
    accounts = class_accounts + named
    return _issue(accounts, actor=actor, source="letter", class_code=class_code,
                  services_url=services_url, hashing=hashing, clock=clock,
                  progress=progress, cancelled=cancelled)


def reset_password(identifier: str, *, actor: Actor, services_url: str | None = None,
                   hashing: PasswordHashing | None = None, clock: Clock = utc_now) -> LetterData:
    """Staff "reset the password": a new letter, the old credentials revoked, the account unlocked."""
    account = get_account(identifier)
    _check_printable(account)
    return _issue([account], actor=actor, source="reset", class_code=None, services_url=services_url,
                  hashing=hashing, clock=clock)[0]


def _check_printable(account: Account) -> None:
    if account.kind not in LETTER_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "StaffMessages", "Les lettres sont destinées aux élèves et aux représentants légaux : "
            "« {identifier} » est un compte du personnel.").format(identifier=account.identifier))
    if account.state == AccountState.DISABLED:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "StaffMessages", "Le compte « {identifier} » est désactivé : réactivez-le avant d'imprimer une lettre."
        ).format(identifier=account.identifier))


def _class_students(class_code: str, establishment_uai: str | None) -> list[Account]:
    query = (Account.select()
             .where((Account.class_code == class_code) & (Account.kind == AccountKind.STUDENT)
                    & (Account.state != AccountState.DISABLED) & Account.left_at.is_null()))
    if establishment_uai:
        school = Establishment.get_or_none(Establishment.uai == establishment_uai)
        if school is None:
            raise NotFound(QT_TRANSLATE_NOOP("StaffMessages", "Aucun établissement n'a l'UAI « {uai} ».").format(uai=establishment_uai))
        query = query.where(Account.establishment == school)
    else:
        schools = sorted({(a.establishment.name, a.establishment.uai) for a in query if a.establishment_id})
        if len(schools) > 1:  # "5 B" of two schools: never one letter batch mixing both
            names = ", ".join(f"{name} ({uai})" for name, uai in schools)
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "StaffMessages", "La classe « {class_code} » existe dans plusieurs établissements ({names}) : "
                "précisez l'établissement.").format(class_code=class_code, names=names))
    chosen = list(query.order_by(*french_name_order()))
    if not chosen:
        raise NotFound(QT_TRANSLATE_NOOP("StaffMessages", "Aucun élève dans la classe « {class_code} ».").format(class_code=class_code))
    return chosen


def _choose(identifiers: Sequence[str], class_code: str | None,
            establishment_uai: str | None) -> tuple[list[Account], list[Account]]:
    """The class's current students in French name order, then the other named accounts, each once."""
    if not identifiers and not class_code:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Indiquez une classe ou au moins un identifiant."))
    in_class = _class_students(class_code, establishment_uai) if class_code else []
    seen = {account.id for account in in_class}
    named: list[Account] = []
    for identifier in identifiers:
        account = get_account(identifier)
        _check_printable(account)
        if account.id not in seen:
            seen.add(account.id)
            named.append(account)
    return in_class, named


def _issue(accounts: list[Account], *, actor: Actor, source: str, class_code: str | None,
           services_url: str | None, hashing: PasswordHashing | None, clock: Clock,
           progress: ProgressCallback | None = None,
           cancelled: Callable[[], bool] | None = None) -> list[LetterData]:
    who = actor_identifier(actor)
    hashing = hashing or PasswordHashing()
    passwords = [generate_provisional() for _ in accounts]
    total = len(passwords)
    on_progress = (lambda done: progress(done, total)) if progress else None
    # The slow part, on a thread pool, before the transaction (as services.demo does).
    hashes = hashing.hash_many(passwords, on_progress=on_progress, cancelled=cancelled)
    now = clock()
    expires = provisional_expiry(now)
    with database_proxy.atomic():
        accounts = _reread(accounts)  # the state may have moved while hashing
        for account, password_hash in zip(accounts, hashes):
            _replace_credentials(account, password_hash, expires, now)
            audit.record("account.password_reset", actor=who, target=account.identifier,
                         kind=account.kind, state=account.state, source=source)
        audit.record("letters.issued", actor=who, count=len(accounts), class_code=class_code, source=source)
    url = services_url or DEFAULT_SERVICES_URL
    schools = {s.id: s for s in Establishment.select()}
    return [_letter(account, password, schools.get(account.establishment_id), expires, url)
            for account, password in zip(accounts, passwords)]


def _reread(accounts: list[Account]) -> list[Account]:
    fresh = {a.id: a for a in Account.select().where(Account.id.in_([a.id for a in accounts]))}
    missing = [a.identifier for a in accounts if a.id not in fresh]
    if missing:
        raise NotFound(QT_TRANSLATE_NOOP("StaffMessages", "Le compte « {identifier} » a été supprimé entre-temps. Recommencez.").format(
            identifier=missing[0]))
    return [fresh[a.id] for a in accounts]


def _replace_credentials(account: Account, password_hash: str, expires: datetime, now: datetime) -> None:
    # An activated account stays active (its charter, children and e-mail still hold) but
    # must choose a new password at its next login; a locked one is unlocked.
    if account.state == AccountState.LOCKED:
        account.state = AccountState.ACTIVE if account.charter_accepted_at else AccountState.PROVISIONAL
    account.password_hash = password_hash
    account.must_change_password = True
    account.provisional_expires_at = expires
    account.updated_at = now
    account.save(only=[Account.password_hash, Account.must_change_password, Account.provisional_expires_at,
                       Account.state, Account.updated_at])
    audit.journal(account, "update", ["state", "must_change_password", "provisional_expires_at", "updated_at"])
    for purpose in _PASSWORD_SETTING_PURPOSES:
        revoke(purpose, account, now)
    throttling.clear_account(account.identifier)


def _children(account: Account) -> tuple[str, ...]:
    if account.kind != AccountKind.GUARDIAN:
        return ()
    links = (GuardianLink.select(GuardianLink, Account)
             .join(Account, on=(GuardianLink.student == Account.id))
             .where((GuardianLink.guardian == account) & (GuardianLink.reported_wrong == False))  # noqa: E712
             .order_by(Account.first_name))
    return tuple(f"{link.student.first_name} {link.student.last_name}"
                 + (f" ({link.student.class_code})" if link.student.class_code else "") for link in links)


def letter_date(expires: datetime):
    """The stored expiry (naive UTC) as the calendar day printed on the letter (local time)."""
    return expires.replace(tzinfo=timezone.utc).astimezone().date()


def _letter(account: Account, password: str, school: Establishment | None, expires: datetime,
            services_url: str) -> LetterData:
    return LetterData(
        establishment_name=school.name if school else "", establishment_uai=school.uai if school else "",
        first_name=account.first_name, last_name=account.last_name, kind=account.kind,
        class_code=account.class_code, identifier=account.identifier, provisional_password=password,
        valid_until=letter_date(expires), services_url=services_url, children=_children(account),
    )


__all__ = ["LetterData", "issue_letters", "reset_password", "letter_date", "LETTER_KINDS"]

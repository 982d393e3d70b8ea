"""Transition from a legacy ATEN / ATEN-élève account to EduConnect.

The secretariat imports the old directory as CSV `login;password;siecle_id`; the
passwords are hashed at once and the file should then be deleted. A legacy account
serves once: after the transition it can never be used again.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core import limits
from ..core.actor import Actor, actor_identifier
from ..core.limits import too_long
from ..core.clock import Clock, utc_now
from ..core.hashing import PasswordHashing
from ..core.messages import QT_TRANSLATE_NOOP
from ..store.models import Account, AccountKind, LegacyAccount, database_proxy
from . import audit, throttling
from .errors import InvalidInput, ServiceError
from .session import Session
from .tickets import issue_ticket, set_password_with_ticket

TICKET_PURPOSE = "legacy_transition"
DELETE_REMINDER = QT_TRANSLATE_NOOP("StaffMessages", "Les mots de passe ont été chiffrés dans la base. Supprimez maintenant le fichier "
                   "CSV importé (et videz la corbeille) : il contient des mots de passe en clair.")
BAD_LEGACY = QT_TRANSLATE_NOOP("FamilyMessages", "Identifiant ou mot de passe de l'ancien compte incorrect.")


class InvalidLegacyCredentials(ServiceError):
    pass


class LegacyAccountUsed(ServiceError):
    pass


class LegacyAccountUnmatched(ServiceError):
    pass


@dataclass(frozen=True)
class LegacyImportResult:
    imported: int
    already_used: int
    rejected: tuple[str, ...]
    reminder: str = DELETE_REMINDER


@dataclass(frozen=True)
class LegacyTicket:
    identifier: str
    ticket: str
    first_name: str
    last_name: str


MAX_LEGACY_BYTES = 20 * 1024 * 1024  # an académie's directory is far smaller; memory stays bounded


@dataclass(frozen=True)
class LegacyFile:
    """The rows of an ATEN directory export that can be imported, and why the others cannot."""

    name: str
    rows: tuple[tuple[str, str, str], ...]  # login, clear password, SIECLE id
    rejected: tuple[str, ...]


@dataclass(frozen=True)
class LegacyPreview:
    """What an import would do; nothing hashed, nothing written."""

    file: str
    new: int
    replaced: int  # already imported, not used yet: the new password replaces the old one
    already_used: int  # transition done: the line is ignored
    rejected: tuple[str, ...]

    @property
    def importable(self) -> int:
        return self.new + self.replaced


def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        if path.stat().st_size > MAX_LEGACY_BYTES:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "StaffMessages",
                "{name} est trop volumineux pour un annuaire ATEN (plus de {megabytes} Mo) : vérifiez le fichier choisi."
            ).format(name=path.name, megabytes=MAX_LEGACY_BYTES // (1024 * 1024)))
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "Impossible de lire {name} : {reason}.").format(
            name=path.name, reason=exc.strerror)) from exc
    if b"\0" in raw[:4096]:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "{name} n'est pas un fichier texte CSV (login;password;siecle_id).").format(name=path.name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        rows = list(enumerate(csv.reader(io.StringIO(text), delimiter=";"), start=1))
    except csv.Error as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("StaffMessages", "{name} n'est pas un CSV lisible : {error}.").format(
            name=path.name, error=exc)) from None
    if rows and [c.strip().lower() for c in rows[0][1][:3]] == ["login", "password", "siecle_id"]:
        rows = rows[1:]
    return [(n, r) for n, r in rows if any(cell.strip() for cell in r)]


def read_legacy_csv(path: Path | str) -> LegacyFile:
    """Parse and check the file (`login;password;siecle_id`), before anything else happens."""
    path = Path(path)
    rows, rejected, seen = [], [], set()
    for line, cells in _read_rows(path):
        if len(cells) < 3 or not all(c.strip() for c in cells[:3]):
            rejected.append(f"ligne {line} : trois colonnes attendues (login;password;siecle_id)")
            continue
        login = cells[0].strip().lower()
        if login in seen:
            rejected.append(f"ligne {line} : identifiant « {login} » en double")
            continue
        seen.add(login)
        rows.append((login, cells[1], cells[2].strip()))
    if not rows:
        unusable = QT_TRANSLATE_NOOP(
            "StaffMessages", "{name} ne contient aucune ligne utilisable : le fichier attendu a trois colonnes "
            "séparées par des points-virgules (login;password;siecle_id).").format(name=path.name)
        if rejected:
            unusable += " " + QT_TRANSLATE_NOOP("StaffMessages", "Première erreur : {error}.").format(error=rejected[0])
        raise InvalidInput(unusable)
    return LegacyFile(path.name, tuple(rows), tuple(rejected))


def preview_legacy_csv(path: Path | str) -> LegacyPreview:
    legacy = read_legacy_csv(path)
    logins = [login for login, _, _ in legacy.rows]
    known = {row.login: row.used_at for row in
             LegacyAccount.select(LegacyAccount.login, LegacyAccount.used_at).where(LegacyAccount.login.in_(logins))}
    used = sum(1 for login in logins if known.get(login) is not None)
    replaced = sum(1 for login in logins if login in known and known[login] is None)
    return LegacyPreview(legacy.name, len(logins) - used - replaced, replaced, used, legacy.rejected)


def import_legacy_csv(path: Path, *, actor: Actor,
                      hashing: PasswordHashing | None = None, clock: Clock = utc_now,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> LegacyImportResult:
    """Hash the passwords (progress, cancel: nothing written), then store them in one transaction."""
    who = actor_identifier(actor)  # refused before any work: no anonymous import
    hashing = hashing or PasswordHashing()
    legacy = read_legacy_csv(path)
    rows, rejected = legacy.rows, list(legacy.rejected)
    total = len(rows)
    hashes = hashing.hash_many([password for _, password, _ in rows], cancelled=cancelled,
                               on_progress=(lambda done: progress(done, total)) if progress else None)
    now = clock()
    imported = used = 0
    with database_proxy.atomic():
        for (login, _, siecle_id), password_hash in zip(rows, hashes):
            existing = LegacyAccount.get_or_none(LegacyAccount.login == login)
            if existing and existing.used_at:
                used += 1
                continue
            (LegacyAccount.insert(login=login, password_hash=password_hash, siecle_id=siecle_id,
                                  imported_at=now)
             .on_conflict(conflict_target=[LegacyAccount.login],
                          update={LegacyAccount.password_hash: password_hash,
                                  LegacyAccount.siecle_id: siecle_id, LegacyAccount.imported_at: now})
             .execute())
            imported += 1
        audit.record("legacy.import", actor=who, count=imported, file=Path(path).name)
    return LegacyImportResult(imported, used, tuple(rejected))


def verify_legacy(login: str, password: str, *, hashing: PasswordHashing | None = None,
                  clock: Clock = utc_now) -> LegacyTicket:
    hashing = hashing or PasswordHashing()
    if too_long(login, limits.IDENTIFIER) or too_long(password, limits.PASSWORD):
        raise InvalidLegacyCredentials(BAD_LEGACY)
    login = login.strip().lower()
    key = f"legacy:{login}"
    now = clock()
    with database_proxy.atomic():
        attempt = throttling.guess(key, now)
        legacy = LegacyAccount.get_or_none(LegacyAccount.login == login)
    ok = hashing.verify(legacy.password_hash, password) if legacy else hashing.dummy_verify(password)
    with database_proxy.atomic():
        if not ok:
            audit.record("legacy.login", target=login, outcome="failure", reason="bad_credentials")
        elif legacy.used_at is not None:
            audit.record("legacy.login", target=login, outcome="failure", reason="already_used")
        else:
            attempt.succeeded()
            account = Account.get_or_none(
                (Account.kind.in_([AccountKind.STUDENT, AccountKind.GUARDIAN]))
                & ((Account.siecle_personne_id == legacy.siecle_id) | (Account.siecle_eleve_id == legacy.siecle_id)))
            if account is None:
                audit.record("legacy.login", target=login, outcome="failure", reason="unmatched")
            else:
                ticket = issue_ticket(TICKET_PURPOSE, account, now, subject=login)
                audit.record("legacy.login", target=login, kind=account.kind)
    if not ok:
        raise InvalidLegacyCredentials(BAD_LEGACY)
    if legacy.used_at is not None:
        raise LegacyAccountUsed(QT_TRANSLATE_NOOP("FamilyMessages", "Cet ancien compte a déjà servi à activer un compte "
                                                  "EduConnect : connectez-vous avec votre identifiant EduConnect."))
    if account is None:
        raise LegacyAccountUnmatched(QT_TRANSLATE_NOOP("FamilyMessages", "Nous ne retrouvons pas votre compte EduConnect : "
                                                       "adressez-vous à l'établissement."))
    return LegacyTicket(account.identifier, ticket, account.first_name, account.last_name)


def complete_transition(ticket: str, password: str, *, hashing: PasswordHashing | None = None,
                        clock: Clock = utc_now) -> Session:
    def retire_legacy(account: Account, row) -> None:
        updated = (LegacyAccount.update(used_at=row.consumed_at)
                   .where((LegacyAccount.login == row.subject) & LegacyAccount.used_at.is_null()).execute())
        if not updated:
            raise LegacyAccountUsed(QT_TRANSLATE_NOOP("FamilyMessages", "Cet ancien compte a déjà servi à activer un compte EduConnect."))

    return set_password_with_ticket(TICKET_PURPOSE, ticket, password, hashing=hashing or PasswordHashing(),
                                    now=clock(), source="legacy", on_success=retire_legacy)

"""Minors' data kept least long (RGPD art. 5 and 32): retention purges, access and erasure.

`purge_expired(now)` runs at start-up (off the GUI thread), from the delivery worker's loop
about once an hour, and from `educonnect privacy purge` (a cron job). Each run is one
transaction and one audit row; running it twice changes nothing the second time.

What it removes (docs/privacy.md says why and for how long):

- the seal (code, link) of any message older than a day: every code and link is dead by then;
- the text and values of messages done (sent, failed, cancelled) for `message_text_days`;
- messages sent to a number or address typed by someone not in the roster (no account):
  the whole row, once done and older than `typed_contact_days`;
- one-time codes and tokens expired or spent for `secret_days`, with their subject (which
  may be a mobile typed at self-registration);
- failure counters idle for `idle_throttle_days` (their keys may name a typed address);
- pupils who left: disabled at once (the import also does it), erased after the end of the
  following school year (`left_school_years`), with their guardians left without a child;
- migration backups (copies of the whole file) after `backup_days`;
- the sync journal when the workstation is not enrolled with a central server, after
  `journal_days` (an enrolled workstation prunes on acknowledgement: `prune_journal`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ..core.actor import Actor, actor_identifier
from ..core.clock import utc_now
from ..core.messages import QT_TRANSLATE_NOOP
from ..errors import UserFacingError
from ..private_files import write_private_bytes
from ..store.database import prune_backups
from ..store.models import (
    Account, AccountKind, AccountState, AuditEvent, GuardianLink, JournalEntry, OneTimeSecret, OutboxMessage,
    OutboxStatus, Setting, Throttle, database_proxy,
)
from . import audit

DONE = (OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.CANCELLED)
SYSTEM_ACTOR = "système (conservation des données)"
EXPIRED_BEFORE_SENDING = QT_TRANSLATE_NOOP(
    "StaffMessages", "Le code ou le lien de ce message a expiré avant son envoi : il n'est plus envoyé.")
ENROLLED_SETTING = "sync.enrolled"  # set by the sync enrolment (i11); absent = not enrolled


class PrivacyError(UserFacingError):
    pass


@dataclass(frozen=True)
class RetentionPolicy:
    seal_hours: int = 24  # longer than any code or link validity
    message_text_days: int = 30  # staff can still see (non-confidential) texts and retry for a month
    typed_contact_days: int = 7
    secret_days: int = 7
    left_school_years: int = 1  # erased at the end of the following school year
    journal_days: int = 90
    backup_days: int = 90  # migration backups beside the database file
    idle_throttle_days: int = 7  # a counter untouched this long and not locking anything


@dataclass
class PurgeSummary:
    seals_dropped: int = 0
    texts_purged: int = 0
    typed_contacts_deleted: int = 0
    secrets_deleted: int = 0
    throttles_deleted: int = 0
    pupils_disabled: int = 0
    accounts_erased: int = 0
    journal_pruned: int = 0
    backups_deleted: int = 0
    erased: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (self.seals_dropped + self.texts_purged + self.typed_contacts_deleted + self.secrets_deleted
                + self.throttles_deleted + self.pupils_disabled + self.accounts_erased + self.journal_pruned
                + self.backups_deleted)

    def describe(self) -> str:
        return (f"Codes et liens scellés effacés : {self.seals_dropped} ; textes de messages effacés : "
                f"{self.texts_purged} ; messages vers des coordonnées saisies hors annuaire supprimés : "
                f"{self.typed_contacts_deleted} ; codes expirés supprimés : {self.secrets_deleted} ; "
                f"compteurs d'échecs inactifs supprimés : {self.throttles_deleted} ; "
                f"élèves partis désactivés : {self.pupils_disabled} ; comptes effacés : {self.accounts_erased} ; "
                f"entrées du journal de synchronisation supprimées : {self.journal_pruned} ; "
                f"sauvegardes de migration supprimées : {self.backups_deleted}.")


def policy_for(config) -> RetentionPolicy:
    """The retention policy of a workstation's configuration (`[privacy]` in the TOML file)."""
    return RetentionPolicy(left_school_years=config.privacy.left_school_years)


def end_of_following_school_year(left_on: date, years: int = 1) -> date:
    """31 August of the school year `years` after the one the pupil left in (years start 1 September)."""
    school_year_end = left_on.year + (1 if left_on.month >= 9 else 0)  # the 31 August closing it
    return date(school_year_end + years, 8, 31)


def _is_enrolled() -> bool:
    return Setting.select().where(Setting.key == ENROLLED_SETTING).exists()


def prune_journal(before: datetime, *, synced_only: bool) -> int:
    """Delete journal entries older than `before` (only those acknowledged when `synced_only`).
    The central sync calls it with `synced_only=True` once the server acknowledged them."""
    query = JournalEntry.delete().where(JournalEntry.at < before)
    if synced_only:
        query = query.where(JournalEntry.synced_at.is_null(False))
    return query.execute()


def purge_expired(now: datetime | None = None, *, policy: RetentionPolicy = RetentionPolicy(),
                  actor: Actor | None = None) -> PurgeSummary:
    now = now or utc_now()
    # The schedule (start-up, delivery worker) runs as the system; a person asking names themself.
    who = actor_identifier(actor) if actor is not None else SYSTEM_ACTOR
    summary = PurgeSummary()
    with database_proxy.atomic("IMMEDIATE"):
        summary.typed_contacts_deleted = (OutboxMessage.delete()
                                          .where(OutboxMessage.account.is_null() & OutboxMessage.status.in_(DONE)
                                                 & (OutboxMessage.created_at
                                                    < now - timedelta(days=policy.typed_contact_days)))
                                          .execute())
        stale_seal = OutboxMessage.sealed.is_null(False) & (OutboxMessage.created_at
                                                           < now - timedelta(hours=policy.seal_hours))
        # A code or link this old is dead: a message still waiting with one is not worth sending.
        (OutboxMessage.update(status=OutboxStatus.FAILED, **OutboxMessage.last_error_columns(EXPIRED_BEFORE_SENDING))
         .where(stale_seal & OutboxMessage.status.in_([OutboxStatus.QUEUED, OutboxStatus.SENDING])).execute())
        summary.seals_dropped = OutboxMessage.update(sealed=None).where(stale_seal).execute()
        summary.texts_purged = (OutboxMessage.update(body_text="", body_html=None, context=None, sealed=None)
                                .where(OutboxMessage.status.in_(DONE) & (OutboxMessage.body_text != "")
                                       & (OutboxMessage.created_at
                                          < now - timedelta(days=policy.message_text_days)))
                                .execute())
        old = now - timedelta(days=policy.secret_days)
        summary.secrets_deleted = (OneTimeSecret.delete()
                                   .where((OneTimeSecret.expires_at < old)
                                          | (OneTimeSecret.consumed_at.is_null(False)
                                             & (OneTimeSecret.consumed_at < old)))
                                   .execute())
        # Idle failure counters: their keys may hold what someone typed (an address, a number).
        idle = now - timedelta(days=policy.idle_throttle_days)
        summary.throttles_deleted = (Throttle.delete()
                                     .where((Throttle.window_start < idle)
                                            & (Throttle.locked_until.is_null() | (Throttle.locked_until < idle)))
                                     .execute())
        summary.pupils_disabled = _disable_departed(now, who)
        for student in (Account.select().where((Account.kind == AccountKind.STUDENT)
                                               & Account.left_at.is_null(False))):
            if now.date() > end_of_following_school_year(student.left_at, policy.left_school_years):
                summary.erased.extend(_erase_student(student, who, reason="retention"))
        summary.accounts_erased = len(summary.erased)
        if not _is_enrolled():
            summary.journal_pruned = prune_journal(now - timedelta(days=policy.journal_days), synced_only=False)
        database_file = getattr(database_proxy.obj, "database", None)
        if database_file and database_file != ":memory:":
            summary.backups_deleted = prune_backups(database_file, now - timedelta(days=policy.backup_days))
        if summary.total:
            audit.record("privacy.purge", actor=who, count=summary.total,
                         fields=sorted(k for k, v in asdict(summary).items() if v and k != "erased"))
    return summary


def _disable_departed(now: datetime, actor: str) -> int:
    departed = list(Account.select().where((Account.kind == AccountKind.STUDENT) & Account.left_at.is_null(False)
                                           & (Account.left_at <= now.date())
                                           & (Account.state != AccountState.DISABLED)))
    for account in departed:
        previous = account.state
        account.state, account.updated_at = AccountState.DISABLED, now
        account.save(only=[Account.state, Account.updated_at])
        audit.journal(account, "update", ["state", "updated_at"])
        audit.record("account.disabled", actor=actor, target=account.identifier,
                     previous_state=previous, state=AccountState.DISABLED, reason="left")
    return len(departed)


# --- erasure --------------------------------------------------------------------------------

def _erase_account(account: Account, actor: str, reason: str) -> str:
    identifier = account.identifier
    audit.record("privacy.erased", actor=actor, target=identifier, kind=account.kind, reason=reason)
    # What the journal said about this person and was not yet numbered for the sync goes; one
    # "delete" tells the central server. Numbered entries stay: a missing number would stall every
    # later push (the server waits for it), and the erasure that follows them undoes them there.
    unsent = JournalEntry.sync_seq.is_null()
    JournalEntry.delete().where((JournalEntry.entity_uuid == account.uuid) & unsent).execute()
    for link in GuardianLink.select().where((GuardianLink.guardian == account) | (GuardianLink.student == account)):
        JournalEntry.delete().where((JournalEntry.entity_uuid == link.uuid) & unsent).execute()
    OutboxMessage.delete().where(OutboxMessage.account == account).execute()
    # The establishment travels in the entry: once the row is gone, it says whether the sync owns it.
    audit.journal(account, "delete", ["kind", "establishment"])
    account.delete_instance()  # links and secrets go with it (ON DELETE CASCADE)
    return identifier


def _guardians_left_alone(student: Account) -> list[Account]:
    guardians = [link.guardian for link in GuardianLink.select().where(GuardianLink.student == student)]
    alone = []
    for guardian in guardians:
        others = (GuardianLink.select().where((GuardianLink.guardian == guardian)
                                              & (GuardianLink.student != student)).count())
        if others == 0:
            alone.append(guardian)
    return alone


def _erase_student(student: Account, actor: str, *, reason: str) -> list[str]:
    alone = _guardians_left_alone(student)
    erased = [_erase_account(student, actor, reason)]
    erased.extend(_erase_account(guardian, actor, reason) for guardian in alone)
    return erased


def _family_account(identifier: str) -> Account:
    account = Account.get_or_none(Account.identifier == (identifier or "").strip().lower())
    if account is None:
        raise PrivacyError(QT_TRANSLATE_NOOP("StaffMessages", "Aucun compte « {identifier} ».").format(identifier=identifier))
    if account.kind == AccountKind.STAFF:
        raise PrivacyError(QT_TRANSLATE_NOOP("StaffMessages", "Ce compte est un compte du personnel, pas celui d'une famille."))
    return account


def erase_family_account(identifier: str, *, actor: Actor) -> list[str]:
    """Right to erasure: the account, and for a pupil the guardians who have no other child.
    Returns the identifiers erased. The audit trail keeps that it happened, and by whom."""
    who = actor_identifier(actor)
    with database_proxy.atomic("IMMEDIATE"):
        account = _family_account(identifier)
        if account.kind == AccountKind.STUDENT:
            return _erase_student(account, who, reason="request")
        return [_erase_account(account, who, "request")]


# --- right of access ------------------------------------------------------------------------

_LABELS = {
    "identifier": "Identifiant", "kind": "Type de compte", "first_name": "Prénom", "last_name": "Nom",
    "usage_name": "Nom d'usage", "birth_date": "Date de naissance", "class_code": "Classe",
    "state": "État du compte", "email": "Adresse e-mail", "email_state": "État de l'adresse e-mail",
    "pending_email": "Adresse e-mail en attente de confirmation", "mobile": "Téléphone portable",
    "mobile_confirmed": "Portable confirmé", "ine": "INE", "siecle_eleve_id": "Identifiant SIECLE (élève)",
    "siecle_personne_id": "Identifiant SIECLE (responsable)", "last_login_at": "Dernière connexion",
    "left_at": "Date de sortie de l'établissement", "created_at": "Compte créé le",
    "charter_accepted_at": "Charte acceptée le", "provisional_expires_at": "Mot de passe provisoire valable jusqu'au",
}
_KIND_LABELS = {AccountKind.STUDENT: "élève", AccountKind.GUARDIAN: "représentant légal"}


def _value(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, bool):
        return "oui" if value else "non"
    return value


def _describe_account(account: Account) -> dict:
    data = {label: _value(getattr(account, name)) for name, label in _LABELS.items()
            if getattr(account, name) not in (None, "")}
    data["Type de compte"] = _KIND_LABELS.get(account.kind, account.kind)
    data["Établissement"] = account.establishment.name if account.establishment_id else None
    data["Mot de passe"] = "enregistré sous forme d'empreinte Argon2id (jamais en clair)" if account.password_hash \
        else "aucun"
    links = GuardianLink.select().where((GuardianLink.guardian == account) | (GuardianLink.student == account))
    data["Liens familiaux"] = [
        {"Représentant légal": link.guardian.identifier, "Élève": link.student.identifier,
         "Niveau de responsabilité": link.legal_level, "Validé par la famille": _value(link.validated),
         "Signalé comme erroné": _value(link.reported_wrong)} for link in links]
    data["Messages envoyés ou en attente"] = [
        {"Date": _value(m.created_at), "Canal": m.channel, "Type": m.kind, "Destinataire": m.recipient,
         "État": m.status} for m in OutboxMessage.select().where(OutboxMessage.account == account)
        .order_by(OutboxMessage.id)]
    data["Journal des actions (audit)"] = [
        {"Date": _value(e.at), "Action": e.action, "Auteur": e.actor, "Résultat": e.outcome}
        for e in AuditEvent.select().where(AuditEvent.target == account.identifier).order_by(AuditEvent.id)]
    return data


def family_of(account: Account) -> list[Account]:
    """The account first, then its children (a guardian) or its guardians (a pupil)."""
    if account.kind == AccountKind.GUARDIAN:
        others = [link.student for link in GuardianLink.select().where(GuardianLink.guardian == account)]
    else:
        others = [link.guardian for link in GuardianLink.select().where(GuardianLink.student == account)]
    return [account, *sorted(others, key=lambda a: a.identifier)]


def export_family(identifier: str, output: Path | str, *, actor: Actor, now: datetime | None = None) -> Path:
    """Right of access: one readable JSON file (French labels) with what the workstation holds
    about the account and its family. The file is private (0600): it is personal data."""
    who = actor_identifier(actor)  # before anything is written: no file without an author
    now = now or utc_now()
    with database_proxy.atomic("IMMEDIATE"):
        account = _family_account(identifier)
        members = family_of(account)
        document = {
            "Objet": "Données personnelles détenues par le poste EduConnect Desktop (droit d'accès, RGPD art. 15)",
            "Établi le": _value(now),
            "Demande concernant": account.identifier,
            "Personnes": [_describe_account(member) for member in members],
            "Non inclus": "Les mots de passe et les codes à usage unique ne sont conservés que sous forme "
                          "d'empreinte ; ils ne peuvent être communiqués.",
        }
        data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        path = Path(output)
        try:
            write_private_bytes(path, data)
        except OSError as exc:
            raise PrivacyError(QT_TRANSLATE_NOOP("StaffMessages", "Impossible d'écrire le fichier {path} : {reason}."
                                                 ).format(path=path, reason=exc.strerror or exc)) from None
        audit.record("privacy.exported", actor=who, target=account.identifier, count=len(members),
                     file=path.name)
    return path


# --- the secretariat's side (GUI): the same actions, for an authenticated staff member -----------

def _secretariat(staff) -> Actor:
    """The session's actor, once its account is checked still active with a secretariat role."""
    from ..store.models import StaffRole
    from .staff import require

    require(staff, StaffRole.ADMIN, StaffRole.SECRETARIAT)
    return staff.actor


def export_for_staff(staff, identifier: str, output: Path | str) -> Path:
    return export_family(identifier, output, actor=_secretariat(staff))


def erasure_preview(staff, identifier: str) -> list[str]:
    """Who `erase_for_staff` would erase ("Prénom Nom (identifiant)"), for the confirmation."""
    _secretariat(staff)
    account = _family_account(identifier)
    people = [account] + (_guardians_left_alone(account) if account.kind == AccountKind.STUDENT else [])
    return [f"{a.first_name} {a.last_name} ({a.identifier})" for a in people]


def erase_for_staff(staff, identifier: str) -> list[str]:
    return erase_family_account(identifier, actor=_secretariat(staff))


__all__ = [
    "RetentionPolicy", "policy_for", "PurgeSummary", "PrivacyError", "purge_expired", "prune_journal",
    "erase_family_account", "export_family", "export_for_staff", "erasure_preview", "erase_for_staff",
    "family_of", "end_of_following_school_year",
    "ENROLLED_SETTING",
]

""""Mon compte", tab "Mes enfants": merging another account, reporting a wrong link, re-validation."""

from __future__ import annotations

from dataclasses import dataclass

from ..core import limits
from ..core.clock import Clock, utc_now
from ..core.limits import too_long
from ..core.hashing import PasswordHashing
from ..core.identifiers import normalize_identifier
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.text import fold_letters
from ..store.models import Account, AccountKind, AccountState, GuardianLink, database_proxy
from . import audit, throttling
from .authentication import login_key
from .errors import InvalidInput, ServiceError
from .home import ChildCard, child_card, home
from .session import Session, account_of, links_to_review, session_for

# One answer for a wrong identifier or password, an expired provisional password and different
# names: anything more precise would tell a guesser that the password was right.
MERGE_REFUSED = QT_TRANSLATE_NOOP("FamilyMessages", "Ces comptes ne peuvent pas être réunis : vérifiez l'identifiant et le mot de passe de "
                 "l'autre compte. Les deux comptes doivent porter les mêmes nom et prénom, et un mot de "
                 "passe provisoire expiré ne permet pas de les réunir ; en cas de doute, adressez-vous à "
                 "l'établissement.")
BAD_OTHER_CREDENTIALS = MERGE_REFUSED
SINGLE_LINK = QT_TRANSLATE_NOOP("FamilyMessages", "S'il y a un seul lien responsable-élève, l'action ne sera pas prise en compte.")


class MergeRefused(ServiceError):
    pass


class LinkRemovalRefused(ServiceError):
    pass


@dataclass(frozen=True)
class MergeResult:
    closed_identifier: str
    moved_children: int


def my_children(session: Session) -> tuple[ChildCard, ...]:
    return home(session).children


def _same_person(a: Account, b: Account) -> bool:
    return (fold_letters(a.first_name) == fold_letters(b.first_name)
            and fold_letters(a.last_name) == fold_letters(b.last_name))


def merge_other_account(session: Session, other_identifier: str, other_password: str, *,
                        hashing: PasswordHashing | None = None, clock: Clock = utc_now) -> MergeResult:
    """Bring the other account's children here and close it.

    The other account is proved by its password: the provisional one from its letter, or
    its current one when it was activated. Both accounts must carry the same names.
    The guess is counted on the *other* account's login counter (the secret guessed is its
    password), so a second attacker account gets no fresh guesses; every refusal says the
    same thing, so a refusal for different names does not confirm the password.
    """
    hashing = hashing or PasswordHashing()
    if too_long(other_identifier, limits.IDENTIFIER) or too_long(other_password, limits.PASSWORD):
        raise MergeRefused(MERGE_REFUSED)
    other_ident = normalize_identifier(other_identifier)
    now = clock()
    with database_proxy.atomic():
        me = account_of(session)
        attempt = throttling.guess(login_key(other_ident), now)
        other = Account.get_or_none((Account.identifier == other_ident) & (Account.kind == AccountKind.GUARDIAN)
                                    & (Account.state != AccountState.DISABLED))
    if other is None or other.password_hash is None:
        hashing.dummy_verify(other_password)
        proved = False
    else:
        proved = hashing.verify(other.password_hash, other_password)
    refusal: ServiceError | None = None
    with database_proxy.atomic():
        if proved and other.id == me.id:
            refusal = InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "C'est le compte sur lequel vous êtes connecté."))
        elif (not proved or (other.state == AccountState.PROVISIONAL and other.provisional_expires_at
                             and other.provisional_expires_at < now)
              or not _same_person(me, other)):
            refusal = MergeRefused(MERGE_REFUSED)
        if refusal is not None:
            audit.record("children.merge", actor=me.identifier, target=other.identifier if other else None,
                         outcome="failure")
        else:
            attempt.succeeded()
            moved = _move_links(other, me)
            other.state = AccountState.DISABLED
            other.updated_at = now
            other.save(only=[Account.state, Account.updated_at])
            audit.journal(other, "update", ["state", "updated_at"])
            audit.record("children.merge", actor=me.identifier, target=other.identifier, count=moved)
            audit.record("account.closed", actor=me.identifier, target=other.identifier, reason="merged")
    if refusal is not None:
        raise refusal
    return MergeResult(other.identifier, moved)


def _move_links(source: Account, target: Account) -> int:
    mine = {link.student_id for link in GuardianLink.select().where(GuardianLink.guardian == target)}
    moved = 0
    for link in GuardianLink.select().where(GuardianLink.guardian == source):
        if link.student_id in mine:
            link.delete_instance()
            audit.journal(link, "delete", ["guardian", "student"])
            continue
        link.guardian = target
        link.validated = True  # the guardian proved the other account's password
        link.save()
        audit.journal(link, "update", ["guardian", "validated"])
        moved += 1
    return moved


def _my_link(account: Account, student_identifier: str) -> GuardianLink:
    link = (GuardianLink.select().join(Account, on=(GuardianLink.student == Account.id))
            .where((GuardianLink.guardian == account) & (Account.identifier == student_identifier)).first())
    if link is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "Cet élève n'est pas rattaché à votre compte."))
    return link


def report_not_legal_guardian(session: Session, student_identifier: str, *, clock: Clock = utc_now) -> None:
    """ "Je ne suis pas le représentant légal de cet élève": refused for the student's only link."""
    with database_proxy.atomic():
        me = account_of(session)
        link = _my_link(me, student_identifier)
        remaining = GuardianLink.select().where(
            (GuardianLink.student == link.student_id) & (GuardianLink.reported_wrong == False)  # noqa: E712
            & (GuardianLink.legal_level > 0)).count()
        if remaining <= 1:
            audit.record("children.link_reported", actor=me.identifier, target=student_identifier,
                         outcome="failure", reason="single_link")
            refusal = LinkRemovalRefused(SINGLE_LINK)
        else:
            refusal = None
            link.reported_wrong, link.validated, link.review_offered = True, False, False
            link.save()
            audit.journal(link, "update", ["reported_wrong", "validated", "review_offered"])
            audit.record("children.link_reported", actor=me.identifier, target=student_identifier)
    if refusal is not None:
        raise refusal


def links_for_review(session: Session) -> tuple[ChildCard, ...]:
    """Children whose link the guardian reported, offered once at the next login."""
    me = account_of(session)
    return tuple(child_card(link.student) for link in links_to_review(me))


def review_links(session: Session, revalidate: set[str], *, clock: Clock = utc_now) -> Session:
    """Re-validate the chosen children; the others stay removed. Either way it is not asked again."""
    with database_proxy.atomic():
        me = account_of(session)
        for link in links_to_review(me):
            again = link.student.identifier in revalidate
            link.review_offered = True
            if again:
                link.reported_wrong, link.validated = False, True
            link.save()
            audit.journal(link, "update", ["review_offered", "reported_wrong", "validated"])
            audit.record("children.link_reviewed", actor=me.identifier, target=link.student.identifier,
                         state="revalidated" if again else "removed")
        return session_for(me)

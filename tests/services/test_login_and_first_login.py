"""Login with the letter's credentials, throttling, and the first-login steps."""

from datetime import date

import pytest

from educonnect_desktop.messaging.outbox import delivered_text

from outbox_support import last_code
from educonnect_desktop.services import authentication, first_login
from educonnect_desktop.services.authentication import InvalidCredentials, ProvisionalExpired
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.services.errors import InvalidInput, PolicyViolation
from educonnect_desktop.services.first_login import ChildrenMismatch
from educonnect_desktop.services.session import Step
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, AuditEvent, GuardianLink, OutboxMessage

NEW_PASSWORD = "Tartine-Confiture-42"


def login(ident, password, fast_hashing, clock):
    return authentication.login(ident, password, hashing=fast_hashing, clock=clock)


def test_letter_login_opens_the_first_login_steps_in_order(demo_credentials, fast_hashing, clock):
    jean = demo_credentials["j.dupont1"]
    session = login(" J.DUPONT1 ", jean.provisional_password, fast_hashing, clock)
    assert session.identifier == "j.dupont1"
    assert session.pending_steps == (Step.CHARTER, Step.PASSWORD, Step.CHILDREN, Step.EMAIL)
    lea = demo_credentials["l.dupont1"]
    student = login("l.dupont1", lea.provisional_password, fast_hashing, clock)
    assert student.pending_steps == (Step.CHARTER, Step.PASSWORD, Step.EMAIL)


def test_wrong_password_and_unknown_identifier_get_the_same_message(demo_credentials, fast_hashing, clock):
    with pytest.raises(InvalidCredentials) as wrong:
        login("j.dupont1", "pas-le-bon", fast_hashing, clock)
    with pytest.raises(InvalidCredentials) as unknown:
        login("x.personne1", "pas-le-bon", fast_hashing, clock)
    assert wrong.value.message == unknown.value.message == "Identifiant ou mot de passe incorrect."
    failures = AuditEvent.select().where((AuditEvent.action == "auth.login") & (AuditEvent.outcome == "failure"))
    assert failures.count() == 2
    assert all("pas-le-bon" not in (e.details or "") for e in failures)


@pytest.mark.parametrize("identifier", ["j.dupont1", "x.personne1"])
def test_five_failures_then_a_growing_lock_for_known_and_unknown_identifiers(
        demo_credentials, fast_hashing, clock, identifier):
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            login(identifier, "mauvais", fast_hashing, clock)
    with pytest.raises(InvalidCredentials):
        login(identifier, "mauvais", fast_hashing, clock)  # the 5th failure locks for 1 minute
    with pytest.raises(Throttled, match="1 minute"):
        login(identifier, "mauvais", fast_hashing, clock)
    clock.advance(seconds=61)
    with pytest.raises(InvalidCredentials):
        login(identifier, "mauvais", fast_hashing, clock)  # 6th failure: 2 minutes
    with pytest.raises(Throttled, match="2 minutes"):
        login(identifier, "mauvais", fast_hashing, clock)


def test_the_lock_holds_even_with_the_right_password_then_success_resets(demo_credentials, fast_hashing, clock):
    jean = demo_credentials["j.dupont1"]
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            login("j.dupont1", "mauvais", fast_hashing, clock)
    with pytest.raises(Throttled):
        login("j.dupont1", jean.provisional_password, fast_hashing, clock)
    clock.advance(minutes=2)
    login("j.dupont1", jean.provisional_password, fast_hashing, clock)
    with pytest.raises(InvalidCredentials):
        login("j.dupont1", "mauvais", fast_hashing, clock)  # counter restarted: no lock yet


def test_provisional_password_expires_after_three_months(demo_credentials, fast_hashing, clock):
    lea = demo_credentials["l.dupont1"]
    clock.now = lea.expires_at.replace(microsecond=0)
    clock.advance(seconds=1)
    with pytest.raises(ProvisionalExpired, match="trois mois"):
        login("l.dupont1", lea.provisional_password, fast_hashing, clock)


def test_guardian_walks_every_first_login_step(demo_credentials, fast_hashing, clock):
    jean = demo_credentials["j.dupont1"]
    session = login("j.dupont1", jean.provisional_password, fast_hashing, clock)
    session = first_login.accept_charter(session, clock=clock)
    with pytest.raises(PolicyViolation, match="différent"):
        first_login.choose_password(session, jean.provisional_password, hashing=fast_hashing, clock=clock)
    with pytest.raises(PolicyViolation):
        first_login.choose_password(session, "Dupont-2024!", hashing=fast_hashing, clock=clock)
    session = first_login.choose_password(session, NEW_PASSWORD, hashing=fast_hashing, clock=clock)
    assert session.pending_steps == (Step.CHILDREN, Step.EMAIL)
    assert first_login.children_to_confirm(session) == 2
    with pytest.raises(ChildrenMismatch):
        first_login.confirm_children(session, [date(2012, 3, 14), date(2010, 9, 3)], clock=clock)
    session = first_login.confirm_children(session, [date(2010, 9, 2), date(2012, 3, 14)], clock=clock)
    assert Account.get(Account.identifier == "j.dupont1").state == "active"
    assert GuardianLink.select().where(GuardianLink.validated == True).count() == 2  # noqa: E712
    with pytest.raises(InvalidInput, match="ne correspondent pas"):
        first_login.give_email(session, "jean.dupont@example.org", "jean.dupond@example.org", clock=clock)
    session = first_login.give_email(session, "jean.dupont@example.org", "Jean.Dupont@Example.org", clock=clock)
    assert session.pending_steps == (Step.EMAIL_CONFIRMATION,)
    mail = OutboxMessage.get(OutboxMessage.kind == "email_confirmation")
    # Not enrolled with a central server: nothing could answer a link, so the mail has the code alone.
    assert mail.recipient == "jean.dupont@example.org" and "jeton=" not in delivered_text(mail.id)
    code = last_code("jean.dupont@example.org")
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(SecretRejected, match="4 essais"):
        first_login.confirm_email(session, wrong, clock=clock)
    session = first_login.confirm_email(session, code[:3] + " " + code[3:], clock=clock)
    assert session.pending_steps == ()
    # The next login uses the new password and has nothing left to ask.
    again = login("j.dupont1", NEW_PASSWORD, fast_hashing, clock)
    assert again.pending_steps == ()
    with pytest.raises(InvalidCredentials):
        login("j.dupont1", jean.provisional_password, fast_hashing, clock)


def test_unfinished_steps_are_asked_again_at_next_login(demo_credentials, fast_hashing, clock):
    lea = demo_credentials["l.dupont1"]
    session = login("l.dupont1", lea.provisional_password, fast_hashing, clock)
    first_login.accept_charter(session, clock=clock)
    again = login("l.dupont1", lea.provisional_password, fast_hashing, clock)
    assert again.pending_steps == (Step.PASSWORD, Step.EMAIL)
    assert Account.get(Account.identifier == "l.dupont1").state == "provisional"


def test_children_confirmation_is_throttled(demo_credentials, fast_hashing, clock):
    session = login("j.dupont1", demo_credentials["j.dupont1"].provisional_password, fast_hashing, clock)
    for _ in range(5):
        with pytest.raises(ChildrenMismatch):
            first_login.confirm_children(session, [date(2000, 1, 1)], clock=clock)
    with pytest.raises(Throttled):
        first_login.confirm_children(session, [date(2010, 9, 2), date(2012, 3, 14)], clock=clock)


def test_email_code_expires_and_can_be_resent(demo_credentials, fast_hashing, clock):
    session = login("l.dupont1", demo_credentials["l.dupont1"].provisional_password, fast_hashing, clock)
    session = first_login.give_email(session, "lea@example.org", "lea@example.org", clock=clock)
    old_code = last_code("lea@example.org")
    clock.advance(hours=1, seconds=1)
    with pytest.raises(SecretRejected, match="expiré"):
        first_login.confirm_email(session, old_code, clock=clock)
    first_login.resend_email_confirmation(session, clock=clock)
    new_code = last_code("lea@example.org")
    session = first_login.confirm_email(session, new_code, clock=clock)
    assert Step.EMAIL_CONFIRMATION not in session.pending_steps

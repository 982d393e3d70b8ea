"""Lost identifier and lost password, completed from the mails a real SMTP server received."""

import asyncio

import pytest

from educonnect_desktop.messaging.outbox import delivered_text

from outbox_support import last_code
from educonnect_desktop.services import authentication, recovery
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, EmailState, OutboxMessage
from enrollment_support import mark_enrolled
from smtp_support import local_smtp

NEW_PASSWORD = "Tartine-Confiture-42"


def _confirmed(identifier, email=None, mobile=None):
    fields = {}
    if email:
        fields.update(email=email, email_state=EmailState.CONFIRMED)
    if mobile:
        fields.update(mobile=mobile, mobile_confirmed=True)
    Account.update(**fields).where(Account.identifier == identifier).execute()


def test_lost_identifier_by_email_reaches_the_confirmed_address_only(demo_credentials, clock):
    _confirmed("l.dupont1", email="lea@example.org")
    Account.update(email="hugo@example.org", email_state=EmailState.PENDING).where(
        Account.identifier == "h.dupont1").execute()
    with local_smtp() as smtp:
        known = recovery.lost_identifier_by_email("Lea@Example.org", clock=clock)
        pending = recovery.lost_identifier_by_email("hugo@example.org", clock=clock)
        unknown = recovery.lost_identifier_by_email("personne@example.org", clock=clock)
        assert known == pending == unknown  # the screen says the same thing
        asyncio.run(smtp.deliver())
        assert [m["To"] for m in smtp.mailbox.messages] == ["lea@example.org"]
        body = smtp.mailbox.messages[0].get_body(("plain",)).get_content()
        assert "l.dupont1" in body and "Léa" in body


def test_lost_identifier_by_sms_only_for_a_confirmed_mobile(demo_credentials, clock):
    recovery.lost_identifier_by_sms("06 00 00 00 01", clock=clock)
    assert not OutboxMessage.select().where(OutboxMessage.kind == "lost_identifier").exists()
    _confirmed("j.dupont1", mobile="+33600000001")
    recovery.lost_identifier_by_sms("06 00 00 00 01", clock=clock)
    sms = OutboxMessage.get(OutboxMessage.kind == "lost_identifier")
    assert sms.channel == "sms" and "j.dupont1" in delivered_text(sms.id)


def test_lost_identifier_is_throttled_per_address(demo_credentials, clock):
    for _ in range(3):
        recovery.lost_identifier_by_email("x@example.org", clock=clock)
    with pytest.raises(Throttled):
        recovery.lost_identifier_by_email("x@example.org", clock=clock)
    recovery.lost_identifier_by_email("y@example.org", clock=clock)  # another address is not blocked


def test_password_reset_by_email_from_the_received_code(demo_credentials, fast_hashing, clock):
    _confirmed("l.dupont1", email="lea@example.org")
    with local_smtp() as smtp:
        answer = recovery.start_password_reset("l.dupont1", "email", clock=clock)
        same = recovery.start_password_reset("z.inconnu1", "email", clock=clock)
        assert answer == same
        code = asyncio.run(smtp.code_for("lea@example.org"))
        token = recovery.verify_reset_code("l.dupont1", code, clock=clock)
        with pytest.raises(SecretRejected):
            recovery.verify_reset_code("l.dupont1", code, clock=clock)  # single use
        session = recovery.finish_password_reset(token, NEW_PASSWORD, hashing=fast_hashing, clock=clock)
        assert session.identifier == "l.dupont1"
        asyncio.run(smtp.deliver())
        notice = smtp.mailbox.to("lea@example.org")[-1]
        assert "a changé" in notice["Subject"]
    assert authentication.login("l.dupont1", NEW_PASSWORD, hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.finish_password_reset(token, "Encore-Un-Autre-7", hashing=fast_hashing, clock=clock)


def test_a_new_reset_invalidates_the_previous_one_and_success_resets_throttling(
        demo_credentials, fast_hashing, clock):
    _confirmed("j.dupont1", mobile="+33600000001")
    for _ in range(5):
        with pytest.raises(authentication.InvalidCredentials):
            authentication.login("j.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    first = last_code("+33600000001")
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    second = last_code("+33600000001")
    if first != second:
        with pytest.raises(SecretRejected):
            recovery.verify_reset_code("j.dupont1", first, clock=clock)
    token = recovery.verify_reset_code("j.dupont1", second, clock=clock)
    recovery.finish_password_reset(token, NEW_PASSWORD, hashing=fast_hashing, clock=clock)
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing, clock=clock)


def test_reset_code_expires_and_allows_five_tries(demo_credentials, clock):
    _confirmed("j.dupont1", mobile="+33600000001")
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    code = last_code("+33600000001")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        with pytest.raises(SecretRejected, match="Code incorrect ou expiré"):
            recovery.verify_reset_code("j.dupont1", wrong, clock=clock)
    with pytest.raises(Throttled):  # five wrong codes lock the checks for a while
        recovery.verify_reset_code("j.dupont1", code, clock=clock)
    clock.advance(minutes=16)
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    clock.advance(minutes=31)
    with pytest.raises(SecretRejected, match="Code incorrect ou expiré"):
        recovery.verify_reset_code("j.dupont1", last_code("+33600000001"), clock=clock)


def test_a_code_for_an_identifier_that_was_sent_nothing_gets_the_same_answer(demo_credentials, clock):
    _confirmed("j.dupont1", mobile="+33600000001")
    recovery.start_password_reset("j.dupont1", "sms", clock=clock)
    recovery.start_password_reset("l.dupont1", "email", clock=clock)  # nothing confirmed: nothing sent
    answers = []
    for ident in ("j.dupont1", "l.dupont1", "z.inconnu1"):
        with pytest.raises(SecretRejected) as info:
            recovery.verify_reset_code(ident, "999999" if last_code("+33600000001") != "999999" else "888888",
                                       clock=clock)
        answers.append(info.value.message)
    assert len(set(answers)) == 1


def test_without_confirmed_contact_nothing_is_sent_and_the_advice_says_establishment(demo_credentials, clock):
    answer = recovery.start_password_reset("l.dupont1", "email", clock=clock)
    assert "établissement" in answer.advice
    answer = recovery.start_password_reset("l.dupont1", "sms", clock=clock)  # a student has no SMS route
    assert not OutboxMessage.select().where(OutboxMessage.kind == "password_reset").exists()


def _reset_link_token(recipient):
    import re

    from outbox_support import last_message, received_text

    return re.search(r"jeton=([A-Za-z0-9_-]{43})", received_text(last_message(recipient))).group(1)


def test_typing_the_reset_code_kills_the_link_sent_with_it(demo_credentials, fast_hashing, clock):
    mark_enrolled()  # links exist only when a central server answers them
    _confirmed("j.dupont1", email="jean@example.org")
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    link = _reset_link_token("jean@example.org")
    ticket = recovery.verify_reset_code("j.dupont1", last_code("jean@example.org"), clock=clock)
    # The code was used: the link of the same e-mail no longer sets a password, before or after.
    with pytest.raises(SecretRejected):
        recovery.finish_password_reset(link, "Vole-Le-Compte-99", hashing=fast_hashing, clock=clock)
    recovery.finish_password_reset(ticket, NEW_PASSWORD, hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.finish_password_reset(link, "Vole-Le-Compte-99", hashing=fast_hashing, clock=clock)
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing, clock=clock)


def test_using_the_reset_link_kills_the_code_and_a_password_change_kills_both(demo_credentials, fast_hashing,
                                                                             clock):
    mark_enrolled()  # links exist only when a central server answers them
    _confirmed("j.dupont1", email="jean@example.org")
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    code = last_code("jean@example.org")
    session = recovery.finish_password_reset(_reset_link_token("jean@example.org"), NEW_PASSWORD,
                                             hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.verify_reset_code("j.dupont1", code, clock=clock)
    # A reset asked for, then the password changed in Mon compte: the old e-mail is dead too.
    recovery.start_password_reset("j.dupont1", "email", clock=clock)
    code, link = last_code("jean@example.org"), _reset_link_token("jean@example.org")
    from educonnect_desktop.services import my_account

    my_account.change_password(session, NEW_PASSWORD, "Autre-Chose-Encore-5", hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.verify_reset_code("j.dupont1", code, clock=clock)
    with pytest.raises(SecretRejected):
        recovery.finish_password_reset(link, "Vole-Le-Compte-99", hashing=fast_hashing, clock=clock)

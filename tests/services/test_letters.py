"""Notification letters and staff password resets, against a real SQLite file."""

import json

import pytest

from educonnect_desktop.core.hashing import HashingCancelled
from educonnect_desktop.core.passwords import check_policy
from educonnect_desktop.services import authentication, first_login, letters, setup
from educonnect_desktop.services.accounts_store import provisional_expiry
from educonnect_desktop.services.credentials import issue_token
from educonnect_desktop.services.errors import InvalidInput, NotFound
from educonnect_desktop.services.recovery import RESET_PURPOSE
from educonnect_desktop.services.session import Step
from educonnect_desktop.services.throttling import Throttled, stored_key
from educonnect_desktop.store.models import Account, AuditEvent, JournalEntry, OneTimeSecret, Throttle

ADMIN = "s.secretariat1"  # the staff_actor fixture
CHOSEN = "Tartine-Confiture-42"


def stored(identifier):
    return Account.get(Account.identifier == identifier)


def test_class_letters_replace_the_provisional_passwords(staff_actor, demo_credentials, fast_hashing, clock):
    issued = letters.issue_letters(class_code="6 A", actor=staff_actor, hashing=fast_hashing, clock=clock,
                                   services_url="https://ent.exemple.fr")
    assert [(l.first_name, l.last_name) for l in issued] == [("Léa", "Dupont"), ("Chloé", "Lefèvre")]
    for letter in issued:
        account = stored(letter.identifier)
        assert check_policy(letter.provisional_password).ok
        assert fast_hashing.verify(account.password_hash, letter.provisional_password)
        assert not fast_hashing.verify(account.password_hash,
                                       demo_credentials[letter.identifier].provisional_password)
        assert account.state == "provisional" and account.must_change_password
        assert account.provisional_expires_at == provisional_expiry(clock())
        assert letter.valid_until == letters.letter_date(provisional_expiry(clock()))
        assert letter.class_code == "6 A" and letter.kind == "student"
        assert letter.establishment_uai == "0999999X" and "DÉMO" in letter.establishment_name
        assert letter.services_url == "https://ent.exemple.fr"
    assert "provisional_password" not in repr(issued[0]) and issued[0].provisional_password not in repr(issued[0])


def test_printing_again_revokes_the_previous_letter(staff_actor, demo_credentials, fast_hashing, clock):
    first = letters.issue_letters(["l.dupont1"], actor=staff_actor, hashing=fast_hashing, clock=clock)[0]
    second = letters.issue_letters(["l.dupont1"], actor=staff_actor, hashing=fast_hashing, clock=clock)[0]
    assert first.provisional_password != second.provisional_password
    with pytest.raises(authentication.InvalidCredentials):
        authentication.login("l.dupont1", first.provisional_password, hashing=fast_hashing, clock=clock)
    session = authentication.login("l.dupont1", second.provisional_password, hashing=fast_hashing, clock=clock)
    assert Step.PASSWORD in session.pending_steps


def test_audit_and_journal_record_the_reissue_without_any_password(staff_actor, demo_credentials, fast_hashing, clock):
    issued = letters.issue_letters(["j.dupont1", "c.lefevre1"], actor=staff_actor, hashing=fast_hashing, clock=clock)
    batch = AuditEvent.get(AuditEvent.action == "letters.issued")
    assert batch.actor == ADMIN and json.loads(batch.details)["count"] == 2
    resets = AuditEvent.select().where(AuditEvent.action == "account.password_reset")
    assert {(e.actor, e.target) for e in resets} == {(ADMIN, "j.dupont1"), (ADMIN, "c.lefevre1")}
    secrets = [l.provisional_password for l in issued]
    texts = [e.details or "" for e in AuditEvent.select()] + [j.payload for j in JournalEntry.select()]
    assert not any(secret in text for secret in secrets for text in texts)
    journal = JournalEntry.select().where(JournalEntry.entity_uuid == stored("j.dupont1").uuid) \
        .order_by(JournalEntry.id.desc()).first()
    assert set(json.loads(journal.payload)) == {"state", "must_change_password", "provisional_expires_at",
                                                "updated_at"}


def test_guardian_letter_names_the_children(staff_actor, demo_credentials, fast_hashing, clock):
    jean = letters.issue_letters(["j.dupont1"], actor=staff_actor, hashing=fast_hashing, clock=clock)[0]
    assert jean.kind == "guardian" and jean.class_code is None
    assert jean.children == ("Hugo Dupont (3 A)", "Léa Dupont (6 A)")


def test_class_and_identifiers_together_each_account_once(staff_actor, demo_credentials, fast_hashing, clock):
    issued = letters.issue_letters(["c.lefevre1", "m.lefevre1"], class_code=" 6 A ", actor=staff_actor,
                                   hashing=fast_hashing, clock=clock)
    assert [l.identifier for l in issued] == ["l.dupont1", "c.lefevre1", "m.lefevre1"]


def test_reset_of_an_activated_account_keeps_it_active_but_demands_a_new_password(staff_actor, 
        demo_credentials, fast_hashing, clock):
    session = authentication.login("c.lefevre1", demo_credentials["c.lefevre1"].provisional_password,
                                   hashing=fast_hashing, clock=clock)
    session = first_login.accept_charter(session, clock=clock)
    first_login.choose_password(session, CHOSEN, hashing=fast_hashing, clock=clock)
    assert stored("c.lefevre1").state == "active"

    letter = letters.reset_password("C.Lefevre1 ", actor=staff_actor, hashing=fast_hashing, clock=clock)
    account = stored("c.lefevre1")
    assert account.state == "active" and account.must_change_password
    assert account.charter_accepted_at is not None
    with pytest.raises(authentication.InvalidCredentials):
        authentication.login("c.lefevre1", CHOSEN, hashing=fast_hashing, clock=clock)
    session = authentication.login("c.lefevre1", letter.provisional_password, hashing=fast_hashing, clock=clock)
    assert Step.PASSWORD in session.pending_steps and Step.CHARTER not in session.pending_steps


def test_reset_unlocks_the_login_and_revokes_pending_password_resets(staff_actor, demo_credentials, fast_hashing, clock):
    for _ in range(5):
        with pytest.raises(authentication.InvalidCredentials):
            authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled):
        authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    Throttle.create(key=stored_key("login:l.dupont10"), failures=5)  # another person's lock stays
    issue_token(RESET_PURPOSE, clock(), account=stored("l.dupont1"))

    letter = letters.reset_password("l.dupont1", actor=staff_actor, hashing=fast_hashing, clock=clock)

    assert authentication.login("l.dupont1", letter.provisional_password, hashing=fast_hashing, clock=clock)
    assert Throttle.get_or_none(Throttle.key == stored_key("login:l.dupont10")) is not None
    assert not OneTimeSecret.select().where((OneTimeSecret.purpose == RESET_PURPOSE)
                                            & OneTimeSecret.consumed_at.is_null()).exists()
    event = AuditEvent.get(AuditEvent.action == "account.password_reset")
    assert (event.actor, event.target, json.loads(event.details)["source"]) == (ADMIN, "l.dupont1", "reset")


def test_unknown_accounts_classes_and_staff_get_french_errors(staff_actor, demo_credentials, fast_hashing, clock):
    with pytest.raises(NotFound, match="x.inconnu1"):
        letters.issue_letters(["l.dupont1", "x.inconnu1"], actor=staff_actor, hashing=fast_hashing, clock=clock)
    with pytest.raises(NotFound, match="« 4 Z »"):
        letters.issue_letters(class_code="4 Z", actor=staff_actor, hashing=fast_hashing, clock=clock)
    with pytest.raises(InvalidInput, match="classe"):
        letters.issue_letters([], actor=staff_actor, hashing=fast_hashing, clock=clock)
    with pytest.raises(InvalidInput, match="personnel"):
        letters.reset_password(ADMIN, actor=staff_actor, hashing=fast_hashing, clock=clock)
    Account.update(state="disabled").where(Account.identifier == "h.dupont1").execute()
    with pytest.raises(InvalidInput, match="désactivé"):
        letters.issue_letters(["h.dupont1"], actor=staff_actor, hashing=fast_hashing, clock=clock)
    assert [l.identifier for l in letters.issue_letters(class_code="3 A", actor=staff_actor, hashing=fast_hashing,
                                                       clock=clock)] == ["j.martin1"]
    # Nothing was changed by the refused requests: the first letters still work.
    lea = demo_credentials["l.dupont1"]
    assert fast_hashing.verify(stored("l.dupont1").password_hash, lea.provisional_password)


def test_progress_and_cancel(staff_actor, demo_credentials, fast_hashing, clock):
    seen = []
    letters.issue_letters(class_code="5 B", actor=staff_actor, hashing=fast_hashing, clock=clock,
                          progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2, 2)
    before = stored("j.martin1").password_hash
    with pytest.raises(HashingCancelled):
        letters.issue_letters(class_code="3 A", actor=staff_actor, hashing=fast_hashing, clock=clock,
                              cancelled=lambda: True)
    assert stored("j.martin1").password_hash == before
    assert AuditEvent.select().where(AuditEvent.action == "letters.issued").count() == 1

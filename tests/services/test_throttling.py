"""Throttling that stops attackers, not families: the attacks of issue 10, replayed on a real file."""

from __future__ import annotations

import re
import sqlite3
import threading
from datetime import timedelta

import pytest

from outbox_support import last_code
from educonnect_desktop.core import throttle as policy
from educonnect_desktop.services import authentication, recovery, self_registration, staff, throttling
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.setup import create_first_administrator
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, EmailState, Throttle

NEW_PASSWORD = "Tartine-Confiture-42"


def _minutes(exc: Throttled) -> int:
    return int(re.search(r"(\d+) minute", exc.value.message).group(1))


def _fail_logins(identifier, count, hashing, clock, **kwargs):
    for _ in range(count):
        with pytest.raises(InvalidCredentials):
            authentication.login(identifier, "mauvais", hashing=hashing, clock=clock, **kwargs)


def _guess_ignoring_refusals(identifier, hashing, clock):
    try:
        authentication.login(identifier, "mauvais", hashing=hashing, clock=clock)
    except (Throttled, InvalidCredentials):
        pass


def test_concurrent_guesses_from_threads_are_all_counted(demo_credentials, fast_hashing, clock, db_path):
    outcomes: list[str] = []
    barrier = threading.Barrier(12)

    def attacker():
        barrier.wait()
        try:
            authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
        except Throttled:
            outcomes.append("throttled")
        except InvalidCredentials:
            outcomes.append("checked")

    threads = [threading.Thread(target=attacker) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Every attempt was counted before its password was checked: at most the free five were checked.
    assert len(outcomes) == 12
    assert outcomes.count("checked") <= policy.TARGET.free
    row = Throttle.get(Throttle.key == throttling.stored_key("login:l.dupont1"))
    assert row.failures == outcomes.count("checked")
    with pytest.raises(Throttled):
        authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                             hashing=fast_hashing, clock=clock)


def test_a_clock_set_a_day_ahead_then_corrected_leaves_short_waits(demo_credentials, fast_hashing, clock):
    real_now = clock.now
    clock.now = real_now + timedelta(days=1)
    for _ in range(10):  # the lock grows while the clock is a day ahead
        _guess_ignoring_refusals("l.dupont1", fast_hashing, clock)
        clock.advance(minutes=16)
    for _ in range(3):
        recovery.lost_identifier_by_email("lea@example.org", clock=clock)
    clock.now = real_now  # corrected
    with pytest.raises(Throttled) as login_wait:
        authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    assert _minutes(login_wait) <= 15
    with pytest.raises(Throttled) as rate_wait:
        recovery.lost_identifier_by_email("lea@example.org", clock=clock)
    assert _minutes(rate_wait) <= 60


def test_family_guesses_on_a_staff_identifier_never_lock_the_staff_login(db, fast_hashing, clock):
    admin = create_first_administrator("Alice", "Martin", "Admin-Tres-Solide-7", hashing=fast_hashing)
    for _ in range(8):
        with pytest.raises((InvalidCredentials, Throttled)):
            authentication.login(admin.identifier, "mauvais", hashing=fast_hashing, clock=clock)
    session = staff.staff_login(admin.identifier, "Admin-Tres-Solide-7", hashing=fast_hashing, clock=clock)
    assert session.identifier == admin.identifier


def test_the_workstation_ceiling_slows_spraying_for_a_minute_only(demo_credentials, fast_hashing, clock):
    ceiling = policy.WORKSTATION_GUESSES.free
    for n in range(ceiling):  # one guess on each of many (mostly unknown) accounts
        with pytest.raises(InvalidCredentials):
            authentication.login(f"x.personne{n}", "Azerty123", hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled) as slowed:
        authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                             hashing=fast_hashing, clock=clock)
    assert _minutes(slowed) == 1
    clock.advance(minutes=1, seconds=1)  # a family is delayed one minute, not locked out
    authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                         hashing=fast_hashing, clock=clock)


def test_the_owner_gets_back_in_by_recovery_while_an_attacker_keeps_the_login_locked(
        demo_credentials, fast_hashing, clock):
    Account.update(email="lea@example.org", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()
    for _ in range(20):  # an attacker guessing every few minutes, for an hour
        _guess_ignoring_refusals("l.dupont1", fast_hashing, clock)
        clock.advance(minutes=3)
    with pytest.raises(Throttled):
        authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    recovery.start_password_reset("l.dupont1", "email", clock=clock)
    token = recovery.verify_reset_code("l.dupont1", last_code("lea@example.org"), clock=clock)
    recovery.finish_password_reset(token, NEW_PASSWORD, hashing=fast_hashing, clock=clock)
    assert authentication.login("l.dupont1", NEW_PASSWORD, hashing=fast_hashing, clock=clock)


def test_spent_sms_caps_delay_a_genuine_parent_by_minutes_not_an_hour(demo_credentials, clock):
    for n in range(policy.SMS_WORKSTATION.limit):  # an attacker spends the workstation's SMS
        self_registration.request_sms_code("Martin", "Paul", f"06 12 34 56 {n:02d}", sms_available=True,
                                           clock=clock)
    with pytest.raises(Throttled) as refused:
        self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True, clock=clock)
    assert _minutes(refused) <= 10
    clock.advance(minutes=10, seconds=1)
    self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True, clock=clock)
    assert last_code("+33600000001")


def test_self_registration_checks_are_counted_per_mobile_not_as_one_workstation_lock(demo_credentials, clock):
    for n in range(6):  # wrong codes for other mobiles
        with pytest.raises(Exception):
            self_registration.verify_registration("Martin", "Paul", f"06 12 34 56 {n:02d}", "000000", [],
                                                  clock=clock)
    self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True, clock=clock)
    ticket = self_registration.verify_registration(
        "Dupont", "Jean", "06 00 00 00 01", last_code("+33600000001"),
        [d for d in (Account.get(Account.identifier == i).birth_date for i in ("l.dupont1", "h.dupont1"))],
        clock=clock)
    assert ticket.identifier == "j.dupont1"


def test_the_throttle_table_names_nobody(demo_credentials, fast_hashing, clock, db_path):
    typed_password = "MonMotDePasse-Secret9"
    with pytest.raises(InvalidCredentials):  # a password typed into the identifier field
        authentication.login(typed_password, "x", hashing=fast_hashing, clock=clock)
    _fail_logins("l.dupont1", 2, fast_hashing, clock)
    self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True, clock=clock)
    recovery.lost_identifier_by_email("lea@example.org", clock=clock)
    raw = sqlite3.connect(db_path)
    try:
        keys = [k for (k,) in raw.execute('SELECT "key" FROM "throttle"')]
    finally:
        raw.close()
    assert keys and all(re.fullmatch(r"[0-9a-f]{64}", k) for k in keys)
    text = " ".join(keys).lower()
    for clear in (typed_password.lower(), "l.dupont1", "+33600000001", "0600000001", "lea@example.org"):
        assert clear not in text

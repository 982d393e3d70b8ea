"""No enumeration by time: an existing account and an unknown one answer in the same time.

Each test interleaves 50 tries of each kind (see tests/support/timing_support.py) and asks for
medians within 10% and overlapping p10-p90 ranges. Throttle counters are cleared between tries,
outside the timed part, so every try does the full work instead of a quick "too many tries".
Logins do the same work on both branches (a dummy Argon2 verification), so their test compares
the CPU time of the thread; answers that wait for a fixed floor (recovery, self-registration) are nearly constant, so 30
tries of each kind are plenty there.
"""

from __future__ import annotations

from datetime import date

import pytest

from timing_support import assert_indistinguishable, interleaved
from educonnect_desktop.core.hashing import PasswordHashing
from educonnect_desktop.services import authentication, legacy, recovery, self_registration
from educonnect_desktop.store.models import Account, EmailState, Throttle

pytestmark = pytest.mark.slow

# Answers held to a fixed floor vary little: fewer tries suffice.
FLOORED_TRIES = 30


def _forget_counters():
    Throttle.delete().execute()


@pytest.fixture
def confirmed(demo_credentials):
    Account.update(email="lea@example.org", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "l.dupont1").execute()
    Account.update(mobile="+33600000001", mobile_confirmed=True).where(
        Account.identifier == "j.dupont1").execute()
    return demo_credentials


def test_login_with_the_default_hashing(demo_credentials):
    # hashing=None: the services' own default, which once built its dummy hash on every call.
    # The demo was loaded with cheap hashes: give the account a real one, as in production.
    Account.update(password_hash=PasswordHashing().hash("Le-Vrai-Mot2passe")).where(
        Account.identifier == "l.dupont1").execute()
    existing, unknown = interleaved(
        lambda: authentication.login("l.dupont1", "Mauvais-Mot2passe"),
        lambda: authentication.login("x.inconnu1", "Mauvais-Mot2passe"),
        setup=_forget_counters, clock="cpu")
    assert_indistinguishable(existing, unknown)


def test_legacy_login(staff_actor, db, tmp_path):
    path = tmp_path / "aten.csv"
    path.write_text("login;password;siecle_id\njdupont;vieuxMDP;P1001\n", encoding="utf-8")
    legacy.import_legacy_csv(path, actor=staff_actor)  # the default hashing, as in production
    existing, unknown = interleaved(
        lambda: legacy.verify_legacy("jdupont", "mauvais"),
        lambda: legacy.verify_legacy("inconnu", "mauvais"),
        setup=_forget_counters, clock="cpu")
    assert_indistinguishable(existing, unknown)


def test_lost_identifier(confirmed):
    existing, unknown = interleaved(
        lambda: recovery.lost_identifier_by_email("lea@example.org"),
        lambda: recovery.lost_identifier_by_email("personne@example.org"),
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(existing, unknown)


def test_lost_password_with_and_without_a_confirmed_contact(confirmed):
    existing, unknown = interleaved(
        lambda: recovery.start_password_reset("l.dupont1", "email"),
        lambda: recovery.start_password_reset("h.dupont1", "email"),  # no confirmed address
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(existing, unknown)


def test_reset_code_pending_none_and_unknown(confirmed):
    recovery.start_password_reset("l.dupont1", "email")
    pending, unknown = interleaved(
        lambda: recovery.verify_reset_code("l.dupont1", "000000"),
        lambda: recovery.verify_reset_code("x.inconnu1", "000000"),
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(pending, unknown)
    none, unknown = interleaved(
        lambda: recovery.verify_reset_code("h.dupont1", "000000"),
        lambda: recovery.verify_reset_code("x.inconnu1", "000000"),
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(none, unknown)


def test_self_registration_declared_or_not(confirmed):
    declared, unknown = interleaved(
        lambda: self_registration.request_sms_code("Dupont", "Jean", "06 00 00 00 01", sms_available=True),
        lambda: self_registration.request_sms_code("Martin", "Paul", "06 12 34 56 78", sms_available=True),
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(declared, unknown)
    children = [date(2012, 3, 14), date(2010, 9, 2)]
    declared, unknown = interleaved(
        lambda: self_registration.verify_registration("Dupont", "Jean", "06 00 00 00 01", "000000", children),
        lambda: self_registration.verify_registration("Martin", "Paul", "06 12 34 56 78", "000000", children),
        setup=_forget_counters, tries=FLOORED_TRIES)
    assert_indistinguishable(declared, unknown)

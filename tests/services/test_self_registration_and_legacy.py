"""Parent self-registration by SMS code and the transition from a legacy ATEN account."""

from datetime import date

import pytest

from outbox_support import last_code
from educonnect_desktop.services import authentication, legacy, self_registration as reg
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.services.legacy import InvalidLegacyCredentials, LegacyAccountUsed
from educonnect_desktop.services.self_registration import NotIdentified, SmsServiceUnavailable
from educonnect_desktop.services.session import Step
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, AuditEvent, LegacyAccount, OutboxMessage

MOBILE = "06 00 00 00 01"  # Jean Dupont's, in the demo roster
E164 = "+33600000001"
CHILDREN = [date(2012, 3, 14), date(2010, 9, 2)]
PASSWORD = "Tartine-Confiture-42"


def test_without_sms_service_the_route_is_refused_and_nothing_is_queued(demo_credentials, clock):
    with pytest.raises(SmsServiceUnavailable, match="lettre"):
        reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=False, clock=clock)
    assert OutboxMessage.select().count() == 0


def test_full_self_registration(demo_credentials, fast_hashing, clock):
    sent = reg.request_sms_code("DUPONT", "jean", MOBILE, sms_available=True, clock=clock)
    assert sent.masked_mobile.endswith("01") and "00 00 00" not in sent.masked_mobile
    sms = OutboxMessage.get(OutboxMessage.kind == "activation_code")
    assert sms.channel == "sms" and sms.recipient == E164 and sms.confidential
    ticket = reg.verify_registration("Dupont", "Jean", MOBILE, last_code(E164), CHILDREN, clock=clock)
    assert ticket.identifier == "j.dupont1"
    session = reg.complete_registration(ticket.ticket, PASSWORD, hashing=fast_hashing, clock=clock)
    account = Account.get(Account.identifier == "j.dupont1")
    assert account.state == "active" and account.mobile_confirmed and not account.must_change_password
    assert Step.CHILDREN not in session.pending_steps and Step.PASSWORD not in session.pending_steps
    assert authentication.login("j.dupont1", PASSWORD, hashing=fast_hashing, clock=clock)
    with pytest.raises(SecretRejected):
        reg.complete_registration(ticket.ticket, "Autre-Mot2passe", hashing=fast_hashing, clock=clock)


@pytest.mark.parametrize("names, children", [
    (("Dupont", "Jean"), [date(2012, 3, 14)]),      # a child missing
    (("Dupont", "Jean"), [date(2012, 3, 14), date(2010, 9, 3)]),  # a wrong date
])
def test_any_mismatch_gets_one_message_that_names_no_field(demo_credentials, clock, names, children):
    reg.request_sms_code(names[0], names[1], MOBILE, sms_available=True, clock=clock)
    with pytest.raises(NotIdentified) as info:
        reg.verify_registration(names[0], names[1], MOBILE, last_code(E164), children, clock=clock)
    assert info.value.message == reg.NOT_IDENTIFIED


@pytest.mark.parametrize("names, mobile", [
    (("Dupont", "Jeanne"), MOBILE),                 # wrong first name
    (("Durand", "Jean"), MOBILE),                   # wrong family name
    (("Dupont", "Jean"), "06 99 99 99 99"),         # a mobile the school was not given
])
def test_an_sms_goes_only_to_a_guardian_the_school_declared(demo_credentials, clock, names, mobile):
    declared = reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    assert OutboxMessage.select().count() == 1
    answer = reg.request_sms_code(names[0], names[1], mobile, sms_available=True, clock=clock)
    assert OutboxMessage.select().count() == 1  # nothing sent to a number nobody declared
    assert answer.validity == declared.validity and answer.masked_mobile.startswith("06")
    # The next screen answers a typed code exactly as for a real one: a wrong code, tries left.
    with pytest.raises(SecretRejected, match="4 essais"):
        reg.verify_registration(names[0], names[1], mobile, "123456", CHILDREN, clock=clock)


def test_wrong_code_expired_code_and_too_many_tries(demo_credentials, clock):
    reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    code = last_code(E164)
    wrong = "000000" if code != "000000" else "111111"
    for left in (4, 3, 2, 1):
        with pytest.raises(SecretRejected, match=f"{left} essai"):
            reg.verify_registration("Dupont", "Jean", MOBILE, wrong, CHILDREN, clock=clock)
    with pytest.raises(SecretRejected, match="Trop d'essais"):
        reg.verify_registration("Dupont", "Jean", MOBILE, wrong, CHILDREN, clock=clock)
    with pytest.raises(SecretRejected):  # the code is dead
        reg.verify_registration("Dupont", "Jean", MOBILE, code, CHILDREN, clock=clock)
    clock.advance(minutes=1)
    reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    clock.advance(minutes=30, seconds=1)
    with pytest.raises(SecretRejected, match="expiré"):
        reg.verify_registration("Dupont", "Jean", MOBILE, last_code(E164), CHILDREN, clock=clock)


def test_at_most_three_codes_per_hour_per_mobile(demo_credentials, clock):
    for _ in range(3):
        reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    with pytest.raises(Throttled):
        reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    clock.advance(hours=1, seconds=1)
    reg.request_sms_code("Dupont", "Jean", MOBILE, sms_available=True, clock=clock)
    assert OutboxMessage.select().where(OutboxMessage.kind == "activation_code").count() == 4


def test_a_landline_is_refused(demo_credentials, clock):
    with pytest.raises(Exception, match="portable"):
        reg.request_sms_code("Dupont", "Jean", "01 40 00 00 00", sms_available=True, clock=clock)


def _legacy_csv(tmp_path, rows):
    path = tmp_path / "aten.csv"
    path.write_text("login;password;siecle_id\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_legacy_transition_once_and_never_again(staff_actor, demo_credentials, fast_hashing, clock, tmp_path):
    Account.update(siecle_personne_id="P1001").where(Account.identifier == "j.dupont1").execute()
    path = _legacy_csv(tmp_path, ["jdupont;vieuxMDP;P1001", "orphan;xyz;P9999", "bad line"])
    result = legacy.import_legacy_csv(path, actor=staff_actor, hashing=fast_hashing, clock=clock)
    assert result.imported == 2 and "Supprimez" in result.reminder and len(result.rejected) == 1
    stored = LegacyAccount.get(LegacyAccount.login == "jdupont")
    assert stored.password_hash.startswith("$argon2id$") and "vieuxMDP" not in stored.password_hash
    with pytest.raises(InvalidLegacyCredentials):
        legacy.verify_legacy("jdupont", "mauvais", hashing=fast_hashing, clock=clock)
    ticket = legacy.verify_legacy("JDupont", "vieuxMDP", hashing=fast_hashing, clock=clock)
    assert ticket.identifier == "j.dupont1"
    session = legacy.complete_transition(ticket.ticket, PASSWORD, hashing=fast_hashing, clock=clock)
    assert session.identifier == "j.dupont1"
    assert LegacyAccount.get(LegacyAccount.login == "jdupont").used_at is not None
    with pytest.raises(LegacyAccountUsed):
        legacy.verify_legacy("jdupont", "vieuxMDP", hashing=fast_hashing, clock=clock)
    # Re-importing the old file does not bring the used account back.
    again = legacy.import_legacy_csv(path, actor=staff_actor, hashing=fast_hashing, clock=clock)
    assert again.already_used == 1
    with pytest.raises(LegacyAccountUsed):
        legacy.verify_legacy("jdupont", "vieuxMDP", hashing=fast_hashing, clock=clock)
    assert authentication.login("j.dupont1", PASSWORD, hashing=fast_hashing, clock=clock)
    assert not AuditEvent.select().where(AuditEvent.details.contains("vieuxMDP")).exists()


def test_legacy_account_without_a_matching_account(staff_actor, demo_credentials, fast_hashing, clock, tmp_path):
    legacy.import_legacy_csv(_legacy_csv(tmp_path, ["orphan;xyz;P9999"]), actor=staff_actor, hashing=fast_hashing,
                             clock=clock)
    with pytest.raises(legacy.LegacyAccountUnmatched, match="établissement"):
        legacy.verify_legacy("orphan", "xyz", hashing=fast_hashing, clock=clock)

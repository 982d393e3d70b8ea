"""Mon compte: password, e-mail states and change, mobile, merging accounts, wrong links."""

import asyncio

import pytest

from outbox_support import last_code
from educonnect_desktop.services import authentication, children, first_login, my_account
from educonnect_desktop.services.children import LinkRemovalRefused, MergeRefused
from educonnect_desktop.services.credentials import SecretRejected
from educonnect_desktop.services.errors import PolicyViolation
from educonnect_desktop.services.my_account import WrongCurrentPassword
from educonnect_desktop.services.session import Step
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, AccountKind, EmailState, GuardianLink
from smtp_support import local_smtp

PASSWORD = "Tartine-Confiture-42"


@pytest.fixture
def jean(demo_credentials, fast_hashing, clock):
    """Jean Dupont, activated, with a confirmed address."""
    session = authentication.login("j.dupont1", demo_credentials["j.dupont1"].provisional_password,
                                   hashing=fast_hashing, clock=clock)
    session = first_login.accept_charter(session, clock=clock)
    session = first_login.choose_password(session, PASSWORD, hashing=fast_hashing, clock=clock)
    Account.update(email="jean@example.org", email_state=EmailState.CONFIRMED).where(
        Account.identifier == "j.dupont1").execute()
    return session


def test_change_password_rechecks_the_current_one_and_notifies(jean, fast_hashing, clock):
    with local_smtp() as smtp:
        with pytest.raises(WrongCurrentPassword):
            my_account.change_password(jean, "pas-le-bon", "Nouveau-Secret-9", hashing=fast_hashing, clock=clock)
        with pytest.raises(PolicyViolation):
            my_account.change_password(jean, PASSWORD, "faible", hashing=fast_hashing, clock=clock)
        my_account.change_password(jean, PASSWORD, "Nouveau-Secret-9", hashing=fast_hashing, clock=clock)
        asyncio.run(smtp.deliver())
        assert "a changé" in smtp.mailbox.to("jean@example.org")[-1]["Subject"]
    assert authentication.login("j.dupont1", "Nouveau-Secret-9", hashing=fast_hashing, clock=clock)


def test_current_password_check_is_throttled(jean, fast_hashing, clock):
    for _ in range(5):
        with pytest.raises(WrongCurrentPassword):
            my_account.change_password(jean, "mauvais", "Nouveau-Secret-9", hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled):
        my_account.change_password(jean, PASSWORD, "Nouveau-Secret-9", hashing=fast_hashing, clock=clock)


def test_email_three_states_and_change_confirmed_from_the_received_mail(demo_credentials, fast_hashing, clock):
    session = authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                                   hashing=fast_hashing, clock=clock)
    assert my_account.my_information(session).email_state == EmailState.NONE
    with local_smtp() as smtp:
        preview = my_account.preview_email_change(session, "lea@example.org", "lea@example.org")
        assert (preview.old_address, preview.new_address) == (None, "lea@example.org")
        info = my_account.send_email_change(session, preview, clock=clock)
        assert (info.email_state, info.email) == (EmailState.PENDING, "lea@example.org")
        my_account.resend_email_validation(session, clock=clock)
        code = asyncio.run(smtp.code_for("lea@example.org"))
        info = my_account.confirm_email_code(session, code, clock=clock)
        assert info.email_state == EmailState.CONFIRMED
        # A change: confirmation to the new address, notice to the old one; the old stays in use.
        preview = my_account.preview_email_change(session, "lea.dupont@example.org", "lea.dupont@example.org")
        assert (preview.identifier, preview.old_address) == ("l.dupont1", "lea@example.org")
        info = my_account.send_email_change(session, preview, clock=clock)
        assert (info.email, info.pending_email, info.email_state) == (
            "lea@example.org", "lea.dupont@example.org", EmailState.CONFIRMED)
        code = asyncio.run(smtp.code_for("lea.dupont@example.org"))
        notice = smtp.mailbox.to("lea@example.org")[-1]
        assert "Demande de changement" in notice["Subject"] and "lea.dupont@example.org" not in notice.as_string()
        with pytest.raises(SecretRejected):
            my_account.confirm_email_code(session, "000000" if code != "000000" else "111111", clock=clock)
        info = my_account.confirm_email_code(session, code, clock=clock)
        assert (info.email, info.pending_email) == ("lea.dupont@example.org", None)


def test_mobile_change_confirmed_by_sms_code(jean, clock):
    masked = my_account.request_mobile_change(jean, "06 11 00 00 01", clock=clock)
    assert masked.endswith("01")
    info = my_account.my_information(jean)
    assert info.mobile == "+33600000001"  # unchanged until confirmed
    info = my_account.confirm_mobile(jean, last_code("+33611000001"), clock=clock)
    assert (info.mobile, info.mobile_confirmed) == ("+33611000001", True)


def test_merge_with_identical_names_moves_children_and_closes_the_other(jean, fast_hashing, clock, db):
    school = Account.get(Account.identifier == "l.dupont1").establishment
    other = Account.create(kind=AccountKind.GUARDIAN, identifier="j.dupont2", first_name="JEAN",
                           last_name="Dupont", establishment=school, password_hash=fast_hashing.hash("Provisoire-7x"),
                           state="provisional")
    kid = Account.create(kind=AccountKind.STUDENT, identifier="z.dupont1", first_name="Zoé", last_name="Dupont",
                         establishment=school)
    GuardianLink.create(guardian=other, student=kid, legal_level=1)
    with pytest.raises(MergeRefused):
        children.merge_other_account(jean, "j.dupont2", "mauvais", hashing=fast_hashing, clock=clock)
    result = children.merge_other_account(jean, "J.Dupont2", "Provisoire-7x", hashing=fast_hashing, clock=clock)
    assert (result.closed_identifier, result.moved_children) == ("j.dupont2", 1)
    assert Account.get(Account.identifier == "j.dupont2").state == "disabled"
    assert {c.identifier for c in children.my_children(jean)} == {"l.dupont1", "h.dupont1", "z.dupont1"}
    with pytest.raises(authentication.AccountDisabled):
        authentication.login("j.dupont2", "Provisoire-7x", hashing=fast_hashing, clock=clock)


def test_merge_refusal_for_different_names_does_not_confirm_the_password(jean, fast_hashing, clock,
                                                                          demo_credentials):
    marc = demo_credentials["m.lefevre1"]
    with pytest.raises(MergeRefused) as right_password:
        children.merge_other_account(jean, "m.lefevre1", marc.provisional_password, hashing=fast_hashing, clock=clock)
    with pytest.raises(MergeRefused) as wrong_password:
        children.merge_other_account(jean, "m.lefevre1", "mauvais", hashing=fast_hashing, clock=clock)
    with pytest.raises(MergeRefused) as unknown:
        children.merge_other_account(jean, "x.inconnu9", "mauvais", hashing=fast_hashing, clock=clock)
    assert right_password.value.message == wrong_password.value.message == unknown.value.message


def test_merge_guesses_count_on_the_other_account_not_the_attacker(jean, fast_hashing, clock, demo_credentials):
    marc = demo_credentials["m.lefevre1"]
    for _ in range(5):
        with pytest.raises(MergeRefused):
            children.merge_other_account(jean, "m.lefevre1", "mauvais", hashing=fast_hashing, clock=clock)
    # A second attacker account gets no fresh guesses: the lock is on Marc's account.
    sophie = authentication.login("s.dupont1", demo_credentials["s.dupont1"].provisional_password,
                                  hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled):
        children.merge_other_account(sophie, "m.lefevre1", marc.provisional_password, hashing=fast_hashing,
                                     clock=clock)
    with pytest.raises(Throttled):  # the same secret: Marc's own login counts the same guesses
        authentication.login("m.lefevre1", "mauvais", hashing=fast_hashing, clock=clock)


def test_single_link_rule_and_revalidation_at_next_login(jean, demo_credentials, fast_hashing, clock):
    # Léa has two guardians (Jean and Sophie): Jean may report the link.
    children.report_not_legal_guardian(jean, "l.dupont1", clock=clock)
    assert "l.dupont1" not in {c.identifier for c in children.my_children(jean)}
    # Sophie is now Léa's only guardian: her report is not taken into account.
    sophie = authentication.login("s.dupont1", demo_credentials["s.dupont1"].provisional_password,
                                  hashing=fast_hashing, clock=clock)
    with pytest.raises(LinkRemovalRefused, match="un seul lien"):
        children.report_not_legal_guardian(sophie, "l.dupont1", clock=clock)
    again = authentication.login("j.dupont1", PASSWORD, hashing=fast_hashing, clock=clock)
    assert Step.LINKS_REVIEW in again.pending_steps
    assert [c.identifier for c in children.links_for_review(again)] == ["l.dupont1"]
    after = children.review_links(again, {"l.dupont1"}, clock=clock)
    assert Step.LINKS_REVIEW not in after.pending_steps
    assert "l.dupont1" in {c.identifier for c in children.my_children(after)}

"""Staff login and roles, secretariat actions, accounts search, audit log."""

import pytest

from educonnect_desktop.services import account_admin, audit_log, authentication, setup, staff
from educonnect_desktop.services.account_search import AccountFilter, class_codes, count_accounts, search_accounts
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.errors import InvalidInput
from educonnect_desktop.services.staff import PermissionDenied
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import Account, GuardianLink

ADMIN_PASSWORD = "Secr3tariat!"


@pytest.fixture
def admin(demo_credentials, fast_hashing, clock):
    setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=fast_hashing)
    return staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing, clock=clock)


@pytest.fixture
def secretary(admin, fast_hashing, clock):
    cred = staff.create_staff(admin, "Paul", "Bernard", "secretariat", hashing=fast_hashing, clock=clock)
    return staff.staff_login(cred.identifier, cred.provisional_password, hashing=fast_hashing, clock=clock)


def test_staff_login_is_separate_from_family_login(admin, demo_credentials, fast_hashing, clock):
    assert admin.is_admin and not admin.must_change_password
    with pytest.raises(InvalidCredentials):
        authentication.login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing, clock=clock)
    with pytest.raises(InvalidCredentials):
        staff.staff_login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                          hashing=fast_hashing, clock=clock)


def test_staff_login_is_throttled_like_families(admin, fast_hashing, clock):
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            staff.staff_login("a.martin1", "mauvais", hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled):
        staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing, clock=clock)


def test_roles(admin, secretary, fast_hashing, clock):
    assert secretary.role == "secretariat" and secretary.must_change_password
    with pytest.raises(PermissionDenied, match="administrateurs"):
        staff.create_staff(secretary, "Eve", "Roux", "admin", hashing=fast_hashing, clock=clock)
    with pytest.raises(PermissionDenied):
        staff.list_staff(secretary)
    assert {m.identifier for m in staff.list_staff(admin)} == {"a.martin1", "p.bernard1"}
    with pytest.raises(PermissionDenied):
        account_admin.set_disabled(secretary, "a.martin1", True)


def test_unlock_clears_every_counter_and_is_audited(admin, demo_credentials, fast_hashing, clock):
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            authentication.login("l.dupont1", "mauvais", hashing=fast_hashing, clock=clock)
    with pytest.raises(Throttled):
        authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                             hashing=fast_hashing, clock=clock)
    assert account_admin.unlock(admin, "l.dupont1") == 1
    authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                         hashing=fast_hashing, clock=clock)
    entry = audit_log.list_audit(action_prefix="account.unlocked")[0]
    assert (entry.actor, entry.target) == ("a.martin1", "l.dupont1")


def test_disable_and_enable(admin, demo_credentials, fast_hashing, clock):
    assert account_admin.set_disabled(admin, "l.dupont1", True) == "disabled"
    with pytest.raises(authentication.AccountDisabled):
        authentication.login("l.dupont1", demo_credentials["l.dupont1"].provisional_password,
                             hashing=fast_hashing, clock=clock)
    assert account_admin.set_disabled(admin, "l.dupont1", False) == "provisional"
    with pytest.raises(InvalidInput):
        account_admin.set_disabled(admin, "a.martin1", True)


def test_fix_guardian_links(admin):
    account_admin.link(admin, "m.lefevre1", "l.dupont1", 2)
    link = GuardianLink.get(GuardianLink.guardian == Account.get(Account.identifier == "m.lefevre1").id,
                            GuardianLink.student == Account.get(Account.identifier == "l.dupont1").id)
    assert (link.legal_level, link.validated) == (2, True)
    account_admin.unlink(admin, "m.lefevre1", "l.dupont1")
    with pytest.raises(InvalidInput):
        account_admin.unlink(admin, "m.lefevre1", "l.dupont1")
    with pytest.raises(InvalidInput):
        account_admin.link(admin, "l.dupont1", "m.lefevre1")  # a student is not a guardian
    actions = [e.action for e in audit_log.list_audit(actor="a.martin1")]
    assert actions[:2] == ["link.removed", "link.set"]


def test_search_folds_accents_matches_prefixes_and_filters(demo_credentials):
    found = {a.identifier for a in search_accounts(AccountFilter(text="lefev"))}
    assert found == {"c.lefevre1", "m.lefevre1"}
    assert {a.identifier for a in search_accounts(AccountFilter(text="j.dupont1"))} == {"j.dupont1"}
    assert {a.identifier for a in search_accounts(AccountFilter(text="noé ndiaye"))} == {"n.ndiaye-legall1"}
    assert count_accounts(AccountFilter(kind="student", class_code="6 A")) == 2
    assert count_accounts(AccountFilter(text="dupont", kind="guardian")) == 2
    assert count_accounts(AccountFilter(text="zzz")) == 0
    assert count_accounts(AccountFilter(text="'\"*(")) == 12  # punctuation only: no filter, no SQL error
    page = search_accounts(AccountFilter(), offset=10, limit=5)
    assert len(page) == 2
    assert class_codes() == ["3 A", "5 B", "6 A"]
    Account.update(last_name="Lefebvre").where(Account.identifier == "c.lefevre1").execute()
    assert {a.identifier for a in search_accounts(AccountFilter(text="lefebvre"))} == {"c.lefevre1"}


def test_unlock_touches_only_the_named_account(admin, fast_hashing, clock, db):
    school = Account.get(Account.identifier == "l.dupont1").establishment
    Account.create(kind="student", identifier="l.dupont10", first_name="Luc", last_name="Dupont",
                   establishment=school, password_hash=fast_hashing.hash("Provisoire-7x"))
    for ident in ("l.dupont1", "l.dupont10"):
        for _ in range(5):
            with pytest.raises(InvalidCredentials):
                authentication.login(ident, "mauvais", hashing=fast_hashing, clock=clock)
    account_admin.unlock(admin, "l.dupont1")
    with pytest.raises(Throttled):
        authentication.login("l.dupont10", "Provisoire-7x", hashing=fast_hashing, clock=clock)

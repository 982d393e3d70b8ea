"""First administrator, demo establishment, account reading: against a real SQLite file."""

import json

import pytest

from educonnect_desktop.core.passwords import check_policy
from educonnect_desktop.services import accounts, demo, setup
from educonnect_desktop.services.errors import AlreadyInitialized, InvalidInput, NotFound, PolicyViolation
from educonnect_desktop.store.models import Account, AuditEvent, GuardianLink, JournalEntry


def test_first_administrator_is_created_hashed_audited_and_journaled(db, fast_hashing):
    assert not setup.has_administrator()
    admin = setup.create_first_administrator("Anne-Sophie", "Béranger", "Secr3tariat!", hashing=fast_hashing)
    assert admin.identifier == "a.beranger1"
    stored = Account.get(Account.identifier == admin.identifier)
    assert stored.staff_role == "admin" and stored.state == "active"
    assert stored.password_hash.startswith("$argon2id$")
    assert "Secr3tariat!" not in stored.password_hash
    assert fast_hashing.verify(stored.password_hash, "Secr3tariat!")
    event = AuditEvent.get(AuditEvent.action == "staff.create_first_admin")
    assert event.target == "a.beranger1"
    entry = JournalEntry.get(JournalEntry.entity_uuid == stored.uuid)
    assert "password_hash" not in json.loads(entry.payload)
    assert setup.has_administrator()


def test_second_first_administrator_is_refused(db, fast_hashing):
    setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=fast_hashing)
    with pytest.raises(AlreadyInitialized):
        setup.create_first_administrator("Paul", "Durand", "Secr3tariat!", hashing=fast_hashing)
    assert Account.select().count() == 1


@pytest.mark.parametrize("password", ["court1A", "toutenminuscules", "martinmartin1A"])
def test_administrator_password_must_meet_the_policy(db, fast_hashing, password):
    with pytest.raises(PolicyViolation) as info:
        setup.create_first_administrator("Anne", "Martin", password, hashing=fast_hashing)
    assert info.value.messages
    assert Account.select().count() == 0


def test_administrator_needs_names(db, fast_hashing):
    with pytest.raises(InvalidInput):
        setup.create_first_administrator("  ", "Martin", "Secr3tariat!", hashing=fast_hashing)
    with pytest.raises(InvalidInput):
        setup.create_first_administrator("Anne", "+++", "Secr3tariat!", hashing=fast_hashing)


def test_demo_creates_students_guardians_links_and_working_provisional_passwords(db, fast_hashing):
    issued = demo.load_demo(hashing=fast_hashing)
    overview = accounts.overview()
    assert overview.establishments[0].is_demo and "DÉMO" in overview.establishments[0].name
    assert (overview.students, overview.guardians, overview.activated) == (6, 6, 0)
    identifiers = [c.identifier for c in issued]
    assert len(set(identifiers)) == len(identifiers)
    assert "n.ndiaye-legall1" in identifiers
    assert {"j.dupont1", "s.dupont1", "l.dupont1", "h.dupont1"} <= set(identifiers)
    for cred in issued:
        assert check_policy(cred.provisional_password).ok
        stored = Account.get(Account.identifier == cred.identifier)
        assert fast_hashing.verify(stored.password_hash, cred.provisional_password)
        assert stored.provisional_expires_at == cred.expires_at
    assert GuardianLink.select().count() == 8
    assert AuditEvent.get(AuditEvent.action == "establishment.load_demo").actor == demo.SETUP_ACTOR


def test_demo_is_audited_under_the_staff_member_who_asked(db, fast_hashing, staff_actor):
    with pytest.raises(TypeError):
        demo.load_demo(actor="cli", hashing=fast_hashing)
    assert not demo.demo_loaded()
    demo.load_demo(actor=staff_actor, hashing=fast_hashing)
    assert AuditEvent.get(AuditEvent.action == "establishment.load_demo").actor == staff_actor.identifier


def test_demo_loads_once(db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    with pytest.raises(AlreadyInitialized):
        demo.load_demo(hashing=fast_hashing)


def test_account_details_show_links_both_ways(db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    lea = accounts.show_account("l.dupont1")
    assert lea.summary.class_code == "6 A"
    assert [g.identifier for g in lea.guardians] == ["j.dupont1", "s.dupont1"]
    jean = accounts.show_account("  J.Dupont1 ")
    assert {s.identifier for s in jean.students} == {"l.dupont1", "h.dupont1"}
    with pytest.raises(NotFound, match="x.inconnu1"):
        accounts.show_account("x.inconnu1")


def test_list_filters(db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    assert len(accounts.list_accounts()) == 12
    assert {a.identifier for a in accounts.list_accounts(class_code="5 B")} == {"n.ndiaye-legall1", "i.benali1"}
    assert all(a.kind == "guardian" for a in accounts.list_accounts(kind="guardian"))
    assert accounts.list_accounts(state="active") == []

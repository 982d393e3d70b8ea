"""Per-field conflict rules of the sync (core/sync_merge.py): decided by values or server order."""

from educonnect_desktop.core.sync_merge import AUTO, OPEN, merge_fields

CURRENT = {"first_name": "Léa", "email": "a@x.fr", "email_state": "confirmed", "pending_email": None,
           "mobile": "+33600000001", "mobile_confirmed": False, "state": "active",
           "password_hash": "H1", "charter_accepted_at": "2026-01-01T00:00:00"}


def test_not_concurrent_fields_are_applied_as_sent():
    write, conflicts = merge_fields(CURRENT, {"first_name": 3}, 5, {"first_name": "Lea", "state": "disabled"})
    assert write == {"first_name": "Lea", "state": "disabled"} and conflicts == []


def test_two_corrections_of_a_name_wait_for_a_person():
    write, conflicts = merge_fields(CURRENT, {"first_name": 9}, 5, {"first_name": "Lena"})
    assert write == {}
    assert [(c.field, c.status, c.kept, c.server_value, c.incoming_value) for c in conflicts] == [
        ("first_name", OPEN, "server", "Léa", "Lena")]


def test_confirmed_address_wins_whichever_arrives_last():
    versions = {"email": 9, "email_state": 9}
    write, conflicts = merge_fields(CURRENT, versions, 5, {"email": "b@x.fr", "email_state": "pending"})
    assert write == {} and conflicts[0].status == AUTO and conflicts[0].kept == "server"
    pending = {**CURRENT, "email_state": "pending"}
    write, conflicts = merge_fields(pending, versions, 5, {"email": "b@x.fr", "email_state": "confirmed"})
    assert write == {"email": "b@x.fr", "email_state": "confirmed"} and conflicts[0].kept == "incoming"
    write, conflicts = merge_fields(CURRENT, versions, 5, {"email": "b@x.fr", "email_state": "confirmed"})
    assert write == {} and conflicts[0].status == OPEN  # two confirmed addresses: a person chooses


def test_confirmed_mobile_wins():
    write, conflicts = merge_fields(CURRENT, {"mobile": 9}, 5, {"mobile": "+33600000002", "mobile_confirmed": True})
    assert write == {"mobile": "+33600000002", "mobile_confirmed": True} and conflicts[0].kept == "incoming"


def test_password_newest_by_server_order_and_recorded():
    write, conflicts = merge_fields(CURRENT, {"password_hash": 9}, 5, {"password_hash": "H2"})
    assert write == {"password_hash": "H2"} and conflicts[0].status == AUTO


def test_more_restrictive_state_wins_and_first_charter_acceptance_is_kept():
    versions = {"state": 9, "charter_accepted_at": 9}
    write, conflicts = merge_fields(CURRENT, versions, 5, {"state": "provisional"})
    assert write == {} and conflicts[0].kept == "server"
    write, _ = merge_fields(CURRENT, versions, 5, {"state": "disabled"})
    assert write == {"state": "disabled"}
    write, conflicts = merge_fields(CURRENT, versions, 5, {"charter_accepted_at": "2026-02-02T00:00:00"})
    assert write == {} and conflicts[0].kept == "server"


def test_a_new_row_or_an_unchanged_value_is_never_a_conflict():
    assert merge_fields(CURRENT, {"first_name": 9}, None, {"first_name": "Lena"}) == ({"first_name": "Lena"}, [])
    assert merge_fields(CURRENT, {"first_name": 9}, 5, {"first_name": "Léa"}) == ({}, [])

"""The protocol against the real server: idempotency, gaps, scoping, versions, conflicts, faults."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from central_support import add_school, central_cli

from educonnect_desktop.protocol import PROTOCOL_HEADER
from educonnect_desktop.store.models import Account, JournalEntry, SyncShadow
from educonnect_desktop.sync import engine, outgoing
from educonnect_desktop.sync.errors import Refused, Unreachable

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(120)]


def _server_ops(conn, desk) -> list[int]:
    desk.use()
    from educonnect_desktop.sync import state

    rows = conn.execute("SELECT seq FROM applied_operation WHERE workstation_id = %s ORDER BY seq",
                        (state.get("workstation_id"),)).fetchall()
    return [r["seq"] for r in rows]


def _server_accounts(conn, uai) -> dict[str, str]:
    rows = conn.execute("SELECT a.uuid, a.identifier FROM account a JOIN establishment e ON e.id = a.establishment_id "
                        "WHERE e.uai = %s", (uai,)).fetchall()
    return {r["uuid"]: r["identifier"] for r in rows}


def test_replayed_batch_is_acknowledged_without_effect(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Replay")
    a.create_staff("Rita", "Replay")
    a.use()
    outgoing.number_pending(uai)
    batch = outgoing.pending_batch(50)
    t = a.transport()
    from educonnect_desktop.protocol import PushRequest, to_wire

    first = t.call("POST", "/v1/push", to_wire(PushRequest(batch)))
    again = t.call("POST", "/v1/push", to_wire(PushRequest(batch)))
    assert first["acknowledged_through"] == again["acknowledged_through"] == batch[-1].seq
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    assert _server_ops(central_conn, a) == list(range(1, batch[-1].seq + 1))
    # The workstation crashed before clearing its journal: the next run resends, nothing doubles.
    report = a.sync()
    assert report.sent == 0
    assert _server_ops(central_conn, a) == list(range(1, batch[-1].seq + 1))
    assert len(_server_accounts(central_conn, uai)) == 2
    a.use()
    assert JournalEntry.select().count() == 0  # pruned once acknowledged


def test_gap_gets_409_naming_the_expected_sequence(desks, new_uai, central_url):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Gap")
    a.sync()
    t = a.transport()
    op = {"seq": 50, "name": "x", "actor": None, "app_version": "t", "schema_version": 1, "changes": []}
    with pytest.raises(Refused) as caught:
        t.call("POST", "/v1/push", {"operations": [op]})
    assert caught.value.status == 409 and caught.value.expected_seq == 2
    assert "n° 2" in caught.value.message
    # Reordered within a batch: sorted by the server; a hole inside a batch is refused as a whole.
    with pytest.raises(Refused) as caught:
        t.call("POST", "/v1/push", {"operations": [dict(op, seq=3), dict(op, seq=5)]})
    assert caught.value.status == 422


def test_lost_acknowledgement_500s_and_timeouts_converge(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Faults")
    a.create_staff("Fanny", "Faults")
    calls = {"push": 0}

    def after(request, response):
        if request.url.path == "/v1/push":
            calls["push"] += 1
            if calls["push"] == 1:  # the server committed; the answer never arrives
                raise httpx.ReadTimeout("lost", request=request)
        return None

    def before(request):
        if request.url.path == "/v1/pull" and calls.get("pull500", 0) < 2:
            calls["pull500"] = calls.get("pull500", 0) + 1
            return httpx.Response(500, json={"detail": "boom"})
        return None

    a.faults.after, a.faults.before = after, before
    report = a.sync()
    assert calls["push"] == 2 and calls["pull500"] == 2
    assert report.sent == 0  # the resend was a duplicate: applied once, by the lost first attempt
    assert _server_ops(central_conn, a) == [1, 2]
    assert len(_server_accounts(central_conn, uai)) == 2

    a.faults.after = None
    a.faults.before = lambda request: (_ for _ in ()).throw(httpx.ConnectTimeout("down", request=request))
    a.create_staff("Félix", "Faults")
    with pytest.raises(Unreachable) as caught:
        a.sync()
    assert "conservé" in caught.value.message
    a.use()
    assert JournalEntry.select().count() == 1  # the work is kept
    a.faults.before = None
    a.sync()
    assert _server_ops(central_conn, a) == [1, 2, 3]


def test_expired_token_mid_sync_is_refreshed_and_the_same_batch_resent(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Expiry")
    for n in range(3):
        a.create_staff(f"Eva{'abc'[n]}", "Expiry")
    engine_batch = engine.PUSH_BATCH
    engine.PUSH_BATCH = 1  # several pushes, so the token can expire between two of them
    pushes = []

    def before(request):
        if request.url.path == "/v1/push":
            pushes.append(json.loads(request.content)["operations"][0]["seq"])
            if len(pushes) == 2:
                central_conn.execute("UPDATE access_token SET expires_at = now() - interval '1 second'")
        return None

    a.faults.before = before
    try:
        a.sync()
    finally:
        engine.PUSH_BATCH = engine_batch
    assert pushes == [1, 2, 2, 3, 4]  # seq 2 refused with 401, resent as is after a new token
    assert _server_ops(central_conn, a) == [1, 2, 3, 4]


def test_revoked_workstation_is_refused_at_once(desks, new_uai, central_url):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Revoked")
    a.sync()
    a.use()
    from educonnect_desktop.sync import state

    name = state.get("workstation_name")
    assert central_cli(central_url, "workstation", "revoke", name).returncode == 0
    a.create_staff("Rémi", "Revoked")
    with pytest.raises(Refused) as caught:
        a.sync()
    assert "révoqué" in caught.value.message
    a.use()
    assert JournalEntry.select().count() == 1


def test_other_school_can_neither_read_nor_write_its_rows(desks, new_uai, central_url, central_conn):
    uai_a, uai_b = new_uai(), new_uai()
    add_school(central_url, uai_a)
    add_school(central_url, uai_b)
    a, b = desks(uai_a, "Ecole"), desks(uai_b, "Intrus")
    a.sync()
    b.sync()
    a_accounts = _server_accounts(central_conn, uai_a)
    victim = next(iter(a_accounts))
    tb = b.transport()
    b.use()
    seq = outgoing.pending_batch(1)[0].seq if outgoing.pending_batch(1) else None
    assert seq is None
    from educonnect_desktop.sync import state

    next_seq = int(state.get("next_seq"))
    ops = [{"seq": next_seq, "name": "attack", "actor": None, "app_version": "t", "schema_version": 1, "changes": [
        {"entity": "account", "uuid": victim, "action": "update", "base_version": 1,
         "fields": {"first_name": "Pirate", "state": "disabled"}},
        {"entity": "account", "uuid": victim, "action": "insert", "base_version": None,
         "fields": {"kind": "staff", "identifier": "x.pirate1", "first_name": "X", "last_name": "Pirate"}},
        {"entity": "guardian_link", "uuid": "l" * 32, "action": "insert", "base_version": None,
         "fields": {"guardian": victim, "student": victim, "legal_level": 1}},
        {"entity": "account", "uuid": victim, "action": "update", "base_version": 1,
         "fields": {"secret_hash": "x"}},
    ]}]
    result = tb.call("POST", "/v1/push", {"operations": ops})
    assert result["results"][0]["status"] == "conflict"  # refused, recorded for a person, not applied
    row = central_conn.execute("SELECT fields FROM account WHERE uuid = %s", (victim,)).fetchone()
    assert row["fields"]["first_name"] == "Admin" and row["fields"]["state"] == "active"
    pulled = tb.call("GET", "/v1/pull", params={"cursor": 0, "limit": 2000})
    assert {r["uuid"] for r in pulled["rows"]}.isdisjoint(a_accounts)
    status = tb.call("GET", "/v1/status")
    assert status["establishment"]["uai"] == uai_b
    b.use()
    assert set(b.accounts()).isdisjoint(a_accounts)
    # Without a token, every endpoint refuses.
    for method, path in (("GET", "/v1/status"), ("POST", "/v1/push"), ("GET", "/v1/pull"),
                         ("POST", "/v1/identifiers/lease")):
        r = httpx.request(method, tb.base_url + path, headers={PROTOCOL_HEADER: "1"}, json={"operations": []})
        assert r.status_code == 401 and r.json()["code"] == "auth"


def test_too_old_workstation_is_told_in_french_to_update(central_server):
    for header in ({}, {PROTOCOL_HEADER: "0"}):
        r = httpx.post(central_server.base + "/v1/enroll", json={"code": "x"}, headers=header)
        assert r.status_code == 426 and "mettez l'application à jour" in r.json()["message"]
        assert "hors ligne" in r.json()["message"]
    r = httpx.post(central_server.base + "/v1/enroll", json={"code": "x"}, headers={PROTOCOL_HEADER: "99"})
    assert r.status_code == 400


def test_password_hash_travels_so_staff_logs_in_at_the_other_workstation(desks, new_uai, central_url):
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Tomate"), desks(uai, "Radis")
    issued = a.create_staff("Paul", "Passe")
    a.sync()
    b.sync()
    from educonnect_desktop.services.staff import staff_login

    b.use()
    session = staff_login(issued.identifier, issued.provisional_password, hashing=b.hashing)
    assert session.identifier == issued.identifier
    # ... and no one-time secret, outbox text or credential ever left a workstation.
    for method, path, body in a.faults.sent + b.faults.sent:
        text = body.decode()
        assert "secret_hash" not in text and "body_text" not in text
        if path == "/v1/push":
            assert issued.provisional_password not in text


def test_cursor_too_old_pushes_first_then_takes_a_new_snapshot(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Old"), desks(uai, "Cursor")
    a.sync()
    b.sync()
    b.create_staff("Béa", "Unsynced")  # work waiting on b
    a.create_staff("Ana", "Later")
    a.sync()
    assert central_cli(central_url, "changes", "prune", "--establishment", uai).returncode == 0
    a.create_staff("Alix", "Newer")
    a.sync()
    report = b.sync()
    assert report.snapshot
    server = _server_accounts(central_conn, uai)
    assert set(b.accounts()) == set(server) == set(a.accounts()) | set(b.accounts())
    assert any(v[3] == "Unsynced" for v in b.accounts().values())


def test_concurrent_corrections_go_to_the_conflicts_list_and_resolution_is_audited(
        desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Alice"), desks(uai, "Bob")
    issued = a.create_staff("Claire", "Conflit")
    a.sync()
    b.sync()
    for desk, name in ((a, "Clara"), (b, "Claudia")):  # two offline corrections of one field
        desk.use()
        account = Account.get(Account.identifier == issued.identifier)
        account.first_name = name
        account.save()
        from educonnect_desktop.services import audit
        from educonnect_desktop.store.models import database_proxy

        with database_proxy.atomic():
            audit.journal(account, "update", ["first_name"])
            audit.record("account.renamed", actor=desk.admin, target=account.identifier)
    a.sync()
    report = b.sync()
    assert report.conflicts and "une personne doit choisir" in report.conflicts[0]
    listing = central_cli(central_url, "conflicts", "list", "--establishment", uai)
    assert listing.returncode == 0
    line = next(l for l in listing.stdout.splitlines() if "first_name" in l)
    assert '"Clara"' in line and '"Claudia"' in line and issued.identifier in line
    conflict_id = line.split("\t")[0]
    assert central_cli(central_url, "conflicts", "resolve", conflict_id, "--keep", "incoming").returncode == 0
    a.sync()
    b.sync()
    assert a.accounts() == b.accounts()
    assert a.accounts()[next(u for u, v in a.accounts().items() if v[0] == issued.identifier)][2] == "Claudia"
    audit_row = central_conn.execute("SELECT * FROM server_audit WHERE action = 'conflict.resolve' AND target = %s",
                                     (conflict_id,)).fetchone()
    assert audit_row["actor"].startswith("cli")


def test_homonyms_made_offline_on_two_workstations_get_distinct_final_identifiers(desks, new_uai, central_url):
    uai_a, uai_b = new_uai(), new_uai()
    add_school(central_url, uai_a)
    add_school(central_url, uai_b)
    a, b = desks(uai_a, "Homo"), desks(uai_b, "Nyme")
    first = a.create_staff("Jean", "Dupont")
    second = b.create_staff("Jean", "Dupont")
    assert first.identifier != second.identifier  # each from its own leased block, before any sync
    assert first.identifier.startswith("j.dupont") and second.identifier.startswith("j.dupont")
    ra, rb = a.sync(), b.sync()
    assert not ra.renamed and not rb.renamed  # printed offline: final


def test_clash_without_lease_is_renamed_and_reported(desks, new_uai, central_url, central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Clash"), desks(uai, "Heurt")
    from educonnect_desktop.store.models import Setting

    for desk in (a, b):  # as if both had made accounts before they got a lease
        desk.use()
        Setting.delete().where(Setting.key == "sync.lease").execute()
    x = a.create_staff("Zoé", "Zorro")
    y = b.create_staff("Zoé", "Zorro")
    assert x.identifier == y.identifier == "z.zorro1"
    a.sync()
    report = b.sync()
    assert report.renamed == {"z.zorro1": report.renamed["z.zorro1"]} and report.renamed["z.zorro1"] != "z.zorro1"
    assert report.renamed["z.zorro1"] in {v[0] for v in b.accounts().values()}
    alias = central_conn.execute("SELECT * FROM identifier_alias WHERE old_identifier = 'z.zorro1'").fetchone()
    assert alias is not None


def test_the_letter_of_a_renamed_account_still_logs_in_at_every_workstation(desks, new_uai, central_url):
    """z.zorro<n>1 is now the other Zoé's: the letter printed at b with it keeps working
    (its password finds its account), and the first Zoé keeps hers."""
    from datetime import datetime

    from educonnect_desktop.services.authentication import InvalidCredentials
    from educonnect_desktop.services.staff import staff_login
    from educonnect_desktop.store.models import IdentifierAlias, Setting

    uai = new_uai()
    add_school(central_url, uai)
    a, b = desks(uai, "Lettre"), desks(uai, "Courrier")
    for desk in (a, b):
        desk.use()
        Setting.delete().where(Setting.key == "sync.lease").execute()
    last = "Zorro" + "".join(chr(ord("a") + int(c, 16)) for c in uuid.uuid4().hex[:8])  # unique in the académie
    old = f"z.{last.lower()}1"
    first, second = a.create_staff("Zoé", last), b.create_staff("Zoé", last)
    assert first.identifier == second.identifier == old
    a.sync()
    renamed = b.sync().renamed[old]
    a.sync()
    for desk in (a, b):
        desk.use()
        assert staff_login(old, second.provisional_password, hashing=desk.hashing).identifier == renamed
        assert staff_login(f" {old.upper()} ", first.provisional_password, hashing=desk.hashing).identifier == old
        assert staff_login(renamed, second.provisional_password, hashing=desk.hashing).identifier == renamed
        with pytest.raises(InvalidCredentials):
            staff_login(old, "Pas-le-bon-mot-2-passe", hashing=desk.hashing)
    b.use()  # once the letter has expired, the old identifier is the first Zoé's alone
    IdentifierAlias.update(valid_until=datetime(2000, 1, 1)).execute()
    with pytest.raises(InvalidCredentials):
        staff_login(old, second.provisional_password, hashing=b.hashing)


def test_local_work_during_the_pull_is_pushed_before_the_pull_is_applied(desks, new_uai, central_url,
                                                                         central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Busy")
    a.sync()
    done = []

    def before(request):
        if request.url.path == "/v1/pull" and not done:
            done.append(a.create_staff("Nina", "Pendant"))  # someone works while the sync runs
        return None

    a.faults.before = before
    a.sync()
    a.use()
    assert JournalEntry.select().count() == 0
    assert done[0].identifier in _server_accounts(central_conn, uai).values()
    assert SyncShadow.select().count() == len(a.accounts())


def test_link_rules_same_pair_once_two_legal_guardians_at_most_removal_wins(desks, new_uai, central_url,
                                                                             central_conn):
    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Liens")
    a.sync()
    a.use()
    from educonnect_desktop.sync import state

    seq = int(state.get("next_seq"))
    t = a.transport()
    ids = {k: uuid_hex for k, uuid_hex in zip("sgGH", ("a" * 31 + "1", "b" * 31 + "1", "c" * 31 + "1", "d" * 31 + "1"))}
    people = [("s", "student", "Élise"), ("g", "guardian", "Gilles"), ("G", "guardian", "Gaëlle"), ("H", "guardian", "Hugo")]

    def op(n, changes):
        return {"seq": n, "name": "test", "actor": None, "app_version": "t", "schema_version": 1, "changes": changes}

    accounts = [{"entity": "account", "uuid": ids[k], "action": "insert", "base_version": None,
                 "fields": {"kind": kind, "identifier": f"x.{name.lower()}{seq}", "first_name": name,
                            "last_name": "Lien", "in_school": True}} for k, kind, name in people]

    def link(uuid_hex, guardian, level):
        return {"entity": "guardian_link", "uuid": uuid_hex, "action": "insert", "base_version": None,
                "fields": {"guardian": ids[guardian], "student": ids["s"], "legal_level": level}}

    result = t.call("POST", "/v1/push", {"operations": [
        op(seq, accounts),
        op(seq + 1, [link("1" * 32, "g", 1), link("2" * 32, "G", 2)]),
        op(seq + 2, [link("3" * 32, "H", 1)]),           # a third legal guardian
        op(seq + 3, [link("4" * 32, "g", 1)]),           # the same pair again, made elsewhere
        op(seq + 4, [{"entity": "guardian_link", "uuid": "2" * 32, "action": "delete", "base_version": None,
                      "fields": {}}]),
        op(seq + 5, [{"entity": "guardian_link", "uuid": "2" * 32, "action": "update", "base_version": 1,
                      "fields": {"validated": True}}]),  # a change to a removed link
    ]})
    by_seq = {r["seq"]: r for r in result["results"]}
    assert by_seq[seq + 2]["status"] == "conflict" and "plus de deux" in by_seq[seq + 2]["conflicts"][0]
    assert "suppression l'emporte" in by_seq[seq + 5]["conflicts"][0]
    rows = {r["uuid"]: r for r in central_conn.execute(
        "SELECT uuid, deleted, (fields->>'legal_level')::int AS level FROM guardian_link WHERE student_uuid = %s",
        (ids["s"],)).fetchall()}
    assert set(rows) == {"1" * 32, "2" * 32, "3" * 32}  # the same pair is one link
    assert rows["3" * 32]["level"] == 0 and rows["2" * 32]["deleted"]
    a.faults.sent.clear()
    a.sync()
    from educonnect_desktop.store.models import GuardianLink

    a.use()
    assert {l.uuid for l in GuardianLink.select()} == {"1" * 32, "3" * 32}


def test_an_enrolled_workstation_keeps_its_unacknowledged_journal_through_the_retention_purge(
        desks, new_uai, central_url):
    from datetime import timedelta

    from educonnect_desktop.core.clock import utc_now
    from educonnect_desktop.services.privacy import purge_expired

    uai = new_uai()
    add_school(central_url, uai)
    a = desks(uai, "Retenue")
    a.create_staff("Olga", "Offline")
    a.use()
    waiting = JournalEntry.select().count()
    assert waiting >= 2
    purge_expired(utc_now() + timedelta(days=400))  # long after the retention delay
    assert JournalEntry.select().count() == waiting  # unsynced work is never discarded
    a.sync()
    a.use()
    assert JournalEntry.select().count() == 0


def test_only_an_administrator_enrolls_and_the_enrollment_is_audited(tmp_path, central_url, central_server,
                                                                      new_uai, fast_hashing):
    from central_support import Desk, enroll_code
    from educonnect_desktop.services.staff import staff_login
    from educonnect_desktop.store.models import AuditEvent
    from educonnect_desktop.sync.errors import SyncError

    uai = new_uai()
    add_school(central_url, uai)
    desk = Desk(tmp_path / "roles.sqlite", "Roles", fast_hashing)
    try:
        issued = desk.create_staff("Sam", "Secretariat")
        code = enroll_code(central_url, uai, f"roles-{uuid.uuid4().hex[:6]}")
        secretary = staff_login(issued.identifier, issued.provisional_password, hashing=fast_hashing).actor
        with pytest.raises(SyncError, match="réservée aux administrateurs"):
            engine.enroll(central_server.base, code, actor=secretary, secrets=desk.secrets,
                          transport=desk.transport(central_server.base))
        refusal = AuditEvent.get(AuditEvent.action == "staff.permission_denied")
        assert (refusal.actor, refusal.outcome) == (issued.identifier, "failure")
        desk.enroll(central_server.base, code)  # the code was not spent by the refusal
        enrolled = AuditEvent.get(AuditEvent.action == "sync.enrolled")
        assert enrolled.actor == desk.admin and uai in enrolled.details
    finally:
        desk.close()

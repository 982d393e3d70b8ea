"""`GET /v1/conflicts` and `POST /v1/conflicts/{id}/resolve`: a workstation sees and resolves
only its own school's open conflicts, and the resolution is audited with the staff member."""

import httpx
import pytest

from central_support import add_school, rename_offline

from educonnect_desktop.protocol import ERR_NOT_FOUND
from educonnect_desktop.sync import conflicts
from educonnect_desktop.sync.errors import Refused
from educonnect_desktop.store.models import AuditEvent

pytestmark = pytest.mark.postgres


@pytest.fixture
def school_in_conflict(desks, new_uai, central_url):
    uai, other_uai = new_uai(), new_uai()
    add_school(central_url, uai)
    add_school(central_url, other_uai, "École d'à côté")
    a, b, elsewhere = desks(uai, "Alice"), desks(uai, "Bob"), desks(other_uai, "Chloe")
    issued = a.create_staff("Claire", "Conflit")
    a.sync()
    b.sync()
    rename_offline([(a, "Clara"), (b, "Claudia")], issued.identifier)
    a.sync()
    b.sync()
    return a, b, elsewhere, issued.identifier


def test_a_workstation_lists_and_resolves_its_school_conflicts_audited_with_its_staff(
        school_in_conflict, central_conn):
    a, b, _elsewhere, identifier = school_in_conflict
    b.use()
    [conflict] = [c for c in conflicts.open_conflicts(transport=b.transport()) if c.identifier == identifier]
    assert (conflict.field, conflict.server_value, conflict.incoming_value) == ("first_name", "Clara", "Claudia")
    assert conflict.display_name == "Conflit Clara" and conflict.workstation.startswith("Bob-")
    staff = b.staff()
    conflicts.resolve(conflict, conflicts.KEEP_INCOMING, actor=staff.actor, transport=b.transport())
    row = central_conn.execute("SELECT actor, details FROM server_audit WHERE action = 'conflict.resolve' "
                               "AND target = %s", (str(conflict.id),)).fetchone()
    assert row["actor"] == b.admin and row["details"]["workstation"] == conflict.workstation
    b.use()
    local = AuditEvent.get(AuditEvent.action == "sync.conflict_resolved")
    assert local.actor == b.admin and local.target == identifier and '"kept": "incoming"' in local.details
    assert conflicts.open_conflicts(transport=b.transport()) == []
    with pytest.raises(Refused) as again:  # already resolved: nothing happens twice
        conflicts.resolve(conflict, conflicts.KEEP_SERVER, actor=staff.actor, transport=b.transport())
    assert again.value.status == 404 and again.value.code == ERR_NOT_FOUND
    a.sync()
    b.sync()
    assert a.accounts() == b.accounts()


def test_another_school_neither_sees_nor_resolves_the_conflict(school_in_conflict, central_conn, central_server):
    a, _b, elsewhere, identifier = school_in_conflict
    a.use()
    [conflict] = [c for c in conflicts.open_conflicts(transport=a.transport()) if c.identifier == identifier]
    elsewhere.use()
    assert conflicts.open_conflicts(transport=elsewhere.transport()) == []
    with pytest.raises(Refused) as refused:
        conflicts.resolve(conflict, conflicts.KEEP_SERVER, actor=elsewhere.staff().actor,
                          transport=elsewhere.transport())
    assert refused.value.status == 404 and "Aucun conflit ouvert" in refused.value.message
    assert central_conn.execute("SELECT status FROM sync_conflict WHERE id = %s",
                                (conflict.id,)).fetchone()["status"] == "open"
    assert not central_conn.execute("SELECT 1 FROM server_audit WHERE action = 'conflict.resolve' AND target = %s",
                                    (str(conflict.id),)).fetchone()


def test_conflict_endpoints_refuse_without_a_token_and_bad_input(school_in_conflict, central_server):
    a, _b, _elsewhere, _identifier = school_in_conflict
    a.use()
    headers = {"X-EduConnect-Protocol": "1"}
    assert httpx.get(f"{central_server.base}/v1/conflicts", headers=headers).status_code == 401
    assert httpx.post(f"{central_server.base}/v1/conflicts/1/resolve", headers=headers,
                      json={"keep": "server", "actor": "x"}).status_code == 401
    t = a.transport()
    for body in ({"keep": "both", "actor": a.admin}, {"keep": "server", "actor": "  "}):
        with pytest.raises(Refused) as refused:
            t.call("POST", "/v1/conflicts/1/resolve", body)
        assert refused.value.status == 422 and "Requête invalide (body." in refused.value.message
    with pytest.raises(TypeError):  # the workstation resolves only under an authenticated staff actor
        conflicts.resolve(conflicts.open_conflicts(transport=t)[0], "server", actor="a.alice1", transport=t)

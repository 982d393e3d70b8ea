"""Random offline work, syncs, crashes and replays on 4 workstations of 2 schools (hypothesis).

Invariants after every step: the server holds each workstation's operations 1..n exactly once
with no gap, no workstation ever holds a row of the other school (but the guardians both schools
share). At the end, after everyone syncs: the workstations of a school agree with each other and
with the server, every account made anywhere is on the server exactly once (a parent imported by
both schools is one account), each school sees only its own children behind a shared parent, and
identifiers are unique across all machines.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from central_support import Desk

from educonnect_desktop.central import admin
from educonnect_desktop.services.account_admin import set_disabled
from educonnect_desktop.sync import outgoing, state
from educonnect_desktop.sync.errors import SyncError

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(600)]

NAMES = [("Jean", "Dupont"), ("Léa", "Martin"), ("Jean", "Martin"), ("Inès", "Roux")]
# Parents the schools' imports may bring: the two Marc Dupont are two people (two mobiles). Each
# run gives them mobiles of its own, so a run's schools never meet an earlier run's parents.
PARENT_NAMES = [("Hélène", "Roux"), ("Marc", "Dupont"), ("Marc", "Dupont")]
CHILDREN = ["Ana", "Bruno", "Chloé", "Driss"]


def _make_family(desk, uai: str, parent: tuple[str, str, str], child: str) -> str:
    """A pupil and their parent, as the school's import makes them (journaled); the pupil's uuid."""
    from datetime import date

    from educonnect_desktop.core.identifiers import make_identifier
    from educonnect_desktop.services import audit
    from educonnect_desktop.store.identifier_lease import candidate_numbers
    from educonnect_desktop.store.models import Account, AccountKind, Establishment, GuardianLink, database_proxy

    desk.use()
    school = Establishment.get(Establishment.uai == uai)

    def identifier(first: str, last: str) -> str:
        return make_identifier(first, last, lambda c: Account.select().where(Account.identifier == c).exists(),
                               numbers=candidate_numbers())

    with database_proxy.atomic():
        pupil = Account.create(kind=AccountKind.STUDENT, identifier=identifier(child, parent[1]), first_name=child,
                               last_name=parent[1], birth_date=date(2015, 1, 2), establishment=school)
        guardian = Account.create(kind=AccountKind.GUARDIAN, identifier=identifier(parent[0], parent[1]),
                                  first_name=parent[0], last_name=parent[1], mobile=parent[2], establishment=school)
        link = GuardianLink.create(guardian=guardian, student=pupil, legal_level=1)
        for row in (pupil, guardian, link):
            audit.journal(row, "insert")
        audit.record("roster.import", actor=desk.admin, students=1, guardians=1)
    return pupil.uuid


def _children_by_parent(desk) -> dict[tuple, set[str]]:
    from educonnect_desktop.store.models import Account, GuardianLink

    desk.use()
    found: dict[tuple, set[str]] = {}
    for link in GuardianLink.select().join(Account, on=GuardianLink.guardian == Account.id):
        g = link.guardian
        found.setdefault((g.first_name, g.last_name, g.mobile), set()).add(link.student.first_name)
    return found


# The accounts a school sees on the server: its own, and the guardians it shares with another school.
_SEEN_BY = """SELECT a.uuid, a.identifier FROM account a JOIN establishment e ON e.uai = %s
              WHERE NOT a.deleted AND (a.establishment_id = e.id OR EXISTS (SELECT 1 FROM account_view v
                    WHERE v.account_uuid = a.uuid AND v.establishment_id = e.id AND NOT v.deleted))"""


class Crash(Exception):
    """The workstation's process dies at this point (not a network error: nothing retries it)."""


def test_random_offline_work_syncs_and_crashes_converge(central_url, central_server, central_conn, tmp_path,
                                                         new_uai, fast_hashing):
    runs = itertools.count()

    class SyncMachine(RuleBasedStateMachine):
        @initialize()
        def setup(self):
            run = next(runs)
            self.schools = [new_uai(), new_uai()]
            self.desks, self.school_of, self.made = [], [], {s: set() for s in self.schools}
            self.children = {s: {} for s in self.schools}  # school -> parent -> the children it made
            prefix = f"+3376{uuid.uuid4().int % 10**4:04d}"
            self.parents = [(first, last, f"{prefix}{k:03d}") for k, (first, last) in enumerate(PARENT_NAMES)]
            for uai in self.schools:
                admin.add_establishment(central_conn, uai, f"École {uai}", actor="test")
            for i, uai in enumerate([self.schools[0], self.schools[0], self.schools[1], self.schools[1]]):
                desk = Desk(tmp_path / f"r{run}-d{i}.sqlite", f"Poste{'abcd'[i]}", fast_hashing)
                code = admin.enroll_workstation(central_conn, uai, f"sm-{uuid.uuid4().hex[:10]}", actor="test")
                desk.enroll(central_server.base, code)
                self.desks.append(desk)
                self.school_of.append(uai)
                self.made[uai].add(desk.admin_uuid)

        def teardown(self):
            if not hasattr(self, "desks"):
                return
            try:
                for _ in range(2):
                    for desk in self.desks:
                        desk.faults.before = desk.faults.after = None
                        desk.sync()
                self.check_converged()
            finally:
                for desk in self.desks:
                    desk.close()

        def check_converged(self):
            seen: dict[str, str] = {}
            for uai in self.schools:
                here = [d for d, s in zip(self.desks, self.school_of) if s == uai]
                views = [d.accounts() for d in here]
                assert views[0] == views[1]
                server = {r["uuid"]: r["identifier"] for r in central_conn.execute(_SEEN_BY, (uai,)).fetchall()}
                assert set(server) == set(views[0])
                assert {u: v[0] for u, v in views[0].items()} == server
                parents = {u for u, v in views[0].items() if (v[2], v[3]) in set(PARENT_NAMES)}
                assert set(server) - parents == self.made[uai]  # staff and pupils: each exactly once
                assert len(parents) == len(self.children[uai])  # one account per parent, shared or not
                for desk in here:
                    assert _children_by_parent(desk) == self.children[uai]  # its own children only
                for u, identifier in server.items():
                    assert seen.setdefault(identifier, u) == u  # unique across both schools
            for parent in self.parents:  # a parent both schools imported is one account on the server
                count = central_conn.execute(
                    "SELECT count(*) AS n FROM account WHERE NOT deleted AND fields->>'kind' = 'guardian' "
                    "AND fields->>'mobile' = %s", (parent[2],)).fetchone()["n"]
                assert count == (1 if any(parent in self.children[s] for s in self.schools) else 0)

        @rule(i=st.integers(0, 3), name=st.sampled_from(NAMES))
        def create(self, i, name):
            issued = self.desks[i].create_staff(*name)
            self.desks[i].use()
            from educonnect_desktop.store.models import Account

            self.made[self.school_of[i]].add(Account.get(Account.identifier == issued.identifier).uuid)

        @rule(i=st.integers(0, 3), pick=st.integers(0, len(PARENT_NAMES) - 1), child=st.sampled_from(CHILDREN))
        def import_family(self, i, pick, child):
            uai, parent = self.school_of[i], self.parents[pick]
            if parent in self.children[uai]:
                return  # a school's import knows its parents: it makes each once (the other school may too)
            self.made[uai].add(_make_family(self.desks[i], uai, parent, child))
            self.children[uai][parent] = {child}

        @rule(i=st.integers(0, 3), pick=st.integers(0, 50), disable=st.booleans())
        def toggle(self, i, pick, disable):
            desk = self.desks[i]
            session = desk.staff()
            admins = {d.admin_uuid for d in self.desks}
            others = sorted(v[0] for u, v in desk.accounts().items() if u not in admins)
            if others:
                set_disabled(session, others[pick % len(others)], disable)

        @rule(i=st.integers(0, 3))
        def sync(self, i):
            self.desks[i].sync()

        @rule(i=st.integers(0, 3))
        def crash_after_server_commit(self, i):
            desk = self.desks[i]

            def after(request, response):
                if request.url.path == "/v1/push":
                    raise Crash()
                return None

            desk.faults.after = after
            try:
                desk.sync()
            except Crash:
                pass
            finally:
                desk.faults.after = None

        @rule(i=st.integers(0, 3))
        def crash_after_numbering(self, i):
            desk = self.desks[i].use()
            outgoing.number_pending(state.get("uai"))  # then the process dies before sending

        @rule(i=st.integers(0, 3))
        def replay_last_push(self, i):
            desk = self.desks[i]
            pushes = [body for method, path, body in desk.faults.sent if path == "/v1/push"]
            if not pushes:
                return
            import json

            desk.use()
            try:  # a duplicated request arriving late: acknowledged without effect, or refused as a gap
                desk.transport().call("POST", "/v1/push", json.loads(pushes[-1]))
            except SyncError as exc:
                assert getattr(exc, "status", None) == 409

        @invariant()
        def server_has_each_operation_once_without_gaps(self):
            if not hasattr(self, "desks"):
                return
            for desk, uai in zip(self.desks, self.school_of):
                desk.use()
                ws = state.get("workstation_id")
                seqs = [r["seq"] for r in central_conn.execute(
                    "SELECT seq FROM applied_operation WHERE workstation_id = %s ORDER BY seq", (ws,)).fetchall()]
                assert seqs == list(range(1, len(seqs) + 1))
                assert state.int_value("acknowledged_seq") <= len(seqs)
                other = [s for s in self.schools if s != uai][0]
                foreign = {r["uuid"] for r in central_conn.execute(_SEEN_BY, (other,)).fetchall()}
                mine = {r["uuid"] for r in central_conn.execute(_SEEN_BY, (uai,)).fetchall()}
                assert (foreign - mine).isdisjoint(desk.accounts())

    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=10, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))

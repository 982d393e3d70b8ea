"""Random offline work, syncs, crashes and replays on 4 workstations of 2 schools (hypothesis).

Invariants after every step: the server holds each workstation's operations 1..n exactly once
with no gap, no workstation ever holds a row of the other school. At the end, after everyone
syncs: the workstations of a school agree with each other and with the server, every account
made anywhere is on the server exactly once, and identifiers are unique across all machines.
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
                views = [d.accounts() for d, s in zip(self.desks, self.school_of) if s == uai]
                assert views[0] == views[1]
                server = {r["uuid"]: r["identifier"] for r in central_conn.execute(
                    "SELECT a.uuid, a.identifier FROM account a JOIN establishment e ON e.id = a.establishment_id "
                    "WHERE e.uai = %s", (uai,)).fetchall()}
                assert set(server) == set(views[0]) == self.made[uai]
                assert {u: v[0] for u, v in views[0].items()} == server
                for u, identifier in server.items():
                    assert seen.setdefault(identifier, u) == u  # unique across both schools

        @rule(i=st.integers(0, 3), name=st.sampled_from(NAMES))
        def create(self, i, name):
            issued = self.desks[i].create_staff(*name)
            self.desks[i].use()
            from educonnect_desktop.store.models import Account

            self.made[self.school_of[i]].add(Account.get(Account.identifier == issued.identifier).uuid)

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
                foreign = {r["uuid"] for r in central_conn.execute(
                    "SELECT a.uuid FROM account a JOIN establishment e ON e.id = a.establishment_id WHERE e.uai = %s",
                    (other,)).fetchall()}
                assert foreign.isdisjoint(desk.accounts())

    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=10, stateful_step_count=20, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))

"""The server killed (SIGKILL) in the middle of a push and of a pull, then restarted: converges."""

from __future__ import annotations

import threading
import time
import uuid

import psycopg
import pytest

from central_support import Desk, Server, add_school, enroll_code

from educonnect_desktop.store.models import JournalEntry
from educonnect_desktop.sync import engine
from educonnect_desktop.sync.errors import Unreachable

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(180)]


@pytest.fixture
def own_server(central_url, tmp_path):
    server = Server(central_url, tmp_path / "server.log").start()
    yield server
    server.kill()


def _wait_for_lock_wait(url: str, timeout: float = 20) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if conn.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                            "AND datname = current_database()").fetchone()[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the push never reached its lock")


def _applied(conn, ws_id) -> list[int]:
    return [r[0] for r in conn.execute("SELECT seq FROM applied_operation WHERE workstation_id = %s ORDER BY seq",
                                       (ws_id,)).fetchall()]


def test_server_killed_mid_push_and_mid_pull(own_server, central_url, new_uai, tmp_path, fast_hashing):
    uai = new_uai()
    add_school(central_url, uai)
    desk = Desk(tmp_path / "w.sqlite", "Crash", fast_hashing)
    e = desk.enroll(own_server.base, enroll_code(central_url, uai, f"crash-{uuid.uuid4().hex[:6]}"))
    desk.sync()
    for first in ("Kim", "Kyle", "Kira"):
        desk.create_staff(first, "Kill")

    # Mid-push: the server's transaction has started and waits on the establishment's row lock
    # (held by this test); it is killed there, then the lock is released.
    blocker = psycopg.connect(central_url, autocommit=False)
    blocker.execute("SELECT 1 FROM establishment WHERE uai = %s FOR UPDATE", (uai,))

    killers = []

    def kill_when_blocked(request):
        if request.url.path == "/v1/push" and not killers:  # the retries find the server dead
            def killer():
                _wait_for_lock_wait(central_url)
                own_server.kill()
            killers.append(threading.Thread(target=killer, daemon=True))
            killers[0].start()
        return None

    desk.faults.before = kill_when_blocked
    with pytest.raises(Unreachable):
        desk.sync()
    killers[0].join()
    blocker.rollback()
    blocker.close()
    conn = psycopg.connect(central_url, autocommit=True)
    assert _applied(conn, e.workstation_id) == [1]  # nothing of the killed transaction
    desk.use()
    assert JournalEntry.select().count() == 3

    # Mid-pull: the server dies after the first page; nothing is applied from an incomplete checkpoint.
    own_server.start()
    desk.faults.before = None
    other = Desk(tmp_path / "o.sqlite", "Other", fast_hashing)
    other.enroll(own_server.base, enroll_code(central_url, uai, f"other-{uuid.uuid4().hex[:6]}"))
    other.sync()
    pages = []

    def kill_after_first_page(request, response):
        if request.url.path == "/v1/pull":
            pages.append(request.url.params["cursor"])
            if len(pages) == 1:
                own_server.kill()
        return None

    desk.faults.after = kill_after_first_page
    page = engine.PULL_PAGE
    engine.PULL_PAGE = 2
    try:
        with pytest.raises(Unreachable):
            desk.sync()
    finally:
        engine.PULL_PAGE = page
    desk.use()
    before = desk.accounts()
    assert not any(v[3] == "Other" for v in before.values())  # the half-read pull left no trace
    assert _applied(conn, e.workstation_id) == [1, 2, 3, 4]  # the push went through before the pull

    own_server.start()
    desk.faults.after = None
    desk.sync()
    other.sync()
    assert desk.accounts() == other.accounts()
    assert _applied(conn, e.workstation_id) == [1, 2, 3, 4]
    conn.close()
    desk.close()
    other.close()

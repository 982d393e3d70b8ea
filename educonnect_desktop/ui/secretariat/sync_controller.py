"""The workstation's background sync while a staff session is open (and behind the kiosk), in the qasync loop.

Every network call (and the database work that goes with it) runs on the controller's own
thread, with its own SQLite connection: the window never waits, and the desk's database
thread keeps serving the secretariat while a slow server answers. The sync runs a few seconds
after the last change (`note_change`, debounced), every few minutes, and on "Synchroniser
maintenant". Nothing runs on a workstation that was never enrolled.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.actor import Actor
from ...core.messages import QT_TRANSLATE_NOOP
from ...errors import UserFacingError
from ...store.models import database_proxy
from ...sync import conflicts, engine, state
from ...sync.errors import ClientTooOld, SyncError, Unreachable
from .sync_status_text import Problem, SyncView
from .tracked_desk import SessionClosed, TrackedDesk

log = logging.getLogger(__name__)

SYNC_PERIOD_MS = 3 * 60 * 1000
DEBOUNCE_MS = 5_000
CLOCK_MS = 30_000  # "il y a 2 min" stays true
ATTEMPTS = 2  # a background sync retries once; the next one comes soon anyway

NO_KEYRING = QT_TRANSLATE_NOOP("StaffMessages", "Aucun trousseau système n'est ouvert sur ce poste : l'identifiant "
                               "secret de la synchronisation ne peut être ni gardé ni lu.")


class SyncController(QObject):
    changed = Signal()  # `view` moved on (status, conflicts)
    received = Signal(int)  # a sync brought that many changes from the server

    def __init__(self, desk: TrackedDesk, parent: QObject | None = None, *, period_ms: int = SYNC_PERIOD_MS,
                 debounce_ms: int = DEBOUNCE_MS, list_conflicts: bool = True) -> None:
        super().__init__(parent)
        self.desk = desk
        self.list_conflicts = list_conflicts  # the kiosk has nobody to show them to
        self.view = SyncView()
        self.runs = 0  # finished sync attempts (tests wait on it)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sync")
        self._again = False  # a change came while a sync ran: one more after it
        self._periodic = self._timer(period_ms, self.sync_soon, single=False)
        self._debounce = self._timer(debounce_ms, self.sync_soon, single=True)
        self._clock = self._timer(CLOCK_MS, self.changed.emit, single=False)
        self._tasks: set[asyncio.Task] = set()
        self._stopped = False

    def _timer(self, ms: int, slot: Callable[[], Any], *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # -- running work off the GUI thread ------------------------------------------------
    async def _off(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`fn` on the sync thread, counted by the session's desk (a logout waits for it)."""
        if self.desk.closed:  # before the work is handed to the thread, not after
            raise SessionClosed()
        loop = asyncio.get_running_loop()
        return await self.desk.track(loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs)))

    def _spawn(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _secrets(self):
        if self.desk.secrets is None:
            raise SyncError(NO_KEYRING)
        return self.desk.secrets

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        """Read the local status; if enrolled, sync now and then every few minutes."""
        self._spawn(self._start())

    async def _start(self) -> None:
        if await self.refresh_local() and not self.desk.closed:
            self._periodic.start()
            self._clock.start()
            await self.sync_now()

    def stop(self) -> None:
        for timer in (self._periodic, self._debounce, self._clock):
            timer.stop()
        if self._stopped:
            return
        self._stopped = True
        self._executor.submit(database_proxy.close)  # this thread's own connection
        self._executor.shutdown(wait=False)

    async def settle(self) -> None:
        """Wait for every task the controller started (tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- status -------------------------------------------------------------------------
    async def refresh_local(self) -> bool:
        """Enrollment, last success and waiting operations, from the local database."""
        try:
            status = await self._off(engine.status)
        except SessionClosed:
            return False
        v = self.view
        e = status.enrollment
        v.enrolled, v.server = e is not None, e.server if e else ""
        v.workstation_name = e.workstation_name if e else ""
        v.last_success, v.waiting = status.last_success, status.waiting
        v.first_sync = e is not None and status.last_success is None and status.cursor == 0
        self.changed.emit()
        return v.enrolled

    def note_change(self) -> None:
        """A service call ended (it may have changed something): count again, and if something
        waits, sync once the desk has been quiet for the debounce delay."""
        if not self.view.enrolled or self.desk.closed:
            return
        self._spawn(self._after_call())

    async def _after_call(self) -> None:
        if await self.refresh_local() and self.view.waiting and not self.desk.closed:
            self._debounce.start()  # restarted by each call: a burst of changes makes one sync

    # -- syncing ------------------------------------------------------------------------
    def sync_soon(self) -> None:
        self._spawn(self.sync_now())

    async def sync_now(self) -> None:
        """Push then pull once (a second sync asked meanwhile runs right after this one)."""
        if not self.view.enrolled or self.desk.closed:
            return
        if self.view.running:
            self._again = True
            return
        self.view.running = True
        self.changed.emit()
        received = 0
        try:
            while True:
                self._again = False
                received += await self._run_once()
                if not self._again or self.desk.closed:
                    break
        finally:
            self.view.running = False
            if not self.desk.closed:
                await self.refresh_local()  # the status bar says the outcome before `runs` moves
            self.runs += 1
        if received and not self.desk.closed:
            self.received.emit(received)

    async def _run_once(self) -> int:
        v = self.view
        try:
            report, open_conflicts = await self._off(self._sync_and_list, self._secrets(), self.list_conflicts)
        except SessionClosed:
            return 0
        except ClientTooOld as exc:
            v.problem, v.message = Problem.TOO_OLD, exc.message
        except Unreachable as exc:
            v.problem, v.message = Problem.OFFLINE, exc.message
        except UserFacingError as exc:
            v.problem, v.message = Problem.ERROR, exc.message
            log.info("sync refused: %s", exc.message)
        else:
            v.problem, v.message = Problem.NONE, ""
            if open_conflicts is not None:
                v.conflicts = open_conflicts
            return report.received
        return 0

    @staticmethod
    def _sync_and_list(secrets, list_conflicts: bool = True) -> tuple[engine.SyncReport, list | None]:  # sync thread
        e = state.enrollment()
        if e is None:
            raise SyncError(QT_TRANSLATE_NOOP(
                "StaffMessages", "Ce poste n'est plus inscrit auprès d'un serveur central."))
        transport = engine.transport_for(e, secrets, attempts=ATTEMPTS)
        try:
            report = engine.run(transport=transport)
            if not list_conflicts:
                return report, None
            try:
                listed = conflicts.open_conflicts(transport=transport)
            except SyncError as exc:  # a server without the conflicts endpoint: the sync itself is done
                log.info("sync: conflicts not listed (%s)", exc.message)
                listed = None
            return report, listed
        finally:
            transport.close()

    # -- enrollment and conflicts -------------------------------------------------------
    async def enroll(self, server: str, code: str, ca_file: str | None, actor: Actor) -> state.Enrollment:
        """Enroll this workstation (raises a French `UserFacingError`), then take the first sync."""
        enrollment = await self._off(engine.enroll, server, code, actor=actor, ca_file=ca_file or None,
                                     secrets=self._secrets())
        await self.refresh_local()
        self._periodic.start()
        self._clock.start()
        self.sync_soon()
        return enrollment

    async def resolve(self, conflict, keep: str, actor: Actor) -> None:
        """Resolve one conflict on the server (audited there and here), then sync to get its outcome."""
        await self._off(conflicts.resolve, conflict, keep, actor=actor, secrets=self._secrets())
        self.view.conflicts = [c for c in self.view.conflicts if c.id != conflict.id]
        self.changed.emit()
        self.sync_soon()

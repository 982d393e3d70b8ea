"""Long secretariat work (roster import, letter batches) with a progress bar and "Annuler".

The work runs off the GUI thread (`desk.call`, or `run_in_worker` for PDF writing). It
reports through a `ProgressTracker`: the worker thread stores the latest `(done, total)`
under a lock and reads the cancel request; the GUI thread polls the tracker with a QTimer.
No Qt object crosses threads, so the window never waits for the worker.

`WorkDialog` is the base of the dialogs that run such work: while a task runs, their
controls are greyed out, "Annuler" (or Échap, or closing the window) asks the task to stop,
and a `UserFacingError` ends the task with its French message shown in the dialog.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from qasync import QThreadExecutor

from ...errors import UserFacingError
from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import named
from ..wizard_support import error_label

T = TypeVar("T")
POLL_MS = 100

async def run_in_worker(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run `fn` on a QThread of its own (not a service call: writing PDF letters).

    A QThread, not a Python thread: Qt's text layout starts timers, which need a thread
    with an event dispatcher. The thread ends with the call.
    """
    executor = QThreadExecutor(1)
    try:
        return await asyncio.wrap_future(executor.submit(functools.partial(fn, *args, **kwargs)))
    finally:
        executor.shutdown(wait=True)  # the job is over (or cancelled and ending): quick


class ProgressTracker:
    """What a worker thread and the GUI thread share: the latest progress, the cancel request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:  # any thread
        with self._lock:
            self._done, self._total = done, total

    def latest(self) -> tuple[int, int]:
        with self._lock:
            return self._done, self._total

    def restart(self) -> None:
        """A new phase of the same task: the bar starts again (the cancel request stays)."""
        self.report(0, 0)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:  # any thread
        return self._cancel.is_set()


class ProgressPanel(QWidget):
    """A caption, a progress bar and an "Annuler" button following one tracker."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Progress")
        self.tracker: ProgressTracker | None = None
        self.label = named(QLabel(), f"{name}ProgressLabel", self.tr("Travail en cours"))
        self.label.setWordWrap(True)
        self.bar = named(QProgressBar(), f"{name}ProgressBar", self.tr("Avancement"))
        self.cancel_button = named(QPushButton(self.tr("Annu&ler")), f"{name}CancelButton",
                                   self.tr("Annuler le travail en cours"))
        self.cancel_button.clicked.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 2)
        row.addWidget(self.cancel_button)
        self.hide()

    def start(self, caption: str) -> ProgressTracker:
        self.tracker = ProgressTracker()
        self.phase(caption)
        self.cancel_button.setEnabled(True)
        self.show()
        self.cancel_button.setFocus()
        self._timer.start()
        return self.tracker

    def phase(self, caption: str) -> None:
        self.label.setText(caption)
        self.bar.setAccessibleDescription(caption)
        if self.tracker is not None:
            self.tracker.restart()
        self.bar.setRange(0, 0)  # "busy" until the first report

    def stop(self) -> None:
        self._timer.stop()
        self.tracker = None
        self.hide()

    def cancel(self) -> None:
        if self.tracker is None:
            return
        self.tracker.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Annulation en cours…"))

    def _poll(self) -> None:
        if self.tracker is None:
            return
        done, total = self.tracker.latest()
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))


class WorkDialog(QDialog):
    """A dialog whose actions run long tasks through `run()`; see the module's docstring."""

    def __init__(self, name: str, desk, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.desk = desk
        self.staff = staff
        self.busy = False
        self.finished_tasks = 0  # every task that ended, failed or not (tests wait on it)
        self.error = error_label(f"{name}Error")
        self.progress = ProgressPanel(name, self)
        running: list[ProgressTracker] = []  # the lambda below must not hold the dialog
        self._running = running
        self.destroyed.connect(lambda *_: [tracker.cancel() for tracker in running])  # stop the worker too

    # -- overridable ----------------------------------------------------------------------
    def controls(self) -> Iterable[QWidget]:
        """The widgets greyed out while a task runs."""
        return ()

    def update_actions(self) -> None:
        """Enable what the current inputs allow (called after every task too)."""

    # -- messages -------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setAccessibleDescription("")
        self.error.hide()

    # -- running a task -------------------------------------------------------------------
    async def run(self, caption: str, work: Callable[[ProgressTracker], Awaitable[T]]) -> T | None:
        """Run `work(tracker)`; None when it failed (its French message is then shown)."""
        if self.busy:
            return None
        self.busy = True
        self.clear_error()
        controls = list(self.controls())
        for widget in controls:
            widget.setEnabled(False)
        tracker = self.progress.start(caption)
        self._running.append(tracker)
        try:
            return await work(tracker)
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self.show_error(translated(exc.message))
            return None
        finally:
            self._running.remove(tracker)
            if shiboken6.isValid(self):
                self.progress.stop()
                self.busy = False
                for widget in controls:
                    widget.setEnabled(True)
                self.update_actions()
                self.finished_tasks += 1

    def alive(self) -> bool:
        """False once Qt deleted the dialog while a task was running (its window was torn down)."""
        return shiboken6.isValid(self)

    def reject(self) -> None:
        """Échap or "Fermer" while a task runs asks it to stop instead of closing."""
        if self.busy:
            self.progress.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.progress.cancel()
            event.ignore()
            return
        super().closeEvent(event)

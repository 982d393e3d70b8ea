"""Kiosk mode: full screen on the start screen, no way out to staff screens or the desktop.

The start screen comes back, every field cleared, after each finished journey and
after `INACTIVITY_MS` without a key press or a click.

On a workstation enrolled with the central server the kiosk syncs behind the families' screens,
as the secretariat's desk does (a few seconds after each change, every few minutes), showing
nothing of it and never waiting for it: an account activated here reaches the secretariat's
workstations, and the accounts made there (letters just printed) can be activated here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from .start_screen import StartScreen

if TYPE_CHECKING:
    from .desk import Desk

INACTIVITY_MS = 120_000

_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod,
})


class InactivityWatcher(QObject):
    """Emits `idle` once no input reached the application for `timeout_ms`."""

    idle = Signal()

    def __init__(self, timeout_ms: int = INACTIVITY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self._timer.start()  # restart
        return False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class KioskWindow(QMainWindow):
    def __init__(self, desk: Desk | None = None, *, inactivity_ms: int = INACTIVITY_MS,
                 sync_options: dict | None = None) -> None:
        """`desk` may come later (`attach`): the start paints the kiosk before the services load."""
        super().__init__()
        self.setObjectName("kioskWindow")
        self._set_title()
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.desk = None
        self._sync_options = sync_options or {}
        self.sync = None  # made by `start_sync`, after the first paint (it brings httpx and the sync engine)
        self.start_screen = StartScreen(None)
        self.show_school = self.start_screen.show_school
        self.setCentralWidget(self.start_screen)
        self.watcher = InactivityWatcher(inactivity_ms, self)
        self.watcher.idle.connect(self.start_screen.reset)
        self.allow_close = False  # only the process owner (tests, session end) may close it
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk) -> None:
        from .secretariat.tracked_desk import tracked  # asyncio: after the first paint

        self.desk = tracked(desk)
        self.start_screen.attach(self.desk)

    def start_sync(self) -> None:
        """Once the database is open: sync now if this workstation is enrolled, then in the background."""
        from .secretariat.sync_controller import SyncController

        if self.sync is None:
            self.sync = SyncController(self.desk, self, list_conflicts=False, **self._sync_options)
            self.desk.after_call.append(self.sync.note_change)
        self.sync.start()

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("EduConnect — accueil des familles"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a family chose another language
            self._set_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            self.watcher.stop()
            if self.sync is not None:
                self.sync.stop()
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event) -> None:
        # Swallow the shortcuts that would leave full screen or close the window.
        if event.matches(QKeySequence.StandardKey.Close) or event.matches(QKeySequence.StandardKey.Quit):
            event.accept()
            return
        super().keyPressEvent(event)

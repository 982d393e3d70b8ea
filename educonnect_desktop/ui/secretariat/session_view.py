"""Who is at the secretariat desk: login, forced password change, workspace, lock.

A `QStackedWidget` shows one panel at a time, so nothing of the workspace is on screen
while the session is locked. The session locks after `lock_after_ms` without a key
press or a click (`kiosk.InactivityWatcher`); the same staff member unlocks it with
their password, or "Changer d'utilisateur" closes it.
"""

from __future__ import annotations

import asyncio
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...services.staff import StaffSession
from ..desk import Desk
from ..kiosk import InactivityWatcher
from .login_panel import StaffLoginPanel

LOCK_AFTER_MS = 10 * 60 * 1000


class StaffSessionView(QStackedWidget):
    families_requested = Signal()
    opened = Signal(object)  # the workspace, once shown
    locked = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, lock_after_ms: int = LOCK_AFTER_MS,
                 workspace_factory: Callable | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSessionView")
        self._desk = desk
        self._lock_after_ms = lock_after_ms
        self._workspace_factory = workspace_factory
        self.staff: StaffSession | None = None
        self.workspace = None
        self._watcher: InactivityWatcher | None = None
        self._disposals: set[asyncio.Task] = set()

        self.login_panel = StaffLoginPanel(desk)
        self._password_panel = None  # built when first needed (see `password_panel`)
        self.lock_panel = StaffLoginPanel(desk, lock=True)
        for panel in (self.login_panel, self.lock_panel):
            self.addWidget(panel)
        self.login_panel.logged_in.connect(self._logged_in)
        self.login_panel.families_requested.connect(self.families_requested)
        self.lock_panel.logged_in.connect(self._unlocked)
        self.lock_panel.switch_user.connect(self.logout)
        self.setCurrentWidget(self.login_panel)

    @property
    def password_panel(self):
        """The forced password change, built on first use: its password field loads the
        strength estimate and the account services, which the first window does not need."""
        if self._password_panel is None:
            from .password_change_panel import PasswordChangePanel

            self._password_panel = PasswordChangePanel(self._desk)
            self.addWidget(self._password_panel)
            self._password_panel.changed.connect(self._open_workspace)
            self._password_panel.cancelled.connect(self.logout)
        return self._password_panel

    def is_locked(self) -> bool:
        return self.currentWidget() is self.lock_panel

    def show_login(self) -> None:
        self.setCurrentWidget(self.login_panel)
        self.login_panel.focus_first_field()

    # -- opening --------------------------------------------------------------------------
    def _logged_in(self, staff: StaffSession, password: str) -> None:
        self.login_panel.reset()
        if staff.must_change_password:
            self.password_panel.start(staff, password)
            self.setCurrentWidget(self.password_panel)
            self.password_panel.field.setFocus()
            self._watch(self.password_panel.cancel)  # nobody left half-logged-in
        else:
            self._open_workspace(staff)

    def _open_workspace(self, staff: StaffSession) -> None:
        if self._workspace_factory is not None:
            workspace = self._workspace_factory(self._desk, staff)
        else:
            from .workspace import Workspace

            workspace = Workspace(self._desk, staff)
        self.staff, self.workspace = staff, workspace
        workspace.lock_requested.connect(self.lock)
        workspace.logout_requested.connect(self.logout)
        workspace.families_requested.connect(self._hand_over)
        self.addWidget(workspace)
        self.setCurrentWidget(workspace)
        workspace.accounts.search_edit.setFocus()
        self._watch()
        self.opened.emit(workspace)

    # -- inactivity -----------------------------------------------------------------------
    def _watch(self, on_idle: Callable[[], None] | None = None) -> None:
        self._stop_watching()
        self._watcher = InactivityWatcher(self._lock_after_ms, self)
        self._watcher.idle.connect(on_idle or (lambda: self.lock(idle=True)))

    def _stop_watching(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher.deleteLater()
            self._watcher = None

    def lock(self, *, idle: bool = False) -> None:
        """Ctrl+L, "Verrouiller", the families' screen (by hand) or the inactivity watcher (idle)."""
        if self.workspace is None or self.is_locked():
            return
        self._stop_watching()
        self.workspace.hide_dialogs()
        self.lock_panel.set_locked(self.staff, idle=idle)
        self.setCurrentWidget(self.lock_panel)
        self.lock_panel.focus_first_field()
        self.locked.emit()

    def _hand_over(self) -> None:
        """The families' screen is for someone else at this workstation: lock first."""
        self.lock()
        self.families_requested.emit()

    def _unlocked(self, staff: StaffSession, _password: str) -> None:
        if self.workspace is None or self.staff is None or staff.identifier != self.staff.identifier:
            return
        self.lock_panel.reset()
        self.setCurrentWidget(self.workspace)
        self.workspace.show_dialogs()
        self._watch()

    # -- closing --------------------------------------------------------------------------
    def logout(self) -> None:
        """Back to the login panel; the workspace goes once its service calls are over."""
        self._stop_watching()
        workspace, self.workspace, self.staff = self.workspace, None, None
        self.lock_panel.reset()
        self.login_panel.reset()
        self.show_login()
        if workspace is not None:
            workspace.shutdown()
            self.removeWidget(workspace)
            workspace.hide()
            task = asyncio.ensure_future(self._dispose(workspace))
            self._disposals.add(task)
            task.add_done_callback(self._disposals.discard)

    @staticmethod
    async def _dispose(workspace) -> None:
        await workspace.idle()
        workspace.deleteLater()

    async def settle(self) -> None:
        """Wait until every closed workspace is gone (tests, application exit)."""
        while self._disposals:
            await asyncio.gather(*list(self._disposals), return_exceptions=True)

    def shutdown(self) -> None:
        """The window closes: stop watching, close the session."""
        self._stop_watching()
        if self.workspace is not None:
            self.workspace.shutdown()

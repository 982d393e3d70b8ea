"""The secretariat workspace of one logged-in staff member.

Tabs "Comptes", "Messages", "Journal d'audit" and, for administrators, "Personnel";
actions to import a SIECLE / ONDE export and to print a class's letters.

Everything the workspace runs goes through its own `TrackedDesk`, so that a logout can
close it and wait for the calls in flight before the widgets go (`shutdown`, `idle`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.labels import ROLE_LABELS, label
from ...services.staff import StaffSession
from ..desk import Desk
from ..my_account.section import action_button
from ..translations import translated
from ..widgets import named
from .accounts_tab import AccountsTab
from .audit_view import AuditView
from .class_letters_dialog import ClassLettersDialog
from .import_dialog import ImportDialog
from .outbox_view import OutboxView
from .messaging_status import MessagingStatusLabel
from .sync_bar import SyncStatusBar
from .sync_controller import SyncController
from .dialogs import PathProvider, choose_pdf_path
from .tracked_desk import tracked

class Workspace(QWidget):
    lock_requested = Signal()
    logout_requested = Signal()
    families_requested = Signal()

    def __init__(self, desk: Desk, staff: StaffSession, parent: QWidget | None = None, *,
                 path_provider: PathProvider = choose_pdf_path, sync_options: dict | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretariatWorkspace")
        self.desk = tracked(desk)
        self.staff = staff
        self._hidden_dialogs: list[QDialog] = []

        who = self.tr("{0} {1} — {2}").format(staff.first_name, staff.last_name, translated(label(ROLE_LABELS, staff.role)))
        self.who_label = named(QLabel(who), "staffWhoLabel", self.tr("Personne connectée"))
        self.import_button = self._action("importButton", self.tr("&Importer un export SIECLE / ONDE…"),
                                          ImportDialog)
        self.letters_button = self._action("classLettersButton", self.tr("L&ettres d'une classe…"),
                                           ClassLettersDialog)
        self.families_button = action_button(self.tr("Accueil des &familles"), "workspaceFamiliesButton",
                                             self.tr("Ouvrir l'accueil des familles"))
        self.families_button.setToolTip(self.tr("Verrouille votre session, puis ouvre l'accueil des familles"))
        self.families_button.setAccessibleDescription(self.families_button.toolTip())
        self.settings_button = None
        if staff.is_admin:
            self.settings_button = action_button(self.tr("Config&uration de l'envoi des messages…"), "settingsButton",
                                                 self.tr("Configuration de l'envoi des messages"))
            self.settings_button.clicked.connect(self._open_settings)
        # The sync with the central server: its controller runs in the background, its state
        # is in the status bar; enrolling is an administrator's act, conflicts a tab once enrolled.
        self.sync = SyncController(self.desk, self, **(sync_options or {}))
        self.desk.after_call.append(self.sync.note_change)
        self.sync_bar = SyncStatusBar(self.sync)
        self.enroll_button = None
        if staff.is_admin:
            self.enroll_button = action_button(self.tr("Configurer la s&ynchronisation…"), "enrollOpenButton",
                                               self.tr("Inscrire ce poste au serveur central"))
            self.enroll_button.setToolTip(self.tr("Inscrire ce poste au serveur central de l'académie (Alt+Y)"))
            self.enroll_button.hide()  # until the local status says this workstation is not enrolled
            self.enroll_button.clicked.connect(self.open_enrollment)
        self.conflicts_tab = None
        self.sync.changed.connect(self._sync_changed)
        self.sync.received.connect(self._changes_received)
        self.lock_button = action_button(self.tr("&Verrouiller"), "lockButton", self.tr("Verrouiller la session"))
        self.lock_button.setToolTip(self.tr("Verrouiller la session (Ctrl+L)"))
        self.logout_button = action_button(self.tr("Se &déconnecter"), "logoutButton", self.tr("Se déconnecter"))

        self.tabs = named(QTabWidget(), "workspaceTabs", self.tr("Onglets de l'espace du secrétariat"))
        self.accounts = AccountsTab(self.desk, staff, path_provider=path_provider)
        self.tabs.addTab(self.accounts, self.tr("&Comptes"))
        self.outbox = self._tab(OutboxView, self.tr("&Messages"))
        self.audit = self._tab(AuditView, self.tr("&Journal d'audit"))
        self.staff_tab = None
        if staff.is_admin:
            from .staff_tab import StaffTab

            self.staff_tab = StaffTab(self.desk, staff)
            self.tabs.addTab(self.staff_tab, self.tr("&Personnel"))
            self.staff_tab.reload()

        # Two lines: who is logged in and the session's buttons, then the secretariat's actions;
        # the window stays narrow enough for a 1024-pixel screen.
        session_row = QHBoxLayout()
        session_row.addWidget(self.who_label, 1)
        for button in (self.families_button, self.lock_button, self.logout_button):
            session_row.addWidget(button)
        actions = QHBoxLayout()
        for button in (self.import_button, self.letters_button, self.settings_button, self.enroll_button):
            if button is not None:
                actions.addWidget(button)
        actions.addStretch(1)
        header = QVBoxLayout()
        header.addLayout(session_row)
        header.addLayout(actions)
        self.messaging_status = MessagingStatusLabel(self.desk)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addWidget(self.messaging_status)
        layout.addWidget(self.tabs, 1)
        # The workspace is wide (filters, table and the account's panel side by side): in a
        # scroll area, a small screen gets scroll bars instead of a window larger than itself,
        # and the login and lock panels of the same window are not widened with it.
        scroll = named(QScrollArea(), "workspaceScrollArea", self.tr("Espace du secrétariat"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.sync_bar)

        self.families_button.clicked.connect(self.families_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.logout_button.clicked.connect(self.logout_requested)
        lock = QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        lock.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accounts.start()
        self.messaging_status.refresh()
        self.sync.start()

    # -- sync ---------------------------------------------------------------------------
    def _sync_changed(self) -> None:
        view = self.sync.view
        if self.enroll_button is not None:
            self.enroll_button.setVisible(not view.enrolled)
        if view.enrolled and self.conflicts_tab is None:
            from .conflicts_tab import ConflictsTab

            self.conflicts_tab = ConflictsTab(self.sync, self.staff, view.workstation_name)
            # No Alt letter is left for this tab (Ctrl+Tab reaches it); its count is in its title.
            self.tabs.addTab(self.conflicts_tab, self.tr("Conflits"))
        if self.conflicts_tab is not None:
            index = self.tabs.indexOf(self.conflicts_tab)
            count = len(view.conflicts)
            self.tabs.setTabText(index, self.tr("Conflits ({0})").format(count) if count else self.tr("Conflits"))

    def _changes_received(self, _count: int) -> None:
        if not self.desk.closed:  # other workstations' changes show without a restart
            self.accounts.reload()

    def open_enrollment(self) -> QDialog:
        from .enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self.sync, self.staff, self)
        dialog.finished.connect(dialog.deleteLater)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    # -- actions and tabs ---------------------------------------------------------------
    def _action(self, object_name: str, text: str, dialog_class) -> QPushButton:
        button = action_button(text, object_name, text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: self._open_dialog(dialog_class))
        return button

    def _open_dialog(self, dialog_class) -> QDialog:
        dialog = dialog_class(self.desk, self.staff, self)
        dialog.finished.connect(self._dialog_finished)
        dialog.finished.connect(dialog.deleteLater)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def _open_settings(self) -> None:
        from .messaging_settings_dialog import MessagingSettingsDialog

        self._open_dialog(MessagingSettingsDialog).finished.connect(self._settings_finished)

    def _settings_finished(self, _result: int) -> None:
        if not self.desk.closed:  # the channels may send now, or no longer
            self.messaging_status.refresh()

    def _dialog_finished(self, _result: int) -> None:
        if not self.desk.closed:  # an import or letters may have changed accounts
            self.accounts.reload()

    def _tab(self, view_class, title: str) -> QWidget:
        view = view_class(self.desk, self.staff)
        self.tabs.addTab(view, title)
        return view

    # -- lock and logout ----------------------------------------------------------------
    def _open_dialogs(self) -> list[QDialog]:
        return [d for d in self.findChildren(QDialog) if d.isVisible()]

    def hide_dialogs(self) -> None:
        """Locked: nothing of the workspace stays on screen, open dialogs included."""
        self._hidden_dialogs += self._open_dialogs()
        for dialog in self._hidden_dialogs:
            dialog.hide()

    def show_dialogs(self) -> None:
        """Unlocked: the dialogs come back as they were."""
        hidden, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in hidden:
            dialog.show()

    def shutdown(self) -> None:
        """Logout: no new service call, every open or hidden dialog answered "Annuler"."""
        self.desk.close()
        self.sync.stop()
        dialogs, self._hidden_dialogs = self._hidden_dialogs + self._open_dialogs(), []
        for dialog in dialogs:
            dialog.reject()

    async def idle(self) -> None:
        """Once this returns, no coroutine of the workspace waits for a service any more."""
        await self.desk.idle()

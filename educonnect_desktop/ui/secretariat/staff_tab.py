""""Personnel" (administrators only): the staff accounts, and adding a staff member.

The new member's identifier and provisional password are shown once, to be handed
over; the password must be changed at the first login.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QHeaderView, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.labels import ROLE_LABELS, STATE_LABELS, label
from ...errors import UserFacingError
from ...services import staff as staff_service
from ...services.staff import StaffSession
from ..credentials_view import credentials_editor, format_credentials
from ..translations import translated
from ..widgets import caption
from ..my_account.section import Section, action_button, button_row
from ..widgets import named


class StaffTab(Section):
    COLUMNS = (
        QT_TRANSLATE_NOOP("StaffTab", "Nom"),
        QT_TRANSLATE_NOOP("StaffTab", "Prénom"),
        QT_TRANSLATE_NOOP("StaffTab", "Identifiant"),
        QT_TRANSLATE_NOOP("StaffTab", "Rôle"),
        QT_TRANSLATE_NOOP("StaffTab", "État"),
    )

    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personnel"), "staffTab", desk, staff, parent)
        self.table = named(QTableWidget(0, len(self.COLUMNS)), "staffTable", self.tr("Membres du personnel"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.first_name = named(QLineEdit(), "staffFirstName", self.tr("Prénom du nouveau membre du personnel"))
        self.last_name = named(QLineEdit(), "staffLastName", self.tr("Nom du nouveau membre du personnel"))
        self.role_combo = named(QComboBox(), "staffRole", self.tr("Rôle du nouveau membre du personnel"))
        for code in ("secretariat", "admin"):
            self.role_combo.addItem(translated(label(ROLE_LABELS, code)), code)
        self.add_button = action_button(self.tr("&Ajouter"), "addStaffButton",
                                        self.tr("Ajouter le membre du personnel"))
        self.issued = credentials_editor()
        self.issued.setObjectName("staffCredentials")
        self.issued.setMaximumHeight(80)
        self.issued.hide()
        self.loaded_rows: int | None = None

        form = QFormLayout()
        form.addRow(caption(self.tr("P&rénom :"), self.first_name), self.first_name)
        form.addRow(caption(self.tr("&Nom :"), self.last_name), self.last_name)
        form.addRow(caption(self.tr("Rô&le :"), self.role_combo), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("Mem&bres du personnel :"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(button_row(self.add_button))
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.issued)

        for edit in (self.first_name, self.last_name):
            edit.textChanged.connect(self.update_actions)
            edit.returnPressed.connect(self.add_member)
        self.add_button.clicked.connect(self.add_member)
        self.update_actions()

    def controls(self):
        return (self.first_name, self.last_name, self.role_combo, self.add_button)

    def update_actions(self, *_args: object) -> None:
        names = bool(self.first_name.text().strip() and self.last_name.text().strip())
        self.add_button.setEnabled(names and not self.busy)

    @asyncSlot()
    async def reload(self) -> None:
        """The list of staff members (messages of the last action are kept)."""
        try:
            members = await self.desk.call(staff_service.list_staff, self.session)
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            values = (m.last_name, m.first_name, m.identifier, translated(label(ROLE_LABELS, m.role)),
                      translated(label(STATE_LABELS, m.state)))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.loaded_rows = len(members)

    @asyncSlot()
    async def add_member(self) -> None:
        if self.busy or not self.add_button.isEnabled():
            return
        self.issued.hide()
        async with self.working():
            issued = await self.desk.call(staff_service.create_staff, self.session, self.first_name.text(),
                                          self.last_name.text(), self.role_combo.currentData())
            self.first_name.setText("")
            self.last_name.setText("")
            self.issued.setPlainText(format_credentials([issued]))
            self.issued.show()
            self.show_notice(self.tr("{0} {1} est ajouté(e) avec l'identifiant {2}. Remettez-lui son mot de passe "
                                     "provisoire, affiché une seule fois : il devra le changer à sa première "
                                     "connexion.").format(issued.first_name, issued.last_name, issued.identifier))
            self.focus_after(self.first_name)
        if not self.issued.isHidden():
            await self.reload()

""""Corriger les liens…": add or remove the guardian–student links of one account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.identifiers import normalize_identifier
from ...services import account_admin, accounts
from ...services.dto import AccountDetails
from ...services.staff import StaffSession
from ..widgets import caption
from ..my_account.section import Section, action_button, button_row
from ..widgets import named
from .account_details import legal_level_text, linked_text


class LinksEditor(Section):
    """The current links (remove one) and a form to add one; reloads the account after each change."""

    changed = Signal(object)  # the account's new AccountDetails

    def __init__(self, desk, staff: StaffSession, details: AccountDetails, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Liens entre élèves et représentants légaux"), "links", desk, staff, parent)
        self.details = details
        student = details.summary.kind == "student"
        self.links_list = named(QListWidget(), "linksList", self.tr("Liens actuels"))
        self.remove_button = action_button(self.tr("&Retirer le lien"), "removeLinkButton",
                                           self.tr("Retirer le lien sélectionné"))
        other = self.tr("Identifiant du représentant légal") if student else self.tr("Identifiant de l'élève")
        self.other_edit = named(QLineEdit(), "linkIdentifierEdit", other)
        self.other_edit.setMaxLength(64)
        self.other_edit.setPlaceholderText(self.tr("p.nom1"))
        self.level_combo = named(QComboBox(), "linkLevelCombo", self.tr("Niveau de responsabilité"))
        for level in (1, 2, 0):
            self.level_combo.addItem(legal_level_text(level), level)
        self.add_button = action_button(self.tr("&Ajouter le lien"), "addLinkButton", self.tr("Ajouter le lien"))

        form = QFormLayout()
        form.addRow(caption(self.tr("Re&présentant légal :") if student else self.tr("&Élève :"), self.other_edit),
                    self.other_edit)
        form.addRow(caption(self.tr("&Niveau :"), self.level_combo), self.level_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr("&Liens actuels :"), self.links_list))
        layout.addWidget(self.links_list, 1)
        layout.addLayout(button_row(self.remove_button))
        layout.addLayout(form)
        layout.addLayout(button_row(self.add_button))
        layout.addWidget(self.error)
        layout.addWidget(self.notice)

        self.links_list.currentRowChanged.connect(self.update_actions)
        self.other_edit.textChanged.connect(self.update_actions)
        self.other_edit.returnPressed.connect(self.add_link)
        self.add_button.clicked.connect(self.add_link)
        self.remove_button.clicked.connect(self.remove_link)
        self._show_links()

    def controls(self):
        return (self.links_list, self.remove_button, self.other_edit, self.level_combo, self.add_button)

    def update_actions(self, *_args: object) -> None:
        self.remove_button.setEnabled(not self.busy and self.links_list.currentItem() is not None)
        self.add_button.setEnabled(not self.busy and bool(self.other_edit.text().strip()))

    def _show_links(self) -> None:
        people = self.details.guardians if self.details.summary.kind == "student" else self.details.students
        self.links_list.clear()
        for person in people:
            item = QListWidgetItem(linked_text(person))
            item.setData(Qt.ItemDataRole.UserRole, person.identifier)
            self.links_list.addItem(item)
        self.update_actions()

    def _pair(self, other: str) -> tuple[str, str]:
        """(guardian, student) identifiers for a link between this account and `other`."""
        mine = self.details.summary.identifier
        return (other, mine) if self.details.summary.kind == "student" else (mine, other)

    async def _reload(self) -> None:
        self.details = await self.desk.call(accounts.show_account, self.details.summary.identifier)
        self._show_links()
        self.changed.emit(self.details)

    @asyncSlot()
    async def add_link(self) -> None:
        other = normalize_identifier(self.other_edit.text())
        if self.busy or not other:
            return
        level = self.level_combo.currentData()
        async with self.working():
            await self.desk.call(account_admin.link, self.session, *self._pair(other), level)
            self.other_edit.setText("")
            await self._reload()
            self.show_notice(self.tr("Lien enregistré avec {0}.").format(other))
            self.focus_after(self.other_edit)

    @asyncSlot()
    async def remove_link(self) -> None:
        item = self.links_list.currentItem()
        if self.busy or item is None:
            return
        other = item.data(Qt.ItemDataRole.UserRole)
        async with self.working():
            await self.desk.call(account_admin.unlink, self.session, *self._pair(other))
            await self._reload()
            self.show_notice(self.tr("Lien avec {0} retiré.").format(other))
            self.focus_after(self.links_list)


class LinksDialog(QDialog):
    def __init__(self, desk, staff: StaffSession, details: AccountDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linksDialog")
        s = details.summary
        self.setWindowTitle(self.tr("Liens de {0} {1} ({2})").format(s.first_name, s.last_name, s.identifier))
        self.resize(560, 420)
        self.editor = LinksEditor(desk, staff, details, self)
        self.changed = self.editor.changed
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "linksCloseButton", self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.other_edit.setFocus()

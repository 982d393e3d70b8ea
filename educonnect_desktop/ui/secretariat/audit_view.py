"""The audit log for staff: newest events first, filters, older pages on demand.

Filters match the service's (`audit_log.list_audit`): the account concerned and the author
(exact identifiers), a family of actions (shown in French, or a code's beginning typed:
"auth.", "account."...), failures only. Actions and details read in French
(`core.audit_labels`); the code stays in the action's tooltip. "Plus anciens…" appends the
next page under the rows already shown.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.audit_labels import ACTION_FAMILIES, action_label, details_text
from ...core.local_time import local_time_seconds
from ...errors import UserFacingError
from ...services import audit_log
from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import caption
from ..widgets import named
from ..wizard_support import error_label

PAGE_SIZE = 100


def records_tree(object_name: str, accessible_name: str, headers: list[str]) -> QTreeWidget:
    """A read-only list of records with column headers, walked with the keyboard."""
    tree = named(QTreeWidget(), object_name, accessible_name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    """The texts of a list, row by row."""
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def fit_columns(tree: QTreeWidget, *columns: int) -> None:
    """Short columns (date, author, result...) always show their whole text; the last one stretches."""
    header = tree.header()
    header.setStretchLastSection(True)
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class AuditView(QWidget):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self.desk = desk
        self.staff = staff
        self.busy = False
        self.loaded_pages = 0  # counts every load that ended (tests wait on it)
        self._offset = 0
        self._filters: dict = {}

        self.target_edit = named(QLineEdit(), "auditTargetEdit", self.tr("Compte concerné"),
                                 self.tr("Identifiant exact, par exemple l.martin1"))
        self.actor_edit = named(QLineEdit(), "auditActorEdit", self.tr("Auteur"),
                                self.tr("Identifiant exact de la personne qui a agi"))
        self.action_combo = named(QComboBox(), "auditActionCombo", self.tr("Type d'action"),
                                  self.tr("Une famille d'actions, ou le début d'un code, par exemple account."))
        self.action_combo.setEditable(True)
        self.action_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed code is not a family
        self.action_combo.addItem("", "")
        self.action_combo.lineEdit().setPlaceholderText(self.tr("Toutes les actions"))
        for prefix, family in ACTION_FAMILIES.items():
            self.action_combo.addItem(translated(family), prefix)
        self.failures_check = named(QCheckBox(self.tr("Éc&hecs seulement")), "auditFailuresCheck",
                                    self.tr("Échecs seulement"))
        self.apply_button = named(QPushButton(self.tr("Filt&rer")), "auditApplyButton",
                                  self.tr("Appliquer les filtres"))
        self.refresh_button = named(QPushButton(self.tr("Actua&liser")), "auditRefreshButton",
                                    self.tr("Actualiser le journal"))
        self.more_button = named(QPushButton(self.tr("Plus a&nciens…")), "auditMoreButton",
                                 self.tr("Afficher les événements plus anciens"))
        for edit in (self.target_edit, self.actor_edit, self.action_combo.lineEdit()):
            edit.returnPressed.connect(self.refresh)
        self.apply_button.clicked.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)

        self.tree = records_tree("auditTree", self.tr("Événements du journal d'audit"), [
            self.tr("Date et heure"), self.tr("Auteur"), self.tr("Action"), self.tr("Compte concerné"),
            self.tr("Résultat"), self.tr("Détails")])
        fit_columns(self.tree, 0, 1, 2, 3, 4)
        self.status = named(QLabel(), "auditStatusLabel", self.tr("État du journal"))
        self.error = error_label("auditError")

        filters = QFormLayout()
        filters.addRow(caption(self.tr("Compte c&oncerné :"), self.target_edit), self.target_edit)
        filters.addRow(caption(self.tr("&Auteur :"), self.actor_edit), self.actor_edit)
        filters.addRow(caption(self.tr("&Type d'action :"), self.action_combo), self.action_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.failures_check)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(caption(self.tr("Événements (du plu&s récent au plus ancien) :"), self.tree))
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        self.more_button.setEnabled(False)
        self._started = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.refresh()

    def controls(self) -> Iterable[QWidget]:
        return (self.apply_button, self.refresh_button, self.more_button)

    def action_prefix(self) -> str | None:
        """The chosen family's prefix, or what was typed (a code's beginning)."""
        typed = self.action_combo.currentText().strip()
        index = self.action_combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.action_combo.itemData(index):
            return self.action_combo.itemData(index)
        return typed or None

    def current_filters(self) -> dict:
        return {"target": self.target_edit.text().strip() or None, "actor": self.actor_edit.text().strip() or None,
                "action_prefix": self.action_prefix(), "failures_only": self.failures_check.isChecked()}

    def rows(self) -> list[list[str]]:
        return tree_rows(self.tree)

    @asyncSlot()
    async def refresh(self) -> None:
        """Start again from the newest event with the filters as they are typed now."""
        self._filters = self.current_filters()
        await self._load(reset=True)

    @asyncSlot()
    async def load_more(self) -> None:
        await self._load(reset=False)

    async def _load(self, *, reset: bool) -> None:
        if self.busy:
            return
        self.busy = True
        for widget in self.controls():
            widget.setEnabled(False)
        self.error.hide()
        offset = 0 if reset else self._offset
        more_possible = self.more_button.isEnabled() if not reset else True
        try:
            entries = await self.desk.call(audit_log.list_audit, limit=PAGE_SIZE, offset=offset, **self._filters)
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.setAccessibleDescription(translated(exc.message))
            self.error.show()
            entries = None
        finally:
            self.busy = False
            for widget in self.controls():
                widget.setEnabled(True)
        if entries is not None:
            if reset:
                self.tree.clear()
            self._append(entries)
            self._offset = offset + len(entries)
            more_possible = len(entries) == PAGE_SIZE
        self.more_button.setEnabled(more_possible)
        shown_count = self.tree.topLevelItemCount()
        self.status.setText(self.tr("{0} événement(s) affiché(s).").format(shown_count) if shown_count
                            else self.tr("Aucun événement."))
        self.loaded_pages += 1

    def _append(self, entries: list[audit_log.AuditEntry]) -> None:
        items = []
        for entry in entries:
            success = entry.outcome == "success"
            details = translated(details_text(entry.details))
            item = QTreeWidgetItem([local_time_seconds(entry.at), entry.actor or "—", translated(action_label(entry.action)),
                                    entry.target or "—", self.tr("succès") if success else self.tr("échec"), details])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(2, entry.action)  # the code, for whoever searches the log by code
            item.setToolTip(5, details)
            items.append(item)
        self.tree.addTopLevelItems(items)

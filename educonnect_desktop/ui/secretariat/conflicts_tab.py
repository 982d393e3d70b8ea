"""The "Conflits" tab: what two workstations changed differently, for a person to decide.

Each open conflict of the establishment, as the server recorded it: the server's value and
the value a workstation sent (this one, or another named one), when, and the rule that
stopped the server from choosing. "Garder la valeur du serveur" or "Garder la valeur du
poste" resolves it on the server, audited there and here under the logged-in staff member;
nothing is resolved without that click.
"""

from __future__ import annotations

import json
from datetime import datetime

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.labels import FIELD_LABELS, KIND_LABELS, label
from ...core.local_time import local_time
from ...errors import UserFacingError
from ...protocol import ConflictItem
from ...services.staff import StaffSession
from ...sync.conflicts import KEEP_INCOMING, KEEP_SERVER
from .. import theme
from ..my_account.section import action_button
from ..translations import translated
from ..widgets import message_label, named, show_message
from ..wizard_support import error_label
from .sync_controller import SyncController

# Marked for lupdate, translated where the header is made.
COLUMNS = (QT_TRANSLATE_NOOP("ConflictsTab", "Compte"), QT_TRANSLATE_NOOP("ConflictsTab", "Donnée"),
           QT_TRANSLATE_NOOP("ConflictsTab", "Valeur du poste"), QT_TRANSLATE_NOOP("ConflictsTab", "Valeur du serveur"),
           QT_TRANSLATE_NOOP("ConflictsTab", "Envoyée par"), QT_TRANSLATE_NOOP("ConflictsTab", "Le"))


def shown_value(value) -> str:
    if value is None or value == "":
        return "(vide)"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "oui" if value else "non"
    return json.dumps(value, ensure_ascii=False)


def when(conflict: ConflictItem) -> str:
    try:
        return local_time(datetime.fromisoformat(conflict.created_at))
    except ValueError:
        return conflict.created_at


class ConflictsTab(QWidget):
    def __init__(self, controller: SyncController, staff: StaffSession, workstation_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsTab")
        self.controller, self.staff, self.workstation_name = controller, staff, workstation_name
        self.resolved = 0  # resolutions that ended, refused ones included (tests wait on it)
        self.conflicts: list[ConflictItem] = []

        self.intro = named(QLabel(), "conflictsIntro", self.tr("Conflits à traiter"))
        self.intro.setWordWrap(True)
        self.table = named(QTableWidget(0, len(COLUMNS)), "conflictsTable", self.tr("Conflits à traiter"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ConflictsTab", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        self.side = {name: named(QLabel(), f"conflict{name.title()}Value", text) for name, text in (
            ("server", self.tr("Valeur du serveur")), ("incoming", self.tr("Valeur du poste")))}
        self.side_titles = {"server": QLabel(self.tr("Le serveur")), "incoming": QLabel()}
        self.who_label = named(QLabel(), "conflictWhoLabel", self.tr("Qui et quand"))
        self.rule_label = named(QLabel(), "conflictRuleLabel", self.tr("Pourquoi le serveur n'a pas choisi"))
        for widget in (*self.side.values(), self.who_label, self.rule_label):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for value in self.side.values():  # larger than the text around, as the text grows (200 %)
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            value.setFont(font)
        self.keep_server_button = action_button(self.tr("Garder la valeur du &serveur"), "keepServerButton",
                                                self.tr("Garder la valeur du serveur"))
        self.keep_incoming_button = action_button(self.tr("Garder la valeur du pos&te"), "keepIncomingButton",
                                                  self.tr("Garder la valeur du poste"))
        self.keep_server_button.clicked.connect(lambda: self.resolve(KEEP_SERVER))
        self.keep_incoming_button.clicked.connect(lambda: self.resolve(KEEP_INCOMING))
        self.notice = message_label("conflictsNotice", self.tr("Résultat"), theme.success_style())
        self.error = error_label("conflictsError")

        detail = QGroupBox(self.tr("Le conflit choisi"))
        grid = QGridLayout(detail)
        grid.addWidget(self.side_titles["incoming"], 0, 0)
        grid.addWidget(self.side_titles["server"], 0, 1)
        grid.addWidget(self.side["incoming"], 1, 0)
        grid.addWidget(self.side["server"], 1, 1)
        grid.addWidget(self.who_label, 2, 0, 1, 2)
        grid.addWidget(self.rule_label, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_incoming_button)
        buttons.addWidget(self.keep_server_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 2)
        self.detail = detail
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(detail)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)

        self.table.itemSelectionChanged.connect(self._show_selected)
        controller.changed.connect(self.show_conflicts)
        self.show_conflicts()

    # -- showing ------------------------------------------------------------------------
    def _is_mine(self, conflict: ConflictItem) -> bool:
        return bool(conflict.workstation) and conflict.workstation == self.workstation_name

    def _sender(self, conflict: ConflictItem) -> str:
        if self._is_mine(conflict):
            return self.tr("Ce poste")
        return self.tr("Le poste « {0} »").format(conflict.workstation) if conflict.workstation else self.tr("—")

    def show_conflicts(self) -> None:
        """The controller's list (fetched at each sync); the selection stays on the same conflict."""
        if [c.id for c in self.controller.view.conflicts] == [c.id for c in self.conflicts]:
            return
        selected = self.selected()
        self.conflicts = list(self.controller.view.conflicts)
        n = len(self.conflicts)
        choose = self.tr("Choisissez un conflit (flèches), puis la valeur à garder.")
        self.intro.setText(self.tr("Aucun conflit à traiter : les postes de l'établissement sont d'accord.") if not n
                           else self.tr("1 conflit à traiter.") + " " + choose if n == 1
                           else self.tr("{0} conflits à traiter.").format(n) + " " + choose)
        self.table.setRowCount(n)
        for row, c in enumerate(self.conflicts):
            account = " — ".join(x for x in (c.display_name, c.identifier) if x) or translated(label(KIND_LABELS, c.entity))
            cells = (account, translated(label(FIELD_LABELS, c.field)) if c.field else self.tr("Opération refusée"),
                     shown_value(c.incoming_value), shown_value(c.server_value), self._sender(c), when(c))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        keep = next((r for r, c in enumerate(self.conflicts) if selected and c.id == selected.id), 0 if n else -1)
        if keep >= 0:
            self.table.selectRow(keep)
        self._show_selected()

    def selected(self) -> ConflictItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def _show_selected(self) -> None:
        c = self.selected()
        self.detail.setEnabled(c is not None)
        if c is None:
            for value in self.side.values():
                value.setText("")
            self.side_titles["incoming"].setText(self.tr("Le poste"))
            self.who_label.setText("")
            self.rule_label.setText("")
            return
        sender = self._sender(c)
        self.side_titles["incoming"].setText(sender)
        self.side["incoming"].setText(shown_value(c.incoming_value))
        self.side["server"].setText(shown_value(c.server_value))
        what = translated(label(FIELD_LABELS, c.field)) if c.field else self.tr("une opération")
        by = (self.tr("ce poste") if self._is_mine(c) else self.tr("le poste « {0} »").format(c.workstation)
              if c.workstation else "—")
        self.who_label.setText(self.tr("{0} de {1} : envoyé par {2} le {3}.").format(
            what, c.display_name or c.identifier or "—", by, when(c)))
        self.rule_label.setText(self.tr("Règle : {0}").format(c.rule))
        self.keep_incoming_button.setText(self.tr("Garder la valeur de ce pos&te") if self._is_mine(c)
                                          else self.tr("Garder la valeur du pos&te « {0} »").format(c.workstation))
        self.keep_incoming_button.setAccessibleName(self.keep_incoming_button.text().replace("&", ""))
        for side in ("incoming", "server"):
            self.side[side].setAccessibleDescription(f"{self.side_titles[side].text()} : {self.side[side].text()}")

    # -- resolving ----------------------------------------------------------------------
    @asyncSlot()
    async def resolve(self, keep: str) -> None:
        c = self.selected()
        if c is None:
            return
        self.notice.hide()
        self.error.hide()
        for button in (self.keep_server_button, self.keep_incoming_button):
            button.setEnabled(False)
        try:
            await self.controller.resolve(c, keep, self.staff.actor)
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                show_message(self.error, translated(exc.message))
            return
        finally:
            self.resolved += 1
            if shiboken6.isValid(self):
                for button in (self.keep_server_button, self.keep_incoming_button):
                    button.setEnabled(True)
        kept = self.tr("la valeur du serveur") if keep == KEEP_SERVER else self.tr("la valeur du poste")
        show_message(self.notice, self.tr("Conflit tranché ({0} : {1}) : {2} est gardée.").format(
            c.display_name or c.identifier or "—", translated(label(FIELD_LABELS, c.field)) if c.field else "—", kept))
        self.table.setFocus()

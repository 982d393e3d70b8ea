""""Comptes": instant search, filters, the lazily fetched table and the selected account.

Typing in the search field filters after a short pause (`SEARCH_DELAY_MS`); Enter
filters at once and moves to the table; Ctrl+F comes back to the search field.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QTableView, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.labels import KIND_LABELS, STATE_LABELS
from ...errors import UserFacingError
from ...services import account_search, accounts
from ...services.account_search import AccountFilter
from ...services.dto import AccountSummary
from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import caption
from ..widgets import named
from ..wizard_support import error_label
from .account_panel import AccountPanel
from .accounts_model import AccountsModel, count_text
from .dialogs import PathProvider, choose_pdf_path
from .tracked_desk import tracked

SEARCH_DELAY_MS = 150


def _classes_and_establishments():
    """One trip to the database thread for the class filter and the establishment column."""
    return account_search.class_codes(), accounts.establishments()


class AccountsTab(QWidget):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None, *,
                 path_provider: PathProvider = choose_pdf_path) -> None:
        super().__init__(parent)
        self.setObjectName("accountsTab")
        desk = self._desk = tracked(desk)  # the panel also tracks its PDF writing
        self._select_first = False
        self.model = AccountsModel(desk, self)

        self.search_edit = named(QLineEdit(), "accountSearch", self.tr("Rechercher un compte"),
                                 self.tr("Nom, prénom ou identifiant ; les accents sont facultatifs"))
        self.search_edit.setPlaceholderText(self.tr("Nom, prénom ou identifiant (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)  # the placeholder must stay readable
        self.kind_combo = self._combo("kindFilter", self.tr("Filtrer par type"), self.tr("Tous les types"),
                                      KIND_LABELS)
        self.class_combo = self._combo("classFilter", self.tr("Filtrer par classe"), self.tr("Toutes les classes"),
                                       {})
        self.state_combo = self._combo("stateFilter", self.tr("Filtrer par état"), self.tr("Tous les états"),
                                       STATE_LABELS)
        self.count_label = named(QLabel("…"), "accountsCount", self.tr("Nombre de comptes"))
        self.error = error_label("accountsError")
        self.table = named(QTableView(), "accountsTable", self.tr("Comptes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(AccountsModel.ESTABLISHMENT_COLUMN, True)
        self._fit_label_columns()
        self.panel = AccountPanel(desk, staff, path_provider=path_provider)

        search = QHBoxLayout()
        search.addWidget(caption(self.tr("Rec&hercher :"), self.search_edit))
        search.addWidget(self.search_edit, 1)
        filters = QHBoxLayout()  # under the search field: the table's side stays narrow
        for text, combo in ((self.tr("&Type :"), self.kind_combo), (self.tr("C&lasse :"), self.class_combo),
                            (self.tr("Ét&at :"), self.state_combo)):
            filters.addWidget(caption(text, combo))
            filters.addWidget(combo)
        filters.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        QWidget.setTabOrder(self.search_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.class_combo)
        QWidget.setTabOrder(self.class_combo, self.state_combo)
        QWidget.setTabOrder(self.state_combo, self.table)
        QWidget.setTabOrder(self.table, self.panel.reset_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self._search_now)
        for combo in (self.kind_combo, self.class_combo, self.state_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.model.count_changed.connect(lambda n: self.count_label.setText(count_text(n)))
        self.model.failed.connect(self._show_error)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.modelReset.connect(self._selection_cleared)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.panel.account_changed.connect(self._account_changed)
        self.panel.privacy.accounts_erased.connect(self.reload)

    def _combo(self, object_name: str, accessible_name: str, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = named(QComboBox(), object_name, accessible_name)
        combo.addItem(everything, None)
        for code, text in labels.items():
            combo.addItem(translated(text), code)
        return combo

    # -- loading ------------------------------------------------------------------------
    def start(self) -> None:
        """First display: the class list, then every account."""
        self.apply_filter()
        self.load_classes()

    @asyncSlot()
    async def load_classes(self) -> None:
        """The class filter's list, and the establishment column when there are several."""
        try:
            codes, schools = await self._desk.call(_classes_and_establishments)
        except UserFacingError as exc:
            self._show_error(translated(exc.message))
            return
        self.model.set_establishments({e.uai: e.name for e in schools})
        self.table.setColumnHidden(AccountsModel.ESTABLISHMENT_COLUMN, len(schools) < 2)
        current = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        while self.class_combo.count() > 1:
            self.class_combo.removeItem(1)
        for code in codes:
            self.class_combo.addItem(code, code)
        index = self.class_combo.findData(current) if current else 0
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)
        if current and index < 0:
            self.apply_filter()  # the class chosen is gone

    def current_filter(self) -> AccountFilter:
        return AccountFilter(text=self.search_edit.text().strip(), kind=self.kind_combo.currentData(),
                             class_code=self.class_combo.currentData(), state=self.state_combo.currentData())

    def apply_filter(self, *_args: object) -> None:
        self._debounce.stop()
        self.error.hide()
        self.count_label.setText(self.tr("Recherche…"))
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        """After an import or letters: the same filter, fresh rows and classes."""
        self.apply_filter()
        self.load_classes()

    def _search_now(self) -> None:
        if self._debounce.isActive() or self.current_filter() != self.model.current_filter():
            self.apply_filter()
        self.table.setFocus()
        self._select_first = True
        self._page_loaded(self.model.rowCount())

    def _page_loaded(self, rows: int) -> None:
        """After Enter in the search field, the first row is selected as soon as there is one."""
        if self._select_first and not self.model.is_loading():
            self._select_first = False
            if rows and not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()

    # -- selection ----------------------------------------------------------------------
    def selected_summary(self) -> AccountSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def select_identifier(self, identifier: str) -> bool:
        row = self.model.row_of(identifier)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        summary = self.selected_summary()
        self.panel.show_account(summary.identifier if summary else "")

    def _selection_cleared(self) -> None:
        self.panel.show_account("")

    def _account_changed(self, summary: AccountSummary) -> None:
        self.model.replace(summary)
        self.model.recount()

    def _fit_label_columns(self) -> None:
        """Type and État hold a handful of known labels: as wide as the longest, measured once
        (fitting to the contents would read every row of 100,000; "Représentant légal" was cut)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        margin = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_HeaderMargin) + 16
        for column, labels in ((0, KIND_LABELS.values()), (5, STATE_LABELS.values())):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in (*map(translated, labels), title))
            header.resizeSection(column, max(header.sectionSize(column), widest + margin))

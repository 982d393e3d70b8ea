"""The accounts table's model: one page of rows at a time, fetched through the desk.

The view asks for more rows as the person scrolls (`canFetchMore` / `fetchMore`); each
page is a `search_accounts` call run off the GUI thread, and its rows are appended when
it arrives. `set_filter` starts a new generation: pages still on their way for the old
filter are thrown away when they land.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from ...core.labels import KIND_LABELS, STATE_LABELS, email_state_text, label
from ...errors import UserFacingError
from ...services import account_search
from ...services.account_search import AccountFilter
from ...services.dto import AccountSummary
from ..translations import translated

PAGE_SIZE = 100
_FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)

Index = QModelIndex | QPersistentModelIndex


def local_time(moment: datetime | None) -> str:
    """A stored (naive UTC) moment as the workstation's local date and time."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=timezone.utc).astimezone().strftime("%d/%m/%Y %H:%M")


def count_text(count: int) -> str:
    """ "1 234 comptes" (French grouping; 0 and 1 take the singular)."""
    noun = "compte" if count < 2 else "comptes"
    return f"{_FRENCH.toString(count)} {noun}"


# One function per column (but the establishment's): a cell computes, and translates, only itself.
_CELLS = (
    lambda row: translated(label(KIND_LABELS, row.kind)), lambda row: row.last_name, lambda row: row.first_name,
    lambda row: row.identifier, lambda row: row.class_code or "", lambda row: translated(label(STATE_LABELS, row.state)),
    lambda row: translated(email_state_text(row.has_email, row.email_state, row.new_email_waiting)),
    lambda row: local_time(row.last_login_at),
)


class AccountsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Type"),
        QT_TRANSLATE_NOOP("AccountsModel", "Nom"),
        QT_TRANSLATE_NOOP("AccountsModel", "Prénom"),
        QT_TRANSLATE_NOOP("AccountsModel", "Identifiant"),
        QT_TRANSLATE_NOOP("AccountsModel", "Classe"),
        QT_TRANSLATE_NOOP("AccountsModel", "État"),
        QT_TRANSLATE_NOOP("AccountsModel", "E-mail"),
        QT_TRANSLATE_NOOP("AccountsModel", "Dernière connexion"),
        QT_TRANSLATE_NOOP("AccountsModel", "Établissement"),
    )
    ESTABLISHMENT_COLUMN = 8  # shown only when the database holds several establishments

    count_changed = Signal(int)  # accounts matching the filter (all pages)
    page_loaded = Signal(int)  # rows now held
    failed = Signal(str)  # a French message

    def __init__(self, desk, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._desk = desk
        self._page_size = page_size
        self._filter = AccountFilter()
        self._rows: list[AccountSummary] = []
        self._generation = 0
        self._loading = False
        self._exhausted = True  # nothing to fetch before the first set_filter
        self.total: int | None = None
        self._tasks: set[asyncio.Task] = set()
        self.establishment_names: dict[str, str] = {}  # UAI -> name

    # -- what the view reads ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._cell(self._rows[index.row()], index.column())

    def _cell(self, row: AccountSummary, column: int) -> str:
        if column == self.ESTABLISHMENT_COLUMN:
            uai = row.establishment_uai
            return self.establishment_names.get(uai, uai) if uai else ""
        return _CELLS[column](row)

    def set_establishments(self, names: dict[str, str]) -> None:
        self.establishment_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.ESTABLISHMENT_COLUMN),
                                  self.index(len(self._rows) - 1, self.ESTABLISHMENT_COLUMN))

    def summary(self, row: int) -> AccountSummary:
        return self._rows[row]

    def row_of(self, identifier: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.identifier == identifier:
                return row
        return None

    def current_filter(self) -> AccountFilter:
        return self._filter

    def is_loading(self) -> bool:
        return self._loading

    # -- lazy fetching ------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._spawn(self._fetch_page(self._generation, self._filter, len(self._rows)))

    def set_filter(self, flt: AccountFilter) -> None:
        """Forget the rows, then count and load the first page for `flt`."""
        self.beginResetModel()
        self._generation += 1
        self._filter = flt
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.total = None
        self.endResetModel()
        self._spawn(self._count(self._generation, self._filter))
        self.fetchMore()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def replace(self, summary: AccountSummary) -> None:
        """An action changed one account: show its new state in place (even if it no longer matches)."""
        row = self.row_of(summary.identifier)
        if row is not None:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def recount(self) -> None:
        self._spawn(self._count(self._generation, self._filter))

    def _spawn(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _fetch_page(self, generation: int, flt: AccountFilter, offset: int) -> None:
        try:
            rows = await self._desk.call(account_search.search_accounts, flt, offset=offset,
                                         limit=self._page_size)
        except UserFacingError as exc:
            if generation == self._generation:
                self._loading = False
                self._exhausted = True
                self.failed.emit(translated(exc.message))
            return
        if generation != self._generation:
            return  # a page for a filter that is no longer shown
        self._loading = False
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    async def _count(self, generation: int, flt: AccountFilter) -> None:
        try:
            total = await self._desk.call(account_search.count_accounts, flt)
        except UserFacingError as exc:
            if generation == self._generation:
                self.failed.emit(translated(exc.message))
            return
        if generation == self._generation:
            self.total = total
            self.count_changed.emit(total)

    async def settle(self) -> None:
        """Wait for every page and count asked so far (tests, and before a teardown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

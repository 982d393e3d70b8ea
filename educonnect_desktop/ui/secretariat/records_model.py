"""A read-only table over the records of an import preview, formatted only when shown.

The preview of a large export holds tens of thousands of rows. Building one item per
row froze the GUI thread for a quarter of a second; this model keeps references to
the preview's own sequences ("segments", each with the function that turns one of
its records into the row's texts) and formats a row only when the view asks for it,
i.e. for the rows on screen. Setting a preview costs O(number of segments).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Segment = tuple[Sequence[Any], Callable[[Any], Sequence[str]]]
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
# Formatted rows kept: what a few screens show; scrolling back re-formats, cheaply.
_CACHE_ROWS = 2_000


class RecordsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._segments: list[Segment] = []
        self._starts: list[int] = []  # first row of each segment
        self._total = 0
        self._cache: dict[int, tuple[str, ...]] = {}

    def set_segments(self, segments: Sequence[Segment]) -> None:
        self.beginResetModel()
        self._segments = [s for s in segments if len(s[0])]
        self._starts, total = [], 0
        for items, _format in self._segments:
            self._starts.append(total)
            total += len(items)
        self._total = total
        self._cache = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_segments([])

    def row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._cache.get(row)
        if texts is None:
            segment = bisect_right(self._starts, row) - 1
            items, format_row = self._segments[segment]
            texts = tuple(str(cell) for cell in format_row(items[row - self._starts[segment]]))
            if len(self._cache) >= _CACHE_ROWS:
                self._cache.clear()
            self._cache[row] = texts
        return texts

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        texts = self.row_texts(index.row())
        return texts[index.column()] if index.column() < len(texts) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

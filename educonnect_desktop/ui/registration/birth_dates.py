"""The birth date of each child, jj/mm/aaaa: one field per child, "Ajouter un enfant" / "Retirer"."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...errors import UserFacingError
from ...services.credentials import parse_birth_date
from ..translations import translated
from ..widgets import left_to_right, named

MAX_CHILDREN = 12


def _normalised(text: str) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    return text


def read_date(text: str) -> date | None:
    """The date typed (jj/mm/aaaa, also 8 digits in a row), or None if unreadable."""
    return None if date_problem(text) else parse_birth_date(_normalised(text))


def date_problem(text: str) -> str:
    """Why the date typed cannot be used ("n'existe pas", "illisible"), or "" if it can."""
    try:
        parse_birth_date(_normalised(text))
    except UserFacingError as exc:
        return translated(exc.message)
    return ""


class _ChildRow(QWidget):
    def __init__(self, editor: BirthDatesEditor) -> None:
        super().__init__()
        self.caption = QLabel()
        self.edit = left_to_right(QLineEdit())  # digits and slashes
        self.edit.setPlaceholderText(QCoreApplication.translate("BirthDatesEditor", "jj/mm/aaaa"))
        self.edit.setMaxLength(10)
        self.caption.setBuddy(self.edit)
        self.remove_button = QPushButton(QCoreApplication.translate("BirthDatesEditor", "Retirer"))
        self.remove_button.setAutoDefault(False)  # Enter in a date field still means "Suivant"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.remove_button)

    def number(self, editor: BirthDatesEditor, n: int) -> None:
        mnemonic = "&" if n < 10 else ""
        self.caption.setText(QCoreApplication.translate("BirthDatesEditor", "Enfant {0}{1} :").format(mnemonic, n))
        named(self.edit, f"childBirthDate{n}", QCoreApplication.translate("BirthDatesEditor", "Date de naissance de l'enfant {0}").format(n),
              QCoreApplication.translate("BirthDatesEditor", "Au format jj/mm/aaaa"))
        named(self.remove_button, f"removeChild{n}", QCoreApplication.translate("BirthDatesEditor", "Retirer l'enfant {0}").format(n))


class BirthDatesEditor(QWidget):
    """Starts with one child; `dates()` is None until every field holds a readable date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("birthDatesEditor")
        self.rows: list[_ChildRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = named(QLabel(), "birthDatesHint", self.tr("Format des dates"))
        self.hint.setWordWrap(True)
        self.add_button = named(QPushButton(self.tr("Ajouter un &enfant")), "addChildButton",
                                self.tr("Ajouter un enfant"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_child)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)
        layout.addWidget(self.hint)
        self.reset()

    def add_child(self) -> _ChildRow | None:
        if len(self.rows) >= MAX_CHILDREN:
            return None
        row = _ChildRow(self)
        row.edit.textChanged.connect(self._on_changed)
        row.remove_button.clicked.connect(lambda: self.remove_child(row))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._renumber()
        row.edit.setFocus()
        return row

    def remove_child(self, row: _ChildRow) -> None:
        if len(self.rows) <= 1 or row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].edit.setFocus()

    def reset(self) -> None:
        """Back to one empty field."""
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self.add_child()

    def texts(self) -> list[str]:
        return [row.edit.text() for row in self.rows]

    def dates(self) -> list[date] | None:
        dates = [read_date(text) for text in self.texts()]
        return None if any(d is None for d in dates) else dates  # type: ignore[return-value]

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.number(self, n)
            row.remove_button.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_CHILDREN)
        self._on_changed()

    def _on_changed(self) -> None:
        problems = [self.tr("Enfant {0} : {1}").format(n, date_problem(row.edit.text()))
                    for n, row in enumerate(self.rows, start=1)
                    if len(row.edit.text().strip()) >= 8 and date_problem(row.edit.text())]
        if problems:
            self.hint.setText("\n".join(problems))
        else:
            self.hint.setText(self.tr("Une date par enfant, au format jj/mm/aaaa (par exemple 14/03/2012)."))
        self.changed.emit()

"""A guardian confirms the children linked to the account by typing their birth dates."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...flows.login import LoginPage as Pages
from ...services import first_login
from ...services.credentials import parse_birth_date
from ..widgets import left_to_right, named
from ..widgets import caption
from .base import StepPage, intro_label
from .context import LoginContext

_FULL_DATE = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*")
# While typing: digits and the usual separators only, at most "jj/mm/aaaa" plus spaces.
_TYPING = QRegularExpression(r"[\d/.\- ]{0,12}")


class ChildrenPage(StepPage):
    """As many date fields as children to confirm; which dates are expected is never shown."""

    step = Pages.CHILDREN

    def __init__(self, context: LoginContext) -> None:
        super().__init__("children", context)
        self.setTitle(self.tr("Confirmez vos enfants"))
        self.intro = intro_label("", "childrenIntro")
        self.fields: list[QLineEdit] = []
        self._rows = QWidget()
        self._form = QFormLayout(self._rows)
        self._form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._rows)
        layout.addWidget(self.error)
        layout.addStretch(1)

    async def prepare(self) -> None:
        names = await self.context.desk.call(first_login.children_names_to_confirm, self.context.session)
        self.set_count(len(names), names)

    def set_count(self, count: int, names: tuple[str, ...] = ()) -> None:
        """Build one birth-date field per child, named when the names are known (also used to
        show the page on its own)."""
        self._remove_fields()
        if count == 1:
            text = self.tr("<p>Pour confirmer que vous êtes bien le responsable de l'élève rattaché à "
                           "votre compte, saisissez sa date de naissance (jj/mm/aaaa).</p>")
        else:
            text = self.tr("<p>Pour confirmer que vous êtes bien le responsable des {0} élèves rattachés "
                           "à votre compte, saisissez leurs dates de naissance, dans l'ordre que vous "
                           "voulez (jj/mm/aaaa).</p>").format(count)
        self.intro.setText(text)
        for index in range(1, count + 1):
            child = names[index - 1] if index <= len(names) else self.tr("l'enfant {0}").format(index)
            edit = left_to_right(named(QLineEdit(), f"childBirthDate{index}",
                         self.tr("Date de naissance de {0}").format(child), self.tr("Format jj/mm/aaaa")))
            edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
            edit.setValidator(QRegularExpressionValidator(_TYPING, edit))
            edit.textChanged.connect(self.completeChanged)
            mnemonic = f"&{index}. " if index < 10 else f"{index}. "
            shown = names[index - 1] if index <= len(names) else self.tr("Enfant {0}").format(index)
            label = caption(self.tr("{0}{1} — date de naissance :").format(mnemonic, shown), edit)
            self._form.addRow(label, edit)
            self.fields.append(edit)
        if self.fields:
            self.fields[0].setFocus()
        self.completeChanged.emit()

    def _remove_fields(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = []

    def inputs_complete(self) -> bool:
        return bool(self.fields) and all(_FULL_DATE.fullmatch(f.text()) for f in self.fields)

    async def submit(self) -> None:
        dates = [parse_birth_date(field.text()) for field in self.fields]
        session = await self.context.desk.call(first_login.confirm_children, self.context.session, dates)
        self.context.flow.step_done(session)

    def clear(self) -> None:
        for field in self.fields:
            field.clear()

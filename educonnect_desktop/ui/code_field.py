"""The field for a 6-digit code received by e-mail or SMS, shared by every page that asks one.

Typing: digits, and the space some phones show ("123 456"). Pasting: a code (spaces and
all) goes in; anything else — typically the link of the same e-mail, copied by mistake — is
not squeezed into digits: the field stays as it was and `refused_paste` says, in French, why.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ..core.otp import CODE_DIGITS
from .widgets import left_to_right, named

# Marked for lupdate; CodeEdit translates them when it says them.
LINK_PASTED = QT_TRANSLATE_NOOP("CodeEdit", "Vous avez collé un lien, pas un code : saisissez le code à 6 "
                                            "chiffres indiqué dans le même message.")
NOT_A_CODE = QT_TRANSLATE_NOOP("CodeEdit", "Le texte collé n'est pas un code : le code compte 6 chiffres.")
_LINK = re.compile(r"https?://|www\.|[?&]\w+=", re.IGNORECASE)


def refusal_for_paste(text: str) -> str:
    """Why `text` cannot go into a code field ("" when it is a code)."""
    digits = "".join(text.split())
    if len(digits) == CODE_DIGITS and digits.isdigit():
        return ""
    return LINK_PASTED if _LINK.search(text) else NOT_A_CODE


class CodeEdit(QLineEdit):
    refused_paste = Signal(str)  # the French reason

    def __init__(self, object_name: str, accessible_name: str, description: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, object_name, accessible_name, description or self.tr("Code à 6 chiffres"))
        left_to_right(self)
        self.setMaxLength(CODE_DIGITS + 2)
        self.setPlaceholderText("000000")
        self.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[\d ]{0,8}"), self))

    def code(self) -> str:
        return "".join(self.text().split())

    def paste_code(self) -> None:
        text = QGuiApplication.clipboard().text()
        refusal = refusal_for_paste(text)
        if refusal:
            self.refused_paste.emit(self.tr(refusal))
            return
        self.setText("".join(text.split()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_code()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(self.paste_code)
        menu.exec(event.globalPos())
        menu.deleteLater()

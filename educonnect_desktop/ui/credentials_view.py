"""A read-only list of identifiers and provisional passwords, shown once after they are issued."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.labels import KIND_LABELS, label
from ..services.dto import IssuedCredential
from .translations import translated
from .widgets import named


def format_credentials(issued: Sequence[IssuedCredential]) -> str:
    return "\n".join(f"{translated(label(KIND_LABELS, c.kind)):<20} {c.first_name} {c.last_name:<18} "
                     f"{c.identifier:<22} {c.provisional_password or ''}" for c in issued)


def credentials_editor(parent: QWidget | None = None) -> QPlainTextEdit:
    editor = named(QPlainTextEdit(parent), "credentialsList",
                   QCoreApplication.translate("CredentialsDialog", "Identifiants et mots de passe provisoires"))
    editor.setReadOnly(True)
    editor.setTabChangesFocus(True)
    return editor


class CredentialsDialog(QDialog):
    def __init__(self, title: str, intro: str, issued: Sequence[IssuedCredential],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credentialsDialog")
        self.setWindowTitle(title)
        self.resize(640, 360)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.editor = credentials_editor(self)
        self.editor.setPlainText(format_credentials(issued))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "credentialsCloseButton", self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

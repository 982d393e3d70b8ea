""""Notez votre identifiant": the new identifier, large and selectable, before going on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWizardPage

from ..widgets import named
from .flow_wizard import TicketFlow


class IdentifierPage(QWizardPage):
    """Shown once the service has found the account; "Suivant" waits for the checkbox."""

    holds_secrets = False

    def __init__(self, flow: Callable[[], TicketFlow], intro: str) -> None:
        super().__init__()
        self._flow = flow
        self.setObjectName("identifierPage")
        self.setTitle(self.tr("Notez votre identifiant"))
        self.intro = QLabel(intro)
        self.intro.setObjectName("identifierIntro")
        self.intro.setWordWrap(True)
        self.identifier_label = named(QLabel(), "identifierValue", self.tr("Votre identifiant"))
        font = QFont(self.identifier_label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.identifier_label.setFont(font)
        self.identifier_label.setTextFormat(Qt.TextFormat.PlainText)
        self.identifier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.identifier_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.identifier_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noted_check = named(QCheckBox(self.tr("J'ai &noté mon identifiant")), "identifierNotedCheck",
                                 self.tr("J'ai noté mon identifiant"))
        self.noted_check.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.identifier_label)
        layout.addSpacing(12)
        layout.addWidget(self.noted_check)
        layout.addStretch(1)

    def initializePage(self) -> None:
        identifier = self._flow().identifier or ""
        self.identifier_label.setText(identifier)
        self.identifier_label.setAccessibleDescription(identifier)
        self.noted_check.setChecked(False)
        self.identifier_label.setFocus()

    def isComplete(self) -> bool:
        return self.noted_check.isChecked()

    def cleanupPage(self) -> None:
        self.noted_check.setChecked(False)

    def clear(self) -> None:
        self.identifier_label.clear()
        self.identifier_label.setAccessibleDescription("")
        self.noted_check.setChecked(False)

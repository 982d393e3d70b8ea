""""Votre compte est activé": the identifier once more, then "Terminer"."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from ..widgets import named
from .flow_wizard import TicketFlow


class DonePage(QWizardPage):
    holds_secrets = False

    def __init__(self, flow: Callable[[], TicketFlow], note: str = "") -> None:
        super().__init__()
        self._flow = flow
        self._note = note
        self.setObjectName("donePage")
        self.setTitle(self.tr("Votre compte est activé"))
        self.summary = named(QLabel(), "doneSummary", self.tr("Votre compte est activé"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))

    def initializePage(self) -> None:
        identifier = self._flow().identifier or ""
        text = self.tr(
            "<p>Votre compte EduConnect est activé.</p>"
            "<p>Votre identifiant : <b>{0}</b></p>"
            "<p>Connectez-vous désormais avec cet identifiant et le mot de passe que vous venez "
            "de choisir.</p>").format(html.escape(identifier))
        if self._note:
            text += f"<p>{html.escape(self._note)}</p>"
        self.summary.setText(text)
        self.summary.setAccessibleDescription(self.tr("Votre identifiant : {0}").format(identifier))
        self.summary.setFocus()

    def clear(self) -> None:
        self.summary.clear()
        self.summary.setAccessibleDescription("")

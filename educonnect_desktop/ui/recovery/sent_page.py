"""The answer to "Identifiant perdu": the same words whether or not an account matched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage

from ...flows.recovery import LostIdentifierFlow
from .answer_view import AnswerView


class SentPage(QWizardPage):
    holds_secrets = False

    def __init__(self, flow: Callable[[], LostIdentifierFlow]) -> None:
        super().__init__()
        self._flow = flow
        self.setObjectName("lostIdentifierSentPage")
        self.setTitle(self.tr("Identifiant perdu"))
        self.answer = AnswerView("lostIdentifier")
        layout = QVBoxLayout(self)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))

    def initializePage(self) -> None:
        self.answer.show_answer(self._flow().answer)
        self.answer.focus_message()

    def clear(self) -> None:
        self.answer.clear()

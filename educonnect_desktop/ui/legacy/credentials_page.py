"""The old ATEN / ATEN-élève login and password, checked against the imported directory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard

from ...services import legacy
from ...services.legacy import LegacyTicket
from ..desk import Desk
from ..registration.journey_page import JourneyPage
from ..space_hint import hinting_spaces
from ..widgets import caption, left_to_right, named

MAX_LENGTH = 128


class CredentialsPage(JourneyPage):
    """On success hands the ticket and the old password (to refuse it as the new one) to `on_verified`."""

    holds_secrets = True

    def __init__(self, desk: Desk, on_verified: Callable[[LegacyTicket, str], None]) -> None:
        super().__init__("legacyCredentials")
        self._desk = desk
        self._on_verified = on_verified
        self.setTitle(self.tr("Mon ancien compte"))
        intro = QLabel(self.tr(
            "Saisissez l'identifiant et le mot de passe de votre ancien compte ATEN (parents) ou "
            "ATEN-élève. Vous recevrez votre identifiant EduConnect et choisirez un nouveau mot de passe. "
            "L'ancien compte ne pourra plus servir ensuite."))
        intro.setObjectName("legacyIntro")
        intro.setWordWrap(True)
        self.login_edit = left_to_right(named(QLineEdit(), "legacyLogin", self.tr("Ancien identifiant")))
        self.login_edit.setMaxLength(MAX_LENGTH)
        self.password_edit = left_to_right(named(QLineEdit(), "legacyPassword", self.tr("Ancien mot de passe")))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(MAX_LENGTH)
        for edit in (self.login_edit, self.password_edit):
            edit.textChanged.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(caption(self.tr("Ancien &identifiant :"), self.login_edit), self.login_edit)
        form.addRow(caption(self.tr("Ancien &mot de passe :"), self.password_edit), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)  # the ticket is issued: no going back past it
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Suivant >"))

    def initializePage(self) -> None:
        self.clear_error()
        self.login_edit.setFocus()

    def inputs_complete(self) -> bool:
        return bool(self.login_edit.text().strip() and self.password_edit.text())

    async def submit(self) -> None:
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        self.password_edit.clear()  # refused: typed again; accepted: no longer needed on screen
        try:
            with hinting_spaces(password):
                ticket = await self._desk.call(legacy.verify_legacy, login, password)
        except Exception:
            self.password_edit.setFocus()
            raise
        self._on_verified(ticket, password)

    def cleanupPage(self) -> None:  # the start page: only a reset leaves it backwards
        self.cancel_tasks()
        self.clear_error()

    def clear(self) -> None:
        self.password_edit.clear()
        self.login_edit.clear()

""""Choisir mon mot de passe": the last step of an activation, which uses the service's ticket."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard

from ...services.session import Session
from ..desk import Desk
from ..password_field import PasswordField
from .flow_wizard import TicketFlow
from .journey_page import JourneyPage

# complete_registration / complete_transition: (ticket, password) -> Session
Completion = Callable[..., Session]


class ChoosePasswordPage(JourneyPage):
    """Password twice with live rules and strength; "Valider" spends the flow's ticket."""

    holds_secrets = True
    password_set = Signal(object)  # Session

    def __init__(self, desk: Desk, complete: Completion, flow: Callable[[], TicketFlow],
                 user_inputs: Callable[[], Sequence[str]]) -> None:
        super().__init__("choosePassword")
        self._desk = desk
        self._complete = complete
        self._flow = flow
        self._user_inputs = user_inputs
        self.setTitle(self.tr("Choisir mon mot de passe"))
        intro = QLabel(self.tr(
            "Choisissez un mot de passe personnel : au moins 8 caractères, dont 3 types parmi "
            "minuscules, majuscules, chiffres et caractères spéciaux. Ne le communiquez à personne."))
        intro.setObjectName("choosePasswordIntro")
        intro.setWordWrap(True)
        self.field = PasswordField(self)
        self.field.acceptable_changed.connect(lambda _ok: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Valider mon mot de passe"))

    def forbid(self, passwords: Sequence[str], message: str) -> None:
        """Passwords that must not be chosen again (e.g. the old account's), and why."""
        self.field.set_forbidden(passwords, message)

    def initializePage(self) -> None:
        self.clear_error()
        self.field.set_user_inputs(tuple(i for i in self._user_inputs() if i))
        self.field.setFocus()

    def inputs_complete(self) -> bool:
        return self.field.is_acceptable()

    async def submit(self) -> None:
        flow = self._flow()
        password = self.field.password()
        try:
            session = await self._desk.call(self._complete, flow.ticket, password)
        finally:
            self.field.clear()  # refused: typed again; accepted: no longer needed on screen
        flow.ticket = None
        flow.session = session
        self.password_set.emit(session)

    def cleanupPage(self) -> None:
        self.cancel_tasks()
        self.field.clear()
        self.clear_error()

    def clear(self) -> None:
        self.field.clear()
        self.field.set_forbidden(())
        self.field.set_user_inputs(())

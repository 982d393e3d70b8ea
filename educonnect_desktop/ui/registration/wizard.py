"""Journey 1: "Je n'ai pas encore d'identifiant" -> "Créer mon compte" (parents, by SMS code).

Identity -> code + children's birth dates -> "Notez votre identifiant" -> password -> done.
Without an SMS service on the workstation the wizard only points to the school's letter.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...flows.registration import RegistrationFlow, RegistrationPage
from ...services import self_registration
from ..desk import Desk
from .code_page import CodePage
from .done_page import DonePage
from .flow_wizard import FlowWizard
from .identifier_page import IdentifierPage
from .identity_page import IdentityPage
from .password_page import ChoosePasswordPage
from .unavailable_page import UnavailablePage


class RegistrationWizard(FlowWizard):
    """`journey_finished` when it ends (finished or cancelled, fields already wiped);
    `letter_route_requested` when the person without SMS service chooses the letter;
    `account_activated(Session)` once the password is set; `reset()` wipes and restarts."""

    letter_route_requested = Signal()
    flow: RegistrationFlow

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("registrationWizard")
        self.setWindowTitle(self.tr("Créer mon compte — EduConnect"))
        self.unavailable_page = UnavailablePage()
        self.unavailable_page.letter_route_requested.connect(self.letter_route_requested)
        self.identity_page = IdentityPage(desk, self.current_flow)
        self.code_page = CodePage(desk, self.current_flow)
        self.identity_page.code_sent.connect(self.code_page.show_code_sent)
        self.identifier_page = IdentifierPage(self.current_flow, self.tr(
            "Vous êtes identifié. Voici votre identifiant EduConnect : notez-le, il vous servira "
            "à chaque connexion."))
        self.password_page = ChoosePasswordPage(desk, self_registration.complete_registration,
                                                self.current_flow, self._user_inputs)
        self.password_page.password_set.connect(self.account_activated)
        self.done_page = DonePage(self.current_flow)
        for name, page in ((RegistrationPage.UNAVAILABLE, self.unavailable_page),
                           (RegistrationPage.IDENTITY, self.identity_page),
                           (RegistrationPage.CODE, self.code_page),
                           (RegistrationPage.IDENTIFIER, self.identifier_page),
                           (RegistrationPage.PASSWORD, self.password_page),
                           (RegistrationPage.DONE, self.done_page)):
            self.add_page(name, page)

    def new_flow(self) -> RegistrationFlow:
        return RegistrationFlow(sms_available=self.desk.sms_available())

    def start_page(self) -> str:
        return self.flow.start_page()

    def _user_inputs(self) -> tuple[str, ...]:
        flow = self.flow
        return (flow.identifier or "", flow.first_name, flow.last_name)

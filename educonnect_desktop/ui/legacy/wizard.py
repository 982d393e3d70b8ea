"""Journey 3: an old ATEN / ATEN-élève account becomes an EduConnect account.

Old credentials -> "Notez votre identifiant" (the new one) -> "Choisir mon mot de passe"
(not the old one) -> done. The legacy account can never be used again afterwards.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...flows.registration import LegacyFlow, LegacyPage
from ...services import legacy
from ...services.legacy import LegacyTicket
from ..desk import Desk
from ..registration.done_page import DonePage
from ..registration.flow_wizard import FlowWizard
from ..registration.identifier_page import IdentifierPage
from ..registration.password_page import ChoosePasswordPage
from .credentials_page import CredentialsPage


class LegacyWizard(FlowWizard):
    """`journey_finished` when it ends (finished or cancelled, fields already wiped);
    `account_activated(Session)` once the password is set; `reset()` wipes and restarts."""

    flow: LegacyFlow

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self._person_names: tuple[str, str] = ("", "")  # the person's, refused in the password
        self.setObjectName("legacyWizard")
        self.setWindowTitle(self.tr("Passer de mon ancien compte à EduConnect"))
        self.credentials_page = CredentialsPage(desk, self._verified)
        self.identifier_page = IdentifierPage(self.current_flow, self.tr(
            "Votre ancien compte est reconnu. Voici votre identifiant EduConnect, qui le remplace : "
            "notez-le, il vous servira à chaque connexion."))
        self.password_page = ChoosePasswordPage(desk, legacy.complete_transition, self.current_flow,
                                                self._user_inputs)
        self.password_page.password_set.connect(self.account_activated)
        self.done_page = DonePage(self.current_flow, self.tr(
            "Votre ancien compte ne peut plus être utilisé."))
        for name, page in ((LegacyPage.CREDENTIALS, self.credentials_page),
                           (LegacyPage.IDENTIFIER, self.identifier_page),
                           (LegacyPage.PASSWORD, self.password_page),
                           (LegacyPage.DONE, self.done_page)):
            self.add_page(name, page)

    def new_flow(self) -> LegacyFlow:
        return LegacyFlow()

    def start_page(self) -> str:
        return LegacyPage.CREDENTIALS

    def reset(self) -> None:
        self._person_names = ("", "")
        super().reset()

    def _verified(self, ticket: LegacyTicket, old_password: str) -> None:
        self.flow.identifier, self.flow.ticket = ticket.identifier, ticket.ticket
        self._person_names = (ticket.first_name, ticket.last_name)
        self.password_page.forbid((old_password,), self.tr(
            "Choisissez un mot de passe différent de celui de votre ancien compte."))

    def _user_inputs(self) -> tuple[str, ...]:
        return (self.flow.identifier or "", *self._person_names)

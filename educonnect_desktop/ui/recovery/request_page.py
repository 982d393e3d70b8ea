""""Mot de passe perdu", first step: the identifier and how to receive a code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizard

from ...errors import UserFacingError
from ...flows.recovery import LostPasswordFlow
from ...services import recovery
from ..desk import Desk
from ..login.base import intro_label
from ..registration.journey_page import JourneyPage
from ..widgets import caption, left_to_right
from ..widgets import named
from .channel_choice import ChannelChoice


class RequestPage(JourneyPage):
    """A commit page: a code may have been sent (and older ones revoked)."""

    def __init__(self, desk: Desk, flow: Callable[[], LostPasswordFlow]) -> None:
        super().__init__("passwordResetRequest")
        self._desk = desk
        self._flow = flow
        self.setTitle(self.tr("Mot de passe perdu"))
        intro = intro_label(self.tr(
            "Indiquez votre identifiant EduConnect. Un code pour choisir un nouveau mot de passe "
            "vous sera envoyé à l'adresse e-mail confirmée de votre compte ou, si vous êtes parent, "
            "à votre numéro de portable confirmé."), "passwordResetRequestIntro")
        self.identifier_edit = left_to_right(named(QLineEdit(), "passwordResetIdentifierEdit", self.tr("Identifiant")))
        self.identifier_edit.setMaxLength(80)
        self.identifier_edit.setPlaceholderText(self.tr("p.nom1"))
        self.identifier_edit.textChanged.connect(self.completeChanged)
        self.choice = ChannelChoice("passwordReset", self.tr("Recevoir le code"))
        form = QFormLayout()
        form.addRow(caption(self.tr("&Identifiant :"), self.identifier_edit), self.identifier_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.choice)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Recevoir un code"))

    def initializePage(self) -> None:
        self.clear_error()
        self.choice.offer_sms(self._flow().sms_available)
        self.identifier_edit.setFocus()

    def inputs_complete(self) -> bool:
        return bool(self.identifier_edit.text().strip())

    async def submit(self) -> None:
        identifier, channel = self.identifier_edit.text().strip(), self.choice.channel()
        try:
            answer = await self._desk.call(recovery.start_password_reset, identifier, channel)
        except UserFacingError:  # too many requests for this identifier
            self.identifier_edit.setFocus()
            raise
        self._flow().requested(identifier, channel, answer)

    def clear(self) -> None:
        self.identifier_edit.clear()
        self.choice.reset()

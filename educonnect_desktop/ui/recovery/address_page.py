"""The e-mail address or the mobile number to send the identifier to, then "Recevoir"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizard

from ...errors import UserFacingError
from ...flows.recovery import LostIdentifierFlow, RecoveryChannel
from ...services import recovery
from ..desk import Desk
from ..login.base import intro_label
from ..registration.journey_page import JourneyPage
from ..widgets import caption, left_to_right
from ..widgets import named


class AddressPage(JourneyPage):
    """A commit page: once asked, the message may be on its way, so there is no going back."""

    def __init__(self, desk: Desk, flow: Callable[[], LostIdentifierFlow]) -> None:
        super().__init__("lostIdentifierAddress")
        self._desk = desk
        self._flow = flow
        self.setTitle(self.tr("Identifiant perdu"))
        self.intro = intro_label("", "lostIdentifierAddressIntro")
        self.address_edit = left_to_right(named(QLineEdit(), "lostIdentifierAddressEdit", self.tr("Adresse e-mail")))
        self.address_edit.setMaxLength(254)
        self.address_edit.textChanged.connect(self.completeChanged)
        self.address_caption = caption(self.tr("&Adresse e-mail :"), self.address_edit)
        form = QFormLayout()
        form.addRow(self.address_caption, self.address_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Recevoir mon identifiant"))

    def initializePage(self) -> None:
        self.clear_error()
        by_sms = self._flow().channel == RecoveryChannel.SMS
        if by_sms:
            intro = self.tr("Indiquez le numéro de téléphone portable que vous avez confirmé dans votre "
                            "compte de parent.")
            label, name, example = self.tr("&Téléphone portable :"), self.tr("Téléphone portable"), "06 12 34 56 78"
            hints = Qt.InputMethodHint.ImhDialableCharactersOnly
        else:
            intro = self.tr("Indiquez l'adresse e-mail que vous avez confirmée dans votre compte.")
            label, name, example = self.tr("&Adresse e-mail :"), self.tr("Adresse e-mail"), "prenom.nom@exemple.fr"
            hints = Qt.InputMethodHint.ImhEmailCharactersOnly
        self.intro.setText(intro)
        self.address_caption.setText(label)
        self.address_edit.setAccessibleName(name)
        self.address_edit.setPlaceholderText(example)
        self.address_edit.setInputMethodHints(hints)
        self.address_edit.setFocus()

    def inputs_complete(self) -> bool:
        return bool(self.address_edit.text().strip())

    async def submit(self) -> None:
        flow = self._flow()
        address = self.address_edit.text().strip()
        send = (recovery.lost_identifier_by_sms if flow.channel == RecoveryChannel.SMS
                else recovery.lost_identifier_by_email)
        try:
            answer = await self._desk.call(send, address)
        except UserFacingError:  # unreadable address, a landline, too many requests
            self.address_edit.selectAll()
            self.address_edit.setFocus()
            raise
        flow.answered(address, answer)

    def clear(self) -> None:
        self.address_edit.clear()

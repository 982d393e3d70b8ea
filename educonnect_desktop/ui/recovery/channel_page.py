""""Identifiant perdu", first step: receive it by e-mail or, for a parent, by SMS."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from ...flows.recovery import LostIdentifierFlow
from ..login.base import intro_label
from .channel_choice import ChannelChoice


class ChannelPage(QWizardPage):
    holds_secrets = False

    def __init__(self, flow: Callable[[], LostIdentifierFlow]) -> None:
        super().__init__()
        self._flow = flow
        self.setObjectName("lostIdentifierChannelPage")
        self.setTitle(self.tr("Identifiant perdu"))
        intro = intro_label(self.tr(
            "Votre identifiant peut vous être envoyé à l'adresse e-mail que vous avez confirmée "
            "dans votre compte ou, si vous êtes parent, au numéro de portable confirmé. "
            "Comment souhaitez-vous le recevoir ?"), "lostIdentifierChannelIntro")
        self.choice = ChannelChoice("lostIdentifier", self.tr("Recevoir mon identifiant"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choice)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.choice.offer_sms(self._flow().sms_available)
        self.choice.focus_choice()

    def validatePage(self) -> bool:
        self._flow().choose_channel(self.choice.channel())
        return True

    def clear(self) -> None:
        self.choice.reset()

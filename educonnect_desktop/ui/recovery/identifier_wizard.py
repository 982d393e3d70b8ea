""""Identifiant perdu": channel -> e-mail address or mobile -> the (always identical) answer.

The identifier itself only travels by e-mail or SMS, to a confirmed address or mobile.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...flows.recovery import LostIdentifierFlow, LostIdentifierPage
from ..desk import Desk
from ..registration.flow_wizard import FlowWizard
from .address_page import AddressPage
from .channel_page import ChannelPage
from .sent_page import SentPage


class LostIdentifierWizard(FlowWizard):
    """`journey_finished` when it ends (finished or cancelled, fields already wiped);
    `reset()` wipes and restarts."""

    flow: LostIdentifierFlow

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("lostIdentifierWizard")
        self.setWindowTitle(self.tr("Identifiant perdu — EduConnect"))
        self.channel_page = ChannelPage(self.current_flow)
        self.address_page = AddressPage(desk, self.current_flow)
        self.sent_page = SentPage(self.current_flow)
        for name, page in ((LostIdentifierPage.CHANNEL, self.channel_page),
                           (LostIdentifierPage.ADDRESS, self.address_page),
                           (LostIdentifierPage.SENT, self.sent_page)):
            self.add_page(name, page)

    def new_flow(self) -> LostIdentifierFlow:  # type: ignore[override]
        return LostIdentifierFlow(sms_available=self.desk.sms_available())

    def start_page(self) -> str:
        return LostIdentifierPage.CHANNEL

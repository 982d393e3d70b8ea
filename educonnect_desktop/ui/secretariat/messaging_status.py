"""One line in the workspace when e-mails or SMS cannot leave this workstation, and why.

The families' screens only say "indisponible"; staff read the reason here (no gateway
address, keyring missing or locked, secret never saved...) and what to do about it.
Nothing is shown while both channels can send.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget
from qasync import asyncSlot

from ...messaging.channel_status import ChannelStatus
from ...messaging.channels import Channel
from ..translations import translated
from ..widgets import named
from .tracked_desk import SessionClosed


def status_lines(statuses: dict[str, ChannelStatus]) -> list[str]:
    lines = []
    for channel in Channel.ALL:
        status = statuses.get(channel)
        if status is None or status.available:
            continue
        if channel == Channel.EMAIL:
            line = QCoreApplication.translate("MessagingStatusLabel", "E-mails indisponibles sur ce poste (ils restent "
                                                                      "en attente) : {0}")
        else:
            line = QCoreApplication.translate("MessagingStatusLabel", "SMS indisponibles sur ce poste (ils restent en "
                                                                      "attente) : {0}")
        lines.append(line.format(translated(status.reason)))
    return lines


class MessagingStatusLabel(QLabel):
    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "messagingStatusLabel", self.tr("État de l'envoi des messages"))
        self.setWordWrap(True)
        self.desk = desk
        self.checks = 0  # finished checks (tests wait on it)
        self.statuses: dict[str, ChannelStatus] = {}
        self.hide()

    @asyncSlot()
    async def refresh(self) -> None:
        """Ask again (the keyring is read on the database thread)."""
        try:
            self.statuses = await self.desk.track(self.desk.messaging_statuses())
        except SessionClosed:
            return  # logged out meanwhile
        finally:
            self.checks += 1
        lines = status_lines(self.statuses)
        text = "\n".join(lines)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(lines))

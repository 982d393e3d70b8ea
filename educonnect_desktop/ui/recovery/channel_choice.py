""""Par e-mail" or "Par SMS (parents)": two radio buttons, arrow keys move between them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from ...flows.recovery import RecoveryChannel
from ..widgets import named


class ChannelChoice(QGroupBox):
    """E-mail is chosen by default; SMS is greyed out (and says why) without an SMS service."""

    changed = Signal(str)  # the channel now chosen

    def __init__(self, prefix: str, title: str) -> None:
        super().__init__(title)
        self.setObjectName(f"{prefix}ChannelBox")
        self.email_radio = named(QRadioButton(self.tr("Par &e-mail")), f"{prefix}EmailRadio",
                                 self.tr("Par e-mail"))
        self.sms_radio = named(QRadioButton(self.tr("Par S&MS (parents)")), f"{prefix}SmsRadio",
                               self.tr("Par SMS (parents)"),
                               self.tr("Au numéro de portable confirmé d'un compte de parent"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for radio in (self.email_radio, self.sms_radio):
            self._group.addButton(radio)
        self.email_radio.setChecked(True)
        self._group.buttonToggled.connect(self._toggled)
        self.unavailable_note = QLabel(self.tr(
            "L'envoi par SMS est indisponible sur ce poste pour le moment."))
        self.unavailable_note.setObjectName(f"{prefix}SmsUnavailableNote")
        self.unavailable_note.setWordWrap(True)
        self.unavailable_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.email_radio)
        layout.addWidget(self.sms_radio)
        layout.addWidget(self.unavailable_note)

    def offer_sms(self, available: bool) -> None:
        if not available and self.sms_radio.isChecked():
            self.email_radio.setChecked(True)
        self.sms_radio.setEnabled(available)
        self.unavailable_note.setVisible(not available)

    def channel(self) -> str:
        return RecoveryChannel.SMS if self.sms_radio.isChecked() else RecoveryChannel.EMAIL

    def focus_choice(self) -> None:
        (self.sms_radio if self.sms_radio.isChecked() else self.email_radio).setFocus()

    def reset(self) -> None:
        self.email_radio.setChecked(True)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit(self.channel())

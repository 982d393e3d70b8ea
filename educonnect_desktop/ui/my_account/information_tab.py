"""Tab "Mes informations": identifier, password, e-mail address and (guardians) mobile phone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services import my_account
from ...services.my_account import MyInformation
from ...services.session import Session
from ..desk import Desk
from .email_section import EmailSection
from .mobile_section import MobileSection
from .password_section import PasswordSection
from .section import value_label

GUARDIAN = "guardian"  # Session.kind / MyInformation.kind


class InformationTab(QWidget):
    information_changed = Signal(object)  # MyInformation, after a change made here

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myInformationTab")
        self.desk = desk
        self.session = session
        self.info: MyInformation | None = None
        self.identifier_label = value_label("myIdentifier", self.tr("Votre identifiant"))
        self.identifier_label.setText(self.tr("Identifiant : {0}").format(session.identifier))
        self.password_section = PasswordSection(desk, session)
        self.email_section = EmailSection(desk, session)
        self.mobile_section = MobileSection(desk, session)
        for section in (self.email_section, self.mobile_section):
            section.information_changed.connect(self._changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.identifier_label)
        layout.addWidget(self.password_section)
        layout.addWidget(self.email_section)
        layout.addWidget(self.mobile_section)
        layout.addStretch(1)
        # Only once it has a parent: showing a parentless widget opens it as a window of its
        # own for a moment, which takes the keyboard focus away from the families' window.
        self.mobile_section.setVisible(session.kind == GUARDIAN)

    def sections(self) -> tuple[QWidget, ...]:
        return (self.password_section, self.email_section, self.mobile_section)

    def is_busy(self) -> bool:
        return any(section.busy for section in self.sections())

    async def refresh(self) -> MyInformation:
        info = await self.desk.call(my_account.my_information, self.session)
        self.show_information(info)
        return info

    def show_information(self, info: MyInformation) -> None:
        self.info = info
        self.identifier_label.setText(self.tr("Identifiant : {0}").format(info.identifier))
        self.password_section.show_information(info)
        self.email_section.show_information(info)
        self.mobile_section.show_information(info)
        self.mobile_section.setVisible(info.can_have_mobile)

    def _changed(self, info: MyInformation) -> None:
        self.info = info
        self.information_changed.emit(info)

    def clear(self) -> None:
        """Wipe whatever was typed (secrets first)."""
        for section in self.sections():
            section.abandon()
            section.clear()
            section.clear_messages()

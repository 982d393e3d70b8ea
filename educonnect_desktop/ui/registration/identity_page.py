"""Family name, first name and mobile, then "Recevoir mon code SMS"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard

from ...flows.registration import RegistrationFlow
from ...services import self_registration
from ..desk import Desk
from ..widgets import left_to_right, named
from ..widgets import caption
from .journey_page import JourneyPage


class IdentityPage(JourneyPage):
    code_sent = Signal(object)  # CodeSent: masked mobile and validity, never the code

    def __init__(self, desk: Desk, flow: Callable[[], RegistrationFlow]) -> None:
        super().__init__("identity")
        self._desk = desk
        self._flow = flow
        self.setTitle(self.tr("Créer mon compte"))
        intro = QLabel(self.tr(
            "Indiquez votre nom et votre prénom tels que l'établissement de votre enfant les connaît, "
            "et le numéro de téléphone portable que vous lui avez donné. Vous allez recevoir un code "
            "par SMS."))
        intro.setObjectName("identityIntro")
        intro.setWordWrap(True)
        self.last_name_edit = self._edit("registrationLastName", self.tr("Nom"))
        self.first_name_edit = self._edit("registrationFirstName", self.tr("Prénom"))
        self.mobile_edit = left_to_right(self._edit("registrationMobile", self.tr("Téléphone portable")))
        self.mobile_edit.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.mobile_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.mobile_edit.setMaxLength(24)
        form = QFormLayout()
        form.addRow(caption(self.tr("&Nom :"), self.last_name_edit), self.last_name_edit)
        form.addRow(caption(self.tr("P&rénom :"), self.first_name_edit), self.first_name_edit)
        form.addRow(caption(self.tr("Téléphone p&ortable :"), self.mobile_edit), self.mobile_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Recevoir mon &code SMS"))

    def _edit(self, object_name: str, accessible_name: str) -> QLineEdit:
        edit = named(QLineEdit(), object_name, accessible_name)
        edit.setMaxLength(80)
        edit.textChanged.connect(self.completeChanged)
        return edit

    def initializePage(self) -> None:
        self.clear_error()
        self.last_name_edit.setFocus()

    def inputs_complete(self) -> bool:
        return all(edit.text().strip() for edit in (self.last_name_edit, self.first_name_edit, self.mobile_edit))

    async def submit(self) -> None:
        last, first, mobile = (self.last_name_edit.text().strip(), self.first_name_edit.text().strip(),
                               self.mobile_edit.text().strip())
        flow = self._flow()
        if flow.masked_mobile and (flow.last_name, flow.first_name, flow.mobile) == (last, first, mobile):
            return  # back from the code page, nothing changed: the code already sent still holds
        sent = await self._desk.call(self_registration.request_sms_code, last, first, mobile)
        flow.last_name, flow.first_name, flow.mobile = last, first, mobile
        flow.masked_mobile = sent.masked_mobile
        self.code_sent.emit(sent)

    def cleanupPage(self) -> None:  # the start page: only a reset leaves it backwards
        self.cancel_tasks()
        self.clear_error()

    def clear(self) -> None:
        for edit in (self.mobile_edit, self.first_name_edit, self.last_name_edit):
            edit.clear()

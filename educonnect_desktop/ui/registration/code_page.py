"""The SMS code (never shown on screen) and each child's birth date, checked together."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWizard

from ...errors import UserFacingError
from ...flows.registration import RegistrationFlow
from ...services import self_registration
from ...services.self_registration import CodeSent
from ..code_field import CodeEdit
from ..desk import Desk
from ..translations import translated
from ..widgets import named
from .birth_dates import BirthDatesEditor
from ..widgets import caption
from .journey_page import JourneyPage

CODE_DIGITS = 6


class CodePage(JourneyPage):
    holds_secrets = True

    def __init__(self, desk: Desk, flow: Callable[[], RegistrationFlow]) -> None:
        super().__init__("code")
        self._desk = desk
        self._flow = flow
        self.setTitle(self.tr("Saisissez le code reçu par SMS"))
        self.sent_label = named(QLabel(), "codeSentLabel", self.tr("Envoi du code"))
        self.sent_label.setWordWrap(True)
        self.code_edit = CodeEdit("smsCodeEdit", self.tr("Code reçu par SMS"),
                                  self.tr("Les 6 chiffres du code reçu par SMS"))
        self.code_edit.refused_paste.connect(self.show_error)
        self.code_edit.textChanged.connect(self.completeChanged)
        self.resend_button = named(QPushButton(self.tr("&Renvoyer le code")), "resendCodeButton",
                                   self.tr("Renvoyer le code"))
        self.resend_button.setAutoDefault(False)  # Enter in the code field still means "Vérifier"
        self.resend_button.clicked.connect(lambda: self.start(self.resend()))
        self.children_dates = BirthDatesEditor()
        self.children_dates.changed.connect(self.completeChanged)

        code_form = QFormLayout()
        code_form.addRow(caption(self.tr("&Code reçu par SMS :"), self.code_edit), self.code_edit)
        children_box = QGroupBox(self.tr("Date de naissance de chacun de vos enfants"))
        children_box.setObjectName("childrenBox")
        QVBoxLayout(children_box).addWidget(self.children_dates)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sent_label)
        layout.addLayout(code_form)
        layout.addWidget(children_box)
        # Below the dates: Tab goes code, each birth date, "Ajouter un enfant", then this.
        layout.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)  # once checked the code is spent: no going back past it
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Vérifier"))

    def show_code_sent(self, sent: CodeSent, again: bool = False) -> None:
        self.code_edit.clear()  # a new code: whatever was typed for the older one is void
        # The SMS goes only to a guardian the school declared: the screen cannot say it was sent.
        text = (self.tr("Si ce numéro est celui que vous avez donné à l'établissement, un nouveau code a été "
                        "envoyé au {0}, valable {1}.") if again
                else self.tr("Si ce numéro est celui que vous avez donné à l'établissement, un code a été "
                             "envoyé au {0}, valable {1}.")).format(sent.masked_mobile, translated(sent.validity))
        self.sent_label.setText(text)
        self.sent_label.setAccessibleDescription(text)

    def initializePage(self) -> None:
        self.clear_error()
        self.code_edit.setFocus()

    def code(self) -> str:
        return "".join(self.code_edit.text().split())

    def inputs_complete(self) -> bool:
        return len(self.code()) == CODE_DIGITS and self.children_dates.dates() is not None

    async def submit(self) -> None:
        flow = self._flow()
        dates = self.children_dates.dates() or []
        code = self.code()
        self.code_edit.clear()  # a refused code is typed again; an accepted one is spent
        try:
            ticket = await self._desk.call(self_registration.verify_registration, flow.last_name,
                                           flow.first_name, flow.mobile, code, dates)
        except UserFacingError:
            self.code_edit.setFocus()
            raise
        flow.birth_dates = dates
        flow.identifier, flow.ticket = ticket.identifier, ticket.ticket
        flow.first_name, flow.last_name = ticket.first_name, ticket.last_name

    async def resend(self) -> None:
        """A new code to the same mobile; the service limits how many, and says so."""
        flow = self._flow()
        self.resend_button.setEnabled(False)
        self.clear_error()
        try:
            sent = await self._desk.call(self_registration.request_sms_code, flow.last_name, flow.first_name,
                                         flow.mobile)
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        finally:
            self.resend_button.setEnabled(True)
        self.code_edit.clear()
        self.show_code_sent(sent, again=True)
        self.code_edit.setFocus()

    def cleanupPage(self) -> None:
        """ "Précédent": what was typed stays. Coming back with the same name and mobile finds
        it again (no new code is sent); a changed identity sends a new code, which clears it."""
        self.cancel_tasks()
        self.clear_error()

    def clear(self) -> None:
        self.code_edit.clear()
        self.sent_label.clear()
        self.sent_label.setAccessibleDescription("")
        self.children_dates.reset()
        self.resend_button.setEnabled(True)

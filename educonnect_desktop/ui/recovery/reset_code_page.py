"""The code received by e-mail or SMS (never shown), checked for a single-use reset token."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWizard

from ...core.otp import CODE_DIGITS
from ...errors import UserFacingError
from ...flows.recovery import LostPasswordFlow
from ...services import recovery
from ..code_field import CodeEdit
from ..desk import Desk
from ..login.base import side_button
from ..registration.journey_page import JourneyPage
from ..translations import translated
from ..widgets import caption, named, show_message
from .answer_view import AnswerView


class ResetCodePage(JourneyPage):
    """A commit page: once checked the code is spent. "Je n'ai rien reçu" explains what to do;
    "Demander un nouveau code" sends another (the service limits how many)."""

    holds_secrets = True

    def __init__(self, desk: Desk, flow: Callable[[], LostPasswordFlow]) -> None:
        super().__init__("passwordResetCode")
        self._desk = desk
        self._flow = flow
        self.setTitle(self.tr("Saisissez le code reçu"))
        self.answer = AnswerView("passwordReset")
        self.code_edit = CodeEdit("passwordResetCodeEdit", self.tr("Code reçu"),
                                  self.tr("Les 6 chiffres du code reçu par e-mail ou par SMS"))
        self.code_edit.refused_paste.connect(self.show_error)
        self.code_edit.textChanged.connect(self.completeChanged)
        self.nothing_button = side_button(self.tr("Je n'ai &rien reçu"), "passwordResetNothingButton",
                                           self.tr("Je n'ai rien reçu"))
        self.nothing_button.clicked.connect(self.explain_nothing_received)
        self.new_code_button = side_button(self.tr("&Demander un nouveau code"), "passwordResetNewCodeButton",
                                            self.tr("Demander un nouveau code"))
        self.new_code_button.clicked.connect(lambda: self.start(self.request_again()))
        self.help = named(QLabel(), "passwordResetNothingHelp", self.tr("Si vous n'avez rien reçu"))
        self.help.setWordWrap(True)
        self.help.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.help.hide()
        self.validity = named(QLabel(), "passwordResetCodeValidity", self.tr("Durée de validité du code"))
        self.validity.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("passwordResetCodeInfo")
        self.info.setWordWrap(True)
        self.info.hide()

        form = QFormLayout()
        form.addRow(caption(self.tr("&Code reçu :"), self.code_edit), self.code_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.nothing_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_code_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.answer)
        layout.addLayout(form)
        layout.addWidget(self.validity)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.help)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Vérifier le code"))

    def initializePage(self) -> None:
        self.clear_error()
        flow = self._flow()
        self.answer.show_answer(flow.answer)
        # Said here as in the message: how long the code holds.
        self.validity.setText(self.tr("Le code reçu est valable {0}.").format(
            translated(recovery.reset_code_validity(flow.channel))))
        self.code_edit.setFocus()

    def opening_focus(self) -> QLineEdit:
        """The code field, below the answer (which screen readers read as its description)."""
        return self.code_edit

    def code(self) -> str:
        return "".join(self.code_edit.text().split())

    def inputs_complete(self) -> bool:
        return len(self.code()) == CODE_DIGITS

    async def submit(self) -> None:
        flow = self._flow()
        code = self.code()
        self.code_edit.clear()  # a refused code is typed again; an accepted one is spent
        self.info.hide()
        try:
            token = await self._desk.call(recovery.verify_reset_code, flow.identifier, code)
        except UserFacingError:  # wrong (tries left), expired, too many tries, throttled
            self.code_edit.setFocus()
            raise
        flow.code_verified(token)

    def explain_nothing_received(self) -> None:
        text = self.tr(
            "Le message peut mettre quelques minutes à arriver ; pensez à regarder dans les courriers "
            "indésirables. Si rien n'arrive, c'est peut-être qu'aucune adresse e-mail ni aucun numéro "
            "de portable confirmé n'est associé à ce compte, ou que l'identifiant n'est pas le bon : "
            "adressez-vous à l'établissement, le secrétariat vous remettra une nouvelle lettre.")
        show_message(self.help, text)
        self.help.setFocus()

    async def request_again(self) -> None:
        """A new code by the same channel: the service revokes the older one and limits how many."""
        flow = self._flow()
        self.new_code_button.setEnabled(False)
        self.clear_error()
        self.info.hide()
        try:
            await self._desk.call(recovery.start_password_reset, flow.identifier or "", flow.channel)
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        finally:
            self.new_code_button.setEnabled(True)
        self.code_edit.clear()
        self.info.setText(self.tr("Une nouvelle demande a été faite. Seul le code du dernier message "
                                  "reçu est valable."))
        self.info.show()
        self.code_edit.setFocus()

    def clear(self) -> None:
        self.code_edit.clear()
        self.answer.clear()
        for label in (self.help, self.info):
            label.clear()
            label.hide()
        self.help.setAccessibleDescription("")
        self.new_code_button.setEnabled(True)

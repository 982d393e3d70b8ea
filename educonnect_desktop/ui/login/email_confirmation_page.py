"""Type the code received by e-mail; resend it, or confirm at a later login."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ...core.contact import mask_email
from ...errors import UserFacingError
from ...flows.login import LoginPage as Pages
from ...services import first_login, my_account
from ..translations import translated
from ..widgets import caption
from ..code_field import CodeEdit
from .base import StepPage, intro_label, side_button
from .context import LoginContext

CODE_LENGTH = 6


def _digits(text: str) -> str:
    return "".join(text.split())


class EmailConfirmationPage(StepPage):
    step = Pages.EMAIL_CONFIRMATION

    def __init__(self, context: LoginContext) -> None:
        super().__init__("emailConfirmation", context)
        self.setTitle(self.tr("Validez votre adresse e-mail"))
        self.intro = intro_label("", "emailConfirmationIntro")
        self.code_edit = CodeEdit("emailCode", self.tr("Code reçu par e-mail"), self.tr("Code à 6 chiffres"))
        self.code_edit.refused_paste.connect(self.show_error)
        self.code_edit.textChanged.connect(self.completeChanged)
        self.info = QLabel()
        self.info.setObjectName("emailConfirmationInfo")
        self.info.setWordWrap(True)
        self.info.hide()
        self.resend_button = side_button(self.tr("&Renvoyer un e-mail de validation"), "emailResendButton",
                                         self.tr("Renvoyer un e-mail de validation"))
        self.resend_button.clicked.connect(self.resend)
        self.later_button = side_button(self.tr("Plus &tard"), "emailConfirmationLaterButton",
                                        self.tr("Plus tard : valider l'adresse à la prochaine connexion"))
        self.later_button.clicked.connect(self.postpone)
        self.resend_task: asyncio.Task | None = None

        form = QFormLayout()
        form.addRow(caption(self.tr("&Code reçu :"), self.code_edit), self.code_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.show_address(self.context.pending_email)
        super().initializePage()
        self.code_edit.setFocus()

    async def prepare(self) -> None:
        if self.context.pending_email:
            return
        # Confirmation resumed at a later login: ask which address is waiting.
        info = await self.context.desk.call(my_account.my_information, self.context.session)
        self.show_address(info.pending_email or info.email)  # this step means one is waiting

    def show_address(self, address: str | None) -> None:
        if address:
            text = self.tr("<p>Un e-mail a été envoyé à <b>{0}</b> : saisissez le code reçu.</p>").format(
                mask_email(address))
        else:  # the address is not known (yet): say it without showing it
            text = self.tr("<p>Un e-mail a été envoyé à l'adresse que vous avez indiquée : "
                           "saisissez le code reçu.</p>")
        self.intro.setText(text + self.tr("<p>Vous ne le trouvez pas ? Regardez dans les courriers "
                                          "indésirables, ou demandez un nouvel e-mail.</p>"))

    def inputs_complete(self) -> bool:
        code = _digits(self.code_edit.text())
        return len(code) == CODE_LENGTH and code.isdigit()

    async def submit(self) -> None:
        self.info.hide()
        try:
            session = await self.context.desk.call(first_login.confirm_email, self.context.session,
                                                   _digits(self.code_edit.text()))
        except UserFacingError:
            self.code_edit.selectAll()
            self.code_edit.setFocus()
            raise
        self.clear()
        self.context.flow.step_done(session)

    def resend(self) -> None:
        if self.busy or (self.resend_task is not None and not self.resend_task.done()):
            return
        self.resend_task = asyncio.ensure_future(self._resend())

    async def _resend(self) -> None:
        self.clear_error()
        self.info.hide()
        self.resend_button.setEnabled(False)
        try:
            session = await self.context.desk.call(first_login.resend_email_confirmation, self.context.session)
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        finally:
            self.resend_button.setEnabled(True)
        self.context.flow.step_done(session)
        self.code_edit.clear()
        self.info.setText(self.tr("Un nouvel e-mail de validation a été envoyé. Seul le code de ce "
                                  "dernier e-mail est valable."))
        self.info.show()

    def postpone(self) -> None:
        if self.busy:
            return
        self.context.flow.postpone(self.step)
        self.skip()

    def cancel_tasks(self) -> None:
        if self.resend_task is not None and not self.resend_task.done():
            self.resend_task.cancel()
        super().cancel_tasks()

    def clear(self) -> None:
        self.code_edit.clear()
        self.info.hide()

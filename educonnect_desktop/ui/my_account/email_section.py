"""The e-mail address in its three states, its confirmation code, and "Modifier mon adresse mail"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services import my_account
from ...services.my_account import MyInformation
from ...services.session import Session
from ..desk import Desk
from .email_change import EmailChangePanel
from .section import (
    Section, action_button, button_row, code_complete, code_edit, field_with_button, value_label,
    wipe, section_action,
)

NONE, PENDING, CONFIRMED = "none", "pending", "confirmed"  # MyInformation.email_state


class EmailSection(Section):
    """Shows the address; while one waits for confirmation, resend and type the code."""

    information_changed = Signal(object)  # MyInformation

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adresse e-mail"), "email", desk, session, parent)
        self.info: MyInformation | None = None
        self.status_label = value_label("emailStatus", self.tr("Adresse e-mail"))
        self.pending_label = value_label("emailPendingStatus", self.tr("Adresse en attente de confirmation"))

        self.waiting = QWidget()
        self.waiting.setObjectName("emailWaiting")
        self.resend_button = action_button(self.tr("Renvoyer un e-mail de &validation"), "emailResendButton",
                                           self.tr("Renvoyer un e-mail de validation"))
        self.code_edit = code_edit("emailCodeEdit", self.tr("Code reçu par e-mail"))
        self.code_edit.refused_paste.connect(self.show_error)
        self.confirm_button = action_button(self.tr("Valider le code"), "emailCodeSubmitButton",
                                            self.tr("Valider le code reçu par e-mail"))
        self.resend_button.clicked.connect(self.resend)
        self.confirm_button.clicked.connect(self.confirm)
        self.code_edit.textChanged.connect(self.update_actions)
        self.enter_map.add(self.confirm_button, self.code_edit)
        waiting = QVBoxLayout(self.waiting)
        waiting.setContentsMargins(0, 0, 0, 0)
        waiting.addLayout(field_with_button(self.tr("&Code reçu par e-mail :"), self.code_edit,
                                            self.confirm_button))
        waiting.addLayout(button_row(self.resend_button, leading=True))

        self.change = EmailChangePanel()
        self.change.inputs_changed.connect(self.update_actions)
        self.change.preview_requested.connect(self.preview)
        self.change.send_requested.connect(self.send)
        self.enter_map.add(self.change.continue_button, self.change.new_edit, self.change.confirm_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.waiting)
        layout.addWidget(self.change)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.show_information(None)

    # -- display --------------------------------------------------------------------------
    def show_information(self, info: MyInformation | None) -> None:
        self.info = info
        state = info.email_state if info else NONE
        if info is None:
            self.status_label.clear()  # not loaded yet
        elif state == NONE or not info.email:
            self.status_label.setText(self.tr("Aucune adresse e-mail"))
        elif state == PENDING:
            self.status_label.setText(self.tr("Une adresse e-mail est en attente de confirmation : {0}")
                                      .format(info.email))
        else:
            self.status_label.setText(self.tr("Adresse e-mail confirmée : {0}").format(info.email))
        replacement = info.pending_email if info and state == CONFIRMED else None
        self.pending_label.setText(self.tr(
            "Une adresse e-mail est en attente de confirmation : {0}\n"
            "L'adresse actuelle reste utilisée tant que la nouvelle n'est pas confirmée.").format(replacement)
            if replacement else "")
        self.pending_label.setVisible(bool(replacement))
        self.waiting.setVisible(self.waiting_address() is not None)
        self.update_actions()

    def waiting_address(self) -> str | None:
        """The address whose code can be typed, if any."""
        if self.info is None:
            return None
        if self.info.pending_email:
            return self.info.pending_email
        return self.info.email if self.info.email_state == PENDING else None

    def _changed(self, info: MyInformation) -> None:
        self.show_information(info)
        self.information_changed.emit(info)

    def controls(self) -> Iterable[QWidget]:
        return (self.resend_button, self.code_edit, self.confirm_button, *self.change.controls())

    def update_actions(self, *_args: object) -> None:
        self.confirm_button.setEnabled(not self.busy and code_complete(self.code_edit))
        self.change.update_actions(self.busy)

    def clear(self) -> None:
        wipe(self.code_edit)
        self.change.close_form()

    # -- actions --------------------------------------------------------------------------
    @section_action
    async def preview(self) -> None:
        """ "Continuer": the service checks both addresses and says what will be sent where."""
        if self.busy:
            return
        new, confirmation = self.change.typed_addresses()
        async with self.working():
            preview = await self.desk.call(my_account.preview_email_change, self.session, new, confirmation)
            self.change.show_preview(preview)
            self.focus_after(self.change.send_button)
            return
        self.change.new_edit.setFocus()

    @section_action
    async def send(self) -> None:
        """ "Envoyer" on the confirmation screen: the new address now waits for its code."""
        preview = self.change.preview
        if self.busy or preview is None:
            return
        async with self.working():
            info = await self.desk.call(my_account.send_email_change, self.session, preview)
            self.change.close_form()
            self._changed(info)
            self.show_notice(self.tr("Un e-mail de validation a été envoyé à {0} : saisissez le code reçu.")
                             .format(preview.new_address))
            self.focus_after(self.code_edit)

    @section_action
    async def resend(self) -> None:
        if self.busy:
            return
        async with self.working():
            info = await self.desk.call(my_account.resend_email_validation, self.session)
            self._changed(info)
            self.show_notice(self.tr("Un nouvel e-mail de validation a été envoyé. Seul le code de ce "
                                     "dernier e-mail est valable."))
        wipe(self.code_edit)
        self.code_edit.setFocus()

    @section_action
    async def confirm(self) -> None:
        code = self.take_code(self.code_edit)
        if code is None:
            return
        async with self.working():
            info = await self.desk.call(my_account.confirm_email_code, self.session, code)
            self._changed(info)
            self.show_notice(self.tr("Votre adresse e-mail est confirmée."))
            self.focus_after(self.change.open_button)
            return
        self.code_edit.setFocus()


""""Modifier mon numéro de portable" (guardians): a code sent by SMS to the new number confirms it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.contact import InvalidPhone, normalize_phone
from ...services import my_account
from ...services.my_account import MyInformation
from ...services.session import Session
from ..desk import Desk
from ..translations import translated
from ..widgets import caption, left_to_right
from ..widgets import named
from .section import (
    Section, action_button, button_row, code_complete, code_edit, field_with_button, value_label,
    wipe, section_action,
)


def shown_number(e164: str) -> str:
    """ "+33612345678" -> "06 12 34 56 78" (as typed in France)."""
    try:
        return normalize_phone(e164).national
    except InvalidPhone:
        return e164


class MobileSection(Section):
    information_changed = Signal(object)  # MyInformation

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Numéro de portable"), "mobile", desk, session, parent)
        self.status_label = value_label("mobileStatus", self.tr("Numéro de portable"))
        self.open_button = action_button(self.tr("Modifier mon numéro de porta&ble"), "mobileChangeOpenButton",
                                         self.tr("Modifier mon numéro de portable"))
        self.open_button.clicked.connect(self.open_form)

        self.form = QWidget()
        self.form.setObjectName("mobileChangeForm")
        self.number_edit = left_to_right(named(QLineEdit(), "newMobileEdit", self.tr("Nouveau numéro de portable")))
        self.number_edit.setMaxLength(25)
        self.number_edit.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.request_button = action_button(self.tr("Recevoir un code par SMS"), "mobileCodeRequestButton",
                                            self.tr("Recevoir un code par SMS au nouveau numéro"))
        self.cancel_button = action_button(self.tr("Annuler"), "mobileChangeCancelButton",
                                           self.tr("Annuler la modification du numéro"))
        self.sent_label = value_label("mobileCodeSent", self.tr("Code envoyé"))
        self.code_edit = code_edit("mobileCodeEdit", self.tr("Code reçu par SMS"))
        self.code_edit.refused_paste.connect(self.show_error)
        self.confirm_button = action_button(self.tr("Valider le code"), "mobileCodeSubmitButton",
                                            self.tr("Valider le code reçu par SMS"))
        self.code_box = QWidget()
        self.code_box.setObjectName("mobileCodeBox")
        self.number_edit.textChanged.connect(self.update_actions)
        self.code_edit.textChanged.connect(self.update_actions)
        self.enter_map.add(self.request_button, self.number_edit)
        self.enter_map.add(self.confirm_button, self.code_edit)
        self.request_button.clicked.connect(self.request_code)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.close_form)

        code = QVBoxLayout(self.code_box)
        code.setContentsMargins(0, 0, 0, 0)
        code.addWidget(self.sent_label)
        code.addLayout(field_with_button(self.tr("Code reçu par &SMS :"), self.code_edit, self.confirm_button))
        number = QFormLayout()
        number.setContentsMargins(0, 0, 0, 0)
        number.addRow(caption(self.tr("No&uveau numéro :"), self.number_edit), self.number_edit)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addLayout(number)
        form.addLayout(button_row(self.cancel_button, self.request_button))
        form.addWidget(self.code_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(button_row(self.open_button, leading=True))
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.close_form()

    def show_information(self, info: MyInformation) -> None:
        if not info.mobile:
            text = self.tr("Aucun numéro de portable")
        elif info.mobile_confirmed:
            text = self.tr("Numéro de portable confirmé : {0}").format(shown_number(info.mobile))
        else:
            text = self.tr("Numéro de portable (non confirmé) : {0}").format(shown_number(info.mobile))
        self.status_label.setText(text)

    def controls(self) -> Iterable[QWidget]:
        return (self.number_edit, self.request_button, self.cancel_button, self.code_edit, self.confirm_button)

    def update_actions(self, *_args: object) -> None:
        self.request_button.setEnabled(not self.busy and bool(self.number_edit.text().strip()))
        self.confirm_button.setEnabled(not self.busy and code_complete(self.code_edit))

    def open_form(self) -> None:
        self.clear_messages()
        self.open_button.hide()
        self.form.show()
        self.number_edit.setFocus()

    def close_form(self) -> None:
        wipe(self.number_edit, self.code_edit)
        self.code_box.hide()
        self.form.hide()
        self.open_button.show()

    clear = close_form

    @section_action
    async def request_code(self) -> None:
        if self.busy or not self.request_button.isEnabled():
            return
        async with self.working():
            masked = await self.desk.call(my_account.request_mobile_change, self.session, self.number_edit.text())
            self.sent_label.setText(self.tr("Un code a été envoyé par SMS au {0}, valable {1}. Saisissez-le "
                                            "ci-dessous.").format(masked, translated(my_account.mobile_code_validity())))
            wipe(self.code_edit)
            self.code_box.show()
            self.focus_after(self.code_edit)
            return
        self.number_edit.setFocus()

    @section_action
    async def confirm(self) -> None:
        code = self.take_code(self.code_edit)
        if code is None:
            return
        async with self.working():
            info = await self.desk.call(my_account.confirm_mobile, self.session, code)
            self.close_form()
            self.show_information(info)
            self.information_changed.emit(info)
            self.show_notice(self.tr("Votre numéro de portable a été confirmé."))
            self.focus_after(self.open_button)
            return
        self.code_edit.setFocus()

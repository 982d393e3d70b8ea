""""Modifier mon mot de passe": the current one (re-checked, throttled), then the new one twice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...core.passwords import MAX_LENGTH
from ...services import my_account
from ...services.my_account import MyInformation
from ...services.session import Session
from ..desk import Desk
from ..password_field import PasswordField
from ..space_hint import hinting_spaces
from ..widgets import caption, left_to_right, named
from .section import Section, action_button, button_row, wipe, section_action


class PasswordSection(Section):
    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mot de passe"), "password", desk, session, parent)
        self.open_button = action_button(self.tr("Modifier mon mot de &passe"), "passwordChangeOpenButton",
                                         self.tr("Modifier mon mot de passe"))
        self.open_button.clicked.connect(self.open_form)

        self.form = QWidget()
        self.form.setObjectName("passwordChangeForm")
        self.current_edit = left_to_right(named(QLineEdit(), "currentPasswordEdit", self.tr("Mot de passe actuel")))
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.setMaxLength(MAX_LENGTH)
        self.new_field = PasswordField()
        self.new_field.setObjectName("newPasswordField")
        self.submit_button = action_button(self.tr("Enre&gistrer le mot de passe"), "passwordChangeSubmitButton",
                                           self.tr("Enregistrer le nouveau mot de passe"))
        self.cancel_button = action_button(self.tr("Annuler"), "passwordChangeCancelButton",
                                           self.tr("Annuler la modification du mot de passe"))
        self.current_edit.textChanged.connect(self.update_actions)
        self.new_field.acceptable_changed.connect(self.update_actions)
        self.submit_button.clicked.connect(self.submit)
        self.enter_map.add(self.submit_button, self.current_edit, self.new_field)
        self.cancel_button.clicked.connect(self.close_form)

        current = QFormLayout()
        current.setContentsMargins(0, 0, 0, 0)
        current.addRow(caption(self.tr("Mot de passe &actuel :"), self.current_edit), self.current_edit)
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addLayout(current)
        form.addWidget(self.new_field)
        form.addLayout(button_row(self.cancel_button, self.submit_button))
        self.form.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.open_button, leading=True))
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.update_actions()

    def show_information(self, info: MyInformation) -> None:
        """Names and identifier are refused inside the new password."""
        self.new_field.set_user_inputs((info.identifier, info.first_name, info.last_name))

    def controls(self) -> Iterable[QWidget]:
        return (self.current_edit, self.new_field, self.submit_button, self.cancel_button)

    def update_actions(self, *_args: object) -> None:
        self.submit_button.setEnabled(not self.busy and bool(self.current_edit.text())
                                      and self.new_field.is_acceptable())

    def open_form(self) -> None:
        self.clear_messages()
        self.open_button.hide()
        self.form.show()
        self.current_edit.setFocus()

    def close_form(self) -> None:
        self.clear()
        self.form.hide()
        self.open_button.show()
        self.open_button.setFocus()

    def clear(self) -> None:
        wipe(self.current_edit)
        self.new_field.clear()

    @section_action
    async def submit(self) -> None:
        if self.busy or not self.submit_button.isEnabled():
            return
        current, new = self.current_edit.text(), self.new_field.password()
        async with self.working():
            with hinting_spaces(current):
                await self.desk.call(my_account.change_password, self.session, current, new)
            self.close_form()
            self.focus_after(self.open_button)
            self.show_notice(self.tr("Votre mot de passe a été modifié."))
            return
        # Refused (wrong current password, throttled, policy): type everything again.
        self.clear()
        self.current_edit.setFocus()

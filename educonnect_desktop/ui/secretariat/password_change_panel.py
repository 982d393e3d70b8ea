"""First login of a new staff member: the provisional password must be replaced first."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot

from ...errors import UserFacingError
from ...services import my_account
from ...services.staff import StaffSession
from ..desk import Desk
from ..my_account.section import action_button, button_row
from ..password_field import PasswordField
from ..translations import translated
from ..widgets import named
from ..wizard_support import error_label


class PasswordChangePanel(QWidget):
    changed = Signal(object)  # the StaffSession, no longer owing a password change
    cancelled = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._staff: StaffSession | None = None
        self._current = ""
        self.busy = False
        self.setObjectName("staffPasswordChangePanel")
        self.title = named(QLabel(self.tr("<h2>Choisissez votre mot de passe</h2>")), "staffPasswordTitle",
                           self.tr("Choisissez votre mot de passe"))
        self.intro = named(QLabel(), "staffPasswordIntro", self.tr("Consigne"))
        self.intro.setWordWrap(True)
        self.field = PasswordField()
        self.field.setObjectName("staffNewPasswordField")
        self.error = error_label("staffPasswordError")
        self.submit_button = action_button(self.tr("&Enregistrer le mot de passe"), "staffPasswordSubmit",
                                           self.tr("Enregistrer le nouveau mot de passe"))
        self.cancel_button = action_button(self.tr("Se dé&connecter"), "staffPasswordCancel",
                                           self.tr("Se déconnecter sans changer le mot de passe"))
        box = QWidget()
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addWidget(self.field)
        inner.addWidget(self.error)
        inner.addLayout(button_row(self.cancel_button, self.submit_button))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.field.acceptable_changed.connect(self._update)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        self._update()

    def start(self, staff: StaffSession, current_password: str) -> None:
        """`current_password`: the provisional one just typed, checked again by the service."""
        self._staff, self._current = staff, current_password
        self.intro.setText(self.tr("Bonjour {0} {1}. Votre mot de passe est provisoire : choisissez votre "
                                   "propre mot de passe avant d'ouvrir l'espace du secrétariat.")
                           .format(staff.first_name, staff.last_name))
        self.field.clear()
        self.field.set_user_inputs((staff.identifier, staff.first_name, staff.last_name))
        self.field.set_forbidden((current_password,), self.tr("Choisissez un mot de passe différent du "
                                                              "mot de passe provisoire."))
        self.error.hide()
        self.field.setFocus()

    def cancel(self) -> None:
        self._forget()
        self.cancelled.emit()

    def _forget(self) -> None:
        self._staff, self._current = None, ""
        self.field.clear()

    def _update(self, *_args: object) -> None:
        self.submit_button.setEnabled(self.field.is_acceptable() and not self.busy)

    @asyncSlot()
    async def submit(self) -> None:
        if self.busy or self._staff is None or not self.field.is_acceptable():
            return
        staff = self._staff
        self.busy = True
        self._update()
        try:
            await self._desk.call(my_account.change_password, staff.session, self._current, self.field.password())
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.setAccessibleDescription(translated(exc.message))
            self.error.show()
            return
        finally:
            self.busy = False
            self._update()
        self._forget()
        self.changed.emit(dataclasses.replace(staff, must_change_password=False))

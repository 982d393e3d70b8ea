"""Replace the provisional password by one the person chooses (live rules and strength)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ...flows.login import LoginPage as Pages
from ...services import first_login
from ..password_field import PasswordField
from .base import StepPage, intro_label
from .context import LoginContext


class NewPasswordPage(StepPage):
    step = Pages.PASSWORD

    def __init__(self, context: LoginContext) -> None:
        super().__init__("newPassword", context)
        self.setTitle(self.tr("Choisissez votre mot de passe"))
        intro = intro_label(self.tr(
            "<p>Votre mot de passe provisoire ne servira plus. Choisissez un mot de passe personnel : "
            "au moins 8 caractères, dont 3 types parmi minuscules, majuscules, chiffres et "
            "caractères spéciaux. Ne le communiquez à personne.</p>"), "newPasswordIntro")
        self.field = PasswordField(self)
        self.field.acceptable_changed.connect(self._on_acceptable_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _on_acceptable_changed(self, _acceptable: bool) -> None:
        self.completeChanged.emit()

    def initializePage(self) -> None:
        super().initializePage()
        session = self.context.flow.session
        if session is not None:
            # The service also refuses the birth date; the session does not carry it.
            self.field.set_user_inputs((session.identifier, session.first_name, session.last_name))
        provisional = self.context.provisional_password
        self.field.set_forbidden((provisional,) if provisional else (), self.tr(
            "Le nouveau mot de passe doit être différent du mot de passe provisoire."))
        self.field.setFocus()

    def inputs_complete(self) -> bool:
        return self.field.is_acceptable()

    async def submit(self) -> None:
        session = await self.context.desk.call(first_login.choose_password, self.context.session,
                                               self.field.password())
        self.clear()
        self.context.flow.step_done(session)

    def clear(self) -> None:
        self.field.clear()
        self.field.set_forbidden(())
        self.context.provisional_password = None

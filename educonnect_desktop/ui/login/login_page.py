"""Identifier and password: an existing account, or the letter's provisional credentials."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWizard

from ...core.identifiers import normalize_identifier
from ...flows.login import LoginPage as Pages
from ...services import authentication
from ...services.session import Step
from ..space_hint import hinting_spaces
from ..widgets import caption, left_to_right, named
from .base import StepPage, intro_label
from .context import LoginContext

MAX_PASSWORD_LENGTH = 128  # longer than any accepted password; keeps a stuck key harmless


class LoginPage(StepPage):
    step = Pages.LOGIN

    def __init__(self, context: LoginContext) -> None:
        super().__init__("login", context)
        activation = context.activation
        if activation:
            self.setTitle(self.tr("J'ai reçu une lettre de l'établissement"))
            intro = self.tr(
                "<p>Saisissez l'<b>identifiant</b> et le <b>mot de passe provisoire</b> indiqués sur la "
                "lettre remise par l'établissement. Vous choisirez ensuite votre propre mot de passe.</p>")
        else:
            self.setTitle(self.tr("Je dispose d'un compte EduConnect"))
            intro = self.tr("<p>Saisissez votre identifiant EduConnect et votre mot de passe.</p>")
        self.intro = intro_label(intro, "loginIntro")

        self.identifier_edit = left_to_right(named(QLineEdit(), "loginIdentifier", self.tr("Identifiant")))
        self.identifier_edit.setPlaceholderText(self.tr("p.nom1"))
        self.identifier_edit.setMaxLength(64)
        password_name = self.tr("Mot de passe provisoire") if activation else self.tr("Mot de passe")
        self.password_edit = left_to_right(named(QLineEdit(), "loginPassword", password_name))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(MAX_PASSWORD_LENGTH)
        self.show_password = named(QCheckBox(self.tr("A&fficher le mot de passe")), "loginShowPassword",
                                   self.tr("Afficher le mot de passe"))
        self.show_password.toggled.connect(self._set_revealed)

        form = QFormLayout()
        form.addRow(caption(self.tr("&Identifiant :"), self.identifier_edit), self.identifier_edit)
        password_text = self.tr("Mot de passe &provisoire :") if activation else self.tr("&Mot de passe :")
        form.addRow(caption(password_text, self.password_edit), self.password_edit)
        form.addRow("", self.show_password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Se &connecter"))
        for edit in (self.identifier_edit, self.password_edit):
            edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        super().initializePage()
        self.identifier_edit.setFocus()

    def inputs_complete(self) -> bool:
        return bool(self.identifier_edit.text().strip() and self.password_edit.text())

    async def submit(self) -> None:
        identifier = normalize_identifier(self.identifier_edit.text())
        password = self.password_edit.text()
        if self.context.activation:
            # The letter's provisional password never holds a space (PROVISIONAL_ALPHABET): one
            # copied before or after it is a typing slip, as for the identifier. A chosen
            # password may hold spaces, so the other route never trims (it warns instead).
            password = password.strip()
        # The field is wiped whatever happens: a refused password is retyped, an accepted
        # one is not needed on screen any more.
        self.password_edit.clear()
        self.show_password.setChecked(False)
        try:
            with hinting_spaces(password):
                session = await self.context.desk.call(authentication.login, identifier, password)
        except Exception:
            self.password_edit.setFocus()
            raise
        # Kept only while the new password still has to be chosen, to refuse it there.
        self.context.provisional_password = password if Step.PASSWORD in session.pending_steps else None
        self.context.pending_email = None
        self.context.flow.logged_in(session)

    def _set_revealed(self, revealed: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def clear(self) -> None:
        self.password_edit.clear()
        self.show_password.setChecked(False)
        self.identifier_edit.clear()

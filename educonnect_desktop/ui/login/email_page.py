"""Give an e-mail address (twice); it can also wait for a later login ("Plus tard")."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from ...flows.login import LoginPage as Pages
from ...services import first_login
from ..widgets import left_to_right, named
from ..widgets import caption
from .base import StepPage, intro_label, side_button
from .context import LoginContext


class EmailPage(StepPage):
    step = Pages.EMAIL

    def __init__(self, context: LoginContext) -> None:
        super().__init__("email", context)
        self.setTitle(self.tr("Votre adresse e-mail"))
        intro = intro_label(self.tr(
            "<p>Indiquez une adresse e-mail personnelle. Une fois validée, votre adresse vous permettra "
            "de récupérer votre identifiant ou votre mot de passe en cas d'oubli.</p>"), "emailIntro")
        self.email_edit = left_to_right(named(QLineEdit(), "emailAddress", self.tr("Adresse e-mail")))
        self.confirm_edit = left_to_right(named(QLineEdit(), "emailConfirmation", self.tr("Confirmation de l'adresse e-mail")))
        for edit in (self.email_edit, self.confirm_edit):
            edit.setMaxLength(254)
            edit.setPlaceholderText(self.tr("prenom.nom@exemple.fr"))
            edit.textChanged.connect(self.completeChanged)
        self.later_button = side_button(self.tr("Plus &tard"), "emailLaterButton",
                                        self.tr("Plus tard : indiquer une adresse à la prochaine connexion"))
        self.later_button.clicked.connect(self.postpone)

        form = QFormLayout()
        form.addRow(caption(self.tr("&Adresse e-mail :"), self.email_edit), self.email_edit)
        form.addRow(caption(self.tr("C&onfirmation de l'adresse :"), self.confirm_edit), self.confirm_edit)
        later = QHBoxLayout()
        later.addStretch(1)
        later.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(later)

    def initializePage(self) -> None:
        super().initializePage()
        self.email_edit.setFocus()

    def inputs_complete(self) -> bool:
        return bool(self.email_edit.text().strip() and self.confirm_edit.text().strip())

    async def submit(self) -> None:
        address = self.email_edit.text().strip()
        session = await self.context.desk.call(first_login.give_email, self.context.session, address,
                                               self.confirm_edit.text())
        self.context.pending_email = address
        self.context.flow.step_done(session)

    def postpone(self) -> None:
        if self.busy:
            return
        self.context.flow.postpone(self.step)
        self.skip()

    def clear(self) -> None:
        self.email_edit.clear()
        self.confirm_edit.clear()

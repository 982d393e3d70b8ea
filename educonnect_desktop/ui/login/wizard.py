"""The login wizard (journeys 2 and 4): login, the first-login steps still owed, home.

Navigation is decided by `LoginFlow` (plain Python, tested without widgets); the
wizard only maps its page names to page ids. The wizard is forward-only: every
step changes the account on the server side, so there is no "Précédent" button.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ...flows.login import LoginFlow
from ...flows.login import LoginPage as Pages
from ..desk import Desk
from ..wizard_support import KeyboardWizard, name_wizard_buttons
from .charter_page import CharterPage
from .children_page import ChildrenPage
from .context import LoginContext
from .email_confirmation_page import EmailConfirmationPage
from .email_page import EmailPage
from .home_page import HomePage
from .links_review_page import LinksReviewPage
from .login_page import LoginPage
from .new_password_page import NewPasswordPage


_STEPS_BUTTONS = [QWizard.WizardButton.Stretch, QWizard.WizardButton.CancelButton,
                  QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton]
_HOME_BUTTONS = [QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton]


class LoginWizard(KeyboardWizard):
    """Log in (or activate with the letter), complete the owed steps, see the home page.

    `journey_finished` is emitted when the wizard ends, finished or cancelled, after
    every field has been wiped and the wizard has returned to its login page.
    """

    journey_finished = Signal()
    establishment_chosen = Signal(str)  # UAI chosen on the home page

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, activation: bool = False) -> None:
        super().__init__(parent)
        self.context = LoginContext(desk, activation=activation)
        self.setObjectName("loginWizard")
        self.setWindowTitle(self.tr("Activer mon compte EduConnect") if activation
                            else self.tr("Connexion EduConnect"))
        self.setMinimumSize(620, 520)
        name_wizard_buttons(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Forward only: a step already sent to the services is never shown again for editing.
        self.setButtonLayout(_STEPS_BUTTONS)

        self.login_page = LoginPage(self.context)
        self.charter_page = CharterPage(self.context)
        self.new_password_page = NewPasswordPage(self.context)
        self.children_page = ChildrenPage(self.context)
        self.links_review_page = LinksReviewPage(self.context)
        self.email_page = EmailPage(self.context)
        self.email_confirmation_page = EmailConfirmationPage(self.context)
        self.home_page = HomePage(self.context)
        self.home_page.establishment_chosen.connect(self.establishment_chosen)
        self.page_ids: dict[str, int] = {}
        for page in self.pages():
            self.page_ids[page.step] = self.addPage(page)
        self.setStartId(self.page_ids[Pages.LOGIN])
        self.finished.connect(self._on_finished)
        self.currentIdChanged.connect(self._show_cancel_unless_home)

    @property
    def flow(self) -> LoginFlow:
        return self.context.flow

    def pages(self) -> tuple[QWizardPage, ...]:
        return (self.login_page, self.charter_page, self.new_password_page, self.children_page,
                self.links_review_page, self.email_page, self.email_confirmation_page, self.home_page)

    def page_for(self, name: str) -> QWizardPage:
        return self.page(self.page_ids[name])

    def current_name(self) -> str | None:
        page = self.currentPage()
        return getattr(page, "step", None)

    def nextId(self) -> int:
        current = self.currentId()
        home = self.page_ids[Pages.HOME]
        if current == home:
            return -1
        target = self.page_ids[self.flow.next_page()]
        if target == current:
            # The current step is not done yet. Qt asks anyway, to choose between
            # "Suivant" and "Terminer": any later page will do, the real answer is read
            # again once the page's submit has moved the flow on.
            return home
        return target

    def _show_cancel_unless_home(self, page_id: int) -> None:
        """On the home page "Annuler" would log out without saying so: "Se déconnecter" says it."""
        self.setButtonLayout(_HOME_BUTTONS if page_id == self.page_ids[Pages.HOME] else _STEPS_BUTTONS)

    def reset(self) -> None:
        """Wipe every field (passwords first), forget the session, back to the login page."""
        self.login_page.password_edit.clear()
        self.new_password_page.field.clear()
        for page in self.pages():
            if hasattr(page, "cancel_tasks"):
                page.cancel_tasks()
            page.clear()
        self.context.forget()
        self.restart()

    def _on_finished(self, _result: int) -> None:
        self.reset()
        self.journey_finished.emit()

"""The families' start screen, like EduConnect's "Services en ligne" page.

It hosts the journeys inline (each wizard is embedded as a plain widget) so that a
kiosk never opens a second window, and it always comes back here when a journey ends.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget, QWizard

from .desk import Desk
from .keyboard import ReadingOrderFocus, enter_scope, focus_first
from .widgets import named

WizardFactory = Callable[[Desk], QWizard]


def _default_factories() -> dict[str, WizardFactory]:
    from .legacy.wizard import LegacyWizard
    from .login.wizard import LoginWizard
    from .registration.wizard import RegistrationWizard

    return {
        "login": lambda desk: LoginWizard(desk),
        "letter": lambda desk: LoginWizard(desk, activation=True),
        "registration": lambda desk: RegistrationWizard(desk),
        "legacy": lambda desk: LegacyWizard(desk),
    }


def recovery_factories() -> dict[str, WizardFactory]:
    """The recovery wizards, once they exist (issue: "Identifiant perdu", "Mot de passe perdu")."""
    try:
        from .recovery.identifier_wizard import LostIdentifierWizard
        from .recovery.password_wizard import LostPasswordWizard
    except ImportError:
        return {}
    return {"lost_identifier": LostIdentifierWizard, "lost_password": LostPasswordWizard}


class StartScreen(ReadingOrderFocus, QWidget):
    """Menu pages and the running journey, in one stack."""

    journey_started = Signal(str)
    journey_ended = Signal(str)

    def __init__(self, desk: Desk, *, factories: dict[str, WizardFactory] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._desk = desk
        self._factories = factories if factories is not None else {**_default_factories(),
                                                                   **recovery_factories()}
        self.current_journey: str | None = None
        self.wizard: QWizard | None = None
        self._stack = QStackedWidget(self)
        self.home_page = self._build_home()
        self.activation_page = self._build_activation_choice()
        self.help_page = self._build_help()
        for page in (self.home_page, self.activation_page, self.help_page):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self._stack)
        enter_scope(self)  # Enter presses the focused button of the menu pages

    # -- menu pages -----------------------------------------------------------------------
    def _title(self, text: str) -> QLabel:
        title = QLabel(text)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        return title

    def _button(self, object_name: str, text: str, accessible: str, slot) -> QPushButton:
        button = named(QPushButton(text), object_name, accessible)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    def _build_home(self) -> QWidget:
        page = QWidget()
        page.setObjectName("startHomePage")
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Services en ligne — EduConnect")))
        intro = QLabel(self.tr("Un compte unique pour accéder aux services numériques des écoles "
                               "et des établissements de vos enfants, ou des vôtres."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.login_button = self._button("startLoginButton", self.tr("Je &dispose d'un compte EduConnect"),
                                         self.tr("Je dispose d'un compte EduConnect"),
                                         lambda: self.start_journey("login"))
        self.activate_button = self._button("startActivateButton", self.tr("Je &n'ai pas de compte EduConnect"),
                                            self.tr("Je n'ai pas de compte EduConnect"),
                                            lambda: self._show_menu(self.activation_page))
        self.lost_identifier_button = self._button(
            "startLostIdentifierButton", self.tr("&Identifiant perdu"), self.tr("Identifiant perdu"),
            lambda: self._start_recovery("lost_identifier"))
        self.lost_password_button = self._button(
            "startLostPasswordButton", self.tr("&Mot de passe perdu"), self.tr("Mot de passe perdu"),
            lambda: self._start_recovery("lost_password"))
        for button in (self.login_button, self.activate_button, self.lost_identifier_button,
                       self.lost_password_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return page

    def _build_activation_choice(self) -> QWidget:
        page = QWidget()
        page.setObjectName("startActivationPage")
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Je n'ai pas de compte EduConnect")))
        self.letter_button = self._button(
            "startLetterButton",
            self.tr("J'ai reçu une &lettre de l'établissement (identifiant et mot de passe provisoire)"),
            self.tr("Activer mon compte avec la lettre de l'établissement"), lambda: self.start_journey("letter"))
        self.registration_button = self._button(
            "startRegistrationButton",
            self.tr("Je suis &parent et je n'ai pas encore d'identifiant : créer mon compte par SMS"),
            self.tr("Créer mon compte parent par SMS"), lambda: self.start_journey("registration"))
        self.legacy_button = self._button(
            "startLegacyButton", self.tr("J'avais un &ancien compte ATEN ou ATEN-élève"),
            self.tr("Passer de mon ancien compte ATEN à EduConnect"), lambda: self.start_journey("legacy"))
        back = self._button("startActivationBackButton", self.tr("< &Retour"), self.tr("Retour"), self.show_home)
        for widget in (self.letter_button, self.registration_button, self.legacy_button, back):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _build_help(self) -> QWidget:
        page = QWidget()
        page.setObjectName("startHelpPage")
        layout = QVBoxLayout(page)
        self.help_title = self._title("")
        self.help_text = named(QLabel(), "startHelpText", self.tr("Aide"))
        self.help_text.setWordWrap(True)
        back = self._button("startHelpBackButton", self.tr("< &Retour"), self.tr("Retour"), self.show_home)
        layout.addWidget(self.help_title)
        layout.addWidget(self.help_text)
        layout.addWidget(back)
        layout.addStretch(1)
        return page

    def _start_recovery(self, journey: str) -> None:
        if journey in self._factories:
            self.start_journey(journey)
            return
        # Until the recovery wizards exist, say what EduConnect says to people without a
        # confirmed address: the establishment can issue a new letter.
        self.help_title.setText(self.tr("Identifiant perdu") if journey == "lost_identifier"
                                else self.tr("Mot de passe perdu"))
        self.help_text.setText(self.tr(
            "Adressez-vous au secrétariat de l'établissement : il vous remettra une nouvelle lettre "
            "avec votre identifiant et un mot de passe provisoire."))
        self._show_menu(self.help_page)

    # -- journeys -------------------------------------------------------------------------
    def start_journey(self, journey: str) -> QWizard:
        self._drop_wizard()
        wizard = self._factories[journey](self._desk)
        wizard.setWindowFlags(Qt.WindowType.Widget)  # embedded: a kiosk never opens a window
        wizard.finished.connect(lambda _result: self.end_journey())
        letter_route = getattr(wizard, "letter_route_requested", None)
        if letter_route is not None:
            letter_route.connect(lambda: self.start_journey("letter"))
        self.wizard = wizard
        self.current_journey = journey
        self._stack.addWidget(wizard)
        self._stack.setCurrentWidget(wizard)
        wizard.show()
        focus_page = getattr(wizard, "focus_current_page", None)
        focus_page() if focus_page is not None else focus_first(wizard)
        self.journey_started.emit(journey)
        return wizard

    def end_journey(self) -> None:
        journey = self.current_journey
        self._drop_wizard()
        self.show_home()
        if journey:
            self.journey_ended.emit(journey)

    def _drop_wizard(self) -> None:
        """Forget the running journey and every value typed into it."""
        wizard, self.wizard, self.current_journey = self.wizard, None, None
        if wizard is None:
            return
        reset = getattr(wizard, "reset", None)
        if reset is not None:
            reset()
        self._stack.removeWidget(wizard)
        wizard.hide()
        wizard.deleteLater()

    def show_home(self) -> None:
        self._show_menu(self.home_page)

    def _show_menu(self, page: QWidget) -> None:
        """A menu page opens on its first button."""
        self._stack.setCurrentWidget(page)
        focus_first(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.wizard is None:
            focus_first(self._stack.currentWidget())

    def reset(self) -> None:
        """Back to the start, every field cleared (kiosk inactivity)."""
        self._drop_wizard()
        self.show_home()

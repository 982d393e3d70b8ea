"""The families' start screen, like EduConnect's "Services en ligne" page.

It hosts the journeys inline (each wizard is embedded as a plain widget) so that a
kiosk never opens a second window, and it always comes back here when a journey ends.

Below the menu, a row of language buttons (each language named in itself) puts the whole
interface in French, English or Arabic. The menu pages are rebuilt when the language
changes (Qt's LanguageChange event), which is simpler and surer than retranslating each
label; nothing typed lives on them. `reset()` (kiosk inactivity, the families' window
opened again) puts back the workstation's language for the next family.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget, QWizard,
)

from .keyboard import ReadingOrderFocus, enter_scope, focus_first
from .translations import LANGUAGE_NAMES, LANGUAGES, current_language, set_language
from .widgets import named

if TYPE_CHECKING:
    from .desk import Desk

# Each journey's wizard class is imported when its journey starts, not when the screen is built:
# together they bring the services, phonenumbers and the password field (170 ms), which the
# kiosk's first paint does without; the kiosk imports them right after it (`journey_loaders`),
# so that a family's first press does not wait. Plain import statements, not names in strings:
# PyInstaller finds what to bundle by reading them.
def _login_wizard() -> type[QWizard]:
    from .login.wizard import LoginWizard

    return LoginWizard


def _registration_wizard() -> type[QWizard]:
    from .registration.wizard import RegistrationWizard

    return RegistrationWizard


def _legacy_wizard() -> type[QWizard]:
    from .legacy.wizard import LegacyWizard

    return LegacyWizard


def _lost_identifier_wizard() -> type[QWizard]:
    from .recovery.identifier_wizard import LostIdentifierWizard

    return LostIdentifierWizard


def _lost_password_wizard() -> type[QWizard]:
    from .recovery.password_wizard import LostPasswordWizard

    return LostPasswordWizard


# journey: (its wizard's class, imported on call; keyword arguments)
_JOURNEYS: dict[str, tuple[Callable[[], type[QWizard]], dict]] = {
    "login": (_login_wizard, {}),
    "letter": (_login_wizard, {"activation": True}),
    "registration": (_registration_wizard, {}),
    "legacy": (_legacy_wizard, {}),
    "lost_identifier": (_lost_identifier_wizard, {}),
    "lost_password": (_lost_password_wizard, {}),
}


def journey_loaders() -> list[Callable[[], type[QWizard]]]:
    """Each wizard's class loader once, in the menu's order (the kiosk's warm-up, the self-check)."""
    return list(dict.fromkeys(load for load, _options in _JOURNEYS.values()))


class StartScreen(ReadingOrderFocus, QWidget):
    """Menu pages and the running journey, in one stack."""

    journey_started = Signal(str)
    journey_ended = Signal(str)

    def __init__(self, desk: Desk | None, *, parent: QWidget | None = None) -> None:
        """`desk` may come later (`attach`): the kiosk paints this screen before the services load."""
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._set_title()  # seen when the screen is a window of its own (the workstation's families window)
        self._desk = desk
        self._pending_journey: str | None = None  # pressed before the desk came (see attach)
        self.current_journey: str | None = None
        self.wizard: QWizard | None = None
        # The workstation's language, put back for the next family (see reset()).
        self.workstation_language = current_language()
        self._rebuild_pending = False
        self._stack = QStackedWidget(self)
        self.language_bar = self._build_language_bar()
        self._build_menu_pages()
        # The school's name above everything: families trust the screen they recognise.
        self.school_header = named(QLabel(), "schoolHeader", self.tr("Établissement"))
        self.school_header.setWordWrap(True)
        self.school_header.setTextFormat(Qt.TextFormat.PlainText)
        header_font = QFont(self.school_header.font())
        header_font.setBold(True)
        self.school_header.setFont(header_font)
        self.school_header.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.school_header)
        layout.addWidget(self._stack)
        # Below the menu: the screen still opens on its first button, and Tab reaches the bar.
        layout.addWidget(self.language_bar)
        enter_scope(self)  # Enter presses the focused button of the menu pages

    def show_school(self, name: str | None) -> None:
        """The header with the establishment's name (none known: no header)."""
        self.school_header.setText(name or "")
        self.school_header.setVisible(bool(name))

    # -- language ---------------------------------------------------------------------------
    def _build_language_bar(self) -> QWidget:
        bar = named(QWidget(), "languageBar", self.tr("Langue"))
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            # Named in its own language (not translated): the person who needs it reads no other.
            button = named(QPushButton(LANGUAGE_NAMES[code]), f"language_{code}_button", LANGUAGE_NAMES[code])
            button.clicked.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_buttons[code] = button
            row.addWidget(button)
        self._show_language_choice()
        return bar

    def _show_language_choice(self) -> None:
        # Plain buttons, not an exclusive group: Tab stops on each of them (a group takes one stop).
        current = current_language()
        for code, button in self.language_buttons.items():
            font = QFont(button.font())
            font.setBold(code == current)
            button.setFont(font)
            button.setAccessibleDescription(self.tr("Langue de l'interface (actuelle)") if code == current
                                            else self.tr("Langue de l'interface"))

    def choose_language(self, language: str) -> None:
        """A family's choice: the whole interface switches now (LanguageChange)."""
        if language != current_language():
            set_language(QApplication.instance(), language)
        self._show_language_choice()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            # Qt sends one event per translator installed or removed: rebuild once, after them.
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild_if_pending)

    def _rebuild_if_pending(self) -> None:
        if self._rebuild_pending:
            self.retranslate()

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("EduConnect — accueil des familles"))

    def retranslate(self) -> None:
        """The menu pages again, in the current language (a running journey is left alone)."""
        self._rebuild_pending = False
        self._set_title()
        self.language_bar.setAccessibleName(self.tr("Langue"))
        self._show_language_choice()
        if self.wizard is not None:
            return
        focused = QApplication.focusWidget()
        for page in (self.home_page, self.activation_page):
            self._stack.removeWidget(page)
            page.deleteLater()
        self._build_menu_pages()
        self._stack.setCurrentWidget(self.home_page)
        if focused in self.language_buttons.values():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)  # the person stays where they were
        else:
            focus_first(self.home_page)

    def _build_menu_pages(self) -> None:
        self.home_page = self._build_home()
        self.activation_page = self._build_activation_choice()
        for index, page in enumerate((self.home_page, self.activation_page)):
            self._stack.insertWidget(index, page)

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
            lambda: self.start_journey("lost_identifier"))
        self.lost_password_button = self._button(
            "startLostPasswordButton", self.tr("&Mot de passe perdu"), self.tr("Mot de passe perdu"),
            lambda: self.start_journey("lost_password"))
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

    # -- journeys -------------------------------------------------------------------------
    def attach(self, desk: Desk) -> None:
        """The services, once they are loaded; a journey pressed meanwhile starts now."""
        self._desk = desk
        journey, self._pending_journey = self._pending_journey, None
        if journey is not None:
            self.start_journey(journey)

    def start_journey(self, journey: str) -> QWizard | None:
        if self._desk is None:  # the first instants of the kiosk: the press is kept, not lost
            self._pending_journey = journey
            return None
        self._drop_wizard()
        load, options = _JOURNEYS[journey]
        wizard = load()(self._desk, **options)
        wizard.setWindowFlags(Qt.WindowType.Widget)  # embedded: a kiosk never opens a window
        wizard.finished.connect(lambda _result: self.end_journey())
        letter_route = getattr(wizard, "letter_route_requested", None)
        if letter_route is not None:
            letter_route.connect(lambda: self.start_journey("letter"))
        self.wizard = wizard
        self.current_journey = journey
        self.language_bar.hide()  # chosen before starting: the wizard's pages are not rebuilt
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
        self.language_bar.show()
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

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # The families' own window closed at a workstation: a family's language choice must not
        # follow the secretary into the staff screens (the application has one language at a time).
        if self.isWindow() and not event.spontaneous() and current_language() != self.workstation_language:
            set_language(QApplication.instance(), self.workstation_language)

    def reset(self) -> None:
        """Back to the start, every field cleared, in the workstation's language (kiosk inactivity)."""
        self._drop_wizard()
        if current_language() != self.workstation_language:
            set_language(QApplication.instance(), self.workstation_language)  # pages rebuilt on LanguageChange
        self._show_language_choice()
        self.show_home()

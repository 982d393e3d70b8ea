"""The families' screens with the keyboard alone: every page checked, every journey completed.

Key events only (Tab, Shift+Tab, typing, Enter, Space, Escape), sent to whatever has the
focus, in a real window on the start screen as at the workstation; real services, real
SMTP server and SMS gateway. On every page `check_screen` checks the keyboard rules
(first field focused, Tab in reading order, Enter in a field never leaves, Enter and Space
press a focused button).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from async_support import wait_for
from educonnect_desktop.services import authentication, demo
from educonnect_desktop.ui.start_screen import StartScreen
from keyboard_support import check_screen, enter, focused, key, tab_to, type_into
from smtp_support import local_smtp

pytestmark = pytest.mark.timeout(90)

NEW_PASSWORD = "Tournesol#Violet42"


@pytest.fixture
def provisional(db, fast_hashing):
    return {c.identifier: c.provisional_password for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def smtp():
    with local_smtp() as server:
        yield server


def open_screen(qtbot, desk) -> StartScreen:
    screen = StartScreen(desk)
    qtbot.addWidget(screen)
    screen.resize(820, 760)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    return screen


@pytest.fixture
def screen(qtbot, loop, desk):
    return open_screen(qtbot, desk)


async def on_page(wizard: QWizard, name: str, ready=lambda page: True) -> None:
    """Wait for the page `name`, loaded, then check the keyboard rules on it."""
    await wait_for(lambda: _current(wizard) == name and ready(wizard.currentPage())
                   and not getattr(wizard.currentPage(), "busy", False))


def _current(wizard: QWizard) -> str | None:
    for attribute in ("current_name", "current_page_name"):
        if hasattr(wizard, attribute):
            return getattr(wizard, attribute)()
    return None


# -- the start and choice screens ---------------------------------------------------------

def test_start_and_choice_screens_open_focused_and_react_to_enter_and_space(qtbot, screen):
    assert focused() is screen.login_button, "the start screen opens on its first button"
    check_screen(qtbot, screen)
    tab_to(qtbot, screen.activate_button)
    key(qtbot, Qt.Key.Key_Space)
    assert screen.activation_page.isVisible()
    assert focused() is screen.letter_button
    check_screen(qtbot, screen)
    tab_to(qtbot, screen.findChild(type(screen.letter_button), "startActivationBackButton"))
    enter(qtbot)
    assert screen.home_page.isVisible() and focused() is screen.login_button
    tab_to(qtbot, screen.lost_password_button)
    enter(qtbot)
    assert screen.current_journey == "lost_password"
    key(qtbot, Qt.Key.Key_Escape)  # leaving a journey is Escape or "Annuler", never Enter
    assert screen.current_journey is None and focused() is screen.login_button


# -- journey: letter activation with the first-login steps ----------------------------------

def test_letter_activation_with_first_login_steps_by_keyboard_alone(qtbot, loop, screen, provisional, smtp,
                                                                     fast_hashing):
    async def scenario():
        tab_to(qtbot, screen.activate_button)
        enter(qtbot)
        enter(qtbot)  # "J'ai reçu une lettre" is focused
        wizard = screen.wizard
        assert screen.current_journey == "letter"

        await on_page(wizard, "login")
        check_screen(qtbot, wizard)
        page = wizard.login_page
        assert focused() is page.identifier_edit
        qtbot.keyClicks(focused(), "j.dupont1")
        key(qtbot, Qt.Key.Key_Tab)
        assert focused() is page.password_edit, "Tab after the identifier goes to the password"
        qtbot.keyClicks(focused(), provisional["j.dupont1"])
        enter(qtbot)

        await on_page(wizard, "charter")
        check_screen(qtbot, wizard)
        tab_to(qtbot, wizard.charter_page.accept_check)
        key(qtbot, Qt.Key.Key_Space)
        enter(qtbot)

        await on_page(wizard, "password")
        check_screen(qtbot, wizard)
        field = wizard.new_password_page.field
        type_into(qtbot, field.password_edit, NEW_PASSWORD)
        type_into(qtbot, field.confirm_edit, NEW_PASSWORD)
        await wait_for(field.is_acceptable)
        enter(qtbot)

        await on_page(wizard, "children", lambda page: len(page.fields) == 2)
        check_screen(qtbot, wizard)
        type_into(qtbot, wizard.children_page.fields[0], "14/03/2012")
        type_into(qtbot, wizard.children_page.fields[1], "02/09/2010")
        enter(qtbot)

        await on_page(wizard, "email")
        check_screen(qtbot, wizard)
        type_into(qtbot, wizard.email_page.email_edit, "jean.dupont@exemple.fr")
        type_into(qtbot, wizard.email_page.confirm_edit, "jean.dupont@exemple.fr")
        enter(qtbot)

        await on_page(wizard, "email_confirmation")
        check_screen(qtbot, wizard)
        code = await smtp.code_for("jean.dupont@exemple.fr")
        type_into(qtbot, wizard.email_confirmation_page.code_edit, code)
        enter(qtbot)

        await on_page(wizard, "home", lambda page: page.home is not None)
        check_screen(qtbot, wizard)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        tab_to(qtbot, finish)  # "Se déconnecter" only when it is the focused button
        enter(qtbot)
        await wait_for(lambda: screen.current_journey is None)
        assert focused() is screen.login_button

    loop.run_until_complete(scenario())
    assert authentication.login("j.dupont1", NEW_PASSWORD, hashing=fast_hashing).pending_steps == ()

"""The families' start screen and the kiosk: routes, return after a journey, inactivity reset."""


from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from async_support import wait_for
from educonnect_desktop.ui.kiosk import KioskWindow
from educonnect_desktop.ui.start_screen import StartScreen


def test_start_screen_routes_to_each_activation_journey(qtbot, loop, desk):
    screen = StartScreen(desk)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.login_button, Qt.MouseButton.LeftButton)
    assert screen.current_journey == "login"
    screen.end_journey()
    assert screen.current_journey is None and screen.wizard is None
    qtbot.mouseClick(screen.activate_button, Qt.MouseButton.LeftButton)
    for button, journey in ((screen.letter_button, "letter"), (screen.registration_button, "registration"),
                            (screen.legacy_button, "legacy")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert screen.current_journey == journey
        screen.wizard.reject()  # "Annuler" ends the journey and comes back
        assert screen.current_journey is None
        assert screen.home_page.isVisible()
        qtbot.mouseClick(screen.activate_button, Qt.MouseButton.LeftButton)


def test_start_screen_is_keyboard_reachable(qtbot, loop, desk):
    screen = StartScreen(desk)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_home()
    for button in (screen.login_button, screen.activate_button, screen.lost_identifier_button,
                   screen.lost_password_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.objectName() and button.accessibleName()


def test_kiosk_returns_to_start_after_inactivity_with_fields_cleared(qtbot, loop, desk):
    kiosk = KioskWindow(desk, inactivity_ms=200)
    qtbot.addWidget(kiosk)
    kiosk.show()
    screen = kiosk.start_screen
    wizard = screen.start_journey("login")
    fields = [w for w in wizard.findChildren(QLineEdit) if w.isVisible()]
    assert fields
    qtbot.keyClicks(fields[0], "j.dupont1")

    async def idle():
        await wait_for(lambda: screen.current_journey is None, timeout=5)

    loop.run_until_complete(idle())
    assert screen.home_page.isVisible()
    assert screen.wizard is None


def test_kiosk_cannot_be_closed_by_the_person_at_the_kiosk(qtbot, loop, desk):
    kiosk = KioskWindow(desk)
    qtbot.addWidget(kiosk)
    kiosk.show()
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    assert not kiosk.findChildren(type(kiosk.menuBar())) or not kiosk.menuBar().actions()
    kiosk.allow_close = True
    kiosk.close()


def test_a_press_before_the_services_load_starts_its_journey_once_they_do(qtbot, loop, desk):
    """The kiosk is painted before its desk exists (`attach`): Enter on the first button in that
    instant is kept, and the journey opens as soon as the desk comes, its first field focused."""
    kiosk = KioskWindow(inactivity_ms=60_000)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.activateWindow()
    loop.run_until_complete(wait_for(lambda: QApplication.activeWindow() is kiosk, timeout=5))
    screen = kiosk.start_screen
    screen.show_home()
    assert QApplication.focusWidget() is screen.login_button  # the screen opens on its first button
    qtbot.keyClick(screen.login_button, Qt.Key.Key_Space)
    assert screen.current_journey is None and screen.home_page.isVisible()  # nothing to start it with yet
    kiosk.attach(desk)
    assert screen.current_journey == "login" and screen.wizard is not None
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and screen.wizard.isAncestorOf(focused), focused
    screen.wizard.reject()
    assert screen.current_journey is None and screen.home_page.isVisible()


def test_each_journey_loads_its_wizard_and_the_warm_up_loads_them_all():
    """What the kiosk imports after its first paint is what its buttons start."""
    from PySide6.QtWidgets import QWizard

    from educonnect_desktop.ui import start_screen

    loaders = start_screen.journey_loaders()
    for journey, (load, _options) in start_screen._JOURNEYS.items():
        assert issubclass(load(), QWizard) and load in loaders, journey
    assert len(loaders) == 5  # "letter" opens the login wizard too

"""The main window and the first start, driven like a person would (offscreen)."""


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from async_support import wait_for
from educonnect_desktop.services import accounts, demo
from educonnect_desktop.store.models import AuditEvent
from educonnect_desktop.ui.first_run import FirstRunDialog
from educonnect_desktop.ui.main_window import MainWindow


def test_window_shows_establishment_and_counts(qtbot, loop, desk, db_path, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    window = MainWindow(desk, db_path)
    qtbot.addWidget(window)
    window.show()
    loop.run_until_complete(window.refresh())
    assert "DÉMO" in window.establishments_label.text()
    assert window.counts["students"].text() == "6"
    assert window.counts["guardians"].text() == "6"
    assert window.first_run_button.isVisible(), "no administrator yet: first start is offered"


def test_empty_database_offers_first_start_and_creates_admin_and_demo(qtbot, loop, desk, db_path):
    window = MainWindow(desk, db_path)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        await window.refresh()
        await window.offer_first_run()
        dialog = window.first_run_dialog
        assert dialog.isVisible()
        assert not dialog.create_button.isEnabled()
        qtbot.keyClicks(dialog.first_name, "Anne")
        qtbot.keyClicks(dialog.last_name, "Martin")
        qtbot.keyClicks(dialog.password, "Secr3tariat!")
        assert not dialog.create_button.isEnabled(), "confirmation still missing"
        qtbot.keyClicks(dialog.confirm, "Secr3tariat!")
        assert dialog.create_button.isEnabled()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: dialog.admin_identifier is not None)
        assert "a.martin1" in dialog.result_label.text()
        assert "l.dupont1" in dialog.demo_credentials.toPlainText()
        assert dialog.password.text() == "" and dialog.confirm.text() == ""
        # The demo is audited under the administrator just created, not under nobody.
        assert AuditEvent.get(AuditEvent.action == "establishment.load_demo").actor == "a.martin1"
        dialog.accept()
        await wait_for(lambda: window.counts["students"].text() == "6")
        await wait_for(lambda: not window.first_run_button.isVisible())
        # An administrator exists now: the staff login comes before anything else.
        assert window.pages.currentWidget() is window.staff_view
        assert window.staff_view.currentWidget() is window.staff_view.login_panel

    loop.run_until_complete(scenario())
    assert accounts.overview().staff == 1


def test_first_start_shows_policy_problems_and_keeps_create_disabled(qtbot, loop, desk):
    dialog = FirstRunDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Anne")
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.password, "court")
    assert "8 caractères" in dialog.policy_label.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "autre")
    assert "ne correspondent pas" in dialog.policy_label.text()


def test_every_interactive_widget_is_named_for_accessibility(qtbot, loop, desk, db_path):
    window = MainWindow(desk, db_path)
    dialog = FirstRunDialog(desk)
    for top in (window, dialog):
        qtbot.addWidget(top)
        for widget in top.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
                continue
            if widget.metaObject().className().startswith(("QScrollBar", "QStackedWidget", "QWidget",
                                                          "QMenuBar", "QGroupBox", "QFrame")):
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_the_families_screen_shows_the_schools_name_above_its_menu(qtbot, loop, desk, db_path, fast_hashing):
    from educonnect_desktop.services import demo as demo_service
    from educonnect_desktop.services.dto import EstablishmentInfo
    from educonnect_desktop.services.dto import school_to_show

    window = MainWindow(desk, db_path)
    qtbot.addWidget(window)
    window.show()
    loop.run_until_complete(window.refresh())
    window.open_families_window()
    qtbot.addWidget(window.families_window)
    assert window.families_window.school_header.isHidden()  # an empty database: no school to name
    demo_service.load_demo(hashing=fast_hashing)
    loop.run_until_complete(window.refresh())
    window.open_families_window()
    header = window.families_window.school_header
    assert not header.isHidden() and header.text() == demo_service.DEMO_NAME
    assert header.objectName() == "schoolHeader" and header.accessibleName()
    assert header.geometry().bottom() < window.families_window.login_button.mapTo(
        window.families_window, window.families_window.login_button.rect().topLeft()).y()
    real = EstablishmentInfo("0751234A", "Collège Jean Moulin", False)
    assert school_to_show([EstablishmentInfo("0999999X", "Démo", True), real]) == "Collège Jean Moulin"

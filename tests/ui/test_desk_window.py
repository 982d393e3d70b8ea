"""The secretariat's window at the keyboard: one families window, Ctrl+Q, lock and login texts.

Issue 9 ("the desk is rough where a secretary looks"): every check drives the real
widgets with key events, or measures the real widgets' geometry against their text.
"""

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from async_support import wait_for
from educonnect_desktop.services import authentication
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.store.models import Account, GuardianLink
from educonnect_desktop.ui.start_screen import StartScreen
from test_secretariat_workspace import ADMIN_PASSWORD, log_in, make_window, open_as_admin, school  # noqa: F401


def families_windows() -> list[StartScreen]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible()]


def press(qtbot, button) -> None:
    """Tab to a button and press Space, as a keyboard user does."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_the_families_window_opens_once_and_comes_back_cleared(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        await window.start()
        button = window.staff_view.login_panel.families_button
        press(qtbot, button)
        first = window.families_window
        qtbot.addWidget(first)
        assert families_windows() == [first]
        press(qtbot, first.activate_button)  # a family starts a journey, then walks away
        wizard = first.start_journey("letter")
        qtbot.keyClicks(wizard.currentPage().findChildren(QLineEdit)[0], "j.dupont1")

        press(qtbot, button)
        assert families_windows() == [first], "no second families window"
        assert first.wizard is None and first.current_journey is None, "the half-done journey is gone"
        assert first.findChild(QLineEdit) is None or all(e.text() == "" for e in first.findChildren(QLineEdit))
        assert first.login_button.hasFocus() or first.focusWidget() is first.login_button

    loop.run_until_complete(scenario())


def test_ctrl_q_quits_the_main_window_and_the_families_window(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        await window.start()
        press(qtbot, window.staff_view.login_panel.families_button)
        families = window.families_window
        qtbot.addWidget(families)
        assert families.isVisible()
        window.activateWindow()
        await wait_for(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.staff_view.login_panel.identifier_edit, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier)
        await wait_for(lambda: not window.isVisible())
        assert not families.isVisible(), "Quitter closes the families window too"

    loop.run_until_complete(scenario())


def whole_text_shown(label: QLabel) -> bool:
    """A word-wrapped label is tall enough for its text at its width."""
    return label.height() >= label.heightForWidth(label.width())


def inside_the_window(widget, window) -> bool:
    """The widget's whole rectangle lies in the window's visible area (not scrolled away)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_locked_by_hand_says_so_and_the_text_is_not_clipped(qtbot, loop, make_window):
    window = make_window()
    window.resize(760, 480)  # smaller than the workspace would like

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        window.activateWindow()
        await wait_for(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(workspace.accounts.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        lock = window.staff_view.lock_panel
        assert window.staff_view.is_locked()
        assert "inactivité" not in lock.intro.text(), "locked by hand, not after inactivity"
        assert "Anne Martin" in lock.intro.text() and "verrouillée" in lock.intro.text()
        await wait_for(lambda: lock.intro.width() > 0)
        QApplication.processEvents()
        assert whole_text_shown(lock.intro)
        for widget in (lock.intro, lock.password_edit, lock.submit_button, lock.switch_button):
            assert inside_the_window(widget, window), widget.objectName()
        await window.staff_view.settle()

    loop.run_until_complete(scenario())


def test_locked_after_inactivity_says_so(qtbot, loop, make_window):
    window = make_window(lock_after_ms=200)

    async def scenario():
        await open_as_admin(qtbot, window)
        await wait_for(window.staff_view.is_locked, timeout=3)
        assert "après une période d'inactivité" in window.staff_view.lock_panel.intro.text()

    loop.run_until_complete(scenario())


def test_login_fields_keep_their_height_after_an_error(qtbot, loop, make_window):
    window = make_window()
    window.resize(760, 480)

    async def scenario():
        await window.start()
        panel = window.staff_view.login_panel
        await log_in(qtbot, window, "a.martin1", "mauvais")
        await wait_for(lambda: panel.error.isVisible())
        QApplication.processEvents()
        for edit in (panel.identifier_edit, panel.password_edit):
            assert edit.height() >= edit.sizeHint().height(), edit.objectName()
        assert whole_text_shown(panel.error) and whole_text_shown(panel.intro)

    loop.run_until_complete(scenario())


def test_the_staff_window_stays_inside_the_screen(qtbot, loop, make_window):
    window = make_window()
    available = QGuiApplication.primaryScreen().availableGeometry()

    async def scenario():
        await window.start()
        window.resize(700, 460)
        await log_in(qtbot, window, "a.martin1", ADMIN_PASSWORD)
        workspace = window.staff_view.workspace
        await workspace.accounts.model.settle()
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= available.width()
        assert window.minimumSizeHint().height() <= available.height()
        assert available.contains(window.frameGeometry()) or (
            window.width() <= available.width() and window.height() <= available.height())

    loop.run_until_complete(scenario())


# -- audit log: French, readable, not cut -----------------------------------------------------

def test_the_audit_log_reads_in_french_with_whole_dates(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        tabs = workspace.tabs
        tabs.setFocus()
        qtbot.keyClick(tabs, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # "&Journal d'audit"
        view = workspace.audit
        await wait_for(lambda: view.loaded_pages >= 1 and view.tree.topLevelItemCount() > 0)
        QApplication.processEvents()
        rows = view.rows()
        actions = {r[2] for r in rows}
        assert "Connexion" in actions and "Démonstration chargée" in actions
        assert not any("." in action and " " not in action for action in actions), actions
        assert all(re.fullmatch(r"\d\d/\d\d/\d{4} à \d\d:\d\d:\d\d", r[0]) for r in rows)
        assert any("type : Personnel" in r[5] for r in rows), [r[5] for r in rows]
        metrics = view.tree.fontMetrics()
        header = view.tree.header()
        for column in range(5):  # every column but the last (details) shows its whole text
            widest = max(metrics.horizontalAdvance(r[column]) for r in rows)
            assert header.sectionSize(column) >= widest, (column, header.sectionSize(column), widest)

    loop.run_until_complete(scenario())


# -- the account panel ------------------------------------------------------------------------

async def select_with_keys(qtbot, workspace, text, identifier):
    """Type in the search field, Enter: the first matching row is selected and shown."""
    tab = workspace.accounts
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tab.search_edit, text)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    await wait_for(lambda: tab.panel.details is not None and tab.panel.details.summary.identifier == identifier)
    return tab.panel


def test_the_panel_says_an_account_is_locked_and_shows_the_address_plainly(qtbot, loop, make_window, school,
                                                                              fast_hashing):
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            authentication.login("h.dupont1", "mauvais", hashing=fast_hashing)
    Account.update(email="sophie.dupont@exemple.fr").where(Account.identifier == "s.dupont1").execute()
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select_with_keys(qtbot, workspace, "h.dupont1", "h.dupont1")
        state = panel.view.values["state"].text()
        assert "bloqué après trop d'essais infructueux, jusqu'au" in state, state
        panel.unlock_button.setFocus()
        qtbot.keyClick(panel.unlock_button, Qt.Key.Key_Space)
        await wait_for(lambda: panel.finished_actions == 1 and not panel.busy)
        assert "bloqué" not in panel.view.values["state"].text()

        panel = await select_with_keys(qtbot, workspace, "s.dupont1", "s.dupont1")
        email = panel.view.values["email"].text()
        assert email == "sophie.dupont@exemple.fr (non confirmée)", email
        assert "Aucune" not in email

    loop.run_until_complete(scenario())


def test_guardian_links_are_not_cut_off(qtbot, loop, make_window, school):
    student = Account.get(Account.identifier == "n.ndiaye-legall1")
    for identifier, level in (("k.benali1", 2), ("c.martin1", 0), ("m.lefevre1", 0)):
        GuardianLink.create(student=student, guardian=Account.get(Account.identifier == identifier),
                            legal_level=level)
    window = make_window()
    window.resize(1000, 520)

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select_with_keys(qtbot, workspace, "ndiaye-legall", "n.ndiaye-legall1")
        QApplication.processEvents()
        links = panel.view.values["guardians"]
        shown = html.unescape(links.text()).split("<br>")
        assert [line.split(" (")[0] for line in shown] == ["Aminata N'Diaye", "Karim Benali", "Claire Martin",
                                                           "Marc Lefèvre"], "legal guardians 1 and 2 first"
        assert whole_text_shown(links)
        widest_word = max(links.fontMetrics().horizontalAdvance(w) for line in shown for w in line.split())
        assert links.width() >= widest_word
        # The whole details view is reachable: inside a scroll area, never squeezed below its size.
        view = panel.view
        assert panel.details_scroll.widget() is view
        assert view.height() >= view.minimumSizeHint().height()
        assert view.height() >= view.heightForWidth(view.width()) if view.hasHeightForWidth() else True

    loop.run_until_complete(scenario())


# -- import without an establishment name -------------------------------------------------------

def test_the_import_dialog_asks_for_a_new_establishments_name(qtbot, loop, desk, db, fast_hashing, tmp_path):
    from pathlib import Path

    from educonnect_desktop.services import setup, staff
    from educonnect_desktop.store.models import Establishment
    from educonnect_desktop.ui.secretariat.import_dialog import FILES, PREVIEW, ImportDialog

    data = Path(__file__).parents[1] / "importers" / "data"
    files = [data / "ElevesSansAdresses.xml", data / "ResponsablesAvecAdresses.xml"]
    admin = setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=fast_hashing)
    session = staff.staff_login(admin.identifier, ADMIN_PASSWORD, hashing=fast_hashing)
    dialog = ImportDialog(desk, session, None, choose_files=lambda parent, kind: list(files),
                          choose_pdf=lambda parent, suggested: tmp_path / suggested)
    qtbot.addWidget(dialog)
    dialog.show()

    async def scenario():
        press(qtbot, dialog.files_page.add_button)
        before = dialog.finished_tasks
        press(qtbot, dialog.analyse_button)
        await wait_for(lambda: dialog.finished_tasks > before)
        assert dialog.step() == FILES, "no preview of an establishment without a name"
        assert "L'établissement 0751234A n'existe pas encore dans la base : indiquez son nom" in dialog.error.text()
        assert dialog.files_page.name_edit.hasFocus() or dialog.focusWidget() is dialog.files_page.name_edit
        qtbot.keyClicks(dialog.files_page.name_edit, "College Jean Moulin")  # QTest types ASCII only
        before = dialog.finished_tasks
        press(qtbot, dialog.analyse_button)
        await wait_for(lambda: dialog.finished_tasks > before)
        assert dialog.step() == PREVIEW and not dialog.error.isVisible()
        assert Establishment.select().count() == 0, "a preview writes nothing"

    loop.run_until_complete(scenario())

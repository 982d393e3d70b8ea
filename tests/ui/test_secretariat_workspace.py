"""The secretariat desk driven like a staff member would: login, lock, accounts, staff."""

import asyncio
import os
import stat
import time

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QWidget)

from async_support import wait_for
from mnemonic_support import clashes_on_every_page
from qt_session_support import log_in
from educonnect_desktop.services import authentication, demo, setup, staff
from educonnect_desktop.services.authentication import InvalidCredentials
from educonnect_desktop.services.throttling import Throttled
from educonnect_desktop.store.models import GuardianLink
from educonnect_desktop.ui.main_window import MainWindow
from educonnect_desktop.ui.secretariat.workspace import Workspace

ADMIN_PASSWORD = "Secr3tariat!"
NEW_PASSWORD = "Bur3au-Vie-Scolaire"


@pytest.fixture
def school(db, fast_hashing):
    setup.create_first_administrator("Anne", "Martin", ADMIN_PASSWORD, hashing=fast_hashing)
    return {c.identifier: c for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def make_window(qtbot, loop, desk, db_path, school, tmp_path):
    async def letter_path(_parent, suggested):
        return tmp_path / suggested

    def make(lock_after_ms=60_000):
        window = MainWindow(desk, db_path, lock_after_ms=lock_after_ms,
                            workspace_factory=lambda d, s: Workspace(d, s, path_provider=letter_path))
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        return window

    return make


async def open_as_admin(qtbot, window):
    await window.start()
    await log_in(qtbot, window, "a.martin1", ADMIN_PASSWORD)
    workspace = window.staff_view.workspace
    assert workspace is not None and workspace.isVisible()
    await workspace.accounts.model.settle()
    await wait_for(lambda: workspace.messaging_status.checks >= 1)  # nothing left in flight
    return workspace


async def select(workspace, identifier):
    tab = workspace.accounts
    await tab.model.settle()
    assert tab.select_identifier(identifier)
    await wait_for(lambda: tab.panel.details is not None and tab.panel.details.summary.identifier == identifier)
    return tab.panel


async def open_links(qtbot, workspace, identifier):
    panel = await select(workspace, identifier)
    qtbot.mouseClick(panel.links_button, Qt.MouseButton.LeftButton)
    assert panel.links_dialog.isVisible()
    return panel


async def accept_confirmation(qtbot, panel):
    await wait_for(lambda: panel.findChild(QMessageBox, "confirmDialog") is not None)
    box = panel.findChild(QMessageBox, "confirmDialog")
    qtbot.mouseClick(box.findChild(QPushButton, "confirmAcceptButton"), Qt.MouseButton.LeftButton)


async def finish(panel, count):
    await wait_for(lambda: panel.finished_actions == count and not panel.busy)


def test_staff_login_refuses_a_wrong_password_then_opens_the_workspace(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        await window.start()
        view = window.staff_view
        assert window.pages.currentWidget() is view and view.currentWidget() is view.login_panel
        await log_in(qtbot, window, "a.martin1", "mauvais")
        assert view.login_panel.error.text() == "Identifiant ou mot de passe incorrect."
        assert view.login_panel.password_edit.text() == ""
        await log_in(qtbot, window, "a.martin1", ADMIN_PASSWORD)
        workspace = view.workspace
        assert view.currentWidget() is workspace
        titles = [workspace.tabs.tabText(i).replace("&", "") for i in range(workspace.tabs.count())]
        assert titles == ["Comptes", "Messages", "Journal d'audit", "Personnel"]
        assert workspace.import_button.isEnabled() and workspace.letters_button.isEnabled()
        assert "Anne Martin — Administrateur" == workspace.who_label.text()

        qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)
        assert view.currentWidget() is view.login_panel and view.workspace is None
        assert view.login_panel.identifier_edit.text() == ""
        await view.settle()

    loop.run_until_complete(scenario())


def test_staff_login_is_throttled_with_a_french_message(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        await window.start()
        for _ in range(5):
            await log_in(qtbot, window, "a.martin1", "mauvais")
        await log_in(qtbot, window, "a.martin1", ADMIN_PASSWORD)
        assert window.staff_view.login_panel.error.text() == "Trop de tentatives. Réessayez dans 1 minute."
        assert window.staff_view.workspace is None

    loop.run_until_complete(scenario())


def test_the_workspace_locks_when_idle_and_only_its_owner_unlocks_it(qtbot, loop, make_window):
    window = make_window(lock_after_ms=1500)  # long enough to open the dialog first, on a loaded machine

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        view = window.staff_view
        panel = await open_links(qtbot, workspace, "c.lefevre1")
        dialog = panel.links_dialog
        assert dialog.isVisible()

        await wait_for(view.is_locked, timeout=10)
        assert not workspace.isVisible() and not dialog.isVisible(), "nothing of the workspace on screen"
        lock = view.lock_panel
        assert lock.identifier_edit.text() == "a.martin1" and lock.identifier_edit.isReadOnly()
        qtbot.keyClicks(lock.password_edit, "mauvais")
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
        await wait_for(lambda: not lock.error.isHidden())
        assert view.is_locked() and lock.error.text() == "Identifiant ou mot de passe incorrect."
        qtbot.keyClicks(lock.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
        await wait_for(lambda: not view.is_locked())
        assert view.workspace is workspace and workspace.isVisible() and dialog.isVisible()

        window.activateWindow()
        await wait_for(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(workspace.accounts.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert view.is_locked(), "Ctrl+L locks at once"
        qtbot.mouseClick(lock.switch_button, Qt.MouseButton.LeftButton)
        assert view.currentWidget() is view.login_panel and view.workspace is None
        assert dialog.result() == dialog.DialogCode.Rejected
        await view.settle()

    loop.run_until_complete(scenario())


def test_opening_the_families_screen_locks_the_workspace_first(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        qtbot.mouseClick(workspace.families_button, Qt.MouseButton.LeftButton)
        qtbot.addWidget(window.families_window)
        assert window.staff_view.is_locked() and not workspace.isVisible()
        assert window.families_window.isVisible()

    loop.run_until_complete(scenario())


def test_admin_adds_a_secretary_who_must_choose_a_password_and_has_no_staff_tab(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        tab = workspace.staff_tab
        await wait_for(lambda: tab.loaded_rows == 1)
        qtbot.keyClicks(tab.first_name, "Paul")
        qtbot.keyClicks(tab.last_name, "Bernard")
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: tab.loaded_rows == 2)
        issued = tab.issued.toPlainText().split()
        assert "p.bernard1" in issued and "Secrétariat" in tab.table.item(1, 3).text() + tab.table.item(0, 3).text()
        provisional = issued[-1]
        assert "p.bernard1" in tab.notice.text()

        qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)
        view = window.staff_view
        await log_in(qtbot, window, "p.bernard1", provisional)
        changer = view.password_panel
        assert view.currentWidget() is changer and view.workspace is None
        assert not changer.submit_button.isEnabled()
        qtbot.keyClicks(changer.field.password_edit, provisional)
        qtbot.keyClicks(changer.field.confirm_edit, provisional)
        assert not changer.submit_button.isEnabled(), "the provisional password is refused"
        changer.field.clear()
        qtbot.keyClicks(changer.field.password_edit, NEW_PASSWORD)
        qtbot.keyClicks(changer.field.confirm_edit, NEW_PASSWORD)
        assert changer.submit_button.isEnabled()
        qtbot.mouseClick(changer.submit_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: view.workspace is not None)
        secretary = view.workspace
        assert not secretary.staff.must_change_password and secretary.staff_tab is None
        assert secretary.settings_button is None, "the messaging settings are for administrators"
        assert [secretary.tabs.tabText(i).replace("&", "") for i in range(secretary.tabs.count())] == [
            "Comptes", "Messages", "Journal d'audit"]
        assert staff.staff_login("p.bernard1", NEW_PASSWORD).role == "secretariat"
        await secretary.accounts.model.settle()
        await view.settle()

    loop.run_until_complete(scenario())


def test_an_abandoned_password_change_goes_back_to_the_login(qtbot, loop, make_window, fast_hashing):
    admin = staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing)
    issued = staff.create_staff(admin, "Eve", "Roux", "secretariat", hashing=fast_hashing)
    window = make_window(lock_after_ms=200)

    async def scenario():
        await window.start()
        view = window.staff_view
        await log_in(qtbot, window, issued.identifier, issued.provisional_password)
        assert view.currentWidget() is view.password_panel
        await wait_for(lambda: view.currentWidget() is view.login_panel, timeout=3)
        assert view.password_panel.field.password() == "" and view.workspace is None

    loop.run_until_complete(scenario())


def test_reset_password_writes_the_letter_and_revokes_the_old_password(qtbot, loop, make_window, school, tmp_path,
                                                                       fast_hashing):
    window = make_window()
    old = school["l.dupont1"].provisional_password

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select(workspace, "l.dupont1")
        view_text = panel.view.text()
        assert "Léa Dupont" in view_text and "6 A" in view_text and "Non activé" in view_text
        assert "Jean Dupont (j.dupont1) — Responsable légal 1" in view_text
        assert "Mot de passe provisoire valable jusqu'au" in view_text
        qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
        await accept_confirmation(qtbot, panel)
        await finish(panel, 1)
        assert panel.error.isHidden(), panel.error.text()
        letter = tmp_path / "lettre-l.dupont1.pdf"
        assert str(letter) in panel.notice.text()
        assert letter.read_bytes().startswith(b"%PDF")
        if os.name == "posix":  # it carries a provisional password: private to the user
            assert stat.S_IMODE(letter.stat().st_mode) == 0o600

    loop.run_until_complete(scenario())
    with pytest.raises(InvalidCredentials):
        authentication.login("l.dupont1", old, hashing=fast_hashing)


def test_cancelled_confirmation_changes_nothing(qtbot, loop, make_window, school, fast_hashing):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select(workspace, "h.dupont1")
        qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: panel.findChild(QMessageBox, "confirmDialog") is not None)
        box = panel.findChild(QMessageBox, "confirmDialog")
        qtbot.mouseClick(box.findChild(QPushButton, "confirmCancelButton"), Qt.MouseButton.LeftButton)
        await wait_for(lambda: panel.findChild(QMessageBox, "confirmDialog") is None)
        assert panel.finished_actions == 0

    loop.run_until_complete(scenario())
    authentication.login("h.dupont1", school["h.dupont1"].provisional_password, hashing=fast_hashing)


def test_unlock_after_throttling_then_disable_and_enable(qtbot, loop, make_window, school, fast_hashing):
    password = school["h.dupont1"].provisional_password
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            authentication.login("h.dupont1", "mauvais", hashing=fast_hashing)
    with pytest.raises(Throttled):
        authentication.login("h.dupont1", password, hashing=fast_hashing)
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        model = workspace.accounts.model
        panel = await select(workspace, "h.dupont1")
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        await finish(panel, 1)
        assert "h.dupont1 peut à nouveau se connecter" in panel.notice.text()

        qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
        await accept_confirmation(qtbot, panel)
        await finish(panel, 2)
        row = model.row_of("h.dupont1")
        assert model.data(model.index(row, 5)) == "Désactivé"
        assert panel.view.values["state"].text() == "Désactivé"
        assert panel.disable_button.text().replace("&", "") == "Réactiver"
        assert not panel.reset_button.isEnabled()

        qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)  # no question to re-enable
        await finish(panel, 3)
        assert model.data(model.index(row, 5)) == "Non activé"

    loop.run_until_complete(scenario())
    authentication.login("h.dupont1", password, hashing=fast_hashing)


def slow_database_work():
    time.sleep(0.3)


def test_logout_while_a_service_answers_deletes_the_workspace_only_afterwards(qtbot, loop, make_window, desk):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select(workspace, "h.dupont1")
        busy_database = asyncio.ensure_future(desk.call(slow_database_work))  # the unlock waits behind it
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: workspace.desk.in_flight > 0)
        qtbot.mouseClick(workspace.logout_button, Qt.MouseButton.LeftButton)
        await asyncio.sleep(0.05)
        assert shiboken6.isValid(workspace), "kept while the call is in flight"
        await window.staff_view.settle()
        await wait_for(lambda: not shiboken6.isValid(workspace))
        await busy_database

    loop.run_until_complete(scenario())


def test_links_dialog_adds_and_removes_a_link(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await open_links(qtbot, workspace, "c.lefevre1")
        editor = panel.links_dialog.editor
        assert editor.links_list.count() == 1 and "m.lefevre1" in editor.links_list.item(0).text()

        qtbot.keyClicks(editor.other_edit, "k.benali1")
        editor.level_combo.setCurrentIndex(editor.level_combo.findData(2))
        qtbot.keyClick(editor.other_edit, Qt.Key.Key_Return)
        await finish(editor, 1)
        assert editor.links_list.count() == 2, editor.error.text()
        assert "Karim Benali (k.benali1) — Responsable légal 2" in panel.view.text()

        qtbot.keyClicks(editor.other_edit, "j.dupont1")
        editor.level_combo.setCurrentIndex(editor.level_combo.findData(0))
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        await finish(editor, 2)
        assert "Autre contact" in panel.view.text()

        editor.links_list.setCurrentRow(
            next(i for i in range(editor.links_list.count()) if "k.benali1" in editor.links_list.item(i).text()))
        qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
        await finish(editor, 3)
        assert "k.benali1" not in panel.view.text() and editor.links_list.count() == 2

        qtbot.keyClicks(editor.other_edit, "l.dupont1")  # a student: refused with a French message
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        await finish(editor, 4)
        assert editor.error.text() == "Un lien relie un représentant légal à un élève."

    loop.run_until_complete(scenario())
    links = {(l.guardian.identifier, l.legal_level) for l in GuardianLink.select()
             if l.student.identifier == "c.lefevre1"}
    assert links == {("m.lefevre1", 1), ("j.dupont1", 0)}


def _qt_internal(widget):
    """Parts Qt builds inside a combo box, a line edit or a view (popup list, clear button, header)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def test_import_and_class_letters_open_their_dialogs(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        for button, name in ((workspace.import_button, "importDialog"),
                             (workspace.letters_button, "classLettersDialog")):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            dialog = workspace.open_dialog
            assert dialog.objectName() == name and dialog.isVisible() and dialog.parent() is workspace
            dialog.reject()
            await workspace.accounts.model.settle()

    loop.run_until_complete(scenario())


def test_every_interactive_widget_of_the_desk_is_named(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await open_links(qtbot, workspace, "c.lefevre1")
        tops = [window.staff_view.login_panel, window.staff_view.lock_panel, window.staff_view.password_panel,
                workspace.accounts, workspace.staff_tab, panel.links_dialog]
        tops += [workspace.findChild(QPushButton, name) for name in (
            "importButton", "classLettersButton", "workspaceFamiliesButton", "lockButton", "logoutButton")]
        for top in tops:
            for widget in [top, *top.findChildren(QWidget)]:
                if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel) or _qt_internal(widget):
                    continue
                if widget.metaObject().className().startswith(("QScrollBar", "QStackedWidget", "QWidget", "QSplitter",
                                                              "QGroupBox", "QFrame", "QDialogButtonBox")):
                    continue
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()

    loop.run_until_complete(scenario())


def test_the_secretariat_exports_then_erases_a_family_from_the_account_panel(qtbot, loop, make_window, school,
                                                                            tmp_path):
    import json

    from educonnect_desktop.store.models import Account, AuditEvent

    chloe = next(c for c in school.values() if c.first_name == "Chloé").identifier
    marc = next(c for c in school.values() if c.first_name == "Marc").identifier
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        panel = await select(workspace, chloe)
        assert panel.privacy.export_button.isEnabled() and panel.privacy.erase_button.accessibleName()
        qtbot.keyClick(workspace.window(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # E&xporter
        await finish(panel, 1)
        exported = tmp_path / f"donnees-{chloe}.json"
        assert str(exported) in panel.notice.text()
        people = json.loads(exported.read_text(encoding="utf-8"))["Personnes"]
        assert [p["Prénom"] for p in people] == ["Chloé", "Marc"]

        qtbot.keyClick(workspace.window(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Effacer le c&ompte
        await wait_for(lambda: panel.findChild(QMessageBox, "confirmDialog") is not None)
        box = panel.findChild(QMessageBox, "confirmDialog")
        assert "Marc Lefèvre" in box.text()
        accept = box.findChild(QPushButton, "confirmAcceptButton")
        # The box takes the focus once shown and active: on a loaded machine, later than its creation.
        await wait_for(lambda: box.isAncestorOf(QApplication.focusWidget()))
        for _ in range(4):  # Cancel has the focus (the safe default): Tab to the accept button
            if QApplication.focusWidget() is accept:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is accept
        qtbot.keyClick(accept, Qt.Key.Key_Return)
        await finish(panel, 3)
        assert panel.error.isHidden(), panel.error.text()
        assert f"Comptes effacés : {chloe}, {marc}." == panel.notice.text()
        await workspace.accounts.model.settle()
        assert workspace.accounts.model.row_of(chloe) is None and panel.details is None

    loop.run_until_complete(scenario())
    assert not Account.select().where(Account.identifier.in_([chloe, marc])).exists()
    assert AuditEvent.select().where((AuditEvent.action == "privacy.erased")
                                     & (AuditEvent.actor == "a.martin1")).count() == 2


def press(qtbot, button):
    """Space on the focused button, as a person at the keyboard."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


async def quiet(workspace):
    """Back on the accounts, once the tabs shown on the way have read what they show."""
    workspace.tabs.setCurrentWidget(workspace.accounts)
    await wait_for(lambda: not workspace.outbox.busy and not workspace.audit.busy)
    await workspace.desk.idle()


def test_no_two_widgets_of_one_screen_share_an_alt_letter(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        found = []
        for identifier in ("j.dupont1", "c.lefevre1"):  # a guardian's and a student's panel
            await select(workspace, identifier)
            found += clashes_on_every_page(window, where=f"workspace ({identifier})")
            await quiet(workspace)  # the Messages and Journal tabs refresh when shown

        panel = await open_links(qtbot, workspace, "c.lefevre1")
        found += clashes_on_every_page(panel.links_dialog, where="links")
        panel.links_dialog.reject()

        for button in (workspace.import_button, workspace.letters_button, workspace.settings_button):
            press(qtbot, button)
            dialog = workspace.open_dialog
            settings = button is workspace.settings_button  # its values load first
            await wait_for(lambda: dialog.isVisible() and (not settings or dialog.finished_tasks >= 1))
            found += clashes_on_every_page(dialog, where=dialog.objectName())
            if button is workspace.import_button:
                press(qtbot, dialog.legacy_button)
                await wait_for(lambda: dialog.legacy_dialog.isVisible())
                found += clashes_on_every_page(dialog.legacy_dialog, where="legacy")
                dialog.legacy_dialog.reject()
            dialog.reject()
            await wait_for(lambda: not dialog.isVisible())
        await quiet(workspace)
        assert not found, "\n".join(found)

    loop.run_until_complete(scenario())


def test_the_type_and_state_columns_show_their_labels_in_full(qtbot, loop, make_window):
    window = make_window()

    async def scenario():
        workspace = await open_as_admin(qtbot, window)
        table = workspace.accounts.table
        model = table.model()
        for column in (0, 5):
            texts = {model.index(row, column).data() for row in range(model.rowCount())}
            assert "Représentant légal" in texts or column == 5
            needed = max(table.fontMetrics().horizontalAdvance(text) for text in texts)
            assert table.columnWidth(column) > needed, (column, table.columnWidth(column), needed)

    loop.run_until_complete(scenario())

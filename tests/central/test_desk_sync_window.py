"""Sync at the secretariat's desk, driven with the keyboard against the real central server.

Real widgets offscreen, a real uvicorn server and PostgreSQL on 127.0.0.1, real SQLite files;
the other workstations are real ones too (in this process before the window opens, or the
`educonnect` command line in a subprocess while it is open).
"""

import gc
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QStatusBar, QWidget

from async_support import wait_for
from central_support import (ADMIN_PASSWORD, Desk as Workstation, add_school, central_cli, desk_cli, enroll_code,
                             free_port, rename_offline)
from mnemonic_support import clashes_on_every_page
from my_account_driving import fill_password_change
from keyboard_support import enter, focused, key, tab_to, type_into
from qt_session_support import log_in, loop  # noqa: F401  (loop is a fixture)

from educonnect_desktop.central.secrets_util import digest, normalize_code
from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.services import setup
from educonnect_desktop.store.models import Account, AuditEvent, Establishment, database_proxy
from educonnect_desktop.ui.desk import Desk
from educonnect_desktop.ui.kiosk import KioskWindow
from educonnect_desktop.ui.main_window import MainWindow
from educonnect_desktop.ui.secretariat.workspace import Workspace

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PASSWORD = "Secr3tariat-Bureau-42!"
CLI_PASSWORD = ADMIN_PASSWORD + "\n"
QUIET = {"debounce_ms": 60_000}  # a test says when to sync (Alt+Y), except where it checks the debounce


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():
    yield
    gc.collect()


def alt(qtbot, letter: Qt.Key, window) -> None:
    qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)


def open_window(qtbot, desk, db_path, sync_options=QUIET) -> MainWindow:
    window = MainWindow(desk, db_path, workspace_factory=lambda d, s: Workspace(d, s, sync_options=sync_options))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    return window


async def logged_in(qtbot, window, identifier, password) -> Workspace:
    await window.start()
    await log_in(qtbot, window, identifier, password)
    workspace = window.staff_view.workspace
    assert workspace is not None and workspace.isVisible()
    await workspace.accounts.model.settle()
    return workspace


def add_staff(qtbot, staff_tab) -> None:
    """Tab to "Ajouter" and press Enter (Alt+A is also the menu bar's "Aide": it only moves the focus)."""
    tab_to(qtbot, staff_tab.add_button)
    enter(qtbot)


def run(loop, window, scenario) -> None:
    """The scenario, then the window closed whatever happened (no coroutine left behind)."""
    async def closing():
        try:
            await scenario()
        finally:
            await close(window)

    loop.run_until_complete(closing())


async def close(window) -> None:
    workspace = window.staff_view.workspace
    if workspace is not None:
        await workspace.sync.settle()
    window.close()
    await window.staff_view.settle()


def test_an_administrator_enrolls_the_workstation_from_the_window_with_the_keyboard(
        qtbot, loop, db, db_path, fast_hashing, central_url, central_server, central_conn, new_uai, tmp_path):
    uai, other_uai = new_uai(), new_uai()
    add_school(central_url, uai, "Collège Clavier")
    add_school(central_url, other_uai, "École Voisine")
    code = enroll_code(central_url, uai, f"clavier-{uuid.uuid4().hex[:6]}")
    other_code = enroll_code(central_url, other_uai, f"voisine-{uuid.uuid4().hex[:6]}")
    setup.create_first_administrator("Anne", "Clavier", PASSWORD, hashing=fast_hashing)
    Establishment.create(uai=uai, name="Collège Clavier")  # this workstation already holds its school
    desk = Desk(hashing=fast_hashing, secrets=MemorySecretStore())
    window = open_window(qtbot, desk, db_path)

    async def scenario():
        workspace = await logged_in(qtbot, window, "a.clavier1", PASSWORD)
        bar = workspace.sync_bar
        await wait_for(lambda: workspace.enroll_button.isVisible())
        assert bar.label.text() == "Synchronisation : non configurée"
        assert bar.sync_button.isHidden() and bar.progress.isHidden() and workspace.conflicts_tab is None

        alt(qtbot, Qt.Key.Key_Y, workspace.window())  # Configurer la s&ynchronisation…
        await wait_for(lambda: getattr(workspace, "open_dialog", None) is not None
                       and workspace.open_dialog.isVisible())
        dialog = workspace.open_dialog
        await wait_for(lambda: focused() is dialog.server_edit)

        async def attempt(expected: str, focus) -> None:
            before = dialog.attempts
            enter(qtbot)
            await wait_for(lambda: dialog.attempts == before + 1, timeout=30)
            assert dialog.isVisible() and expected in dialog.error.text(), dialog.error.text()
            assert focused() is focus

        # Nobody answers at that address.
        type_into(qtbot, dialog.server_edit, f"http://127.0.0.1:{free_port()}")
        type_into(qtbot, dialog.code_edit, code)
        await attempt("ne répond pas", dialog.server_edit)
        # The right server, a code nobody gave.
        type_into(qtbot, dialog.server_edit, central_server.base, replace=True)
        type_into(qtbot, dialog.code_edit, "AAAA-BBBB-CCCC-DDDD", replace=True)
        await attempt("Code d'inscription refusé", dialog.code_edit)
        # A certificate file that does not exist.
        type_into(qtbot, dialog.code_edit, code, replace=True)
        type_into(qtbot, dialog.ca_edit, str(tmp_path / "absent.pem"))
        await attempt("Certificat d'autorité illisible", dialog.ca_edit)
        # Another school's code: refused, and not spent.
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        key(qtbot, Qt.Key.Key_Delete)
        type_into(qtbot, dialog.code_edit, other_code, replace=True)
        await attempt(f"est celui de l'établissement {other_uai}", dialog.code_edit)
        assert central_conn.execute("SELECT used_at FROM enrollment_code WHERE code_hash = %s",
                                    (digest(normalize_code(other_code)),)).fetchone()["used_at"] is None
        assert database_proxy.obj.execute_sql("SELECT count(*) FROM setting WHERE key = 'sync.server'"
                                              ).fetchone()[0] == 0  # nothing half-done

        # The right code: enrolled, then the first sync shows its progress.
        progress_seen = []
        workspace.sync.changed.connect(lambda: progress_seen.append(not bar.progress.isHidden()))
        type_into(qtbot, dialog.code_edit, code, replace=True)
        results = []
        dialog.finished.connect(results.append)
        enter(qtbot)
        await wait_for(lambda: results, timeout=30)
        assert results == [QDialog.DialogCode.Accepted.value]
        await wait_for(lambda: workspace.sync.runs >= 1 and not workspace.sync.view.running, timeout=30)
        assert True in progress_seen and bar.progress.isHidden()
        assert bar.label.text() == "Synchronisé à l'instant", bar.label.text()
        assert central_server.base in bar.label.toolTip()
        assert workspace.enroll_button.isHidden() and bar.sync_button.isVisible()
        assert workspace.tabs.indexOf(workspace.conflicts_tab) >= 0
        enrolled = AuditEvent.get(AuditEvent.action == "sync.enrolled")
        assert enrolled.actor == "a.clavier1"
        assert central_conn.execute("SELECT count(*) AS n FROM account a JOIN establishment e "
                                    "ON e.id = a.establishment_id WHERE e.uai = %s", (uai,)).fetchone()["n"] == 1

    run(loop, window, scenario)
    desk.close()


def test_the_status_follows_changes_and_syncs_and_other_workstations_changes_appear(
        qtbot, loop, tmp_path, fast_hashing, central_url, central_server, new_uai):
    uai = new_uai()
    add_school(central_url, uai, "Collège Statut")
    here = Workstation(tmp_path / "here.sqlite", "Statut", fast_hashing)
    here.enroll(central_server.base, enroll_code(central_url, uai, f"statut-{uuid.uuid4().hex[:6]}"))
    here.use()
    desk = Desk(hashing=fast_hashing, secrets=here.secrets)
    window = open_window(qtbot, desk, here.path, sync_options={"debounce_ms": 1500})
    other = tmp_path / "other"
    other.mkdir()

    async def scenario():
        workspace = await logged_in(qtbot, window, here.admin, ADMIN_PASSWORD)
        bar, sync = workspace.sync_bar, workspace.sync
        await wait_for(lambda: sync.runs >= 1 and not sync.view.running, timeout=30)
        assert bar.label.text() == "Synchronisé à l'instant" and bar.progress.isHidden()

        # A change made at this desk (a staff member added with the keyboard) waits, and says so.
        alt(qtbot, Qt.Key.Key_P, workspace.window())
        staff_tab = workspace.staff_tab
        alt(qtbot, Qt.Key.Key_R, workspace.window())
        qtbot.keyClicks(focused(), "Paul")
        alt(qtbot, Qt.Key.Key_N, workspace.window())
        qtbot.keyClicks(focused(), "Attente")
        add_staff(qtbot, staff_tab)
        await wait_for(lambda: "1 modification en attente" in bar.label.text(), timeout=15)
        assert bar.label.text() == "Synchronisé à l'instant — 1 modification en attente"
        assert staff_tab.isVisible()
        # Nobody presses anything: the desk quiet for the debounce delay, the change goes.
        await wait_for(lambda: bar.label.text() == "Synchronisé à l'instant", timeout=30)

        # Synchroniser maintenant (Alt+Y) syncs at once, whatever waits.
        runs = sync.runs
        alt(qtbot, Qt.Key.Key_Y, workspace.window())
        await wait_for(lambda: sync.runs > runs and not sync.view.running, timeout=30)
        assert bar.label.text() == "Synchronisé à l'instant"

        # Another workstation of the school (the command line) adds its administrator; after
        # the next sync it is in this window's accounts table, without a restart.
        def cli(*args, stdin=None):
            result = desk_cli(other, *args, stdin=stdin)
            assert result.returncode == 0, result.stdout + result.stderr
            return result.stdout

        await loop.run_in_executor(None, lambda: cli("init", "--first-name", "Admin", "--last-name", "Voisinage",
                                                     stdin=CLI_PASSWORD))
        code = enroll_code(central_url, uai, f"voisin-{uuid.uuid4().hex[:6]}")
        await loop.run_in_executor(None, lambda: cli("--as", "a.voisinage1", "sync", "enroll", "--server",
                                                     central_server.base, "--code", code, stdin=CLI_PASSWORD))
        await loop.run_in_executor(None, lambda: cli("sync", "run"))
        listing = await loop.run_in_executor(None, lambda: cli("accounts", "list"))
        neighbour = next(line.split("\t")[0] for line in listing.splitlines() if "Voisinage" in line)
        alt(qtbot, Qt.Key.Key_C, workspace.window())  # back to Comptes
        model = workspace.accounts.model
        assert model.row_of(neighbour) is None
        runs = sync.runs
        alt(qtbot, Qt.Key.Key_Y, workspace.window())
        await wait_for(lambda: sync.runs > runs and not sync.view.running, timeout=30)
        await wait_for(lambda: model.row_of(neighbour) is not None, timeout=15)

        # The server gone: offline, the work kept and counted.
        central_server.kill()
        try:
            alt(qtbot, Qt.Key.Key_P, workspace.window())
            alt(qtbot, Qt.Key.Key_R, workspace.window())
            qtbot.keyClicks(focused(), "Hugo")
            alt(qtbot, Qt.Key.Key_N, workspace.window())
            qtbot.keyClicks(focused(), "Horsligne")
            add_staff(qtbot, staff_tab)
            await wait_for(lambda: "1 modification en attente" in bar.label.text(), timeout=15)
            runs = sync.runs
            alt(qtbot, Qt.Key.Key_Y, workspace.window())
            await wait_for(lambda: sync.runs > runs and not sync.view.running, timeout=30)
            await wait_for(lambda: bar.label.text() == "Hors ligne — 1 modification en attente", timeout=10)
            assert "conservé" in bar.label.toolTip()
        finally:
            central_server.start()

    run(loop, window, scenario)
    desk.close()
    here.close()


def test_a_conflict_between_two_workstations_is_shown_side_by_side_and_resolved_with_the_keyboard(
        qtbot, loop, tmp_path, fast_hashing, central_url, central_server, central_conn, new_uai):
    uai = new_uai()
    add_school(central_url, uai, "Collège Conflit")
    here = Workstation(tmp_path / "here.sqlite", "Ici", fast_hashing)
    there = Workstation(tmp_path / "there.sqlite", "Labas", fast_hashing)
    for ws in (here, there):
        ws.enroll(central_server.base, enroll_code(central_url, uai, f"{ws.path.stem}-{uuid.uuid4().hex[:6]}"))
    issued = here.create_staff("Claire", "Conflit")
    here.sync()
    there.sync()
    rename_offline([(there, "Clara"), (here, "Claudia")], issued.identifier)
    there.sync()  # the server has "Clara"; this workstation's "Claudia" goes when its window opens
    here.use()
    workstation_name = database_proxy.obj.execute_sql(
        "SELECT value FROM setting WHERE key = 'sync.workstation_name'").fetchone()[0]
    desk = Desk(hashing=fast_hashing, secrets=here.secrets)
    window = open_window(qtbot, desk, here.path)

    async def scenario():
        workspace = await logged_in(qtbot, window, here.admin, ADMIN_PASSWORD)
        sync = workspace.sync
        await wait_for(lambda: sync.runs >= 1 and not sync.view.running, timeout=30)
        assert "1 conflit à traiter" in workspace.sync_bar.label.text(), workspace.sync_bar.label.text()
        tab = workspace.conflicts_tab
        assert workspace.tabs.tabText(workspace.tabs.indexOf(tab)) == "Conflits (1)"
        for _ in range(workspace.tabs.count()):  # Ctrl+Tab to the tab, as a person would
            if workspace.tabs.currentWidget() is tab:
                break
            qtbot.keyClick(workspace.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert workspace.tabs.currentWidget() is tab
        assert clashes_on_every_page(workspace.window()) == []  # every Alt letter presses what it says
        row = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
        assert row[:5] == [f"Conflit Clara — {issued.identifier}", "Prénom", "Claudia", "Clara", "Ce poste"], row
        assert tab.side_titles["incoming"].text() == "Ce poste" and tab.side["incoming"].text() == "Claudia"
        assert tab.side_titles["server"].text() == "Le serveur" and tab.side["server"].text() == "Clara"
        assert "envoyé par ce poste le" in tab.who_label.text() and "personne" in tab.rule_label.text()

        alt(qtbot, Qt.Key.Key_T, workspace.window())  # Garder la valeur de ce pos&te
        await wait_for(lambda: tab.resolved == 1, timeout=30)
        assert tab.error.isHidden(), tab.error.text()
        assert "la valeur du poste est gardée" in tab.notice.text()
        await wait_for(lambda: tab.table.rowCount() == 0)
        runs = sync.runs
        await wait_for(lambda: sync.runs > runs and not sync.view.running, timeout=30)  # the outcome pulled
        assert "conflit" not in workspace.sync_bar.label.text()
        assert workspace.tabs.tabText(workspace.tabs.indexOf(tab)) == "Conflits"

    run(loop, window, scenario)
    desk.close()
    local = AuditEvent.get(AuditEvent.action == "sync.conflict_resolved")
    assert local.actor == here.admin and local.target == issued.identifier
    server = central_conn.execute("SELECT actor, details FROM server_audit WHERE action = 'conflict.resolve' "
                                  "AND details ->> 'workstation' = %s", (workstation_name,)).fetchone()
    assert server["actor"] == here.admin and server["details"]["keep"] == "incoming"
    there.sync()
    assert here.accounts() == there.accounts()
    assert there.accounts()[Account.get(Account.identifier == issued.identifier).uuid][2] == "Claudia"
    here.close()
    there.close()


def test_a_secretary_sees_no_enrollment_and_the_kiosk_shows_nothing_of_the_sync(qtbot, loop, db, db_path, fast_hashing):
    from educonnect_desktop.services.staff import create_staff, staff_login
    from educonnect_desktop.sync import state

    setup.create_first_administrator("Anne", "Martin", PASSWORD, hashing=fast_hashing)
    admin = staff_login("a.martin1", PASSWORD, hashing=fast_hashing)
    secretary = create_staff(admin, "Sophie", "Bureau", "secretariat", hashing=fast_hashing)
    desk = Desk(hashing=fast_hashing, secrets=MemorySecretStore())
    window = open_window(qtbot, desk, db_path)

    async def scenario():
        workspace = await logged_in(qtbot, window, secretary.identifier, secretary.provisional_password)
        await workspace.sync.settle()
        assert workspace.enroll_button is None and workspace.findChild(QPushButton, "enrollOpenButton") is None
        assert workspace.sync_bar.label.text() == "Synchronisation : non configurée"

    # A provisional password asks for a new one first: give the secretary a settled one.
    from educonnect_desktop.store.models import Account as A

    A.update(must_change_password=False).where(A.identifier == secretary.identifier).execute()
    run(loop, window, scenario)

    # The kiosk of an enrolled workstation whose server is gone: it tries behind the families'
    # screens, shows nothing of it, and the family's Enter is answered while it tries.
    with database_proxy.atomic():
        state.save_enrollment(state.Enrollment(f"http://127.0.0.1:{free_port()}", str(uuid.uuid4()), "kiosque",
                                               "0751234A", "Collège", None))
    kiosk = KioskWindow(desk)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)

    async def families_meanwhile():
        kiosk.start_sync()
        await wait_for(lambda: kiosk.sync.view.running)
        enter(qtbot)  # "Se connecter", focused on the start screen
        await wait_for(lambda: kiosk.start_screen.current_journey == "login")
        assert kiosk.sync.view.running or kiosk.sync.runs, "the family did not wait for the sync"
        await kiosk.sync.settle()

    loop.run_until_complete(families_meanwhile())
    assert kiosk.sync.runs >= 1 and kiosk.sync.view.problem is not None
    assert kiosk.findChildren(QStatusBar) == []
    shown = [w.text() for w in kiosk.findChildren(QWidget) if w.isVisible() and hasattr(w, "text")
             and isinstance(w.text(), str)]
    assert not [text for text in shown if "ynchro" in text or "serveur" in text.lower()]
    kiosk.allow_close = True
    kiosk.close()
    desk.close()


def test_the_kiosk_syncs_behind_the_families_screens(qtbot, loop, db, db_path, tmp_path, fast_hashing,
                                                     central_url, central_server, new_uai):
    """A family whose account was made at the secretariat's workstation logs in at the enrolled
    kiosk (no staff session there) and changes its password with the keyboard; the secretariat's
    workstation gets the new password from the server."""
    from datetime import datetime

    from educonnect_desktop.services import audit
    from educonnect_desktop.services.authentication import login
    from educonnect_desktop.sync import engine

    uai = new_uai()
    add_school(central_url, uai, "École Kiosque")
    office = Workstation(tmp_path / "office.sqlite", "Bureau", fast_hashing)
    office.enroll(central_server.base, enroll_code(central_url, uai, f"bureau-{uuid.uuid4().hex[:6]}"))
    office.use()
    last = "Kiosque" + uuid.uuid4().hex[:6].translate(str.maketrans("0123456789", "ghijklmnop"))
    with database_proxy.atomic():
        parent = Account.create(kind="guardian", identifier=f"n.{last.lower()}1", first_name="Nadia", last_name=last,
                                establishment=Establishment.get(Establishment.uai == uai), state="active",
                                password_hash=fast_hashing.hash(PASSWORD), must_change_password=False,
                                charter_accepted_at=datetime(2026, 9, 1), email=f"{last.lower()}@exemple.fr",
                                email_state="confirmed")
        audit.journal(parent, "insert")
        audit.record("account.created", actor=office.admin, target=parent.identifier)
    office.sync()

    database_proxy.initialize(db)  # the kiosk's own workstation, enrolled by its administrator
    admin = setup.create_first_administrator("Kim", "Kiosque", PASSWORD, hashing=fast_hashing)
    secrets = MemorySecretStore()
    from educonnect_desktop.services.staff import staff_login

    engine.enroll(central_server.base, enroll_code(central_url, uai, f"kiosque-{uuid.uuid4().hex[:6]}"),
                  actor=staff_login(admin.identifier, PASSWORD, hashing=fast_hashing).actor, secrets=secrets)
    desk = Desk(hashing=fast_hashing, secrets=secrets)
    kiosk = KioskWindow(desk, sync_options={"debounce_ms": 300})
    qtbot.addWidget(kiosk)
    kiosk.resize(1024, 768)
    kiosk.show()
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    new_password = "Cerf-Volant#Rouge58"

    async def scenario():
        kiosk.start_sync()
        await wait_for(lambda: kiosk.sync.runs >= 1 and not kiosk.sync.view.running, timeout=30)
        screen = kiosk.start_screen
        assert focused() is screen.login_button
        enter(qtbot)
        wizard = screen.wizard
        await wait_for(lambda: wizard.current_name() == "login" and focused() is wizard.login_page.identifier_edit)
        qtbot.keyClicks(focused(), parent.identifier)
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), PASSWORD)
        enter(qtbot)
        await wait_for(lambda: wizard.current_name() == "home" and wizard.home_page.home is not None, timeout=20)
        home = wizard.home_page
        tab_to(qtbot, home.my_account_button)
        enter(qtbot)
        await wait_for(lambda: home.my_account is not None and home.my_account.loaded)
        section = home.my_account.information_tab.password_section
        await fill_password_change(qtbot, section, PASSWORD, new_password)
        runs = kiosk.sync.runs
        enter(qtbot)
        await wait_for(lambda: section.notice.text() == "Votre mot de passe a été modifié.", timeout=20)
        # Nobody at the kiosk asks for anything: the change leaves once the kiosk is quiet.
        await wait_for(lambda: kiosk.sync.runs > runs and not kiosk.sync.view.running
                       and kiosk.sync.view.waiting == 0, timeout=30)
        await kiosk.sync.settle()

    loop.run_until_complete(scenario())
    kiosk.allow_close = True
    kiosk.close()
    desk.close()
    office.sync()
    office.use()
    assert login(parent.identifier, new_password, hashing=fast_hashing).identifier == parent.identifier
    office.close()


def test_a_private_authority_is_refused_until_its_certificate_is_chosen_with_parcourir(
        qtbot, loop, db, db_path, fast_hashing, central_url, new_uai, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from central_support import Server
    from tls_support import make_self_signed

    cert, key_file = make_self_signed(tmp_path)
    server = Server(central_url, tmp_path / "tls.log", tls=(cert, key_file)).start()
    uai = new_uai()
    add_school(central_url, uai, "Lycée Chiffré")
    code = enroll_code(central_url, uai, f"tls-{uuid.uuid4().hex[:6]}")
    setup.create_first_administrator("Anne", "Clavier", PASSWORD, hashing=fast_hashing)
    desk = Desk(hashing=fast_hashing, secrets=MemorySecretStore())
    window = open_window(qtbot, desk, db_path)

    async def scenario():
        workspace = await logged_in(qtbot, window, "a.clavier1", PASSWORD)
        await wait_for(lambda: workspace.enroll_button.isVisible())
        alt(qtbot, Qt.Key.Key_Y, workspace.window())
        await wait_for(lambda: getattr(workspace, "open_dialog", None) is not None
                       and workspace.open_dialog.isVisible())
        dialog = workspace.open_dialog
        await wait_for(lambda: focused() is dialog.server_edit)
        qtbot.keyClicks(dialog.server_edit, server.base)
        type_into(qtbot, dialog.code_edit, code)
        enter(qtbot)
        await wait_for(lambda: dialog.attempts == 1, timeout=30)
        assert "certificat du serveur central n'est pas reconnu" in dialog.error.text(), dialog.error.text()
        assert focused() is dialog.ca_edit

        alt(qtbot, Qt.Key.Key_P, dialog)  # &Parcourir…: Qt's own file dialog, typed into
        await wait_for(lambda: dialog.findChild(QFileDialog, "caFileDialog") is not None
                       and dialog.findChild(QFileDialog, "caFileDialog").isVisible())
        chooser = dialog.findChild(QFileDialog, "caFileDialog")
        await wait_for(lambda: chooser.isAncestorOf(focused()))
        qtbot.keyClicks(focused(), cert)
        enter(qtbot)
        await wait_for(lambda: dialog.ca_edit.text() == cert)
        results = []
        dialog.finished.connect(results.append)
        # Back in the dialog (offscreen, no window manager gives the focus back): Enter in the
        # certificate's field presses the default button.
        qtbot.keyClick(dialog.ca_edit, Qt.Key.Key_Return)
        await wait_for(lambda: results, timeout=30)
        sync = workspace.sync
        await wait_for(lambda: sync.runs >= 1 and not sync.view.running, timeout=30)
        assert workspace.sync_bar.label.text() == "Synchronisé à l'instant", workspace.sync_bar.label.toolTip()

    try:
        run(loop, window, scenario)
    finally:
        server.kill()
        desk.close()


def test_a_server_that_finds_the_application_too_old_says_update_and_the_work_stays(
        qtbot, loop, tmp_path, fast_hashing, central_url, central_server, new_uai, monkeypatch):
    from educonnect_desktop.sync import transport

    uai = new_uai()
    add_school(central_url, uai, "Collège Ancien")
    here = Workstation(tmp_path / "here.sqlite", "Ancien", fast_hashing)
    here.enroll(central_server.base, enroll_code(central_url, uai, f"ancien-{uuid.uuid4().hex[:6]}"))
    here.use()
    # This copy of the application now speaks a protocol older than the server accepts.
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", 0)
    desk = Desk(hashing=fast_hashing, secrets=here.secrets)
    window = open_window(qtbot, desk, here.path)

    async def scenario():
        workspace = await logged_in(qtbot, window, here.admin, ADMIN_PASSWORD)
        sync, bar = workspace.sync, workspace.sync_bar
        await wait_for(lambda: sync.runs >= 1 and not sync.view.running, timeout=30)
        assert bar.label.text().startswith("Mise à jour nécessaire"), bar.label.text()
        assert "mettez l'application à jour" in bar.label.toolTip()
        assert sync.view.waiting > 0  # the baseline of this workstation waits, nothing lost

    run(loop, window, scenario)
    desk.close()
    here.close()


def test_a_revoked_workstation_is_told_so_in_the_windows_language_and_its_work_stays(
        qtbot, qapp, loop, tmp_path, fast_hashing, central_url, central_server, new_uai):
    """The server refuses in French; the workstation says it in its own words, which an English window
    shows in English (sync/refusals.py)."""
    from educonnect_desktop.ui.translations import set_language

    uai, name = new_uai(), f"revoque-{uuid.uuid4().hex[:6]}"
    add_school(central_url, uai, "Collège Révoqué")
    here = Workstation(tmp_path / "here.sqlite", "Revoque", fast_hashing)
    here.enroll(central_server.base, enroll_code(central_url, uai, name))
    here.use()
    revoked = central_cli(central_url, "workstation", "revoke", name)
    assert revoked.returncode == 0, revoked.stderr
    desk = Desk(hashing=fast_hashing, secrets=here.secrets)
    set_language(qapp, "en")
    try:
        window = open_window(qtbot, desk, here.path)

        async def scenario():
            workspace = await logged_in(qtbot, window, here.admin, ADMIN_PASSWORD)
            sync, bar = workspace.sync, workspace.sync_bar
            await wait_for(lambda: sync.runs >= 1 and not sync.view.running, timeout=30)
            assert bar.label.text() == "Sync failed", bar.label.text()
            tip = bar.label.toolTip()
            assert "This workstation was revoked by the central server's administrator" in tip, tip
            assert "révoqué" not in tip and "révoqué" not in bar.label.accessibleDescription()
            assert sync.view.waiting > 0  # the baseline of this workstation waits, nothing lost

        run(loop, window, scenario)
    finally:
        set_language(qapp, "fr")
    desk.close()
    here.close()

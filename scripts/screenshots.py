"""Screenshots of every screen for docs/screenshots/, made offscreen with QWidget.grab().

Run with `make screenshots`. Each screen is the real widget on a throw-away database
holding the demo establishment; wizard pages are reached by pointing the wizard's start
at them after the services did what the earlier pages would have done.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

from educonnect_desktop.core.hashing import HashParameters, PasswordHashing  # noqa: E402
from educonnect_desktop.services import authentication, demo, first_login, setup  # noqa: E402
from educonnect_desktop.store import open_database  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = QSize(760, 600)
PASSWORD = "Tournesol#Violet42"


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.taken: list[Path] = []

    async def shot(self, widget: QWidget, name: str, size: QSize = SIZE, settle: float = 0.4) -> None:
        widget.resize(size)
        widget.show()
        await asyncio.sleep(settle)  # let async page loads and the strength estimate land
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.taken.append(path)
        print(path.relative_to(OUT.parent.parent))


def jump(wizard: QWizard, page_id: int) -> None:
    """Show `page_id` as if the journey had reached it."""
    wizard.setStartId(page_id)
    wizard.restart()


async def start_and_kiosk(s: Shooter, desk) -> None:
    from educonnect_desktop.ui.start_screen import StartScreen

    screen = StartScreen(desk)
    await s.shot(screen, "start-screen")
    screen.activate_button.click()
    await s.shot(screen, "start-activation-choice")
    screen.close()


async def languages(s: Shooter, desk) -> None:
    """The families' screens in English and in Arabic (right to left), then back to French."""
    from educonnect_desktop.ui.login import LoginWizard
    from educonnect_desktop.ui.start_screen import StartScreen
    from educonnect_desktop.ui.translations import set_language

    app = QApplication.instance()
    screen = StartScreen(desk)
    screen.choose_language("en")
    await s.shot(screen, "languages-01-start-english")
    screen.choose_language("ar")
    await s.shot(screen, "languages-02-start-arabic")
    screen.close()
    wizard = LoginWizard(desk, activation=True)
    wizard.login_page.identifier_edit.setText("j.dupont1")  # typed left to right in an Arabic page
    await s.shot(wizard, "languages-03-letter-credentials-arabic")
    wizard.close()
    set_language(app, "fr")


async def first_run(s: Shooter, desk, db_path: Path) -> None:
    from educonnect_desktop.ui.first_run import FirstRunDialog
    from educonnect_desktop.ui.main_window import MainWindow

    dialog = FirstRunDialog(desk)
    dialog.first_name.setText("Anne")
    dialog.last_name.setText("Martin")
    dialog.password.setText("court")
    await s.shot(dialog, "first-run")
    dialog.close()
    window = MainWindow(desk, db_path)
    await window.refresh()
    await s.shot(window, "main-window")
    window.close()


async def login_wizard(s: Shooter, desk, provisional: dict[str, str], hashing) -> None:
    from educonnect_desktop.ui.login import LoginWizard

    wizard = LoginWizard(desk, activation=True)
    await s.shot(wizard, "login-01-letter-credentials")
    session = authentication.login("j.dupont1", provisional["j.dupont1"], hashing=hashing)
    wizard.context.flow.logged_in(session)
    jump(wizard, wizard.page_ids["charter"])
    await s.shot(wizard, "login-02-charter")
    session = first_login.accept_charter(session)
    wizard.context.flow.step_done(session)
    jump(wizard, wizard.page_ids["password"])
    wizard.new_password_page.field.password_edit.setText("Dupont2024")
    await s.shot(wizard, "login-03-new-password-refused", settle=0.8)
    wizard.new_password_page.field.password_edit.setText(PASSWORD)
    wizard.new_password_page.field.confirm_edit.setText(PASSWORD)
    await s.shot(wizard, "login-04-new-password-ok", settle=0.8)
    session = first_login.choose_password(session, PASSWORD, hashing=hashing)
    wizard.context.flow.step_done(session)
    jump(wizard, wizard.page_ids["children"])
    await s.shot(wizard, "login-05-children")
    session = first_login.confirm_children(session, [date(2012, 3, 14), date(2010, 9, 2)])
    wizard.context.flow.step_done(session)
    jump(wizard, wizard.page_ids["email"])
    await s.shot(wizard, "login-06-email")
    session = first_login.give_email(session, "jean.dupont@exemple.fr", "jean.dupont@exemple.fr")
    wizard.context.flow.step_done(session)
    jump(wizard, wizard.page_ids["email_confirmation"])
    await s.shot(wizard, "login-07-email-confirmation")
    wizard.context.flow.postpone("email_confirmation")
    jump(wizard, wizard.page_ids["home"])
    await s.shot(wizard, "login-08-home-guardian")
    wizard.close()


async def registration_and_legacy(s: Shooter, desk_factory) -> None:
    from educonnect_desktop.services.self_registration import CodeSent
    from educonnect_desktop.ui.legacy.wizard import LegacyWizard
    from educonnect_desktop.ui.registration.wizard import RegistrationWizard

    offline = RegistrationWizard(desk_factory(sms=False))
    await s.shot(offline, "registration-00-no-sms-service")
    offline.close()
    wizard = RegistrationWizard(desk_factory(sms=True))
    await s.shot(wizard, "registration-01-identity")
    flow = wizard.flow
    flow.last_name, flow.first_name, flow.identifier = "Dupont", "Jean", "j.dupont1"
    jump(wizard, wizard._ids["code"])
    wizard.code_page.show_code_sent(CodeSent("06 ** ** ** 01", "30 minutes"))
    await s.shot(wizard, "registration-02-code-and-birth-dates")
    jump(wizard, wizard._ids["identifier"])
    await s.shot(wizard, "registration-03-identifier")
    jump(wizard, wizard._ids["password"])
    await s.shot(wizard, "registration-04-password")
    jump(wizard, wizard._ids["done"])
    await s.shot(wizard, "registration-05-done")
    wizard.close()
    legacy = LegacyWizard(desk_factory(sms=False))
    await s.shot(legacy, "legacy-01-credentials")
    legacy.flow.identifier = "j.dupont1"
    jump(legacy, legacy._ids["identifier"])
    await s.shot(legacy, "legacy-02-identifier")
    legacy.close()


async def optional_screens(s: Shooter, desk, provisional, hashing) -> None:
    """Screens delivered by later issues: taken when their modules exist."""
    try:
        from educonnect_desktop.ui.recovery.identifier_wizard import LostIdentifierWizard
        from educonnect_desktop.ui.recovery.password_wizard import LostPasswordWizard
    except ImportError:
        pass
    else:
        wizard = LostIdentifierWizard(desk)
        await s.shot(wizard, "recovery-01-lost-identifier")
        wizard.close()
        wizard = LostPasswordWizard(desk)
        await s.shot(wizard, "recovery-02-lost-password")
        wizard.close()
    try:
        from educonnect_desktop.ui.my_account.view import MyAccountView
    except ImportError:
        pass
    else:
        session = authentication.login("j.dupont1", PASSWORD, hashing=hashing)
        view = MyAccountView(desk, session)
        await view.refresh()
        await s.shot(view, "my-account-01-information")
        view.tabs.setCurrentIndex(1)
        await s.shot(view, "my-account-02-children")
        view.close()
        from educonnect_desktop.ui.translations import set_language

        set_language(QApplication.instance(), "ar")  # "Mon compte" right to left
        view = MyAccountView(desk, session)
        await view.refresh()
        await s.shot(view, "languages-04-my-account-arabic")
        view.tabs.setCurrentIndex(1)
        await s.shot(view, "languages-05-my-account-children-arabic")
        view.close()
        set_language(QApplication.instance(), "fr")


async def secretariat(s: Shooter, desk, db_path: Path, hashing) -> None:
    from educonnect_desktop.services import staff as staff_service
    from educonnect_desktop.ui.main_window import MainWindow
    from educonnect_desktop.ui.secretariat.audit_view import AuditView
    from educonnect_desktop.ui.secretariat.import_dialog import ImportDialog
    from educonnect_desktop.ui.secretariat.outbox_view import OutboxView
    from educonnect_desktop.ui.secretariat.workspace import Workspace

    window = MainWindow(desk, db_path)
    await window.start()
    await s.shot(window, "secretariat-01-staff-login")
    window.close()
    staff = staff_service.staff_login("a.martin1", "Secr3tariat!", hashing=hashing)
    workspace = Workspace(desk, staff)
    await s.shot(workspace, "secretariat-02-accounts", size=QSize(1000, 640), settle=1.0)
    workspace.close()
    dialog = ImportDialog(desk, staff)
    await s.shot(dialog, "secretariat-03-import")
    dialog.close()
    for name, view_class in (("secretariat-04-outbox", OutboxView), ("secretariat-05-audit", AuditView)):
        view = view_class(desk, staff)
        await s.shot(view, name, size=QSize(1000, 560), settle=1.0)
        view.close()
    from educonnect_desktop.ui.secretariat.legacy_import_dialog import LegacyImportDialog
    from educonnect_desktop.ui.secretariat.messaging_settings_dialog import MessagingSettingsDialog

    settings = MessagingSettingsDialog(desk, staff)
    await s.shot(settings, "secretariat-06-messaging-settings", size=QSize(760, 680), settle=1.0)
    settings.close()
    aten = LegacyImportDialog(desk, staff)
    await s.shot(aten, "secretariat-07-aten-import", size=QSize(640, 420))
    aten.close()
    window = MainWindow(desk, db_path)
    await window.start()
    window.staff_view._open_workspace(staff)
    window.staff_view.lock()
    await s.shot(window, "secretariat-08-locked", size=QSize(760, 480))
    window.close()


async def sync_screens(s: Shooter, hashing) -> None:
    """Enrollment, the status bar of a workstation whose server is down, the conflicts tab.

    No central server runs here: the workstation is enrolled with a loopback address nobody
    answers (so the status bar shows the real "Hors ligne" state), and the conflicts tab shows
    two conflicts written as the server lists them (`GET /v1/conflicts`)."""
    import socket

    from educonnect_desktop.protocol import ConflictItem
    from educonnect_desktop.secret_store import MemorySecretStore
    from educonnect_desktop.ui.desk import Desk
    from educonnect_desktop.services import staff as staff_service
    from educonnect_desktop.store.models import database_proxy
    from educonnect_desktop.sync import state
    from educonnect_desktop.ui.secretariat.enroll_dialog import EnrollDialog
    from educonnect_desktop.ui.secretariat.workspace import Workspace

    staff = staff_service.staff_login("a.martin1", "Secr3tariat!", hashing=hashing)
    secrets = MemorySecretStore()
    desk = Desk(hashing=hashing, secrets=secrets)
    workspace = Workspace(desk, staff)
    dialog = EnrollDialog(workspace.sync, staff)
    dialog.server_edit.setText("https://central.ac-academie.fr:8470")
    dialog.code_edit.setText("K7QF-2M9D-XT4C-PW8N")
    await s.shot(dialog, "sync-01-enrollment", size=QSize(600, 300))
    dialog.close()
    workspace.shutdown()
    await workspace.idle()
    workspace.close()

    with socket.socket() as sock:  # a port nobody listens on: the server is "down"
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    enrollment = state.Enrollment(f"http://127.0.0.1:{port}", "00000000-0000-0000-0000-000000000001",
                                  "secretariat-1", "0999999X", "Collège de démonstration", None)
    secrets.set(state.credential_name(enrollment.workstation_id), "not-a-real-credential")
    with database_proxy.atomic():
        state.save_enrollment(enrollment)
        state.put("last_success", "2026-12-02T09:12:00")
    workspace = Workspace(desk, staff)
    workspace.resize(QSize(1000, 640))
    workspace.show()
    for _ in range(100):
        if workspace.sync.runs:
            break
        await asyncio.sleep(0.05)
    await s.shot(workspace, "sync-02-offline-status", size=QSize(1000, 640), settle=1.0)
    workspace.sync.view.conflicts = [
        ConflictItem(1, "account", "l.dupont1", "Dupont Léa", "first_name", "Léa", "Léna",
                     "deux corrections différentes : le serveur garde sa valeur, une personne doit choisir",
                     "secretariat-2", "2026-12-02T08:41:00+00:00"),
        ConflictItem(2, "account", "m.lefevre1", "Lefèvre Marc", "mobile", "+33 6 12 34 56 78",
                     "+33 6 98 76 54 32", "deux portables confirmés différents : une personne doit choisir",
                     "secretariat-1", "2026-12-02T08:55:00+00:00")]
    workspace.sync.changed.emit()
    workspace.tabs.setCurrentWidget(workspace.conflicts_tab)
    await s.shot(workspace, "sync-03-conflicts", size=QSize(1000, 640), settle=0.5)
    workspace.shutdown()
    await workspace.idle()
    workspace.close()
    desk.close()


async def run(out: Path) -> int:
    from educonnect_desktop.ui.desk import Desk

    out.mkdir(parents=True, exist_ok=True)
    hashing = PasswordHashing(HashParameters(time_cost=1, memory_cost=1024, parallelism=1))
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "screens.sqlite"
        database = open_database(db_path)
        desks = []

        def desk_factory(sms: bool = False) -> Desk:
            desks.append(Desk(hashing=hashing, sms_available=lambda: sms))
            return desks[-1]

        desk = desk_factory()
        s = Shooter(out)
        await first_run(s, desk, db_path)
        provisional = {c.identifier: c.provisional_password for c in demo.load_demo(hashing=hashing)}
        setup.create_first_administrator("Anne", "Martin", "Secr3tariat!", hashing=hashing)
        await start_and_kiosk(s, desk)
        await languages(s, desk)
        await login_wizard(s, desk, provisional, hashing)
        await registration_and_legacy(s, desk_factory)
        await optional_screens(s, desk, provisional, hashing)
        await secretariat(s, desk, db_path, hashing)
        await sync_screens(s, hashing)  # last: it enrolls the throw-away database
        for d in desks:
            d.close()
        database.close()
    print(f"{len(s.taken)} screenshots in {out}")
    return 0


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not QFontDatabase.families():
        print("Aucune police installée : installez fonts-dejavu-core.", file=sys.stderr)
        return 2
    app.setFont(QFont("DejaVu Sans", 10))
    from educonnect_desktop.ui import theme

    theme.apply(app)  # the look people get (the application applies it at start)
    app.setQuitOnLastWindowClosed(False)  # screens open and close one after another
    return qasync.run(run(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))


if __name__ == "__main__":
    sys.exit(main())

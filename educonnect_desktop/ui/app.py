"""`educonnect-desktop`: open the window on the local database, inside a qasync loop.

The main window is painted first, in its opening state ("Ouverture de la base de
données…"), before asyncio, qasync, peewee, the services and the secretariat's widgets are
imported (`open_first_window`, then `first_show.wait_for_first_paint`); `run_window` then
builds the rest inside the same window and opens the database (bench/README.md, "Start-up").
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .. import APP_ID, APP_NAME

if TYPE_CHECKING:
    from ..config import AppConfig
    from .main_window import MainWindow

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="educonnect-desktop", description=f"{APP_NAME} (interface graphique)")
    parser.add_argument("--db", type=Path, default=None, metavar="CHEMIN",
                        help="fichier de base de données SQLite (par défaut : dossier de données de l'utilisateur)")
    parser.add_argument("--config", type=Path, default=None, metavar="CHEMIN", help="fichier de configuration TOML")
    parser.add_argument("--kiosk", action="store_true",
                        help="borne d'accueil des familles : plein écran, sans accès aux écrans du personnel")
    parser.add_argument("--self-check", action="store_true",
                        help="vérifier l'installation (versions, base, trousseau, polices, traductions, PDF) "
                             "et quitter : code 0 si tout va bien, 1 sinon")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="quitter dès que la première fenêtre est affichée (mesure du temps de démarrage)")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="afficher la version et quitter")
    return parser.parse_args(argv)


class _VersionAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        print(f"{APP_NAME} {__version__}")
        parser.exit()


def _start_delivery(desk, secrets):
    """The outbox's delivery worker (SMTP, SMS gateway) and the retention purge, started once
    the window shows: httpx, aiosmtplib and the messaging code are not needed for the first paint."""
    from ..messaging.delivery import build_senders
    from ..messaging.worker import DeliveryWorker
    from ..services.privacy import policy_for, purge_expired

    # The desk's configuration, not this one: the settings dialog may change it while running.
    # The retention purge runs at start-up and then hourly, on a worker thread.
    worker = DeliveryWorker(lambda: build_senders(desk.config, secrets),
                            housekeeping=lambda: purge_expired(policy=policy_for(desk.config)))
    desk.on_message_queued = worker.wake
    worker.start()
    return worker


def _report_first_paint() -> None:
    # For bench/bench_startup.py: the same clock as the parent process (system-wide monotonic).
    if sys.stderr is not None:
        print(f"first-paint-monotonic {time.monotonic():.6f}", file=sys.stderr, flush=True)


class FirstWindow:
    """What the start makes before its heavy imports: the configuration, the database's path
    and, on the workstation (not the kiosk), the main window in its opening state."""

    def __init__(self, config: AppConfig, database_path: Path, window: MainWindow | None) -> None:
        self.config = config
        self.database_path = database_path
        self.window = window
        self.shown = False  # painted already (by `main`, before the event loop)


def open_first_window(args: argparse.Namespace, app) -> FirstWindow | int:
    """Read the configuration, give the application its theme and language, and make the main
    window's opening state (not shown yet); an exit code when the configuration is unreadable.

    Only what the first paint shows is read here: no asyncio, no database, no services."""
    from ..config import load_config, resolve_database_path
    from ..errors import UserFacingError
    from . import theme
    from .translations import current_language, default_language, set_language

    # Closing the last window ends the run in `run_window`, instead of stopping the event
    # loop under its coroutine (qasync then raises "Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    try:
        config = load_config(args.config)
        database_path = resolve_database_path(args.db, config)
    except UserFacingError as exc:
        from PySide6.QtWidgets import QMessageBox  # its class and enums: 2-3 ms, only when needed

        from .translations import translated

        QMessageBox.critical(None, APP_NAME, translated(exc.message))
        return 2
    theme.apply(app, variant=config.ui.contrast, kiosk=args.kiosk)
    if default_language(config) != current_language():  # `[ui] language`, else the system's language
        set_language(app, default_language(config))
    if args.kiosk:  # the families' start screen; the school's name and the journeys come after
        from .kiosk import KioskWindow

        window = KioskWindow()
    else:
        from .main_window import MainWindow

        window = MainWindow(None, database_path)
    return FirstWindow(config, database_path, window)


async def run_window(args: argparse.Namespace, first: FirstWindow | None = None) -> int:
    """Show the window (unless `main` has painted it already), build the rest inside it, open
    the database, and run until the window closes."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..errors import UserFacingError
    from ..secret_store import KeyringSecretStore
    from .first_show import first_paint, show_first

    # Work sent to threads (opening the database, the retention purge) runs on plain Python
    # threads: qasync's own executor ends its QThreads without a Python thread state, and the
    # database connection peewee leaves in such a thread then aborts the interpreter at exit.
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2, thread_name_prefix="app"))
    app = QApplication.instance()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    app.lastWindowClosed.connect(closed.set)
    if first is None:
        first = open_first_window(args, app)
        if isinstance(first, int):
            return first
    elif first.shown and not first.window.isVisible():
        closed.set()  # closed in the instant between its first paint and this loop's start
    secrets = KeyringSecretStore()  # creating it reads nothing
    opening = None
    if first.shown:  # the database opens on a worker thread while this one builds the rest
        opening = asyncio.ensure_future(_open_database(first.database_path, secrets))
    # After the first paint the GUI thread is held one step at a time (the event loop, the
    # database layer, the services, the widgets), and the events that came meanwhile (a key,
    # a move, Ctrl+Q) are handled in between: one pass of the event loop per step.
    await _next_pass()
    from .desk import Desk

    desk = Desk(config=first.config, secrets=secrets)
    # The window shows first ("Ouverture de la base de données…"): opening the database reads
    # its key from the keyring, which a locked keyring can hold up; that must not hold the window.
    window = first.window
    painted = None if first.shown else first_paint(window)
    if painted is not None:
        show_first(window, full_screen=args.kiosk)
        await painted
        if args.quit_after_show:
            _report_first_paint()
    await _next_pass()
    # The main window: the overview and the staff view, behind the opening page; the kiosk: the
    # journeys' services (a family's press meanwhile is kept and starts its journey now).
    window.attach(desk)
    try:
        database = await (opening or _open_database(first.database_path, secrets))
    except UserFacingError as exc:
        from .translations import translated

        QMessageBox.critical(window, APP_NAME, translated(exc.message))
        window.close()
        desk.close()
        return 2
    if not args.kiosk and not database.educonnect_keys.encrypted:
        window.warn_unencrypted()  # the kiosk's families can do nothing about it; staff can
    worker = None
    if args.quit_after_show:
        window.close()
    elif not closed.is_set():  # nothing to start for a window closed while the database opened
        # Whatever can wait comes after the first paint (see bench/README.md, "Start-up").
        desk.check_sms()  # reads the keyring, on the database thread
        worker = _start_delivery(desk, secrets)
        _set_version(QApplication.instance())
        if args.kiosk:
            from ..services.dto import school_to_show

            window.show_school(school_to_show((await desk.overview()).establishments))
            window.start_sync()  # enrolled: behind the families' screens, showing nothing
        else:
            await window.start()  # staff login, or the first start on an empty database
        await _warm_journeys()  # the families' screens, at the kiosk or opened from the desk
        await closed.wait()
    if worker is not None:
        await worker.stop()
    desk.close()
    database.close()
    return 0


async def _warm_journeys() -> None:
    """The families' journeys imported now, one wizard per pass of the event loop, so that a
    family's first press does not wait for them (they are left out of the first paint)."""
    from .start_screen import journey_loaders

    for load in journey_loaders():
        load()
        await _next_pass()


async def _next_pass() -> None:
    import asyncio

    # Twice: the first wake-up may share its pass with other ready work (the database's opening).
    await asyncio.sleep(0)
    await asyncio.sleep(0)


async def _open_database(path: Path, secrets):
    import asyncio

    from ..store import open_database  # peewee, sqlcipher3: a step of its own after the first paint

    # The keyring read (and, once, encrypting a clear file) stays off the GUI thread.
    return await asyncio.to_thread(open_database, path, secrets=secrets)


def prepare_application(app):
    """Names, and Qt's own dialogs and menus in French (kiosk included); returns the translators.

    The configured language (`[ui] language`, else the system's) replaces French once the
    configuration is read (`run_window`)."""
    from .translations import install_qt_translations

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    _set_icon(app)
    return install_qt_translations(app)


def _set_version(app) -> None:
    from .. import __version__  # the package metadata, read after the first paint

    app.setApplicationVersion(__version__)


def _leave_server_drivers_out() -> None:
    """peewee imports every PostgreSQL and MySQL driver it finds, for backends this program never
    uses: with the central server's extra installed, psycopg alone cost 0.3 s before the first
    window (`python -X importtime`). Marked absent, they are not looked for (the bundle leaves
    them out anyway)."""
    for name in ("psycopg", "psycopg2", "pymysql", "MySQLdb"):
        sys.modules.setdefault(name, None)


def main(argv: Sequence[str] | None = None) -> int:
    _leave_server_drivers_out()
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.self_check:
        return _self_check(args)
    from PySide6.QtWidgets import QApplication

    from . import theme

    app = QApplication.instance() or QApplication(theme.application_arguments(sys.argv[0]))
    prepare_application(app)
    first = open_first_window(args, app)
    if isinstance(first, int):
        return first
    if first.window is not None:
        from .first_show import wait_for_first_paint

        # The real main window (or the kiosk), before asyncio and the services load.
        wait_for_first_paint(first.window, full_screen=args.kiosk)
        first.shown = True
        if args.quit_after_show:
            _report_first_paint()
    import asyncio

    import qasync

    try:
        return qasync.run(run_window(args, first))
    except asyncio.CancelledError:
        return 0
    except KeyboardInterrupt:  # Ctrl+C in the terminal that ran `make run`
        print("Interrompu.", file=sys.stderr)
        return 130
    except RuntimeError as exc:
        # QApplication.quit() from outside (end of the desktop session) stops the loop before
        # the window's coroutine returns: the database is closed by SQLite's own guarantees.
        if "Event loop stopped before Future completed" in str(exc):
            return 0
        raise


def _set_icon(app) -> None:
    from PySide6.QtGui import QIcon

    from ..paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "educonnect-desktop.png")))
    app.setDesktopFileName(APP_ID)  # Wayland and the taskbar match windows to educonnect-desktop.desktop


def _self_check(args: argparse.Namespace) -> int:
    import io

    from ..self_check import main as self_check

    if sys.stdout is not None:
        return self_check(args.db, args.config)
    # A windowed executable (Windows) has no console: the report is shown in a window, so the
    # application is created on the real screen before the checks (which would go offscreen).
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = io.StringIO()
    code = self_check(args.db, args.config, text)
    box = QMessageBox(QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Critical, APP_NAME,
                      text.getvalue())
    box.exec()
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())


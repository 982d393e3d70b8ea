"""`educonnect-desktop`: open the window on the local database, inside a qasync loop."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path
from typing import Sequence

from .. import APP_ID, APP_NAME, __version__

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="educonnect-desktop", description=f"{APP_NAME} (interface graphique)")
    parser.add_argument("--db", type=Path, default=None, metavar="CHEMIN",
                        help="fichier de base de données SQLite (par défaut : dossier de données de l'utilisateur)")
    parser.add_argument("--config", type=Path, default=None, metavar="CHEMIN", help="fichier de configuration TOML")
    parser.add_argument("--kiosk", action="store_true",
                        help="borne d'accueil des familles : plein écran, sans accès aux écrans du personnel")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


async def run_window(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..config import load_config, resolve_database_path
    from ..errors import UserFacingError
    from ..messaging.delivery import build_senders
    from ..messaging.worker import DeliveryWorker
    from ..secret_store import KeyringSecretStore
    from ..store import open_database
    from .desk import Desk

    app = QApplication.instance()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    # Closing the last window ends the run here, instead of stopping the event loop under
    # this coroutine (qasync then raises "Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    try:
        config = load_config(args.config)
        database_path = resolve_database_path(args.db, config)
        secrets = KeyringSecretStore()
        # The keyring read (and, once, encrypting a clear file) stays off the GUI thread.
        database = await asyncio.to_thread(open_database, database_path, secrets=secrets)
    except UserFacingError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 2
    desk = Desk(config=config, secrets=secrets)
    from ..services.privacy import policy_for, purge_expired

    # The desk's configuration, not this one: the settings dialog may change it while running.
    # The retention purge runs at start-up and then hourly, on a worker thread.
    worker = DeliveryWorker(lambda: build_senders(desk.config, secrets),
                            housekeeping=lambda: purge_expired(policy=policy_for(desk.config)))
    desk.on_message_queued = worker.wake
    worker.start()
    if args.kiosk:
        from .kiosk import KioskWindow

        window = KioskWindow(desk)
        window.showFullScreen()
    else:
        from .main_window import MainWindow

        window = MainWindow(desk, database_path)
        window.show()
        await window.start()  # staff login, or the first start on an empty database
    await closed.wait()
    await worker.stop()
    desk.close()
    database.close()
    return 0


def prepare_application(app):
    """Names, and Qt's own dialogs and menus in French (kiosk included); returns the translators."""
    from .translations import install_qt_translations

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    return install_qt_translations(app)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    try:
        return qasync.run(run_window(args))
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


if __name__ == "__main__":
    sys.exit(main())

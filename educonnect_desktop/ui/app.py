"""`educonnect-desktop`: open the window on the local database, inside a qasync loop."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path
from typing import Sequence

from .. import APP_ID, APP_NAME, __version__
from ..paths import default_database_path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="educonnect-desktop", description=f"{APP_NAME} (interface graphique)")
    parser.add_argument("--db", type=Path, default=None, metavar="CHEMIN",
                        help="fichier de base de données SQLite (par défaut : dossier de données de l'utilisateur)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


async def run_window(database_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..store import open_database
    from ..errors import UserFacingError
    from .desk import Desk
    from .main_window import MainWindow

    app = QApplication.instance()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        database = open_database(database_path)
    except UserFacingError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 2
    desk = Desk()
    window = MainWindow(desk, database_path)
    window.show()
    await window.refresh()
    if window.first_run_button.isVisible():
        window.offer_first_run()
    await closed.wait()
    desk.close()
    database.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(True)
    try:
        return qasync.run(run_window(args.db or default_database_path()))
    except asyncio.CancelledError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

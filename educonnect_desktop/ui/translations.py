"""Qt's own French texts: file dialogs, context menus ("Copier", "Coller"), standard buttons.

Our strings are written in French already; Qt's built-in widgets speak English unless
its translation catalogue (`qtbase_fr.qm`, shipped with PySide6) is installed on the
application. `install_qt_translations` is called once at start, by the workstation and
the kiosk alike; the frozen bundle ships the same file (see `qt_translation_files`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGE = "fr"
CATALOGUES = ("qtbase",)  # qtbase covers QtWidgets' dialogs, menus and buttons


def translations_directory() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_files() -> list[Path]:
    """The catalogue files we load (for the installer's spec file)."""
    directory = translations_directory()
    return [directory / f"{name}_{LANGUAGE}.qm" for name in CATALOGUES]


def install_qt_translations(app: QCoreApplication) -> list[QTranslator]:
    """Install Qt's French catalogues on `app`; return the translators (kept alive by the app).

    A missing catalogue is logged and skipped: English menus are better than no window.
    """
    installed = []
    directory = str(translations_directory())
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(QLocale(QLocale.Language.French, QLocale.Country.France), name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("Qt translation %s_%s not found in %s", name, LANGUAGE, directory)
    return installed

"""DejaVu for the letters: found on disk, loaded into Qt, checked before any page is drawn.

Qt writes a PDF without any text, and without any error, when it has no usable font;
hence the explicit check. DejaVu is free (Bitstream Vera licence): a bundle may ship the
files in `resources/fonts/`; on Debian they come with the `fonts-dejavu-core` package.
QFontDatabase is thread-safe, so this may run on a worker thread.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable

from PySide6.QtGui import QFontDatabase

from ..core.messages import QT_TRANSLATE_NOOP
from ..paths import resources_dir
from .errors import FontsMissing

SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf")

MISSING_MESSAGE = QT_TRANSLATE_NOOP(
    "StaffMessages",
    "Impossible d'imprimer les lettres : la police DejaVu est introuvable sur ce poste "
    "(sans elle, le PDF ne contiendrait aucun texte). Installez le paquet fonts-dejavu-core "
    "(apt-get install fonts-dejavu-core) ou copiez les fichiers DejaVu dans {folder}."
)

_lock = threading.Lock()
_loaded = False


def search_dirs() -> tuple[Path, ...]:
    """Our own resources first, then the usual system folders (Debian, Fedora, Arch, per user)."""
    return (
        resources_dir() / "fonts",
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu-sans-fonts"),
        Path("/usr/share/fonts/dejavu-sans-mono-fonts"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path.home() / ".local/share/fonts",
    )


def find_font_files(folders: Iterable[Path]) -> list[Path]:
    """The DejaVu files present, the first folder holding a file winning."""
    folders = list(folders)
    found = []
    for name in FONT_FILES:
        for folder in folders:
            if (folder / name).is_file():
                found.append(folder / name)
                break
    return found


def missing_families(available: Iterable[str]) -> list[str]:
    names = set(available)
    return [family for family in (SANS, MONO) if family not in names]


def ensure_letter_fonts(folders: Iterable[Path] | None = None) -> None:
    """Load DejaVu into Qt once; raise FontsMissing when a family is still unknown to Qt.

    Files that fontconfig already knows are loaded again harmlessly; the family check
    also accepts DejaVu installed where we did not look, as long as Qt sees it.
    """
    global _loaded
    with _lock:
        if _loaded:
            return
        for path in find_font_files(search_dirs() if folders is None else folders):
            QFontDatabase.addApplicationFont(str(path))  # -1 for an unreadable file: checked below
        if missing_families(QFontDatabase.families()):
            raise FontsMissing(MISSING_MESSAGE.format(folder=str(resources_dir() / "fonts")))
        _loaded = True

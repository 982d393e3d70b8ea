"""Letters PDF for the secretariat dialogs: choosing the file, building the letters, writing them.

The provisional passwords travel from the service's answer straight into the PDF: no widget
ever shows them. The PDF is written on the worker thread (`run_in_worker`), page by page,
with progress and cancel through a `ProgressTracker`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...letters.data import LetterData
from .import_progress import ProgressTracker, run_in_worker

# (parent, suggested file name) -> the chosen path, or None when the person gave up.
PdfChooser = Callable[[QWidget, str], "Path | None"]


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Qt's own (non-native) save dialog: same look everywhere, usable with the keyboard."""
    dialog = QFileDialog(parent, QCoreApplication.translate("SecretariatLetters", "Enregistrer les lettres (PDF)"), str(Path.home() / suggested))
    dialog.setObjectName("lettersFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("SecretariatLetters", "Documents PDF (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def prepare_output(path: Path) -> Path:
    """Fonts present and `path` writable, checked before any password changes (GUI thread)."""
    from ...letters.fonts import ensure_letter_fonts
    from ...letters.pdf import check_output

    ensure_letter_fonts()
    return check_output(path)


async def write_pdf(letters: Sequence[LetterData], path: Path, tracker: ProgressTracker, *,
                    family_language: str | None = None) -> Path:
    """Write the letters on the worker thread; LettersCancelled when the tracker is cancelled.
    `family_language`: the school's extra line (config `[letters] family_language`)."""
    from ...letters.pdf import write_letters_pdf

    prepare_output(path)
    return await run_in_worker(write_letters_pdf, list(letters), path, progress=tracker.report,
                               cancelled=tracker.cancelled, family_language=family_language)

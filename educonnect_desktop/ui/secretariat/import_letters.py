"""Letters PDF for the secretariat dialogs: choosing the file, building the letters, writing them.

The provisional passwords travel from the service's answer straight into the PDF: no widget
ever shows them. The PDF is written on the worker thread (`run_in_worker`), page by page,
with progress and cancel through a `ProgressTracker`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...letters.data import LetterData
from .import_progress import ProgressTracker, run_in_worker

if TYPE_CHECKING:
    from ...services.roster_import import ImportPreview, ImportResult

# (parent, suggested file name) -> the chosen path, or None when the person gave up.
PdfChooser = Callable[[QWidget, str], "Path | None"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SecretariatLetters", text)


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Qt's own (non-native) save dialog: same look everywhere, usable with the keyboard."""
    dialog = QFileDialog(parent, _tr("Enregistrer les lettres (PDF)"), str(Path.home() / suggested))
    dialog.setObjectName("lettersFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_tr("Documents PDF (*.pdf)"))
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


async def write_pdf(letters: Sequence[LetterData], path: Path, tracker: ProgressTracker) -> Path:
    """Write the letters on the worker thread; LettersCancelled when the tracker is cancelled."""
    from ...letters.pdf import write_letters_pdf

    prepare_output(path)
    return await run_in_worker(write_letters_pdf, list(letters), path, progress=tracker.report,
                               cancelled=tracker.cancelled)


def letters_for_import(preview: ImportPreview, result: ImportResult, services_url: str | None) -> list[LetterData]:
    """One letter per account the import created with a provisional password.

    `result.issued` lists the new students then the new guardians, in the preview's order;
    a guardian's letter names the students the export links them to.
    """
    from ...services.credentials import DEFAULT_SERVICES_URL
    from ...services.letters import letter_date

    d = preview.diff
    sources = [s.source_id for s in d.new_students] + [g.source_id for g in d.new_guardians]
    if len(sources) != len(result.issued):
        sources = [None] * len(result.issued)  # not the expected order: letters without children
    children = _children_by_guardian(preview)
    letters = []
    for credential, source_id in zip(result.issued, sources):
        if not credential.provisional_password:
            continue
        letters.append(LetterData(
            establishment_name=preview.establishment_name, establishment_uai=preview.uai,
            first_name=credential.first_name, last_name=credential.last_name, kind=credential.kind,
            class_code=credential.class_code, identifier=credential.identifier,
            provisional_password=credential.provisional_password,
            valid_until=letter_date(credential.expires_at), services_url=services_url or DEFAULT_SERVICES_URL,
            children=children.get(source_id, ()) if credential.kind == "guardian" else (),
        ))
    return letters


def _children_by_guardian(preview: ImportPreview) -> dict[str, tuple[str, ...]]:
    students = {s.source_id: s for s in preview.roster.students if not s.left}
    found: dict[str, list[str]] = {}
    for link in preview.roster.links:
        student = students.get(link.student_source_id)
        if student is None:
            continue
        name = f"{student.first_name} {student.last_name}" + (f" ({student.class_code})" if student.class_code else "")
        found.setdefault(link.guardian_source_id, []).append(name)
    return {guardian: tuple(sorted(names)) for guardian, names in found.items()}

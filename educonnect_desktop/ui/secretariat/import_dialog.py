"""Importing a SIECLE or ONDE export: files, preview, import, letters.

Three steps in one dialog: choose the files ("Analyser" reads them and compares them with
the accounts: `preview_import`, nothing written), read the preview ("Importer" writes it:
`apply_import`, in one transaction), then print the letters of the accounts created. Reading,
hashing and writing run off the GUI thread with a progress bar and "Annuler"; cancelling
before the transaction writes nothing (the service guarantees it).

The provisional passwords of the new accounts stay inside the `ImportResult` held by the
dialog until it closes: they go to the letters PDF, never to the screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...services.staff import StaffSession
from ..translations import translated
from ..widgets import named
from .import_files import FilesChooser, FilesPage, choose_export_files
from ...services.import_letters import letters_for_import
from .import_letters import PdfChooser, choose_pdf_path, write_pdf
from .import_preview import PreviewPane
from .import_progress import ProgressTracker, WorkDialog

if TYPE_CHECKING:
    from ...services.roster_import import ImportPreview, ImportResult

FILES, PREVIEW, RESULT = range(3)


def _button(text: str, object_name: str, accessible_name: str) -> QPushButton:
    button = named(QPushButton(text), object_name, accessible_name)
    button.setAutoDefault(True)  # Enter on the focused button presses it
    return button


class ImportDialog(WorkDialog):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None, *,
                 choose_files: FilesChooser = choose_export_files,
                 choose_pdf: PdfChooser = choose_pdf_path) -> None:
        super().__init__("import", desk, staff, parent)
        self.setWindowTitle(self.tr("Importer les élèves et les responsables"))
        self.resize(820, 560)
        self.choose_pdf = choose_pdf  # tests give their own
        self.preview: ImportPreview | None = None
        self._result: ImportResult | None = None  # holds the provisional passwords: dropped on close
        self.letters_path: Path | None = None

        self.files_page = FilesPage(choose_files)
        self.files_page.changed.connect(self.update_actions)
        self.analyse_button = _button(self.tr("Analy&ser"), "importAnalyseButton",
                                      self.tr("Analyser les fichiers (rien n'est enregistré)"))
        self.analyse_button.clicked.connect(self.analyse)
        # The old ATEN directory is another kind of file, with its own dialog (legacy_import_dialog).
        self.legacy_button = _button(self.tr("Anciens comptes A&TEN…"), "importLegacyButton",
                                     self.tr("Importer l'annuaire des anciens comptes ATEN"))
        self.legacy_button.clicked.connect(self.open_legacy_import)

        self.preview_pane = PreviewPane()
        self.guardians_check = named(
            QCheckBox(self.tr("&Générer aussi un mot de passe provisoire pour les représentants légaux")),
            "importGuardianPasswordsCheck", self.tr("Mots de passe provisoires des représentants légaux"))
        # Shown only when the import would mark many pupils as left: "Importer" waits for it.
        self.departures_check = named(
            QCheckBox(self.tr("Je &confirme que ces élèves ont vraiment quitté l'établissement")),
            "importConfirmDeparturesCheck", self.tr("Confirmer la sortie de nombreux élèves"))
        self.departures_check.setVisible(False)
        self.departures_check.toggled.connect(self.update_actions)
        self.back_button = _button(self.tr("< &Précédent"), "importBackButton", self.tr("Revenir aux fichiers"))
        self.back_button.clicked.connect(self.back)
        self.import_button = _button(self.tr("&Importer"), "importApplyButton", self.tr("Importer"))
        self.import_button.clicked.connect(self.import_roster)

        self.result_text = named(QPlainTextEdit(), "importResultText", self.tr("Résultat de l'import"))
        self.result_text.setReadOnly(True)
        self.result_text.setTabChangesFocus(True)
        self.letters_notice = named(QLabel(), "importLettersNotice", self.tr("Lettres de notification"))
        self.letters_notice.setWordWrap(True)
        self.print_button = _button(self.tr("Imprimer les &lettres…"), "importPrintLettersButton",
                                    self.tr("Imprimer les lettres de notification (PDF)"))
        self.print_button.clicked.connect(self.print_letters)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._page(self.files_page, self.legacy_button, self.analyse_button))
        self.pages.addWidget(self._page(self.preview_pane, self.back_button, self.import_button,
                                        above=(self.departures_check, self.guardians_check)))
        self.pages.addWidget(self._page(self.result_text, self.print_button, above=self.letters_notice))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(buttons.button(QDialogButtonBox.StandardButton.Close), "importCloseButton",
                                  self.tr("Fermer"))
        self.close_button.setText(self.tr("Fer&mer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.update_actions()

    @staticmethod
    def _page(main: QWidget, *buttons: QWidget, above: QWidget | tuple[QWidget, ...] | None = None) -> QWidget:
        """`main`, then `above` (options), then the step's buttons on the right."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main, 1)
        for option in (above if isinstance(above, tuple) else (above,) if above is not None else ()):
            layout.addWidget(option)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # -- state ------------------------------------------------------------------------------
    def step(self) -> int:
        return self.pages.currentIndex()

    def controls(self) -> Iterable[QWidget]:
        return (self.files_page, self.legacy_button, self.analyse_button, self.departures_check,
                self.guardians_check, self.back_button,
                self.import_button, self.print_button, self.close_button)

    def update_actions(self) -> None:
        problem = self.files_page.problem()
        self.analyse_button.setEnabled(not self.busy and problem is None)
        self.analyse_button.setAccessibleDescription(problem or "")
        confirmed = self.preview is None or not self.preview.mass_departure or self.departures_check.isChecked()
        self.import_button.setEnabled(not self.busy and self.preview is not None and self.preview.has_changes
                                      and confirmed)
        self.import_button.setAccessibleDescription(
            "" if confirmed else self.tr("Confirmez d'abord la sortie des élèves, ci-dessus."))
        self.print_button.setEnabled(not self.busy and self._letters_count() > 0)

    def _letters_count(self) -> int:
        return self._result.passwords_issued if self._result is not None else 0

    def _go(self, step: int, focus: QWidget) -> None:
        self.pages.setCurrentIndex(step)
        self.update_actions()
        focus.setFocus()

    def open_legacy_import(self) -> None:
        from .legacy_import_dialog import LegacyImportDialog

        self.legacy_dialog = LegacyImportDialog(self.desk, self.staff, self)
        self.legacy_dialog.open()

    def back(self) -> None:
        self.preview = None
        self.preview_pane.clear_preview()
        self._go(FILES, self.analyse_button)

    def done(self, result: int) -> None:
        self._result = None  # the provisional passwords live no longer than the dialog
        super().done(result)

    # -- the three actions ----------------------------------------------------------------
    @asyncSlot()
    async def analyse(self) -> None:
        if self.busy or self.files_page.problem() is not None:
            return
        from ...services.roster_import import preview_import

        paths, kind = self.files_page.paths(), self.files_page.kind()
        uai, name = self.files_page.uai(), self.files_page.establishment_name()

        async def work(tracker: ProgressTracker) -> ImportPreview:
            return await self.desk.call(preview_import, paths, kind=kind, uai=uai, establishment_name=name,
                                        progress=tracker.report, cancelled=tracker.cancelled)

        preview = await self.run(self.tr("Lecture des fichiers…"), work)
        if preview is None or not self.alive():
            return
        if preview.establishment_name_missing:  # ask for it: never a made-up "Établissement 0759999Z"
            from ...services.roster_import import EstablishmentNameRequired

            self.show_error(translated(EstablishmentNameRequired(preview.uai).message))
            self.files_page.name_edit.setFocus()
            return
        self.preview = preview
        self.preview_pane.show_preview(preview)
        self.guardians_check.setChecked(False)
        self.departures_check.setChecked(False)
        self.departures_check.setVisible(bool(preview.mass_departure))
        self.departures_check.setToolTip(preview.mass_departure or "")
        self.departures_check.setAccessibleDescription(preview.mass_departure or "")
        if preview.mass_departure:
            self._go(PREVIEW, self.preview_pane)
        else:
            self._go(PREVIEW, self.import_button if preview.has_changes else self.back_button)

    @asyncSlot()
    async def import_roster(self) -> None:
        preview = self.preview
        if self.busy or preview is None:
            return
        from ...services.roster_import import apply_import

        guardians = self.guardians_check.isChecked()
        confirmed = self.departures_check.isChecked()

        async def work(tracker: ProgressTracker) -> ImportResult:
            return await self.desk.call(apply_import, preview, actor=self.staff.actor,
                                        provisional_for_guardians=guardians, confirm_departures=confirmed,
                                        progress=tracker.report, cancelled=tracker.cancelled)

        result = await self.run(self.tr("Préparation des mots de passe provisoires, puis enregistrement…"), work)
        if result is None or not self.alive():
            return
        self._show_result(result)

    def _show_result(self, result: ImportResult) -> None:
        from ...services.roster_text import result_lines

        self._result = result
        self.result_text.setPlainText("\n".join(translated(line) for line in result_lines(result)))
        count = result.passwords_issued
        if count:
            self.letters_notice.setText(self.tr(
                "{0} mot(s) de passe provisoire(s) : ils ne sont affichés nulle part et ne sont conservés "
                "que jusqu'à la fermeture de cette fenêtre. Imprimez les lettres maintenant.").format(count))
        else:
            self.letters_notice.setText(self.tr("Aucun mot de passe provisoire : pas de lettre à imprimer."))
        self._go(RESULT, self.print_button if count else self.close_button)

    @asyncSlot()
    async def print_letters(self) -> None:
        result, preview = self._result, self.preview
        if self.busy or result is None or preview is None or not result.passwords_issued:
            return
        path = self.choose_pdf(self, f"lettres-{preview.uai}.pdf")
        if path is None:
            return
        letters = letters_for_import(preview, result, self.desk.config.services_url)

        async def work(tracker: ProgressTracker) -> Path:
            return await write_pdf(letters, Path(path), tracker,
                                   family_language=self.desk.config.letters.family_language)

        written = await self.run(self.tr("Écriture des lettres…"), work)
        if written is None or not self.alive():
            return
        self.letters_path = written
        self.letters_notice.setText(self.tr("{0} lettre(s) enregistrée(s) dans {1}.").format(len(letters), written))
        self.letters_notice.setAccessibleDescription(self.letters_notice.text())

"""Importing the old ATEN / ATEN-élève directory from the secretariat (as `educonnect legacy import`).

Choose the CSV (`login;password;siecle_id`), read what it would do ("Analyser": nothing
hashed, nothing written), then "Importer": the passwords are hashed off the GUI thread
with a progress bar and "Annuler" (cancelling writes nothing), then stored in one
transaction. A bad file gets its French reason and changes nothing. The dialog then
reminds to delete the file: it holds passwords in clear.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.hashing import HashingCancelled
from ...errors import UserFacingError
from ...services import legacy
from ...services.staff import StaffSession
from ..my_account.section import action_button
from ..widgets import caption, named
from .import_progress import ProgressTracker, WorkDialog

CsvChooser = Callable[[QWidget], Path | None]
MAX_REJECTED_SHOWN = 50


def choose_legacy_csv(parent: QWidget) -> Path | None:
    """Qt's own (non-native) open dialog: same look everywhere, usable with the keyboard."""
    dialog = QFileDialog(parent, QCoreApplication.translate("LegacyImport", "Choisir l'annuaire ATEN (CSV)"), str(Path.home()))
    dialog.setObjectName("legacyFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([QCoreApplication.translate("LegacyImport", "Annuaire ATEN (*.csv *.txt)"), QCoreApplication.translate("LegacyImport", "Tous les fichiers (*)")])
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class LegacyImportDialog(WorkDialog):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None, *,
                 choose_csv: CsvChooser = choose_legacy_csv) -> None:
        super().__init__("legacyImport", desk, staff, parent)
        self.setWindowTitle(self.tr("Importer les anciens comptes ATEN"))
        self.resize(640, 460)
        self.choose_csv = choose_csv
        self.preview: legacy.LegacyPreview | None = None
        self.result: legacy.LegacyImportResult | None = None

        intro = QLabel(self.tr(
            "L'annuaire des anciens comptes ATEN / ATEN-élève (fichier CSV « login;password;siecle_id ») permet "
            "aux familles de passer à EduConnect avec leur ancien identifiant. Les mots de passe sont chiffrés "
            "dans la base dès l'import."))
        intro.setWordWrap(True)
        self.path_edit = named(QLineEdit(), "legacyPathEdit", self.tr("Fichier CSV de l'annuaire ATEN"))
        self.path_edit.setPlaceholderText(self.tr("chemin du fichier CSV"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = action_button(self.tr("&Parcourir…"), "legacyBrowseButton",
                                           self.tr("Choisir le fichier CSV"))
        self.analyse_button = action_button(self.tr("Analy&ser"), "legacyAnalyseButton",
                                      self.tr("Analyser le fichier (rien n'est enregistré)"))
        self.import_button = action_button(self.tr("&Importer"), "legacyImportButton", self.tr("Importer les comptes"))
        self.summary = named(QPlainTextEdit(), "legacySummary", self.tr("Aperçu et résultat de l'import"))
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(buttons.button(QDialogButtonBox.StandardButton.Close), "legacyCloseButton",
                                  self.tr("Fermer"))
        self.close_button.setText(self.tr("Fer&mer"))
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(caption(self.tr("&Fichier :"), self.path_edit))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.analyse_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)

        self.browse_button.clicked.connect(self.browse)
        self.path_edit.returnPressed.connect(self.analyse)
        self.analyse_button.clicked.connect(self.analyse)
        self.import_button.clicked.connect(self.import_accounts)
        self.update_actions()

    # -- state --------------------------------------------------------------------------------
    def controls(self) -> Iterable[QWidget]:
        return (self.path_edit, self.browse_button, self.analyse_button, self.import_button, self.close_button)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def update_actions(self) -> None:
        self.analyse_button.setEnabled(not self.busy and self.path() is not None)
        self.import_button.setEnabled(not self.busy and self.preview is not None and self.preview.importable > 0)

    def _path_changed(self) -> None:
        self.preview = None  # a preview belongs to the file it was made from
        self.update_actions()

    def browse(self) -> None:
        chosen = self.choose_csv(self)
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self.analyse_button.setFocus()

    # -- the two steps ------------------------------------------------------------------------
    @asyncSlot()
    async def analyse(self) -> None:
        path = self.path()
        if self.busy or path is None:
            return
        self.result = None

        async def work(_tracker: ProgressTracker):
            return await self.desk.call(legacy.preview_legacy_csv, path)

        preview = await self.run(self.tr("Lecture du fichier…"), work)
        if not self.alive():
            return
        self.preview = preview
        self.summary.setPlainText(self.preview_text(preview) if preview else "")
        self.update_actions()
        if preview is not None and preview.importable:
            self.import_button.setFocus()

    def preview_text(self, preview: legacy.LegacyPreview) -> str:
        lines = [self.tr("Fichier {0} : rien n'est encore enregistré.").format(preview.file),
                 self.tr("Comptes à importer : {0}").format(preview.new),
                 self.tr("Comptes déjà importés, mot de passe remplacé : {0}").format(preview.replaced),
                 self.tr("Comptes déjà passés à EduConnect, ignorés : {0}").format(preview.already_used)]
        lines += self._rejected_lines(preview.rejected)
        if not preview.importable:
            lines.append(self.tr("Rien à importer dans ce fichier."))
        else:
            lines.append(self.tr("« Importer » chiffre les mots de passe et enregistre les comptes."))
        return "\n".join(lines)

    def _rejected_lines(self, rejected: tuple[str, ...]) -> list[str]:
        if not rejected:
            return []
        lines = [self.tr("Lignes refusées ({0}) :").format(len(rejected))]
        lines += [f"  {line}" for line in rejected[:MAX_REJECTED_SHOWN]]
        if len(rejected) > MAX_REJECTED_SHOWN:
            lines.append(self.tr("  … et {0} autre(s).").format(len(rejected) - MAX_REJECTED_SHOWN))
        return lines

    @asyncSlot()
    async def import_accounts(self) -> None:
        path, preview = self.path(), self.preview
        if self.busy or path is None or preview is None:
            return

        async def work(tracker: ProgressTracker):
            try:
                return await self.desk.call(legacy.import_legacy_csv, path, actor=self.staff.actor,
                                            progress=tracker.report, cancelled=tracker.cancelled)
            except HashingCancelled:
                raise UserFacingError(self.tr("Import annulé : aucun compte n'a été enregistré.")) from None

        result = await self.run(self.tr("Chiffrement des mots de passe…"), work)
        if result is None or not self.alive():
            return
        self.result, self.preview = result, None
        lines = [self.tr("Import terminé : {0} compte(s) enregistré(s), {1} déjà passé(s) à EduConnect.")
                 .format(result.imported, result.already_used)]
        lines += self._rejected_lines(result.rejected)
        lines.append(result.reminder)
        self.summary.setPlainText("\n".join(lines))
        self.update_actions()
        self.close_button.setFocus()

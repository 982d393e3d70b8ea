"""First step of the import: which export (SIECLE or ONDE), which files, which establishment.

Files are added with Qt's own (non-native) file dialog or dropped on the page. The kind
follows the files: CSV files are an ONDE export, XML and zip files a SIECLE one; the
service recognises the files by their content anyway and names the one it refuses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..widgets import caption
from ..widgets import named

SIECLE, ONDE = "siecle", "onde"

# (parent, kind) -> the chosen files (empty when the person gave up).
FilesChooser = Callable[[QWidget, str], list[Path]]


def choose_export_files(parent: QWidget, kind: str) -> list[Path]:
    dialog = QFileDialog(parent, QCoreApplication.translate("ImportFiles", "Choisir les fichiers de l'export"), str(Path.home()))
    dialog.setObjectName("importFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    if kind == ONDE:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([QCoreApplication.translate("ImportFiles", "Export ONDE (*.csv)"), QCoreApplication.translate("ImportFiles", "Tous les fichiers (*)")])
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([QCoreApplication.translate("ImportFiles", "Exports SIECLE (*.xml *.zip)"), QCoreApplication.translate("ImportFiles", "Tous les fichiers (*)")])
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def guess_kind(paths: list[Path]) -> str | None:
    suffixes = {p.suffix.lower() for p in paths}
    if suffixes and suffixes <= {".csv", ".txt"}:
        return ONDE
    if suffixes & {".xml", ".zip"}:
        return SIECLE
    return None


class FilesPage(QWidget):
    changed = Signal()

    def __init__(self, choose_files: FilesChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importFilesPage")
        self.choose_files = choose_files
        self.setAcceptDrops(True)

        intro = QLabel(self.tr(
            "SIECLE : ajoutez ElevesSansAdresses.xml (ou ElevesAvecAdresses.xml) et "
            "ResponsablesAvecAdresses.xml, ou l'archive zip qui les contient. ONDE : un seul fichier CSV. "
            "Vous pouvez aussi déposer les fichiers ici."))
        intro.setWordWrap(True)
        self.kind_combo = named(QComboBox(), "importKindCombo", self.tr("Type d'export"))
        self.kind_combo.addItem(self.tr("SIECLE (collège, lycée) : fichiers XML ou zip"), SIECLE)
        self.kind_combo.addItem(self.tr("ONDE (école) : fichier CSV"), ONDE)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.files_list = named(QListWidget(), "importFilesList", self.tr("Fichiers à importer"))
        self.files_list.itemSelectionChanged.connect(self.update_actions)
        self.add_button = named(QPushButton(self.tr("&Ajouter des fichiers…")), "importAddFilesButton",
                                self.tr("Ajouter des fichiers"))
        self.remove_button = named(QPushButton(self.tr("&Retirer")), "importRemoveFileButton",
                                   self.tr("Retirer le fichier sélectionné"))
        self.add_button.clicked.connect(self.add_files)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.files_list, self.remove_selected)
        self.uai_edit = named(QLineEdit(), "importUaiEdit", self.tr("Code UAI de l'établissement"),
                              self.tr("Seulement si le fichier ne l'indique pas (ONDE)"))
        self.uai_edit.setMaxLength(8)
        self.uai_edit.setPlaceholderText(self.tr("ex. 0751234A (ONDE seulement)"))
        self.name_edit = named(QLineEdit(), "importEstablishmentNameEdit", self.tr("Nom de l'établissement"),
                               self.tr("Utilisé seulement si l'import crée l'établissement"))
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("si l'établissement est nouveau"))
        for edit in (self.uai_edit, self.name_edit):
            edit.textChanged.connect(self.changed)

        kind_form = QFormLayout()
        kind_form.addRow(caption(self.tr("T&ype d'export :"), self.kind_combo), self.kind_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        school_form = QFormLayout()
        school_form.addRow(caption(self.tr("Code &UAI :"), self.uai_edit), self.uai_edit)
        school_form.addRow(caption(self.tr("&Nom de l'établissement :"), self.name_edit), self.name_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(kind_form)
        layout.addWidget(caption(self.tr("&Fichiers :"), self.files_list))
        layout.addWidget(self.files_list, 1)
        layout.addLayout(buttons)
        layout.addLayout(school_form)
        self._kind_changed()

    # -- what was chosen ------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def paths(self) -> list[Path]:
        return [Path(self.files_list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.files_list.count())]

    def uai(self) -> str | None:
        return (self.uai_edit.text().strip() or None) if self.kind() == ONDE else None

    def establishment_name(self) -> str | None:
        return self.name_edit.text().strip() or None

    def problem(self) -> str | None:
        """Why "Analyser" cannot start yet, in French; None when it can."""
        paths = self.paths()
        if not paths:
            return self.tr("Ajoutez les fichiers de l'export.")
        if self.kind() == ONDE and len(paths) > 1:
            return self.tr("Un export ONDE est un seul fichier CSV : retirez les autres fichiers.")
        return None

    # -- changing it ------------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        known = set(self.paths())
        kind = guess_kind(paths)
        if kind is not None and kind != self.kind():
            self.files_list.clear()  # a different export: start again with these files
            known = set()
            self.set_kind(kind)
        for path in paths:
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files_list.addItem(item)
        if self.files_list.count():
            self.files_list.setCurrentRow(self.files_list.count() - 1)
        self.update_actions()
        self.changed.emit()

    def add_files(self) -> None:
        chosen = self.choose_files(self, self.kind())
        if chosen:
            self.add_paths([Path(p) for p in chosen])

    def remove_selected(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))
        self.update_actions()
        self.changed.emit()

    def update_actions(self) -> None:
        self.remove_button.setEnabled(bool(self.files_list.selectedItems()))

    def _kind_changed(self) -> None:
        self.uai_edit.setEnabled(self.kind() == ONDE)
        self.changed.emit()

    # -- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

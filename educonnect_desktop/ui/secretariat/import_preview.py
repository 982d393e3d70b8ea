"""The import preview: the French summary, then one tab per kind of change, counts in the titles.

Tabs: "Résumé", "Nouveaux" (students and legal guardians), "Modifiés" (which fields, old →
new), "Sortis" (who leaves the establishment and why, and the leavers left out), "Refusés"
(file, place, reason), "Avertissements". Every list is a read-only view that the keyboard
walks (Tab moves on, arrows move inside), over a `RecordsModel` that formats only the rows on
screen: showing a preview of any size costs the GUI thread well under a frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPlainTextEdit, QTableView, QTabWidget, QWidget

from ...core.labels import KIND_LABELS
from ...services.roster_text import changed_fields, person, shown
from ..translations import translated
from ..widgets import named
from .records_model import RecordsModel, Segment

if TYPE_CHECKING:
    from ...services.roster_import import ImportPreview

STUDENT, GUARDIAN = KIND_LABELS["student"], KIND_LABELS["guardian"]


class PreviewPane(QTabWidget):
    TABS = ("new", "changed", "left", "rejected", "warnings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "importPreviewTabs", self.tr("Aperçu de l'import"))
        self.summary = named(QPlainTextEdit(), "importSummaryText", self.tr("Résumé de l'import"))
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        headers = {
            "new": (self.tr("Type"), self.tr("Nom"), self.tr("Prénom"), self.tr("Classe ou contact")),
            "changed": (self.tr("Type"), self.tr("Nom"), self.tr("Modifications")),
            "left": (self.tr("Élève"), self.tr("Classe"), self.tr("Motif")),
            "rejected": (self.tr("Fichier"), self.tr("Emplacement"), self.tr("Motif du refus")),
            "warnings": (self.tr("Fichier"), self.tr("Emplacement"), self.tr("Avertissement")),
        }
        names = {"new": self.tr("Nouveaux comptes"), "changed": self.tr("Comptes modifiés"),
                 "left": self.tr("Élèves sortis"), "rejected": self.tr("Lignes refusées"),
                 "warnings": self.tr("Avertissements")}
        self.trees: dict[str, QTableView] = {}
        self.models: dict[str, RecordsModel] = {}
        for key in self.TABS:
            self.models[key] = RecordsModel(headers[key], self)
            self.trees[key] = _records_view(f"import{key.capitalize()}Tree", names[key], self.models[key])
        self.addTab(self.summary, self.tr("Résumé"))
        for key in self.TABS:
            self.addTab(self.trees[key], "")

    def tree(self, key: str) -> QTableView:
        return self.trees[key]

    def rows(self, key: str) -> list[list[str]]:
        """The texts of a tab, row by row (tests and screen readers' users alike read these)."""
        model = self.models[key]
        return [list(model.row_texts(row)) for row in range(model.rowCount())]

    def show_preview(self, preview: ImportPreview) -> None:
        d, roster = preview.diff, preview.roster
        self.summary.setPlainText("\n".join(translated(line) for line in preview.summary))
        born = self.tr("{0}, né(e) le {1}")
        kept = self.tr("conservé (donné par la famille) : {0}")
        already_left = self.tr("déjà sorti de l'établissement : aucun compte créé")
        sections: dict[str, list[Segment]] = {
            "new": [
                (d.new_students, lambda s: (translated(STUDENT), s.usage_name or s.last_name, s.first_name,
                                            born.format(shown(s.class_code), shown(s.birth_date)))),
                (d.new_guardians, lambda g: (translated(GUARDIAN), g.usage_name or g.last_name, g.first_name,
                                             " ".join(x for x in (g.mobile, g.email) if x) or "—")),
            ],
            "changed": [
                (d.changed_students, lambda ch: (translated(STUDENT), person(ch.record), translated(changed_fields(ch)))),
                (d.changed_guardians, lambda ch: (translated(GUARDIAN), person(ch.record), translated(changed_fields(ch)))),
                (preview.kept_contacts, lambda item: (translated(GUARDIAN), person(item[0].record), kept.format(", ".join(item[1])))),
            ],
            "left": [
                (d.left_students, lambda dep: (person(dep.existing), shown(dep.existing.class_code), translated(dep.reason))),
                (d.ignored_left, lambda s: (person(s), shown(s.class_code), already_left)),
            ],
            "rejected": [(d.rejected, lambda row: (row.file, translated(row.location), translated(row.reason)))],
            "warnings": [(roster.warnings, lambda w: (w.file, translated(w.location), translated(w.message)))],
        }
        titles = {"new": self.tr("Nouveaux ({0})"), "changed": self.tr("Modifiés ({0})"),
                  "left": self.tr("Sortis ({0})"), "rejected": self.tr("Refusés ({0})"),
                  "warnings": self.tr("Avertissements ({0})")}
        for index, key in enumerate(self.TABS, start=1):
            self.models[key].set_segments(sections[key])
            self.setTabText(index, titles[key].format(self.models[key].rowCount()))
        self.setCurrentIndex(0)

    def clear_preview(self) -> None:
        self.summary.clear()
        for model in self.models.values():
            model.clear()


def _records_view(object_name: str, accessible_name: str, model: RecordsModel) -> QTableView:
    """A read-only list of records with column headers, walked with the keyboard.

    A table view, not a tree: QTreeView lays out an item per row when first shown (50 ms
    for 16,000 rows on the bench machine, before any of our code runs); a table view with
    fixed-height rows asks only for the rows on screen.
    """
    view = named(QTableView(), object_name, accessible_name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    columns = view.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
    for column in range(model.columnCount() - 1):
        view.setColumnWidth(column, 160)
    return view

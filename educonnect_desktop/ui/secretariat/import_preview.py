"""The import preview: the French summary, then one tab per kind of change, counts in the titles.

Tabs: "Résumé", "Nouveaux" (students and legal guardians), "Modifiés" (which fields, old →
new), "Sortis" (who leaves the establishment and why, and the leavers left out), "Refusés"
(file, place, reason), "Avertissements". Every list is a read-only tree that the keyboard
walks (Tab moves on, arrows move inside).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from ...core.labels import KIND_LABELS
from ...services.roster_text import changed_fields, person, shown
from ..widgets import named
from .audit_view import records_tree, tree_rows

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
        self.trees: dict[str, QTreeWidget] = {}
        for key in self.TABS:
            self.trees[key] = records_tree(f"import{key.capitalize()}Tree", names[key], list(headers[key]))
        self.addTab(self.summary, self.tr("Résumé"))
        for key in self.TABS:
            self.addTab(self.trees[key], "")

    def tree(self, key: str) -> QTreeWidget:
        return self.trees[key]

    def rows(self, key: str) -> list[list[str]]:
        """The texts of a tab, row by row (tests and screen readers' users alike read these)."""
        return tree_rows(self.trees[key])

    def show_preview(self, preview: ImportPreview) -> None:
        d, roster = preview.diff, preview.roster
        self.summary.setPlainText("\n".join(preview.summary))
        self._fill("new", [(STUDENT, s.usage_name or s.last_name, s.first_name,
                            self.tr("{0}, né(e) le {1}").format(shown(s.class_code), shown(s.birth_date)))
                           for s in d.new_students]
                   + [(GUARDIAN, g.usage_name or g.last_name, g.first_name,
                       " ".join(x for x in (g.mobile, g.email) if x) or "—") for g in d.new_guardians])
        self._fill("changed", [(STUDENT, person(ch.record), changed_fields(ch)) for ch in d.changed_students]
                   + [(GUARDIAN, person(ch.record), changed_fields(ch)) for ch in d.changed_guardians]
                   + [(GUARDIAN, person(ch.record),
                       self.tr("conservé (donné par la famille) : {0}").format(", ".join(fields)))
                      for ch, fields in preview.kept_contacts])
        self._fill("left", [(person(dep.existing), shown(dep.existing.class_code), dep.reason)
                            for dep in d.left_students]
                   + [(person(s), shown(s.class_code),
                       self.tr("déjà sorti de l'établissement : aucun compte créé")) for s in d.ignored_left])
        self._fill("rejected", [(row.file, row.location, row.reason) for row in d.rejected])
        self._fill("warnings", [(w.file, w.location, w.message) for w in roster.warnings])
        titles = {"new": self.tr("Nouveaux ({0})"), "changed": self.tr("Modifiés ({0})"),
                  "left": self.tr("Sortis ({0})"), "rejected": self.tr("Refusés ({0})"),
                  "warnings": self.tr("Avertissements ({0})")}
        for index, key in enumerate(self.TABS, start=1):
            self.setTabText(index, titles[key].format(self.trees[key].topLevelItemCount()))
        self.setCurrentIndex(0)

    def clear_preview(self) -> None:
        self.summary.clear()
        for tree in self.trees.values():
            tree.clear()

    def _fill(self, key: str, rows: Iterable[Sequence[str]]) -> None:
        tree = self.trees[key]
        tree.clear()
        tree.addTopLevelItems([QTreeWidgetItem([str(cell) for cell in row]) for row in rows])
        for column in range(tree.columnCount() - 1):
            tree.resizeColumnToContents(column)

"""Printing notification letters for a class or for named accounts.

Every letter carries a NEW provisional password: the previous one (and a password the
person chose) stops working. The dialog says so before anything happens. The output file
and the fonts are checked first, then `issue_letters` hashes the new passwords (progress,
"Annuler": nothing changes if cancelled) and commits, then the PDF is written on the worker
thread. A PDF cancelled or failed after the commit means printing again (yet new passwords),
as the message says.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...core.hashing import HashingCancelled
from ...errors import UserFacingError
from ...letters.errors import LettersCancelled
from ...services import account_search
from ...services.staff import StaffSession
from .. import theme
from ..translations import translated
from ..widgets import caption
from ..widgets import named
from .import_letters import PdfChooser, choose_pdf_path, prepare_output, write_pdf
from .import_progress import ProgressTracker, WorkDialog

_SEPARATORS = re.compile(r"[\s,;]+")
SUMMARY_DELAY_MS = 250


def typed_identifiers(text: str) -> list[str]:
    return [part for part in _SEPARATORS.split(text) if part]


class ClassLettersDialog(WorkDialog):
    def __init__(self, desk, staff: StaffSession, parent: QWidget | None = None, *,
                 choose_pdf: PdfChooser = choose_pdf_path) -> None:
        super().__init__("classLetters", desk, staff, parent)
        self.setWindowTitle(self.tr("Imprimer des lettres de notification"))
        self.resize(560, 420)
        self.choose_pdf = choose_pdf  # tests give their own
        self.classes_loaded = False
        self.written_path: Path | None = None

        warning = named(QLabel(self.tr(
            "Attention : chaque lettre donne un NOUVEAU mot de passe provisoire. Le mot de passe précédent "
            "(lettre déjà distribuée ou mot de passe choisi par la personne) cesse aussitôt de fonctionner.")),
            "classLettersWarning", self.tr("Avertissement"))
        warning.setWordWrap(True)
        warning.setStyleSheet(theme.warning_style())
        self.class_combo = named(QComboBox(), "classLettersClassCombo", self.tr("Classe"),
                                 self.tr("Les élèves de la classe, par ordre alphabétique"))
        self.class_combo.addItem(self.tr("— aucune classe —"), None)
        self.identifiers_edit = named(QPlainTextEdit(), "classLettersIdentifiersEdit", self.tr("Identifiants"),
                                      self.tr("Élèves ou représentants légaux, séparés par des espaces ou "
                                              "des retours à la ligne"))
        self.identifiers_edit.setTabChangesFocus(True)
        self.identifiers_edit.setPlaceholderText(self.tr("ex. l.martin1 s.martin1"))
        self.identifiers_edit.textChanged.connect(self.update_actions)
        self.class_combo.currentIndexChanged.connect(self.update_actions)
        # What will be printed, said before the save dialog: the class AND the identifiers
        # typed (both are printed), or why not (unknown identifier, class of two schools).
        self.summary_label = named(QLabel(), "classLettersSummary", self.tr("Lettres prévues"))
        self.summary_label.setWordWrap(True)
        self.summary_checks = 0  # finished checks (tests wait on it)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self.update_summary)
        self.identifiers_edit.textChanged.connect(self._summary_timer.start)
        self.class_combo.currentIndexChanged.connect(self._summary_timer.start)
        self.result_label = named(QLabel(), "classLettersResult", self.tr("Fichier écrit"))
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.generate_button = named(QPushButton(self.tr("&Générer le PDF…")), "classLettersGenerateButton",
                                     self.tr("Générer le PDF des lettres"))
        self.generate_button.setAutoDefault(True)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(buttons.button(QDialogButtonBox.StandardButton.Close), "classLettersCloseButton",
                                  self.tr("Fermer"))
        self.close_button.setText(self.tr("Fer&mer"))
        buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(caption(self.tr("&Classe :"), self.class_combo), self.class_combo)
        form.addRow(caption(self.tr("&Identifiants :"), self.identifiers_edit), self.identifiers_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.update_actions()
        QTimer.singleShot(0, self.load_classes)

    # -- inputs -------------------------------------------------------------------------------
    def class_code(self) -> str | None:
        choice = self.class_combo.currentData()
        return choice.class_code if choice else None

    def establishment_uai(self) -> str | None:
        choice = self.class_combo.currentData()
        return choice.establishment_uai if choice else None

    def identifiers(self) -> list[str]:
        return typed_identifiers(self.identifiers_edit.toPlainText())

    def controls(self) -> Iterable[QWidget]:
        return (self.class_combo, self.identifiers_edit, self.generate_button, self.close_button)

    def update_actions(self) -> None:
        self.generate_button.setEnabled(not self.busy and bool(self.class_code() or self.identifiers()))

    @asyncSlot()
    async def load_classes(self) -> None:
        try:
            choices = await self.desk.call(account_search.class_choices)
        except UserFacingError as exc:
            if self.alive():
                self.show_error(translated(exc.message))
            return
        if not self.alive():
            return
        several = len({c.establishment_uai for c in choices}) > 1
        for choice in choices:
            school = choice.establishment_name or choice.establishment_uai
            text = (self.tr("{0} — {1}").format(choice.class_code, school)
                    if several and choice.establishment_uai else choice.class_code)
            self.class_combo.addItem(text, choice)
        self.classes_loaded = True

    async def _preview(self):
        """Who would get a letter, or the French reason why not (None then, message shown)."""
        from ...services.letters import preview_letters

        class_code, identifiers = self.class_code(), self.identifiers()
        if not (class_code or identifiers):
            return None
        try:
            return await self.desk.call(preview_letters, identifiers, class_code=class_code,
                                        establishment_uai=self.establishment_uai())
        except UserFacingError as exc:
            if self.alive():
                self.summary_label.clear()
                self.show_error(translated(exc.message))
            return None

    @asyncSlot()
    async def update_summary(self) -> None:
        if self.busy:
            return
        self.clear_error()
        preview = await self._preview()
        self.summary_checks += 1
        if not self.alive():
            return
        self.summary_label.setText(self.summary_text(preview) if preview else "")
        self.summary_label.setAccessibleDescription(self.summary_label.text())

    def summary_text(self, preview) -> str:
        parts = []
        if preview.class_students:
            where = self.tr(" ({0})").format(preview.establishment) if preview.establishment else ""
            parts.append(self.tr("{0} élève(s) de la classe {1}{2}").format(
                preview.class_students, self.class_code(), where))
        if preview.named:
            parts.append(self.tr("{0} compte(s) désigné(s) par leur identifiant").format(preview.named))
        return self.tr("Lettres prévues : {0} lettre(s) — {1}.").format(preview.total, self.tr(" et ").join(parts))

    # -- printing -----------------------------------------------------------------------------
    @asyncSlot()
    async def generate(self) -> None:
        class_code, identifiers = self.class_code(), self.identifiers()
        if self.busy or not (class_code or identifiers):
            return
        self._summary_timer.stop()
        self.clear_error()
        preview = await self._preview()  # an unknown identifier is said now, not after the save dialog
        if preview is None or not self.alive():
            return
        self.summary_label.setText(self.summary_text(preview))
        suggested = f"lettres-{re.sub(r'[^A-Za-z0-9.-]+', '_', class_code or 'comptes')}.pdf"
        path = self.choose_pdf(self, suggested)
        if path is None:
            return
        self.result_label.hide()
        uai = self.establishment_uai()
        written = await self.run(self.tr("Préparation des mots de passe provisoires…"),
                                 lambda tracker: self._print(Path(path), class_code, uai, identifiers, tracker))
        if written is None or not self.alive():
            return
        self.written_path = written
        self.result_label.setText(self.tr("Lettres enregistrées dans {0}.").format(written))
        self.result_label.setAccessibleDescription(self.result_label.text())
        self.result_label.show()
        self.close_button.setFocus()

    async def _print(self, path: Path, class_code: str | None, uai: str | None, identifiers: list[str],
                     tracker: ProgressTracker) -> Path:
        from ...services.letters import issue_letters

        prepare_output(path)  # before any password changes
        try:
            letters = await self.desk.call(issue_letters, identifiers, class_code=class_code,
                                           establishment_uai=uai, actor=self.staff.actor, progress=tracker.report,
                                           cancelled=tracker.cancelled)
        except HashingCancelled:
            raise UserFacingError(self.tr("Impression annulée : aucun mot de passe n'a été changé.")) from None
        if self.alive():
            self.progress.phase(self.tr("Écriture des {0} lettre(s)…").format(len(letters)))
        try:
            return await write_pdf(letters, path, tracker,
                                   family_language=self.desk.config.letters.family_language)
        except UserFacingError as exc:
            cancelled = isinstance(exc, LettersCancelled)
            raise UserFacingError(self.tr(
                "{0} Les mots de passe provisoires ont déjà été renouvelés : générez le PDF à nouveau pour "
                "avoir des lettres valables.").format(
                    self.tr("Impression annulée : aucun fichier n'a été écrit.") if cancelled else translated(exc.message))
            ) from None

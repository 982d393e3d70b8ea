"""Administrator's dialog: enroll this workstation with the académie's central server.

Server address, the one-time enrollment code given by the server's administrator, and, for a
server whose certificate comes from a private authority, that authority's certificate (typed
or chosen with "Parcourir…"). The enrollment (network, keyring, database) runs on the sync
controller's thread; each refusal is said in French, and nothing is half-done: a refused
enrollment leaves the workstation as it was.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)
from qasync import asyncSlot

from ...errors import UserFacingError
from ...protocol import ERR_ENROLL
from ...services.staff import StaffSession
from ...sync.errors import CaFileUnreadable, CertificateRefused, Refused, Unreachable
from ..translations import translated
from ..widgets import caption, named, show_message
from ..wizard_support import error_label
from .dialogs import chosen_file
from .sync_controller import SyncController


def enrollment_problem(exc: UserFacingError, server: str) -> str:
    """The sentence for a refused enrollment in the window's language, worded for the window
    (the command line says how to pass --ca-file instead)."""
    if isinstance(exc, Unreachable):
        return QCoreApplication.translate(
            "EnrollDialog", "Le serveur central ({0}) ne répond pas. Vérifiez l'adresse (par exemple "
            "https://central.ac-academie.fr:8470) et la connexion réseau du poste, puis réessayez.").format(server)
    if isinstance(exc, CertificateRefused):
        return QCoreApplication.translate(
            "EnrollDialog", "Le certificat du serveur central n'est pas reconnu. Si le serveur utilise une "
            "autorité de certification privée, choisissez son certificat (fichier .pem) dans « Certificat de "
            "l'autorité » ; sinon, vérifiez l'adresse.")
    if isinstance(exc, CaFileUnreadable):
        return QCoreApplication.translate(
            "EnrollDialog", "{0} Choisissez le fichier .pem remis par l'administrateur du serveur.").format(
            translated(exc.message))
    if isinstance(exc, Refused) and exc.code == ERR_ENROLL:
        return QCoreApplication.translate(
            "EnrollDialog", "Code d'inscription refusé : il est inconnu, expiré (valable 24 h) ou déjà utilisé. "
            "Vérifiez-le ou demandez un nouveau code à l'administrateur du serveur.")
    return translated(exc.message)


async def choose_ca_file(parent: QWidget) -> Path | None:
    """Qt's own open dialog (not the system one): the same everywhere, usable with the keyboard."""
    dialog = named(QFileDialog(parent, QCoreApplication.translate("EnrollDialog", "Certificat de l'autorité du serveur"),
                               str(Path.home())),
                   "caFileDialog", QCoreApplication.translate("EnrollDialog", "Choisir le certificat de l'autorité"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters([QCoreApplication.translate("EnrollDialog", "Certificats (*.pem *.crt)"),
                           QCoreApplication.translate("EnrollDialog", "Tous les fichiers (*)")])
    return await chosen_file(dialog)


class EnrollDialog(QDialog):
    enrolled = Signal(object)  # sync.state.Enrollment

    def __init__(self, controller: SyncController, staff: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Inscrire ce poste au serveur central"))
        self.controller, self.staff = controller, staff
        self.attempts = 0  # finished attempts (tests wait on it)

        self.server_edit = named(QLineEdit(), "enrollServerEdit", self.tr("Adresse du serveur central"))
        self.server_edit.setPlaceholderText(self.tr("https://central.ac-academie.fr:8470"))
        self.server_edit.setMaxLength(300)
        self.code_edit = named(QLineEdit(), "enrollCodeEdit", self.tr("Code d'inscription"))
        self.code_edit.setPlaceholderText(self.tr("XXXX-XXXX-XXXX-XXXX"))
        self.code_edit.setMaxLength(64)
        self.ca_edit = named(QLineEdit(), "enrollCaEdit", self.tr("Certificat de l'autorité (facultatif)"))
        self.ca_edit.setPlaceholderText(self.tr("facultatif : fichier .pem d'une autorité privée"))
        self.browse_button = named(QPushButton(self.tr("&Parcourir…")), "enrollBrowseButton",
                                   self.tr("Choisir le certificat de l'autorité"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        self.error = error_label("enrollError")
        self.enroll_button = named(QPushButton(self.tr("&Inscrire le poste")), "enrollButton",
                                   self.tr("Inscrire le poste"))
        self.enroll_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.enroll_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = named(QPushButton(self.tr("Annuler")), "enrollCancelButton", self.tr("Annuler"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.enroll_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

        intro = QLabel(self.tr(
            "L'administrateur du serveur central de l'académie vous donne son adresse et un code d'inscription "
            "(valable 24 heures, une seule fois). Une fois inscrit, ce poste envoie ses modifications et reçoit "
            "celles des autres postes de l'établissement ; il continue de fonctionner hors ligne."))
        intro.setWordWrap(True)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(caption(self.tr("&Adresse du serveur :"), self.server_edit), self.server_edit)
        form.addRow(caption(self.tr("&Code d'inscription :"), self.code_edit), self.code_edit)
        form.addRow(caption(self.tr("Cer&tificat de l'autorité :"), self.ca_edit), ca_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 280)
        self.server_edit.setFocus()

    @asyncSlot()
    async def _browse(self) -> None:
        path = await choose_ca_file(self)
        if path is not None and shiboken6.isValid(self):
            self.ca_edit.setText(str(path))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server_edit, self.code_edit, self.ca_edit, self.browse_button, self.enroll_button):
            widget.setEnabled(not busy)
        self.enroll_button.setText(self.tr("Inscription en cours…") if busy else self.tr("&Inscrire le poste"))
        if not busy:
            self.enroll_button.setDefault(True)  # a disabled button loses it: Enter must enroll again

    @asyncSlot()
    async def submit(self) -> None:
        server, code, ca_file = self.server_edit.text().strip(), self.code_edit.text().strip(), self.ca_edit.text().strip()
        self.error.hide()
        if not server or not code:
            self._refuse(self.tr("Indiquez l'adresse du serveur et le code d'inscription."),
                         self.server_edit if not server else self.code_edit)
            return
        self._set_busy(True)
        try:
            enrollment = await self.controller.enroll(server, code, ca_file or None, self.staff.actor)
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self._set_busy(False)
                self._refuse(enrollment_problem(exc, server), self.code_edit if isinstance(exc, Refused)
                             else self.ca_edit if isinstance(exc, (CertificateRefused, CaFileUnreadable))
                             else self.server_edit)
            return
        finally:
            self.attempts += 1
        self.enrolled.emit(enrollment)
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        show_message(self.error, message)
        focus.setFocus()
        focus.selectAll()

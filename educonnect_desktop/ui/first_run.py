"""First start on an empty database: create the first administrator, optionally load the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from ..core.passwords import check_policy
from ..errors import UserFacingError
from ..services import staff as staff_service
from . import theme
from .credentials_view import credentials_editor, format_credentials
from .desk import Desk
from .keyboard import ForwardMap, ReadingOrderFocus, enter_scope, focus_first
from .translations import translated
from .widgets import named


class FirstRunDialog(ReadingOrderFocus, QDialog):
    """Two pages: the form, then what was created (identifiers to write down).

    Enter in a field means "Créer" (nothing while the form is incomplete), never "Quitter":
    quitting loses everything typed, so only a focused "Quitter" button reacts to Enter.
    """

    finished_setup = Signal(str)  # the administrator's identifier

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.admin_identifier: str | None = None
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Premier démarrage — EduConnect Desktop"))
        self.setMinimumWidth(560)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_form_page())
        self._pages.addWidget(self._build_result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        self._enter = ForwardMap()
        self._enter.add(self.create_button, self.first_name, self.last_name, self.password, self.confirm,
                        self.load_demo)
        self._enter.add(self._done_button, self.demo_credentials)
        enter_scope(self, self._enter)
        self._update_create_button()

    # -- page 1: the form ---------------------------------------------------------------
    def _build_form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "<h2>Bienvenue</h2><p>Cette base de données est vide. Créez d'abord le compte "
            "de l'administrateur de ce poste : il gérera le personnel, les paramètres et les comptes.</p>"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.first_name = named(QLineEdit(), "adminFirstName", self.tr("Prénom de l'administrateur"))
        self.last_name = named(QLineEdit(), "adminLastName", self.tr("Nom de l'administrateur"))
        self.password = named(QLineEdit(), "adminPassword", self.tr("Mot de passe de l'administrateur"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = named(QLineEdit(), "adminPasswordConfirm", self.tr("Confirmation du mot de passe"))
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.policy_label = named(QLabel(), "adminPasswordPolicy", self.tr("Règles du mot de passe"))
        self.policy_label.setWordWrap(True)
        self.load_demo = named(QCheckBox(self.tr("Charger aussi l'établissement de &démonstration "
                                                 "(élèves et parents fictifs, pour essayer)")),
                               "loadDemoCheck", self.tr("Charger l'établissement de démonstration"))
        self.load_demo.setChecked(True)
        self.error_label = named(QLabel(), "firstRunError", self.tr("Message d'erreur"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.error_style())
        self.create_button = named(QPushButton(self.tr("&Créer")), "createAdminButton",
                                   self.tr("Créer l'administrateur"))
        self.create_button.setDefault(True)
        quit_button = named(QPushButton(self.tr("&Quitter")), "firstRunQuitButton", self.tr("Quitter"))
        quit_button.setAutoDefault(False)  # focusing it must not make it the dialog's default
        quit_button.clicked.connect(self.reject)

        form = QFormLayout()
        for text, field in ((self.tr("&Prénom :"), self.first_name), (self.tr("&Nom :"), self.last_name),
                            (self.tr("&Mot de passe :"), self.password),
                            (self.tr("C&onfirmation :"), self.confirm)):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.addRow("", self.policy_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.load_demo)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for field in (self.first_name, self.last_name, self.password, self.confirm):
            field.textChanged.connect(self._update_create_button)
        self.create_button.clicked.connect(self._create)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus_first(self._pages.currentWidget())

    def _policy(self):
        inputs = (self.first_name.text(), self.last_name.text())
        return check_policy(self.password.text(), user_inputs=inputs)

    def _update_create_button(self) -> None:
        policy = self._policy()
        matches = self.password.text() == self.confirm.text()
        problems = [translated(m) for m in policy.messages] if self.password.text() else [
            self.tr("Au moins 8 caractères, dont 3 types parmi : minuscules, majuscules, chiffres, "
                    "caractères spéciaux.")]
        if self.confirm.text() and not matches:
            problems.append(self.tr("Les deux mots de passe ne correspondent pas."))
        self.policy_label.setText("\n".join(problems) if problems else self.tr("Mot de passe conforme."))
        names_given = bool(self.first_name.text().strip() and self.last_name.text().strip())
        self.create_button.setEnabled(names_given and policy.ok and matches)

    @asyncSlot()
    async def _create(self) -> None:
        self.create_button.setEnabled(False)
        self.error_label.setText(self.tr("Création en cours…"))
        try:
            admin = await self._desk.create_first_administrator(
                self.first_name.text(), self.last_name.text(), self.password.text())
            demo = []
            if self.load_demo.isChecked():
                # Audited under the administrator just created, proved by the password just chosen.
                session = await self._desk.call(staff_service.staff_login, admin.identifier, self.password.text())
                demo = await self._desk.load_demo(session.actor)
        except UserFacingError as exc:
            self.error_label.setText(translated(exc.message))
            self._update_create_button()
            return
        self.password.clear()
        self.confirm.clear()
        self.admin_identifier = admin.identifier
        self._show_result(admin.identifier, demo)

    # -- page 2: what was created --------------------------------------------------------
    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = named(QLabel(), "firstRunResult", self.tr("Résultat"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_credentials = credentials_editor()
        done = named(QPushButton(self.tr("&Terminer")), "firstRunDoneButton", self.tr("Terminer"))
        done.clicked.connect(self.accept)
        self._done_button = done
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.demo_credentials, 1)
        layout.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _show_result(self, admin_identifier: str, demo) -> None:
        text = self.tr("<p>Administrateur créé. Son identifiant est <b>{0}</b> : notez-le.</p>").format(
            admin_identifier)
        if demo:
            text += self.tr("<p>Établissement de démonstration chargé. Comptes fictifs et mots de passe "
                            "provisoires (affichés une seule fois) :</p>")
            self.demo_credentials.setPlainText(format_credentials(demo))
        self.demo_credentials.setVisible(bool(demo))
        self.result_label.setText(text)
        self._pages.setCurrentIndex(1)
        self._done_button.setDefault(True)
        self._done_button.setFocus()
        self.finished_setup.emit(admin_identifier)

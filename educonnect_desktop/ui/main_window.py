"""The main window: the staff login and workspace, or the first start on an empty database.

While no administrator exists the window shows the database's overview (establishments,
account counts) and offers the first start; afterwards it shows the staff login, then
the secretariat workspace (`secretariat.session_view`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QMainWindow, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)
from qasync import asyncSlot

from .. import APP_NAME
from ..errors import UserFacingError
from ..services.dto import Overview, school_to_show
from . import theme
from .desk import Desk
from .first_run import FirstRunDialog
from .secretariat.session_view import LOCK_AFTER_MS, StaffSessionView
from .translations import translated
from .widgets import message_label, named, show_message


def unique_sequences(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in seen:
            seen.append(sequence)
    return seen


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, database_path: Path, *, lock_after_ms: int = LOCK_AFTER_MS,
                 workspace_factory=None) -> None:
        super().__init__()
        self._desk = desk
        self.families_window = None
        self.school_name: str | None = None  # the families' header (from the overview)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{0} — {1}").format(APP_NAME, database_path.name))
        self.resize(760, 480)

        self.database_label = named(QLabel(self.tr("Base de données : {0}").format(database_path)),
                                    "databaseLabel", self.tr("Base de données ouverte"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.establishments_label = named(QLabel(), "establishmentsLabel", self.tr("Établissements"))
        self.establishments_label.setWordWrap(True)
        self.counts = {key: named(QLabel("—"), f"{key}Count", caption) for key, caption in (
            ("students", self.tr("Nombre d'élèves")), ("guardians", self.tr("Nombre de représentants légaux")),
            ("staff", self.tr("Nombre de personnels")), ("activated", self.tr("Comptes activés")))}
        self.status_label = named(QLabel(), "statusLabel", self.tr("État"))
        self.status_label.setWordWrap(True)
        self.first_run_button = named(QPushButton(self.tr("&Premier démarrage…")), "firstRunButton",
                                      self.tr("Créer le premier administrateur"))
        self.first_run_button.clicked.connect(self.offer_first_run)
        self.first_run_button.hide()
        self.families_button = named(QPushButton(self.tr("Ouvrir l'accueil des &familles")), "familiesButton",
                                     self.tr("Ouvrir l'accueil des familles"))
        self.families_button.clicked.connect(self.open_families_window)
        refresh = named(QPushButton(self.tr("&Actualiser")), "refreshButton", self.tr("Actualiser"))
        refresh.clicked.connect(self.refresh)

        counts_box = QGroupBox(self.tr("Comptes"))
        grid = QGridLayout(counts_box)
        for row, (key, caption) in enumerate((
                ("students", self.tr("Élèves")), ("guardians", self.tr("Représentants légaux")),
                ("staff", self.tr("Personnels")), ("activated", self.tr("Comptes activés (élèves et parents)")))):
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(self.counts[key], row, 1, Qt.AlignmentFlag.AlignRight)

        overview = QWidget()
        overview.setObjectName("overviewPage")
        layout = QVBoxLayout(overview)
        layout.addWidget(self.database_label)
        layout.addWidget(self.establishments_label)
        layout.addWidget(counts_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.first_run_button)
        layout.addWidget(self.families_button)
        layout.addWidget(refresh)
        layout.addStretch(1)

        self.opening_label = named(QLabel(self.tr("Ouverture de la base de données…")), "openingLabel",
                                   self.tr("Ouverture"))
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff_view = StaffSessionView(desk, lock_after_ms=lock_after_ms, workspace_factory=workspace_factory)
        self.staff_view.families_requested.connect(self.open_families_window)
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        for page in (self.opening_label, overview, self.staff_view):
            self.pages.addWidget(page)
        self.overview_page = overview
        self.staff_view.opened.connect(lambda _workspace: self.fit_to_screen())
        # Above every page, staff login included: whoever runs this workstation must see it.
        self.unencrypted_warning = message_label("unencryptedWarning", self.tr("Base de données non chiffrée"),
                                                 theme.warning_style(banner=True))
        central = QWidget()
        central.setObjectName("mainCentral")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.unencrypted_warning)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menu()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setObjectName("quitAction")
        # Ctrl+Q spelled out: the platform's "Quit" binding is empty on some desktops.
        quit_action.setShortcuts(unique_sequences(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                                  + [QKeySequence("Ctrl+Q")]))
        quit_action.triggered.connect(self.quit_application)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = QAction(self.tr("À &propos"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    def _show_about(self) -> None:
        from .. import __version__  # the package metadata is read when asked, not at start-up

        self.status_label.setText(self.tr("{0} version {1}").format(APP_NAME, __version__))

    def warn_unencrypted(self) -> None:
        """The database stayed clear (no usable keyring): say what that means and how to fix it."""
        show_message(self.unencrypted_warning, self.tr(
            "Attention : la base de données n'est pas chiffrée, faute de trousseau système utilisable. Une "
            "copie du fichier serait lisible par quiconque l'obtient. Installez ou déverrouillez un trousseau, "
            "puis relancez l'application : la base sera chiffrée à l'ouverture suivante."))

    def fit_to_screen(self) -> None:
        """As large as the content wants, never larger than the screen's available area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame_extra = self.frameGeometry().size() - self.geometry().size()
        wanted = self.sizeHint().expandedTo(self.size())
        self.resize(min(wanted.width(), available.width() - frame_extra.width()),
                    min(wanted.height(), available.height() - frame_extra.height()))
        frame = self.frameGeometry()
        if not available.contains(frame):
            self.move(max(available.left(), min(frame.left(), available.right() - frame.width())),
                      max(available.top(), min(frame.top(), available.bottom() - frame.height())))

    def open_families_window(self) -> None:
        """The families' start screen in its own window (use --kiosk for a locked-down kiosk).

        One families window at a time: asked again, the same window comes forward, back to
        its start screen with every field wiped (the previous family's session or half-done
        wizard must not wait behind it for the next person).
        """
        from .start_screen import StartScreen

        if self.families_window is None:
            self.families_window = StartScreen(self._desk)
            self.families_window.setWindowTitle(self.tr("EduConnect — accueil des familles"))
            self.families_window.resize(760, 600)
        else:
            self.families_window.reset()
        self.families_window.show_school(self.school_name)
        self.families_window.show()
        self.families_window.raise_()
        self.families_window.activateWindow()

    def quit_application(self) -> None:
        """Fichier › Quitter (Ctrl+Q): every window of the application closes."""
        self.close()

    def show_overview(self, overview: Overview) -> None:
        self.school_name = school_to_show(overview.establishments)
        if overview.establishments:
            names = ", ".join(f"{e.name} ({e.uai})" for e in overview.establishments)
            self.establishments_label.setText(self.tr("Établissements : {0}").format(names))
        else:
            self.establishments_label.setText(self.tr("Aucun établissement pour l'instant."))
        for key in self.counts:
            self.counts[key].setText(str(getattr(overview, key)))

    async def start(self) -> None:
        """At startup: the staff login when an administrator exists, else the first start."""
        await self.refresh()
        if self.pages.currentWidget() is self.overview_page and not self.first_run_button.isHidden():
            self.offer_first_run()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.staff_view.shutdown()
        if self.families_window is not None:  # no families' screen left running without its desk
            self.families_window.reset()
            self.families_window.close()
        super().closeEvent(event)

    @asyncSlot()
    async def refresh(self) -> None:
        try:
            overview = await self._desk.overview()
            has_admin = await self._desk.has_administrator()
        except UserFacingError as exc:
            self.status_label.setText(translated(exc.message))
            return
        self.show_overview(overview)
        self.first_run_button.setVisible(not has_admin)
        if has_admin and self.pages.currentWidget() is not self.staff_view:
            self.pages.setCurrentWidget(self.staff_view)  # nothing else before a staff login
            self.staff_view.show_login()
        elif not has_admin:
            self.pages.setCurrentWidget(self.overview_page)

    @asyncSlot()
    async def offer_first_run(self) -> None:
        """An empty database never shows an empty window: offer the first steps."""
        if await self._desk.has_administrator():
            return
        dialog = FirstRunDialog(self._desk, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        self.first_run_dialog = dialog

"""The main window: the staff login and workspace, or the first start on an empty database.

While no administrator exists the window shows the database's overview (establishments,
account counts) and offers the first start; afterwards it shows the staff login, then
the secretariat workspace (`secretariat.session_view`).

The window comes in two steps so that the desktop paints it before its heavy imports (see
bench/README.md, "Start-up"): `MainWindow(None, path)` is the opening state (title, menus,
"Ouverture de la base de données…"), which needs only QtWidgets; `attach(desk)` then builds
the overview and the staff view inside the same window. `MainWindow(desk, path)` does both.
This module therefore imports asyncio, qasync, the services and the secretariat's widgets
only in `attach` and the methods that run after it, and never touches the `Qt` namespace
before then (PySide6 builds all of its enums on first access: 25-30 ms).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from .. import APP_NAME
from ..errors import UserFacingError
from .widgets import async_slot, named, show_message

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..services.dto import Overview
    from .desk import Desk


def unique_sequences(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if sequence not in seen:
            seen.append(sequence)
    return seen


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk | None, database_path: Path, *, lock_after_ms: int | None = None,
                 workspace_factory=None) -> None:
        """With `desk` None, the opening state only: `attach(desk)` builds the rest later."""
        super().__init__()
        self._desk = desk
        self._database_path = database_path
        self.families_window = None
        self.school_name: str | None = None  # the families' header (from the overview)
        self.staff_view = None  # until attach()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("{0} — {1}").format(APP_NAME, database_path.name))
        self.resize(760, 480)

        self.opening_label = named(QLabel(self.tr("Ouverture de la base de données…")), "openingLabel",
                                   self.tr("Ouverture"))
        # Centred by stretches rather than by an alignment flag: no `Qt` enum before the first paint.
        opening = QWidget()
        opening.setObjectName("openingPage")
        rows = QVBoxLayout(opening)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.opening_label)
        row.addStretch(1)
        rows.addStretch(1)
        rows.addLayout(row)
        rows.addStretch(1)
        self.opening_page = opening
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.pages.addWidget(opening)
        central = QWidget()
        central.setObjectName("mainCentral")
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menu()
        if desk is not None:
            self.attach(desk, lock_after_ms=lock_after_ms, workspace_factory=workspace_factory)

    @property
    def attached(self) -> bool:
        return self.staff_view is not None

    def attach(self, desk: Desk, *, lock_after_ms: int | None = None, workspace_factory=None) -> None:
        """Build the overview and the staff view (still hidden behind the opening page)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton

        from . import theme
        from .secretariat.session_view import LOCK_AFTER_MS, StaffSessionView
        from .widgets import message_label

        self._desk = desk
        database_path = self._database_path
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

        staff_view = StaffSessionView(desk, lock_after_ms=LOCK_AFTER_MS if lock_after_ms is None else lock_after_ms,
                                      workspace_factory=workspace_factory)
        staff_view.families_requested.connect(self.open_families_window)
        self.pages.addWidget(overview)
        self.pages.addWidget(staff_view)
        self.overview_page = overview
        staff_view.opened.connect(lambda _workspace: self.fit_to_screen())
        # Above every page, staff login included: whoever runs this workstation must see it.
        self.unencrypted_warning = message_label("unencryptedWarning", self.tr("Base de données non chiffrée"),
                                                 theme.warning_style(banner=True))
        self._column.insertWidget(0, self.unencrypted_warning)
        self.staff_view = staff_view  # last: `attached` says the whole window exists

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
        if not self.attached:  # asked in the instant between the first paint and attach()
            return
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
        from PySide6.QtGui import QGuiApplication

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
        from ..services.dto import school_to_show

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
        if self.staff_view is not None:
            self.staff_view.shutdown()
        if self.families_window is not None:  # no families' screen left running without its desk
            self.families_window.reset()
            self.families_window.close()
        super().closeEvent(event)

    @async_slot
    async def refresh(self) -> None:
        try:
            overview = await self._desk.overview()
            has_admin = await self._desk.has_administrator()
        except UserFacingError as exc:
            from .translations import translated

            self.status_label.setText(translated(exc.message))
            return
        self.show_overview(overview)
        self.first_run_button.setVisible(not has_admin)
        if has_admin and self.pages.currentWidget() is not self.staff_view:
            self.pages.setCurrentWidget(self.staff_view)  # nothing else before a staff login
            self.staff_view.show_login()
        elif not has_admin:
            self.pages.setCurrentWidget(self.overview_page)

    @async_slot
    async def offer_first_run(self) -> None:
        """An empty database never shows an empty window: offer the first steps."""
        if await self._desk.has_administrator():
            return
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(self._desk, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        self.first_run_dialog = dialog

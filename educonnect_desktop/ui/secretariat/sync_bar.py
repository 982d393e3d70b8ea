"""The workspace's status bar: the sync's state in one line, "Synchroniser maintenant", and a
busy bar during the first sync (the whole school arriving). Hidden parts make no noise: a
workstation that is not enrolled only reads "Synchronisation : non configurée"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from .. import theme
from ..my_account.section import action_button
from ..translations import translated
from ..widgets import named
from .sync_controller import SyncController
from .sync_status_text import Problem, describe


class SyncStatusBar(QStatusBar):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "syncStatusBar", self.tr("Barre d'état de la synchronisation"))
        self.setSizeGripEnabled(False)
        self.controller = controller
        self.label = named(QLabel(), "syncStatusLabel", self.tr("État de la synchronisation"))
        self.progress = named(QProgressBar(), "syncProgress", self.tr("Première synchronisation en cours"))
        self.progress.setRange(0, 0)  # busy: the server does not say how many rows will come
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = action_button(self.tr("S&ynchroniser maintenant"), "syncNowButton",
                                         self.tr("Synchroniser maintenant"))
        self.sync_button.setToolTip(self.tr("Envoyer les modifications de ce poste et recevoir celles des autres "
                                            "(Alt+Y)"))
        self.sync_button.hide()
        self.addWidget(self.label, 1)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.sync_button)
        self.sync_button.clicked.connect(controller.sync_soon)
        controller.changed.connect(self.show_view)
        self.show_view()

    def show_view(self) -> None:
        view = self.controller.view
        line, detail = (translated(text) for text in describe(view))
        self.label.setText(line)
        self.label.setToolTip(detail)
        self.label.setAccessibleDescription(self.tr("{0}. {1}").format(line, detail))
        warn = view.problem in (Problem.TOO_OLD, Problem.ERROR) or bool(view.conflicts)
        self.label.setStyleSheet(theme.error_style() if warn else "")
        self.progress.setVisible(view.running and view.first_sync)
        self.sync_button.setVisible(view.enrolled)

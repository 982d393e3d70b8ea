"""No SMS service on this workstation: say so and point to the school's letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWizardPage

from ..widgets import named


class UnavailablePage(QWizardPage):
    holds_secrets = False
    letter_route_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("unavailablePage")
        self.setTitle(self.tr("Créer mon compte"))
        self.message = named(QLabel(self.tr(
            "<p>La création de compte par SMS est indisponible sur ce poste pour le moment.</p>"
            "<p>Utilisez l'identifiant et le mot de passe provisoire de la lettre remise par "
            "l'établissement, ou adressez-vous au secrétariat.</p>")),
            "unavailableMessage", self.tr("Création de compte par SMS indisponible"))
        self.message.setWordWrap(True)
        self.letter_button = named(QPushButton(self.tr("J'ai une &lettre de l'établissement")),
                                   "letterRouteButton",
                                   self.tr("Activer mon compte avec la lettre de l'établissement"))
        self.letter_button.clicked.connect(self.letter_route_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.letter_button)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.letter_button.setFocus()

    def clear(self) -> None:
        return None

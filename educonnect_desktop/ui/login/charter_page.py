"""The establishment's IT charter ("charte informatique"), to read and accept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QTextBrowser, QVBoxLayout

from ...flows.login import LoginPage as Pages
from ...paths import resources_dir
from ...services import first_login
from ..widgets import named
from ..widgets import caption
from .base import StepPage, intro_label
from .context import LoginContext

CHARTER_FILE = "charte_informatique.txt"


def charter_text(folder: Path | None = None) -> str:
    path = (folder or resources_dir()) / CHARTER_FILE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        # A missing file must not block the account: the charter is also posted at school.
        return "La charte informatique est affichée dans l'établissement et disponible au secrétariat."


class CharterPage(StepPage):
    step = Pages.CHARTER

    def __init__(self, context: LoginContext) -> None:
        super().__init__("charter", context)
        self.setTitle(self.tr("Charte informatique"))
        intro = intro_label(self.tr("<p>Lisez la charte d'utilisation des services numériques de "
                                    "l'établissement, puis acceptez-la pour continuer.</p>"), "charterIntro")
        self.text = named(QTextBrowser(), "charterText", self.tr("Charte informatique de l'établissement"))
        self.text.setPlainText(charter_text())
        self.text.setOpenLinks(False)
        # Tab leaves the text instead of being swallowed by it (keyboard-only use).
        self.text.setTabChangesFocus(True)
        self.accept_check = named(
            QCheckBox(self.tr("J'ai &lu et j'accepte la charte informatique de l'établissement")),
            "charterAccept", self.tr("J'ai lu et j'accepte la charte informatique de l'établissement"))
        self.accept_check.toggled.connect(self.completeChanged)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption(self.tr("&Charte :"), self.text))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.accept_check)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        super().initializePage()
        self.text.setFocus()

    def inputs_complete(self) -> bool:
        return self.accept_check.isChecked()

    async def submit(self) -> None:
        session = await self.context.desk.call(first_login.accept_charter, self.context.session)
        self.context.flow.step_done(session)

    def clear(self) -> None:
        self.accept_check.setChecked(False)
        self.text.verticalScrollBar().setValue(0)

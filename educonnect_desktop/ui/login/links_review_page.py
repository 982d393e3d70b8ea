"""Children whose link the guardian reported as wrong, offered once more for re-validation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ...flows.login import LoginPage as Pages
from ...services import children
from ..widgets import named
from .base import StepPage, intro_label
from .context import LoginContext


class LinksReviewPage(StepPage):
    """One checkbox per reported child: checked means "je suis bien son représentant légal"."""

    step = Pages.LINKS_REVIEW

    def __init__(self, context: LoginContext) -> None:
        super().__init__("linksReview", context)
        self.setTitle(self.tr("Vos enfants"))
        intro = intro_label(self.tr(
            "<p>Vous avez indiqué ne pas être le représentant légal des élèves ci-dessous. "
            "Si c'était une erreur, cochez-les pour les rattacher à nouveau à votre compte. "
            "Les élèves non cochés restent retirés.</p>"), "linksReviewIntro")
        self.checks: dict[str, QCheckBox] = {}
        self._box = QWidget()
        self._box_layout = QVBoxLayout(self._box)
        self._box_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._box)
        layout.addWidget(self.error)
        layout.addStretch(1)

    async def prepare(self) -> None:
        cards = await self.context.desk.call(children.links_for_review, self.context.session)
        self.show_cards(cards)

    def show_cards(self, cards) -> None:
        self.clear()
        for check in self.checks.values():
            check.deleteLater()
        self.checks = {}
        for index, card in enumerate(cards, start=1):
            born = card.birth_date.strftime("%d/%m/%Y") if card.birth_date else "?"
            text = self.tr("Je suis bien le représentant légal de {0} {1} (né(e) le {2})").format(
                card.first_name, card.initial, born)
            check = named(QCheckBox(text), f"linkReview{index}", text)
            self._box_layout.addWidget(check)
            self.checks[card.identifier] = check
        if self.checks:
            next(iter(self.checks.values())).setFocus()

    async def submit(self) -> None:
        chosen = {ident for ident, check in self.checks.items() if check.isChecked()}
        session = await self.context.desk.call(children.review_links, self.context.session, chosen)
        self.context.flow.step_done(session)

    def clear(self) -> None:
        for check in self.checks.values():
            check.setChecked(False)

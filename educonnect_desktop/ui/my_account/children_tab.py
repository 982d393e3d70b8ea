"""Tab "Mes enfants" (guardians): one card per linked student, and merging another account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from qasync import asyncSlot

from ...errors import UserFacingError
from ...services import children
from ...services.children import MergeResult
from ...services.home import ChildCard
from ...services.session import Session
from ..desk import Desk
from ..translations import translated
from ..widgets import bring_into_view
from ..wizard_support import error_label
from .child_card import ChildCardBox, child_name
from .merge_section import MergeSection
from .section import notice_label


class ChildrenTab(QWidget):
    children_changed = Signal()

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myChildrenTab")
        self.desk = desk
        self.session = session
        self.cards: list[ChildCardBox] = []
        self.shown_children: tuple[ChildCard, ...] = ()  # not "children": QObject.children()
        self.title = QLabel(self.tr("<b>Vos enfants</b>"))
        self.empty_label = QLabel(self.tr("Aucun élève n'est rattaché à votre compte."))
        self.empty_label.setObjectName("noChildrenLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.notice = notice_label("childrenNotice")
        self.error = error_label("childrenError")
        self._cards_box = QWidget()
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self.merge_section = MergeSection(desk, session)
        self.merge_section.merged.connect(self._after_merge)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self._cards_box)
        layout.addWidget(self.merge_section)
        layout.addStretch(1)

    def is_busy(self) -> bool:
        return self.merge_section.busy or any(card.busy for card in self.cards)

    async def refresh(self) -> None:
        self.show_children(await self.desk.call(children.my_children, self.session))

    def show_children(self, cards: tuple[ChildCard, ...]) -> None:
        for box in self.cards:
            self._cards.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.cards = []
        self.shown_children = tuple(cards)
        for index, child in enumerate(cards, start=1):
            box = ChildCardBox(self.desk, self.session, child, index)
            box.link_reported.connect(self._after_report)
            self._cards.addWidget(box)
            self.cards.append(box)
        self.empty_label.setVisible(not cards)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """The cards (created after the merge form) come first when tabbing, as on screen."""
        chain: list[QWidget] = []
        for box in self.cards:
            chain += [box.report_button, box.cancel_button, box.confirm_button]
        chain += [self.merge_section.identifier_edit, self.merge_section.password_edit,
                  self.merge_section.submit_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def clear(self) -> None:
        for section in (self.merge_section, *self.cards):
            section.abandon()
        self.merge_section.clear()
        self.merge_section.clear_messages()
        self.notice.hide()
        self.error.hide()

    @asyncSlot(object)
    async def _after_report(self, child: ChildCard) -> None:
        message = self.tr("{0} n'est plus rattaché(e) à votre compte.").format(child_name(child))
        if await self._reload(message):
            (self.cards[0].report_button if self.cards else self.merge_section.identifier_edit).setFocus()

    @asyncSlot(object)
    async def _after_merge(self, result: MergeResult) -> None:
        if await self._reload(""):
            bring_into_view(self.merge_section.notice)  # the new cards pushed it down

    async def _reload(self, message: str) -> bool:
        """Show the cards as they are now, and `message` once they are."""
        self.error.hide()
        try:
            await self.refresh()
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.show()
            return False
        self.notice.setText(message)
        self.notice.setAccessibleDescription(message)
        self.notice.setVisible(bool(message))
        self.children_changed.emit()
        return True

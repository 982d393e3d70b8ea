""""Mon compte": the tabs "Mes informations" and (guardians) "Mes enfants", as in EduConnect.

Embeddable anywhere (home page, kiosk): one widget, no window of its own. It loads
its data the first time it is shown; `refresh()` reloads it from the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget
from qasync import asyncSlot

from ...errors import UserFacingError
from ...services.session import Session
from ..desk import Desk
from ..keyboard import ReadingOrderFocus, enter_scope
from ..translations import translated
from ..widgets import named
from ..wizard_support import error_label
from .children_tab import ChildrenTab
from .information_tab import GUARDIAN, InformationTab


def _scrolling(content: QWidget) -> QScrollArea:
    """Long tabs scroll instead of squeezing their text on small screens."""
    area = QScrollArea()
    area.setObjectName(f"{content.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


class MyAccountView(ReadingOrderFocus, QWidget):
    """`information_changed(MyInformation)` after an e-mail or mobile change made here;
    `children_changed()` after a merge or a reported link."""

    information_changed = Signal(object)
    children_changed = Signal()

    def __init__(self, desk: Desk, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myAccountView")
        self.desk = desk
        self.session = session
        self.loaded = False
        self._load_started = False
        self.error = error_label("myAccountError")

        self.tabs = named(QTabWidget(), "myAccountTabs", self.tr("Mon compte"))
        self.information_tab = InformationTab(desk, session)
        self.information_tab.information_changed.connect(self.information_changed)
        self.tabs.addTab(_scrolling(self.information_tab), self.tr("Mes &informations"))
        self.children_tab: ChildrenTab | None = None
        if session.kind == GUARDIAN:
            self.children_tab = ChildrenTab(desk, session)
            self.children_tab.children_changed.connect(self.children_changed)
            self.tabs.addTab(_scrolling(self.children_tab), self.tr("Mes &enfants"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        enter_scope(self)  # outside the sections, Enter only presses a focused button

    def show_children_tab(self) -> None:
        if self.children_tab is not None:
            self.tabs.setCurrentIndex(1)

    async def refresh(self) -> None:
        """Reload every tab from the services; a failure is shown above the tabs."""
        self.error.hide()
        try:
            await self.information_tab.refresh()
            if self.children_tab is not None:
                await self.children_tab.refresh()
                # Their first names and birth years make a guessable password: say so.
                self.information_tab.password_section.new_field.set_children(
                    [(c.first_name, c.birth_date.year if c.birth_date else None)
                     for c in self.children_tab.shown_children])
        except UserFacingError as exc:
            self.error.setText(translated(exc.message))
            self.error.setAccessibleDescription(translated(exc.message))
            self.error.show()
            return
        self.loaded = True

    @asyncSlot()
    async def reload(self) -> None:
        await self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._load_started:
            self._load_started = True
            self.reload()

    def is_busy(self) -> bool:
        return self.information_tab.is_busy() or (self.children_tab is not None and self.children_tab.is_busy())

    def clear(self) -> None:
        """Wipe everything typed (passwords, codes): call it when the person leaves."""
        self.information_tab.clear()
        if self.children_tab is not None:
            self.children_tab.clear()

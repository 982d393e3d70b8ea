"""A QWizard that follows a plain-Python flow, and what every activation journey shares.

Pages are registered by the flow's page names; `nextId()` asks the flow. The wizard
says when the journey ends (`journey_finished`, finished or cancelled), wipes every
field on `reset()` (secrets first) and comes back to the first page.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ...services.session import Session
from ..desk import Desk
from ..widgets import named
from ..wizard_support import KeyboardWizard, name_wizard_buttons


class TicketFlow(Protocol):
    """What the shared pages read and write: both activation flows have it."""

    identifier: str | None
    ticket: str | None
    session: Session | None

    def next_page(self, current: str) -> str | None: ...


_FORWARD_BUTTONS = (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                    QWizard.WizardButton.FinishButton)


class FlowWizard(KeyboardWizard):
    journey_finished = Signal()  # finished or cancelled: the start screen comes back
    account_activated = Signal(object)  # Session, once the password is chosen

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.flow: TicketFlow = self.new_flow()
        self._ids: dict[str, int] = {}
        self._page_names: dict[int, str] = {}
        name_wizard_buttons(self)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Valider"))
        named(self.button(QWizard.WizardButton.CommitButton), "wizardCommit", self.tr("Valider"))
        self.setMinimumWidth(620)
        self.currentIdChanged.connect(self._name_forward_buttons)
        self.finished.connect(self._on_finished)

    # -- for subclasses -------------------------------------------------------------------
    def new_flow(self) -> TicketFlow:
        raise NotImplementedError

    def start_page(self) -> str:
        raise NotImplementedError

    def add_page(self, name: str, page: QWizardPage) -> None:
        page_id = len(self._ids)
        self._ids[name] = page_id
        self._page_names[page_id] = name
        self.setPage(page_id, page)
        self.setStartId(self._ids.get(self.start_page(), 0))

    # -- navigation -----------------------------------------------------------------------
    def current_flow(self) -> TicketFlow:
        """For the pages: the flow of the journey under way (a reset starts a new one)."""
        return self.flow

    def page_named(self, name: str) -> QWizardPage:
        return self.page(self._ids[name])

    def current_page_name(self) -> str | None:
        return self._page_names.get(self.currentId())

    def nextId(self) -> int:
        current = self.current_page_name()
        following = self.flow.next_page(current) if current is not None else None
        return -1 if following is None else self._ids[following]

    # -- end of the journey -----------------------------------------------------------------
    def reset(self) -> None:
        """Stop pending work, wipe every field (codes and passwords first), back to the start."""
        pages = [self.page(page_id) for page_id in self.pageIds()]
        pages.sort(key=lambda page: not getattr(page, "holds_secrets", False))
        for page in pages:
            cancel = getattr(page, "cancel_tasks", None)
            if cancel is not None:
                cancel()
            page.clear()
            clear_error = getattr(page, "clear_error", None)
            if clear_error is not None:
                clear_error()
        self.flow = self.new_flow()
        self.setStartId(self._ids[self.start_page()])
        self.restart()

    def _on_finished(self, _result: int) -> None:
        self.reset()
        self.journey_finished.emit()

    def _name_forward_buttons(self, _page_id: int) -> None:
        """Screen readers say what the button says on this page ("Recevoir mon code SMS")."""
        for which in _FORWARD_BUTTONS:
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))

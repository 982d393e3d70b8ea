"""The base of the login wizard's pages: shared context, data loaded on entry, "Plus tard"."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ...errors import UserFacingError
from ..translations import translated
from ..widgets import named
from ..wizard_support import AsyncPage
from .context import LoginContext


def intro_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def side_button(text: str, object_name: str, accessible_name: str) -> QPushButton:
    """A secondary page button: Enter in a field must still mean "Suivant", not this."""
    button = named(QPushButton(text), object_name, accessible_name)
    button.setAutoDefault(False)
    return button


class StepPage(AsyncPage):
    """A page of the login wizard.

    `prepare()` (optional) loads what the page shows when it is entered; the page stays
    incomplete until it is done. `skip()` moves on without `submit()` (e-mail steps
    that may wait). `clear()` wipes what was typed: called on cleanup and by the
    wizard's reset.
    """

    def __init__(self, name: str, context: LoginContext) -> None:
        super().__init__(name)
        self.context = context
        self.ready = True
        self.prepare_task: asyncio.Task | None = None
        self._skipping = False

    # -- overridable ----------------------------------------------------------------------
    async def prepare(self) -> None:
        return None

    def inputs_complete(self) -> bool:
        return True

    def clear(self) -> None:
        return None

    # -- QWizardPage ----------------------------------------------------------------------
    def initializePage(self) -> None:
        self.clear_error()
        if type(self).prepare is StepPage.prepare:
            return
        self.ready = False
        self.completeChanged.emit()
        self.prepare_task = asyncio.ensure_future(self._prepare())

    def isComplete(self) -> bool:
        return self.ready and not self.busy and self.inputs_complete()

    def validatePage(self) -> bool:
        return True if self._skipping else super().validatePage()

    def cleanupPage(self) -> None:
        self.cancel_tasks()
        self.clear()
        self.clear_error()

    # -- helpers --------------------------------------------------------------------------
    async def _prepare(self) -> None:
        try:
            await self.prepare()
        except UserFacingError as exc:
            self.show_error(translated(exc.message))
            return
        self.ready = True
        self.completeChanged.emit()

    def skip(self) -> None:
        """Go on to whatever the flow says comes next, without submitting this page."""
        wizard = self.wizard()
        if wizard is None or self.busy:
            return
        self._skipping = True
        try:
            wizard.next()
        finally:
            self._skipping = False

    def cancel_tasks(self) -> None:
        for task in (self.prepare_task, self.task):
            if task is not None and not task.done():
                task.cancel()
        self.busy = False

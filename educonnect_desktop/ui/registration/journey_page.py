"""The base of the activation journeys' pages: completeness, clearing, tasks to cancel."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


from ..wizard_support import AsyncPage


class JourneyPage(AsyncPage):
    """An `AsyncPage` the wizard can wipe (`clear()`) and stop (`cancel_tasks()`).

    `holds_secrets` pages (codes, passwords) are cleared first by the wizard's reset.
    Work started by a page button (e.g. "Renvoyer le code") goes through `start()`
    so that a reset never lets it land on a later journey.
    """

    holds_secrets = False

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.side_task: asyncio.Task | None = None

    # -- overridable ----------------------------------------------------------------------
    def inputs_complete(self) -> bool:
        return True

    def clear(self) -> None:
        return None

    # -- QWizardPage ----------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.busy and self.inputs_complete()

    def validatePage(self) -> bool:
        was_busy = self.busy
        accepted = super().validatePage()
        if self.busy and not was_busy and self.task is not None:
            # Also greys out the Commit button, which AsyncPage does not know of.
            self._busy_changed()
            self.task.add_done_callback(self._busy_changed)
        return accepted

    def _busy_changed(self, *_args: object) -> None:
        try:
            self.completeChanged.emit()
        except RuntimeError:  # the wizard was deleted while the service was answering
            pass

    def cleanupPage(self) -> None:
        self.cancel_tasks()
        self.clear()
        self.clear_error()

    # -- tasks ----------------------------------------------------------------------------
    def start(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task:
        self.side_task = asyncio.ensure_future(coroutine)
        return self.side_task

    def cancel_tasks(self) -> None:
        for task in (self.task, self.side_task):
            if task is not None and not task.done():
                task.cancel()

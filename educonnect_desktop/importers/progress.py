"""Progress reporting and cancellation for the readers, cheap enough to call per row."""

from __future__ import annotations

from typing import Callable

from .errors import ImportCancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# Callbacks usually cross to the GUI thread: once per row would flood it.
_EVERY = 100


class Ticker:
    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = 0
        self.done = 0

    def check(self) -> None:
        """Raise ImportCancelled if the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()

    def step(self) -> None:
        self.done += 1
        if self.done % _EVERY == 0:
            self.check()
            if self._progress is not None:
                self._progress(self.done, max(self.total, self.done))

    def finish(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.total, self.total)

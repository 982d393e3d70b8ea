"""Progress reporting and cancellation for the readers, cheap enough to call per row."""

from __future__ import annotations

from typing import Callable

from .errors import ImportCancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# Callbacks usually cross to the GUI thread: once per row would flood it.
_EVERY_ROWS = 100
_EVERY_BYTES = 64 * 1024


class Ticker:
    """Counts rows (`step`), or bytes read (`advance`) when the total is a size in bytes.

    Cancellation is looked at every `_EVERY_ROWS` rows and every `_EVERY_BYTES` bytes:
    a few milliseconds of parsing at most.
    """

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.total = 0
        self.done = 0
        self._rows = 0
        self._bytes_mode = False
        self._next_report = _EVERY_BYTES

    def check(self) -> None:
        """Raise ImportCancelled if the person asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()

    def step(self) -> None:
        self._rows += 1
        if not self._bytes_mode:
            self.done += 1
        if self._rows % _EVERY_ROWS == 0:
            self.check()
            if not self._bytes_mode:
                self._report()

    def advance(self, count: int) -> None:
        self._bytes_mode = True
        self.done += count
        if self.done >= self._next_report:
            self._next_report = self.done + _EVERY_BYTES
            self.check()
            self._report()

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(min(self.done, max(self.total, self.done)), max(self.total, self.done))

    def finish(self) -> None:
        self.check()
        if self._progress is not None:
            total = max(self.total, self.done)
            self._progress(total, total)

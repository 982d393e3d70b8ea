"""Waiting for a window's first paint: what start-up defers work behind, and what
`--quit-after-show` (and `bench/bench_startup.py`) stop at."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, future: asyncio.Future) -> None:
        super().__init__(window)
        self._future = future
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self._future.done():
            watched.removeEventFilter(self)
            # Resolved after this paint event (the whole window, children included) is done.
            self._future.get_loop().call_soon(lambda: self._future.done() or self._future.set_result(None))
        return False


def first_paint(window: QWidget) -> asyncio.Future:
    """A future done once `window` has been painted for the first time: call it before show()
    (the watch starts at once, not when a coroutine would first run)."""
    future = asyncio.get_running_loop().create_future()
    _FirstPaint(window, future)
    return future

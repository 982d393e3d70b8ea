"""Waiting for a window's first paint: what start-up defers work behind, and what
`--quit-after-show` (and `bench/bench_startup.py`) stop at.

`wait_for_first_paint` needs no asyncio: the desktop paints its main window before it
imports asyncio and qasync (see bench/README.md, "Start-up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    import asyncio


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(window)
        self._painted = painted
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            watched.removeEventFilter(self)
            # Called after this paint event (the whole window, children included) is done.
            self._painted()
        return False


def first_paint(window: QWidget) -> asyncio.Future:
    """A future done once `window` has been painted for the first time: call it before show()
    (the watch starts at once, not when a coroutine would first run)."""
    import asyncio

    future = asyncio.get_running_loop().create_future()
    _FirstPaint(window, lambda: future.get_loop().call_soon(lambda: future.done() or future.set_result(None)))
    return future


def show_first(window: QWidget, *, full_screen: bool) -> None:
    """The first show of the start's window: the kiosk's full screen, the desktop's as it is."""
    window.showFullScreen() if full_screen else window.show()


def wait_for_first_paint(window: QWidget, *, full_screen: bool = False) -> None:
    """Show `window` (full screen for the kiosk) and return once it has been painted, without an
    asyncio loop: the events run in a local Qt loop until then (a window that never paints, e.g.
    minimised at start, waits like the rest of the start-up would)."""
    loop = QEventLoop()
    _FirstPaint(window, lambda: QTimer.singleShot(0, loop.quit))
    show_first(window, full_screen=full_screen)
    loop.exec()

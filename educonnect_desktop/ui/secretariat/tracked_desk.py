"""The desk as one staff session sees it: counts its calls, refuses new ones once closed.

A workspace is torn down (logout, "Changer d'utilisateur") while a service may still be
answering. Its widgets are deleted only once `idle()` says no call is in flight, so no
coroutine resumes on a deleted widget; calls started after `close()` fail with a French
message instead of acting for a staff member who has left.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Awaitable, Callable, TypeVar

from ...errors import UserFacingError
from ..desk import Desk

T = TypeVar("T")


class SessionClosed(UserFacingError):
    def __init__(self) -> None:
        super().__init__("La session du personnel est fermée : reconnectez-vous.")


class TrackedDesk:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self.in_flight = 0
        self.closed = False
        self.after_call: list[Callable[[], None]] = []  # told once each service call ends (the sync)

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return await self.track(self._desk.call(fn, *args, **kwargs))
        finally:
            for listener in self.after_call:
                listener()

    async def track(self, work: Awaitable[T]) -> T:
        """Count other off-thread work too (writing a PDF on its own thread)."""
        if self.closed:
            if inspect.iscoroutine(work):
                work.close()
            raise SessionClosed()
        self.in_flight += 1
        try:
            return await work
        finally:
            self.in_flight -= 1

    def close(self) -> None:
        self.closed = True

    async def idle(self, poll_s: float = 0.02) -> None:
        """Return once no call is in flight (and the callers had a turn to finish)."""
        await asyncio.sleep(0)
        while self.in_flight:
            await asyncio.sleep(poll_s)
        await asyncio.sleep(0)

    def __getattr__(self, name: str) -> Any:  # config, sms_available, ...
        return getattr(self._desk, name)


def tracked(desk: Desk | TrackedDesk) -> TrackedDesk:
    return desk if isinstance(desk, TrackedDesk) else TrackedDesk(desk)

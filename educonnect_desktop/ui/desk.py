"""The UI's only door to the services: every call runs off the GUI thread.

Database work goes through one worker thread (SQLite serialises writes anyway,
and peewee gives each thread its own connection); slow hashing inside a
service uses the service's own thread pool.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from ..core.hashing import PasswordHashing
from ..services import accounts, demo, setup
from ..services.dto import IssuedCredential, Overview


class Desk:
    def __init__(self, *, hashing: PasswordHashing | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._hashing = hashing or PasswordHashing()

    async def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    async def overview(self) -> Overview:
        return await self._run(accounts.overview)

    async def has_administrator(self) -> bool:
        return await self._run(setup.has_administrator)

    async def demo_loaded(self) -> bool:
        return await self._run(demo.demo_loaded)

    async def create_first_administrator(self, first_name: str, last_name: str,
                                         password: str) -> IssuedCredential:
        return await self._run(setup.create_first_administrator, first_name, last_name, password,
                               hashing=self._hashing)

    async def load_demo(self, actor: str | None = None) -> list[IssuedCredential]:
        return await self._run(demo.load_demo, actor=actor, hashing=self._hashing)

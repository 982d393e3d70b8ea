"""The UI's only door to the services: every call runs off the GUI thread.

Database work goes through one worker thread (SQLite serialises writes anyway,
and peewee gives each thread its own connection); slow hashing inside a
service uses the service's own thread pool. `call` also hands the services
the workstation's collaborators (hashing parameters, "Services en ligne" URL)
when they take them, so pages never assemble those themselves.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable

from ..config import AppConfig
from ..core.actor import Actor
from ..core.hashing import PasswordHashing
from ..secret_store import SecretStore, SecretStoreUnavailable
from ..services import accounts, demo, setup
from ..services.dto import IssuedCredential, Overview

if TYPE_CHECKING:
    from ..messaging.channel_status import ChannelStatus

# Messaging (httpx, aiosmtplib, phonenumbers, email-validator) is imported when a channel is
# first asked about, on the database thread, never before the first window shows.


@functools.lru_cache(maxsize=None)
def _parameters(fn: Callable[..., Any]) -> frozenset[str]:
    """The keyword names a service accepts (asked once per service, not on every call)."""
    return frozenset(inspect.signature(fn).parameters)


class NoKeyring:
    """A desk opened without a keyring (tests, screenshots): no secret can be read or kept."""

    MESSAGE = "Aucun trousseau système n'est ouvert sur ce poste."

    def get(self, name: str) -> str | None:
        raise SecretStoreUnavailable(self.MESSAGE)

    def set(self, name: str, value: str) -> None:
        raise SecretStoreUnavailable(self.MESSAGE)

    def delete(self, name: str) -> None:
        raise SecretStoreUnavailable(self.MESSAGE)

    def is_real_backend(self) -> bool:
        return False


class Desk:
    def __init__(self, *, hashing: PasswordHashing | None = None, config: AppConfig | None = None,
                 sms_available: Callable[[], bool] | None = None, secrets: SecretStore | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._hashing = hashing or PasswordHashing()
        self.config = config or AppConfig()
        self.secrets = secrets  # the keyring (None: no secret can be read, nothing can be sent)
        self._sms_available = sms_available or self._sms_channel_available
        # Asking whether SMS can be sent reads the keyring, which may block (a locked keyring
        # prompts): never on the GUI thread. `check_sms()` asks on the database thread (the
        # application once its window shows), then each call that needs it asks again; until
        # the first answer, SMS counts as unavailable.
        self._sms_known = False
        self.on_message_queued: Callable[[], None] | None = None  # wakes the delivery worker

    def check_sms(self) -> Future:
        """Ask, on the database thread, whether SMS can be sent; `sms_available()` then knows."""
        return self._executor.submit(self._refresh_sms_known)

    def _collaborators(self, fn: Callable[..., Any]) -> dict[str, Any]:
        params = _parameters(fn)
        given = {}
        if "hashing" in params:
            given["hashing"] = self._hashing
        if "services_url" in params:
            given["services_url"] = self.config.services_url
        if "sms_available" in params:
            given["sms_available"] = self._refresh_sms_known()
        return given

    def _refresh_sms_known(self) -> bool:  # on the database thread
        self._sms_known = self._sms_available()
        return self._sms_known

    async def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service function on the database thread and return its result."""
        def run() -> Any:  # on the database thread, collaborators included
            return fn(*args, **{**self._collaborators(fn), **kwargs})

        result = await asyncio.get_running_loop().run_in_executor(self._executor, run)
        if self.on_message_queued is not None:
            self.on_message_queued()  # cheap: the worker only looks if something is due
        return result

    def sms_available(self) -> bool:
        """The last known answer (never blocks the GUI thread)."""
        return self._sms_known

    def _sms_channel_available(self) -> bool:
        from ..messaging.channels import Channel

        return self.channel_statuses((Channel.SMS,))[Channel.SMS].available

    def channel_statuses(self, channels: tuple[str, ...] | None = None) -> dict[str, ChannelStatus]:
        """Whether each channel can send now, and why not (reads the keyring: not on the GUI thread)."""
        from ..messaging.channels import Channel
        from ..messaging.delivery import build_senders

        senders = build_senders(self.config, self.secret_store())
        return {channel: senders[channel].status() for channel in (Channel.ALL if channels is None else channels)}

    def set_config(self, config: AppConfig) -> None:
        """Settings changed while running: services, letters and the delivery worker use these now."""
        self.config = config

    def secret_store(self) -> SecretStore:
        """The keyring, or a store that says none is open."""
        return self.secrets if self.secrets is not None else NoKeyring()

    async def messaging_statuses(self) -> dict[str, ChannelStatus]:
        """`channel_statuses` on the database thread; refreshes the families' SMS answer too."""
        from ..messaging.channels import Channel

        statuses = await asyncio.get_running_loop().run_in_executor(self._executor, self.channel_statuses)
        self._sms_known = statuses[Channel.SMS].available if self.secrets is not None else self._sms_known
        return statuses

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    async def overview(self) -> Overview:
        return await self.call(accounts.overview)

    async def has_administrator(self) -> bool:
        return await self.call(setup.has_administrator)

    async def create_first_administrator(self, first_name: str, last_name: str,
                                         password: str) -> IssuedCredential:
        return await self.call(setup.create_first_administrator, first_name, last_name, password)

    async def load_demo(self, actor: Actor) -> list[IssuedCredential]:
        return await self.call(demo.load_demo, actor=actor)

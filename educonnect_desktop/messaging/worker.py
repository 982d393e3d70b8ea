"""A background delivery task for a running asyncio loop (the GUI's qasync loop).

Plain asyncio, no Qt: the GUI creates it once its loop runs, calls `wake()` right
after a service queued a message, and awaits `stop()` when closing::

    worker = DeliveryWorker(lambda: build_senders(load_config(), KeyringSecretStore()),
                            on_summary=status_bar.show_outbox_summary)
    worker.start()
    ...
    worker.wake()          # after a service committed a message
    ...
    await worker.stop()    # on close; a message being sent goes back to the queue

Between passes it sleeps until the next message is due (at most `interval` seconds),
or until woken. The senders are built again at every pass when a factory is given,
so a secret stored or a setting changed meanwhile is taken into account.

A channel whose server was in trouble during a pass (unreachable, timeout, 5xx) rests
before the next try, with the same exponential backoff as messages: an offline
workstation or a down gateway is not hammered, and its messages wait, not counted.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Callable, Mapping, Union

from ..core.clock import Clock, utc_now
from . import outbox
from .channels import Channel, Sender
from .delivery import DeliverySummary, RetryPolicy, deliver_due, ready_channels

log = logging.getLogger(__name__)

HOUSEKEEPING_EVERY = timedelta(hours=1)

SendersSource = Union[Mapping[str, Sender], Callable[[], Mapping[str, Sender]]]


class DeliveryWorker:
    def __init__(self, senders: SendersSource, *, interval: float = 60.0, clock: Clock = utc_now,
                 policy: RetryPolicy = RetryPolicy(), lease: timedelta = outbox.DEFAULT_LEASE,
                 limit: int = 100, on_summary: Callable[[DeliverySummary], None] | None = None,
                 housekeeping: Callable[[], object] | None = None,
                 housekeeping_every: timedelta = HOUSEKEEPING_EVERY) -> None:
        self._senders = senders
        # A chore run on a worker thread at start and then about every `housekeeping_every`
        # (the app passes the retention purge, `services.privacy.purge_expired`).
        self.housekeeping = housekeeping
        self.housekeeping_every = housekeeping_every
        self._housekept_at: datetime | None = None
        self.interval = interval
        self.clock = clock
        self.policy = policy
        self.lease = lease
        self.limit = limit
        self.on_summary = on_summary
        self.last_summary: DeliverySummary | None = None
        self.passes = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._stopping = False
        self._rest_until: dict[str, datetime] = {}
        self._troubles: dict[str, int] = {}  # consecutive passes where the channel was in trouble

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def _current_senders(self) -> Mapping[str, Sender]:
        return self._senders() if callable(self._senders) else self._senders

    def start(self, loop: asyncio.AbstractEventLoop | None = None) -> asyncio.Task:
        """Schedule the worker on `loop` (default: the running loop, or the current one)."""
        if self.running:
            return self._task
        self._stopping = False
        if loop is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = asyncio.get_event_loop()
        self._task = loop.create_task(self._run(), name="outbox-delivery")
        return self._task

    def wake(self) -> None:
        """Run a pass now (e.g. right after a message was queued)."""
        self._wake.set()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None or task.done():
            return
        # The flag and the wake-up also end the loop if a library swallows the cancellation.
        self._stopping = True
        self._wake.set()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass

    def resting(self) -> dict[str, datetime]:
        """Channels set aside after trouble, and until when."""
        now = self.clock()
        return {ch: until for ch, until in self._rest_until.items() if until > now}

    async def run_once(self) -> DeliverySummary:
        senders = self._current_senders()
        resting = self.resting()
        summary = await deliver_due(senders, clock=self.clock, policy=self.policy, lease=self.lease,
                                    limit=self.limit, channels=[ch for ch in senders if ch not in resting])
        now = self.clock()
        for channel in senders:
            if channel in summary.paused:
                self._troubles[channel] = self._troubles.get(channel, 0) + 1
                self._rest_until[channel] = now + self.policy.delay(self._troubles[channel])
            elif channel not in resting and channel not in summary.unavailable:
                self._troubles.pop(channel, None)
                self._rest_until.pop(channel, None)
        for channel, until in self.resting().items():
            summary.unavailable.setdefault(channel, f"nouvel essai après {until:%H:%M:%S} (UTC).")
        self.passes += 1
        self.last_summary = summary
        if self.on_summary is not None:
            try:
                self.on_summary(summary)
            except Exception:
                log.exception("outbox summary callback failed")
        return summary

    def _seconds_to_next_due(self) -> float:
        now = self.clock()
        resting = self.resting()
        summary = self.last_summary
        try:
            if summary is None:
                ready = list(ready_channels(self._current_senders())[0])
            else:  # what the pass just found usable: no second round of keyring look-ups
                ready = [ch for ch in Channel.ALL if ch not in summary.unavailable]
            due = outbox.next_due_at([ch for ch in ready if ch not in resting])
        except Exception:
            log.exception("cannot tell when the next message is due")
            return self.interval
        moments = [m for m in (due, *resting.values()) if m is not None]
        if not moments:
            return self.interval
        return min(max((min(moments) - now).total_seconds(), 0.0), self.interval)

    async def _housekeep(self) -> None:
        now = self.clock()
        if self.housekeeping is None or (self._housekept_at is not None
                                         and now - self._housekept_at < self.housekeeping_every):
            return
        self._housekept_at = now
        try:
            await asyncio.to_thread(self.housekeeping)  # database work: never on the GUI thread
        except Exception:
            log.exception("outbox worker housekeeping failed")

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            await self._housekeep()
            try:
                summary = await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database is locked, a disk is full...: try again later
                log.exception("outbox delivery pass failed")
                summary = None
            if self._stopping:
                break
            if summary is not None and summary.more_due:
                await asyncio.sleep(0)  # let the GUI breathe between batches
                continue
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self._seconds_to_next_due())
            except (asyncio.TimeoutError, TimeoutError):
                pass


__all__ = ["DeliveryWorker"]

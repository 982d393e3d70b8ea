"""One delivery pass: send what is due, through the channels that can send now.

Database work is short and synchronous (local SQLite); network work is asynchronous,
so a pass run in the GUI's event loop (qasync) never blocks it for a network round-trip.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Iterable, Mapping

import httpx

from ..config import AppConfig
from ..core.clock import Clock, utc_now
from ..core.messages import QT_TRANSLATE_NOOP
from ..secret_store import SecretStore
from ..store.models import OutboxStatus
from . import outbox
from .channels import (
    CHANNEL_LABELS, Channel, ChannelUnavailable, OutgoingMessage, PermanentError, Sender, TransientError,
)
from .sms_gateway import SmsGatewaySender
from .smtp import SmtpSender

log = logging.getLogger(__name__)

# Stored as an outbox row's last error, which the outbox tab shows in the window's language.
NOT_CONFIGURED = QT_TRANSLATE_NOOP("StaffMessages", "Canal non configuré.")
STOPPED = QT_TRANSLATE_NOOP("StaffMessages", "Envoi interrompu par l'arrêt de l'application.")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("StaffMessages", "Erreur interne ({error}).")


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff: base, 2×base, 4×base... capped. 30 s, 1 min, 2 min ... 1 h."""

    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)

    def delay(self, attempt: int) -> timedelta:
        """Wait after the failure of attempt number `attempt` (1 for the first)."""
        exponent = max(attempt - 1, 0)
        if exponent > 30:  # 2**30 × base is past any sensible cap already
            return self.cap
        return min(self.base * (2 ** exponent), self.cap)


@dataclass
class DeliverySummary:
    sent: int = 0
    retrying: int = 0  # failed this time, another attempt is scheduled
    failed: int = 0  # failed for good (permanent error or last attempt)
    deferred: int = 0  # given back untouched: the channel became unavailable
    unavailable: dict[str, str] = field(default_factory=dict)  # channel -> why it cannot send
    paused: set[str] = field(default_factory=set)  # channels set aside mid-pass (server in trouble)
    waiting: int = 0  # messages still queued after this pass
    more_due: bool = False  # the pass stopped at its limit: call again

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed + self.deferred

    def describe(self) -> str:
        """A French summary for the CLI and the status bar."""
        lines = [f"Envoyés : {self.sent} ; nouvel essai prévu : {self.retrying} ; "
                 f"en échec définitif : {self.failed} ; en attente : {self.waiting}."]
        for channel, reason in sorted(self.unavailable.items()):
            label = CHANNEL_LABELS.get(channel, channel)
            lines.append(f"{label[:1].upper()}{label[1:]} indisponible : {reason}")
        return "\n".join(lines)


def build_senders(config: AppConfig, secrets: SecretStore, *, tls_context: ssl.SSLContext | None = None,
                  sms_transport: httpx.AsyncBaseTransport | None = None) -> dict[str, Sender]:
    """The e-mail and SMS senders of this configuration (each says itself whether it can send)."""
    return {
        Channel.EMAIL: SmtpSender(config.smtp, secrets, tls_context=tls_context),
        Channel.SMS: SmsGatewaySender(config.sms, secrets, transport=sms_transport),
    }


def ready_channels(senders: Mapping[str, Sender]) -> tuple[dict[str, Sender], dict[str, str]]:
    """Split the senders into those that can send now and the reasons of the others."""
    ready: dict[str, Sender] = {}
    reasons: dict[str, str] = {}
    for channel in Channel.ALL:
        sender = senders.get(channel)
        reason = NOT_CONFIGURED if sender is None else sender.unavailable_reason()
        if reason:
            reasons[channel] = reason
        else:
            ready[channel] = sender
    return ready, reasons


async def deliver_due(senders: Mapping[str, Sender], *, clock: Clock = utc_now,
                      policy: RetryPolicy = RetryPolicy(), lease: timedelta = outbox.DEFAULT_LEASE,
                      limit: int = 100, channels: Iterable[str] | None = None) -> DeliverySummary:
    """Send the due messages of every channel that can send, at most `limit` of them.

    A channel that is not configured leaves its messages queued, attempts not counted.
    When a channel's server is in trouble (unreachable, timeout, 5xx), the channel is set
    aside for the rest of the pass (`summary.paused`): its other messages are not spent
    on it. `channels` restricts the pass to some channels (the worker rests the others).
    """
    active, summary_reasons = ready_channels(senders)
    if channels is not None:
        wanted = set(channels)
        active = {ch: s for ch, s in active.items() if ch in wanted}
        summary_reasons = {ch: r for ch, r in summary_reasons.items() if ch in wanted}
    summary = DeliverySummary(unavailable=summary_reasons)
    handled = 0
    lost: list[int] = []  # messages whose code could not be unsealed: failed for good
    while active and handled < limit:
        message = outbox.claim_next(active, now=clock(), lease=lease, lost=lost)
        if message is None:
            break
        handled += 1
        channel_still_usable = await _deliver_one(active[message.channel], message, summary, clock, policy)
        if not channel_still_usable:
            active.pop(message.channel)
            summary.paused.add(message.channel)
    summary.failed += len(lost)
    summary.more_due = handled >= limit
    summary.waiting = outbox.waiting_count()
    return summary


async def _deliver_one(sender: Sender, message: OutgoingMessage, summary: DeliverySummary,
                       clock: Clock, policy: RetryPolicy) -> bool:
    """Send one claimed message and record the outcome; False when the channel should rest."""
    try:
        await sender.send(message)
    except ChannelUnavailable as exc:
        log.warning("%s channel unavailable, message %d stays queued: %s", message.channel, message.id, exc.reason)
        outbox.release(message, exc.reason, now=clock())
        summary.deferred += 1
        summary.unavailable[message.channel] = exc.reason
        return False
    except TransientError as exc:
        delay = policy.delay(message.attempt)
        if exc.retry_after is not None:
            delay = max(delay, timedelta(seconds=exc.retry_after))
        status = outbox.reschedule(message, exc.reason, next_attempt_at=clock() + delay)
        _count_failure(summary, status)
        log.warning("message %d (%s) attempt %d failed: %s", message.id, message.kind, message.attempt, exc.reason)
        return not exc.channel_wide
    except PermanentError as exc:
        outbox.mark_failed(message, exc.reason)
        summary.failed += 1
        log.warning("message %d (%s) refused for good: %s", message.id, message.kind, exc.reason)
        return True
    except asyncio.CancelledError:
        # Stopped mid-send (application closing): give it back rather than wait for the lease.
        outbox.release(message, STOPPED, now=clock())
        raise
    except Exception as exc:  # a bug in a sender must not stop the other messages
        log.exception("unexpected error while sending message %d", message.id)
        status = outbox.reschedule(message, INTERNAL_ERROR.format(error=type(exc).__name__),
                                   next_attempt_at=clock() + policy.delay(message.attempt))
        _count_failure(summary, status)
        return False
    outbox.mark_sent(message, now=clock())
    summary.sent += 1
    return True


def _count_failure(summary: DeliverySummary, status: str) -> None:
    if status == OutboxStatus.FAILED:
        summary.failed += 1
    else:
        summary.retrying += 1


__all__ = ["RetryPolicy", "DeliverySummary", "build_senders", "ready_channels", "deliver_due"]

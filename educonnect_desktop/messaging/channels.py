"""What a delivery channel is: the message handed to it, and how it reports trouble.

A sender's `send` either returns (the server or gateway accepted the message) or
raises one of three errors, which decide what happens to the message:

- `ChannelUnavailable`: the channel cannot be used right now (not configured, secret
  missing, keyring locked, server unreachable, credentials refused). The message is not at fault: it goes
  back to the queue untouched, no attempt counted. An offline workstation keeps its
  messages queued for as long as it is offline.
- `TransientError`: this attempt failed but a later one may succeed (timeout, HTTP 5xx,
  SMTP 4xx). Counted; retried with backoff until the message's `max_attempts`.
- `PermanentError`: retrying cannot help (address refused, HTTP 4xx). `failed` at once.

Error texts are stored in `last_error` and shown to staff: they never contain a secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from ..core import labels as core_labels


class Channel:
    EMAIL = "email"
    SMS = "sms"
    ALL = (EMAIL, SMS)


CHANNEL_LABELS = core_labels.CHANNEL_LABELS


class DeliveryError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChannelUnavailable(DeliveryError):
    pass


class TransientError(DeliveryError):
    def __init__(self, reason: str, *, channel_wide: bool = True, retry_after: float | None = None) -> None:
        super().__init__(reason)
        # True: the server itself is in trouble, so the other messages of this channel
        # wait for the next pass instead of each spending an attempt on it.
        self.channel_wide = channel_wide
        self.retry_after = retry_after  # seconds the server asked us to wait, if any


class PermanentError(DeliveryError):
    pass


@dataclass(frozen=True)
class OutgoingMessage:
    """A snapshot of an outbox row: senders never touch the database."""

    id: int
    channel: str
    recipient: str
    subject: str | None
    body_text: str
    body_html: str | None
    kind: str
    created_at: datetime
    attempt: int  # 1 for the first attempt

    @property
    def reference(self) -> str:
        """Stable across retries: lets a receiver drop a duplicate (at-least-once delivery)."""
        return f"educonnect-{self.id}-{self.created_at:%Y%m%d%H%M%S}"


class Sender(Protocol):
    channel: str

    def unavailable_reason(self) -> str | None:
        """Why this channel cannot send now (checked before claiming messages), or None."""

    async def send(self, message: OutgoingMessage) -> None: ...


def shorten(text: str, limit: int = 300) -> str:
    """On one line and at most `limit` characters; a marked text that already is stays translatable."""
    flat = " ".join(str(text).split())
    if flat == text and len(flat) <= limit:
        return text
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


__all__ = [
    "Channel", "CHANNEL_LABELS", "DeliveryError", "ChannelUnavailable", "TransientError",
    "PermanentError", "OutgoingMessage", "Sender", "shorten",
]

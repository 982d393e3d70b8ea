"""Messaging: the durable outbox, its delivery (SMTP, HTTP SMS gateway) and French templates.

Services queue messages with `outbox.enqueue(...)` inside their transaction; delivery
happens later, from `worker.DeliveryWorker` in the GUI or `educonnect outbox send`.
Nothing here imports Qt. See docs/messaging.md.
"""

from .channels import Channel, ChannelUnavailable, OutgoingMessage, PermanentError, TransientError
from .outbox import enqueue, enqueue_raw
from .templates import CONFIDENTIAL_KINDS, MessageKind, format_validity, render

__all__ = [
    "Channel", "ChannelUnavailable", "OutgoingMessage", "PermanentError", "TransientError",
    "enqueue", "enqueue_raw", "CONFIDENTIAL_KINDS", "MessageKind", "format_validity", "render",
]

"""Reading what the outbox holds, as the person receiving the message would."""

import re
from datetime import datetime, timedelta

from educonnect_desktop.messaging.outbox import delivered_text
from educonnect_desktop.store.models import OutboxMessage


class FrozenClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


def last_message(recipient: str) -> OutboxMessage:
    return (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
            .order_by(OutboxMessage.id.desc()).first())


def received_text(message: OutboxMessage) -> str:
    """The text as it reaches the recipient (the stored row only keeps a redacted text)."""
    return delivered_text(message.id)


def last_code(recipient: str) -> str:
    """The 6-digit code of the newest message queued for `recipient`."""
    return re.search(r"\b(\d{6})\b", received_text(last_message(recipient))).group(1)

"""Reading what the outbox holds, as the person receiving the message would."""

import re
from datetime import datetime, timedelta

from educonnect_desktop.store.models import OutboxMessage


class FrozenClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


def last_code(recipient: str) -> str:
    """The 6-digit code of the newest message queued for `recipient`."""
    message = (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
               .order_by(OutboxMessage.id.desc()).first())
    return re.search(r"\b(\d{6})\b", message.body_text).group(1)

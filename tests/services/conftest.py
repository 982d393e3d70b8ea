"""Service-level fixtures: the demo establishment loaded in a real SQLite file."""

import re
from datetime import datetime

import pytest

from educonnect_desktop.services import demo
from educonnect_desktop.store.models import OutboxMessage


class FrozenClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def demo_credentials(db, fast_hashing):
    return {c.identifier: c for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def clock():
    return FrozenClock(datetime.utcnow().replace(microsecond=0))


def last_code(recipient: str) -> str:
    """The 6-digit code of the newest message queued for `recipient` (as the person would read it)."""
    message = (OutboxMessage.select().where(OutboxMessage.recipient == recipient)
               .order_by(OutboxMessage.id.desc()).first())
    return re.search(r"\b(\d{6})\b", message.body_text).group(1)

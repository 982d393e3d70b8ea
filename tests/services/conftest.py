"""Service-level fixtures: the demo establishment loaded in a real SQLite file."""

from datetime import datetime

import pytest

from educonnect_desktop.services import demo
from outbox_support import FrozenClock


@pytest.fixture
def demo_credentials(db, fast_hashing):
    return {c.identifier: c for c in demo.load_demo(hashing=fast_hashing)}


@pytest.fixture
def clock():
    return FrozenClock(datetime.utcnow().replace(microsecond=0))

"""A fixed minimum duration for answers that must not tell, by their time, which branch ran.

Where the branches cannot do the same work (one sends a message, the other has nobody to
send to), the service still does the expensive part on both (the Argon2 hash of a code) and
then waits until `seconds` have passed since it started, so both answers leave at the same
moment as long as the work fits in the floor.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def at_least(seconds: float, *, monotonic: Callable[[], float] = time.monotonic,
             sleep: Callable[[float], None] = time.sleep) -> Iterator[None]:
    """Run the block, then sleep what is left of `seconds` (also when the block raises)."""
    start = monotonic()
    try:
        yield
    finally:
        left = seconds - (monotonic() - start)
        if left > 0:
            sleep(left)

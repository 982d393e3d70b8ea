"""Lockout policy for anything guessable (CNIL: an 8-character / 3-class policy needs it).

After `FREE_FAILURES` failures, each further failure locks for a delay that starts at
one minute and doubles up to fifteen minutes. Failures older than `WINDOW` are forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

FREE_FAILURES = 5
FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(minutes=15)
WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class ThrottleState:
    failures: int
    window_start: datetime
    locked_until: datetime | None


def lockout_delay(failures: int) -> timedelta | None:
    """The lock that follows the `failures`-th failure, or None while failures are free."""
    if failures < FREE_FAILURES:
        return None
    doublings = min(failures - FREE_FAILURES, 10)  # 2**10 minutes is far past the cap
    return min(FIRST_DELAY * (2 ** doublings), MAX_DELAY)


def after_failure(state: ThrottleState | None, now: datetime) -> ThrottleState:
    if state is None or now - state.window_start > WINDOW:
        state = ThrottleState(0, now, None)
    failures = state.failures + 1
    delay = lockout_delay(failures)
    return ThrottleState(failures, state.window_start, now + delay if delay else None)


def remaining_lock(state: ThrottleState | None, now: datetime) -> timedelta | None:
    if state is None or state.locked_until is None or state.locked_until <= now:
        return None
    return state.locked_until - now


def wait_message(remaining: timedelta) -> str:
    minutes = max(1, -(-int(remaining.total_seconds()) // 60))  # round up: never say "0 minute"
    unit = "minute" if minutes == 1 else "minutes"
    return f"Trop de tentatives. Réessayez dans {minutes} {unit}."

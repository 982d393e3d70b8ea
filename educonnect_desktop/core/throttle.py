"""Lockout and rate-limit policy for anything guessable (CNIL: an 8-character / 3-class policy needs it).

Two shapes of limit, both pure arithmetic on a stored `ThrottleState`:

- a *lockout* (`Lockout`): after `free` failures each further failure locks for a delay that
  starts at `first_delay` and doubles up to `max_delay`; failures older than `window` are forgotten;
- a *rate* (`Rate`): at most `limit` events in `window`, then a wait until the window ends.

Every wait is capped by its rule whatever the clock did: a clock set a day ahead then corrected
leaves a stored `locked_until` or `window_start` in the future, and a wait computed from it would
last a day. The rules below are the policy documented in docs/security.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from .messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ThrottleState:
    failures: int
    window_start: datetime
    locked_until: datetime | None


@dataclass(frozen=True)
class Lockout:
    free: int
    first_delay: timedelta
    max_delay: timedelta
    window: timedelta

    def delay(self, failures: int) -> timedelta | None:
        """The lock that follows the `failures`-th failure, or None while failures are free."""
        if failures < self.free:
            return None
        doublings = min(failures - self.free, 20)  # 2**20 times the first delay is far past any cap
        return min(self.first_delay * (2 ** doublings), self.max_delay)


@dataclass(frozen=True)
class Rate:
    limit: int
    window: timedelta


# A guessable secret of one target (a password, a provisional password, a birth date, a code):
# five free failures, then 1, 2, 4, 8, 15, 15... minutes.
TARGET = Lockout(free=5, first_delay=timedelta(minutes=1), max_delay=timedelta(minutes=15),
                 window=timedelta(hours=24))
# A one-time code sent to a mobile: each code dies after 5 wrong tries and a mobile gets at most
# 3 codes an hour, so 15 wrong codes in an hour only happen to an attacker; a parent who mistyped
# five times asks for a new code and goes on at once.
CODE_TARGET = Lockout(free=15, first_delay=timedelta(minutes=1), max_delay=timedelta(minutes=15),
                      window=timedelta(hours=1))
# Every failed guess made at this workstation, whatever the target: spraying a few guesses on
# many accounts. A short slow-down (one minute at a time), never a long refusal for families.
WORKSTATION_GUESSES = Lockout(free=30, first_delay=timedelta(minutes=1), max_delay=timedelta(minutes=1),
                              window=timedelta(minutes=10))

# Messages sent on request. Per target (an address, a mobile, an identifier) the limit protects
# the person from being flooded; per workstation the window is short, so an attacker who spends
# it delays genuine families by minutes, never an hour.
MESSAGES_PER_TARGET = Rate(limit=3, window=timedelta(hours=1))
RECOVERY_WORKSTATION = Rate(limit=20, window=timedelta(minutes=10))
SMS_WORKSTATION = Rate(limit=10, window=timedelta(minutes=10))

def _window_start(state: ThrottleState, now: datetime) -> datetime:
    # A start in the future means the clock went back: count the window from now instead.
    return min(state.window_start, now)


def after_failure(state: ThrottleState | None, now: datetime, rule: Lockout = TARGET) -> ThrottleState:
    if state is None or now - _window_start(state, now) > rule.window:
        state = ThrottleState(0, now, None)
    failures = state.failures + 1
    delay = rule.delay(failures)
    return ThrottleState(failures, _window_start(state, now), now + delay if delay else None)


def remaining_lock(state: ThrottleState | None, now: datetime, rule: Lockout = TARGET) -> timedelta | None:
    if state is None or state.locked_until is None or state.locked_until <= now:
        return None
    return min(state.locked_until - now, rule.max_delay)


def rate_wait(state: ThrottleState | None, now: datetime, rule: Rate) -> timedelta | None:
    """How long until one more event is allowed under `rule` (None: allowed now)."""
    if state is None or state.failures < rule.limit:
        return None
    start = _window_start(state, now)
    if now - start >= rule.window:
        return None
    return min(start + rule.window - now, rule.window)


def wait_message(remaining: timedelta) -> str:
    minutes = max(1, -(-int(remaining.total_seconds()) // 60))  # round up: never say "0 minute"
    if minutes == 1:
        return QT_TRANSLATE_NOOP("FamilyMessages", "Trop de tentatives. Réessayez dans {minutes} minute.").format(
            minutes=minutes)
    return QT_TRANSLATE_NOOP("FamilyMessages", "Trop de tentatives. Réessayez dans {minutes} minutes.").format(
        minutes=minutes)

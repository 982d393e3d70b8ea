"""Throttle rows in the database, for services to check before and record after a guess."""

from __future__ import annotations

from datetime import datetime

from ..core import throttle as policy
from ..store.models import Throttle
from .errors import ServiceError


class Throttled(ServiceError):
    """Too many failures: the message says how long to wait."""


def _state(key: str) -> policy.ThrottleState | None:
    row = Throttle.get_or_none(Throttle.key == key)
    return policy.ThrottleState(row.failures, row.window_start, row.locked_until) if row else None


def check(key: str, now: datetime) -> None:
    remaining = policy.remaining_lock(_state(key), now)
    if remaining is not None:
        raise Throttled(policy.wait_message(remaining))


def record_failure(key: str, now: datetime) -> policy.ThrottleState:
    state = policy.after_failure(_state(key), now)
    (Throttle.insert(key=key, failures=state.failures, window_start=state.window_start,
                     locked_until=state.locked_until)
     .on_conflict_replace().execute())
    return state


def record_success(key: str) -> None:
    Throttle.delete().where(Throttle.key == key).execute()


# Counters keyed by an identifier: everything a person may have locked on their account.
ACCOUNT_KINDS = ("login", "reset_code", "reset", "current_password", "children", "merge", "legacy")


def account_keys(identifier: str) -> tuple[str, ...]:
    # Exact keys, never a prefix: "login:j.dupont1" is a prefix of "login:j.dupont10".
    return tuple(f"{kind}:{identifier}" for kind in ACCOUNT_KINDS)


def clear_account(identifier: str) -> int:
    """Staff unlock / new letter: forget every failure counter of this account."""
    return Throttle.delete().where(Throttle.key.in_(account_keys(identifier))).execute()


def account_locked_until(identifier: str, now: datetime) -> datetime | None:
    """Until when one of the account's counters refuses it (None: nothing locked now)."""
    ends = [row.locked_until for row in Throttle.select(Throttle.locked_until)
            .where(Throttle.key.in_(account_keys(identifier)), Throttle.locked_until > now)]
    return max(ends) if ends else None


def count_recent(key: str, limit: int, window, now: datetime) -> None:
    """A plain rate limit (e.g. 3 SMS per hour): raises once `limit` events fall in `window`."""
    state = _state(key)
    if state is not None and now - state.window_start > window:
        record_success(key)
        state = None
    if state is not None and state.failures >= limit:
        raise Throttled(policy.wait_message(state.window_start + window - now))
    failures = (state.failures if state else 0) + 1
    (Throttle.insert(key=key, failures=failures, window_start=state.window_start if state else now,
                     locked_until=None)
     .on_conflict_replace().execute())

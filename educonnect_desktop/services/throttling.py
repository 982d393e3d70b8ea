"""Throttle rows in the database: guesses counted before they are checked, atomically.

A guess (`guess`) is counted on its *target* (the account, code or mobile being guessed) and on
the workstation-wide ceiling in one write transaction (BEGIN IMMEDIATE), before the secret is
verified: concurrent attempts from several threads or processes are all counted, and none is
verified once the target is locked. A success clears the target's counter and gives back its
unit of the workstation ceiling.

Keys are stored as opaque labels (keyed hashes, `services.opaque`): the table never holds an
identifier, a mobile or whatever was typed into an identifier field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ..core import throttle as policy
from ..store.models import Throttle, database_proxy
from .errors import ServiceError
from .opaque import opaque_label

WORKSTATION_GUESSES_KEY = "guesses:workstation"


class Throttled(ServiceError):
    """Too many failures: the message says how long to wait."""


def stored_key(key: str) -> str:
    """What the table holds for `key` (tests and the attacks bench look rows up with it)."""
    return opaque_label(key)


def _state(label: str) -> policy.ThrottleState | None:
    row = Throttle.get_or_none(Throttle.key == label)
    return policy.ThrottleState(row.failures, row.window_start, row.locked_until) if row else None


def _write(label: str, state: policy.ThrottleState) -> None:
    (Throttle.insert(key=label, failures=state.failures, window_start=state.window_start,
                     locked_until=state.locked_until)
     .on_conflict(conflict_target=[Throttle.key],
                  update={Throttle.failures: state.failures, Throttle.window_start: state.window_start,
                          Throttle.locked_until: state.locked_until})
     .execute())


def _refuse_if_locked(label: str, now: datetime, rule: policy.Lockout) -> policy.ThrottleState | None:
    state = _state(label)
    remaining = policy.remaining_lock(state, now, rule)
    if remaining is not None:
        raise Throttled(policy.wait_message(remaining))
    return state


@dataclass(frozen=True)
class Guess:
    """A counted guess; call `succeeded()` inside the transaction that acts on a right answer."""

    target_label: str

    def succeeded(self) -> None:
        Throttle.delete().where(Throttle.key == self.target_label).execute()
        (Throttle.update(failures=Throttle.failures - 1)
         .where((Throttle.key == stored_key(WORKSTATION_GUESSES_KEY)) & (Throttle.failures > 0)).execute())


def guess(key: str, now: datetime, *, rule: policy.Lockout = policy.TARGET) -> Guess:
    """Count one guess at `key` (and at the workstation ceiling); Throttled while either is locked.

    A refused guess is not counted: an attacker cannot lengthen the lock by guessing while
    locked, so the owner's wait never exceeds the rule's maximum.
    """
    target = stored_key(key)
    workstation = stored_key(WORKSTATION_GUESSES_KEY)
    with database_proxy.atomic():
        target_state = _refuse_if_locked(target, now, rule)
        workstation_state = _refuse_if_locked(workstation, now, policy.WORKSTATION_GUESSES)
        _write(target, policy.after_failure(target_state, now, rule))
        _write(workstation, policy.after_failure(workstation_state, now, policy.WORKSTATION_GUESSES))
    return Guess(target)


def record_success(key: str) -> None:
    Throttle.delete().where(Throttle.key == stored_key(key)).execute()


def rate(key: str, rule: policy.Rate, now: datetime) -> None:
    """A plain rate limit (e.g. 3 SMS per hour): count one event, or raise once the limit is reached."""
    label = stored_key(key)
    with database_proxy.atomic():
        state = _state(label)
        if state is not None and now - min(state.window_start, now) >= rule.window:
            state = None
        wait = policy.rate_wait(state, now, rule)
        if wait is not None:
            raise Throttled(policy.wait_message(wait))
        start = min(state.window_start, now) if state else now
        _write(label, policy.ThrottleState((state.failures if state else 0) + 1, start, None))


def count_recent(key: str, limit: int, window: timedelta, now: datetime) -> None:
    rate(key, policy.Rate(limit, window), now)


# Counters keyed by an identifier: everything a person may have locked on their account.
ACCOUNT_KINDS = ("login", "staff_login", "reset_code", "reset", "current_password", "children", "merge",
                 "legacy")


def account_keys(identifier: str) -> tuple[str, ...]:
    return tuple(f"{kind}:{identifier}" for kind in ACCOUNT_KINDS)


def clear_account(identifier: str) -> int:
    """Staff unlock / new letter: forget every failure counter of this account."""
    return Throttle.delete().where(Throttle.key.in_(_account_labels(identifier))).execute()


def _account_labels(identifier: str) -> list[str]:
    return [stored_key(k) for k in account_keys(identifier)]


def account_locked_until(identifier: str, now: datetime) -> datetime | None:
    """Until when one of the account's counters refuses it (None: nothing locked now), capped
    like the waits themselves (a lock set by a clock that ran ahead never shows as a day)."""
    ends = [row.locked_until for row in Throttle.select(Throttle.locked_until)
            .where(Throttle.key.in_(_account_labels(identifier)), Throttle.locked_until > now)]
    return min(max(ends), now + policy.TARGET.max_delay) if ends else None

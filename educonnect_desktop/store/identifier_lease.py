"""The block of identifier numbers the central server leased to this workstation (docs/sync.md).

Kept in the `setting` table; absent on a workstation that was never enrolled, which then
numbers identifiers as it always did (1, 2, 3...).
"""

from __future__ import annotations

import itertools
from typing import Iterable

from .models import Setting

LEASE_KEY = "sync.lease"


def leased_block() -> tuple[int, int] | None:
    row = Setting.get_or_none(Setting.key == LEASE_KEY)
    if row is None:
        return None
    start, size = row.value.split(":")
    return int(start), int(size)


def save_block(start: int, size: int) -> None:
    Setting.insert(key=LEASE_KEY, value=f"{start}:{size}").on_conflict(
        conflict_target=[Setting.key], update={Setting.value: f"{start}:{size}"}).execute()


def candidate_numbers(block: tuple[int, int] | None | bool = True) -> Iterable[int] | None:
    """The leased numbers first; past them (a stem used more times than the block holds) the
    usual 1, 2, 3..., which the server renames if another workstation took the same.
    `block` is read from the database unless the caller already read it (`leased_block()`)."""
    if block is True:
        block = leased_block()
    if block is None:
        return None
    start, size = block
    return itertools.chain(range(start, start + size), itertools.count(1))

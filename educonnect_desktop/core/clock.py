"""A clock that can be passed in, so rules about expiry and throttling are testable."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Naive UTC datetime, the form stored in the database."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def add_months(moment: datetime, months: int) -> datetime:
    """Same day `months` later, clamped to the month's last day (31 Nov -> 30 Nov)."""
    import calendar

    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)

"""Stored times (naive UTC) written as the workstation's local time, the French way."""

from __future__ import annotations

from datetime import datetime, timezone


def local_time(moment: datetime | None) -> str:
    """"JJ/MM/AAAA HH:MM" in local time, "—" for no time."""
    if moment is None:
        return "—"
    return moment.replace(tzinfo=timezone.utc).astimezone().strftime("%d/%m/%Y %H:%M")


def local_time_seconds(moment: datetime | None) -> str:
    """The same with seconds ("JJ/MM/AAAA à HH:MM:SS"): audit events often come seconds apart."""
    if moment is None:
        return "—"
    return moment.replace(tzinfo=timezone.utc).astimezone().strftime("%d/%m/%Y à %H:%M:%S")

"""Roster import, parsing half: SIECLE / ONDE exports -> plain records, and the diff.

No Qt, no database: the services layer feeds the `Roster` and the existing
accounts to `diff` and writes the accepted changes.
"""

from .diff import (
    Change,
    Departure,
    ExistingGuardian,
    ExistingLink,
    ExistingStudent,
    LinkChange,
    RosterDiff,
    diff,
)
from .errors import ImportCancelled, ImportFormatError
from .onde import read_onde
from .records import GuardianRecord, LinkRecord, RejectedRow, Roster, RowWarning, StudentRecord
from .siecle import read_siecle

__all__ = [
    "Change",
    "Departure",
    "ExistingGuardian",
    "ExistingLink",
    "ExistingStudent",
    "GuardianRecord",
    "ImportCancelled",
    "ImportFormatError",
    "LinkChange",
    "LinkRecord",
    "RejectedRow",
    "Roster",
    "RosterDiff",
    "RowWarning",
    "StudentRecord",
    "diff",
    "read_onde",
    "read_siecle",
]

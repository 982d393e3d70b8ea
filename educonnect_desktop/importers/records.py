"""What a parsed roster is made of: plain frozen dataclasses, no database identity.

`source_id` is the key the export itself gives (SIECLE ELEVE_ID / PERSONNE_ID),
or, for ONDE which has none, a stable key synthesised by `onde_keys`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..core.frozen import frozen_dataclass

Sex = Literal["M", "F"]
Source = Literal["siecle", "onde"]


@frozen_dataclass
class StudentRecord:
    source_id: str
    elenoet: str | None
    ine: str | None  # uppercased, spaces removed; None when absent or malformed
    last_name: str  # family name (NOM_DE_FAMILLE, or NOM in exports before 2016)
    usage_name: str | None  # None when absent or equal to the family name
    first_name: str
    birth_date: date
    sex: Sex | None
    class_code: str | None  # the division ("3 A"), never a group
    left: bool  # left_on is strictly before the `today` given to the reader
    left_on: date | None  # the exit date, even when it is still to come


@frozen_dataclass
class GuardianRecord:
    source_id: str
    civility: str | None  # "M." or "Mme"; any other wording is kept as exported
    last_name: str
    usage_name: str | None
    first_name: str
    mobile: str | None  # E.164; an invalid or landline number becomes None + a warning
    email: str | None  # normalised; an invalid address becomes None + a warning


@frozen_dataclass
class LinkRecord:
    student_source_id: str
    guardian_source_id: str
    legal_level: int  # 1 or 2: legal guardian (first / second); 0: other contact


@frozen_dataclass
class RejectedRow:
    """A student, guardian or link left out of the roster, and why."""

    file: str
    location: str  # "ELEVE_ID=1234", "ligne 12"...
    reason: str
    # The export's key of the rejected student, when known: a rejected student is
    # not "absent" from the export, so the diff must not report it as having left.
    source_id: str | None = None

    def __str__(self) -> str:
        return f"{self.file}, {self.location} : {self.reason}"


@frozen_dataclass
class RowWarning:
    """Kept in the roster, but something was dropped or guessed (e.g. a landline)."""

    file: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, {self.location} : {self.message}"


@dataclass(frozen=True)
class Roster:
    uai: str | None
    school_year: str | None  # "2024-2025"
    exported_on: date | None
    students: tuple[StudentRecord, ...]
    guardians: tuple[GuardianRecord, ...]
    links: tuple[LinkRecord, ...]
    rejected: tuple[RejectedRow, ...]
    warnings: tuple[RowWarning, ...]
    source: Source
    # What the files covered: a roster without a students file says nothing about
    # who left, one without a guardians file says nothing about removed links.
    includes_students: bool = True
    includes_guardians: bool = True

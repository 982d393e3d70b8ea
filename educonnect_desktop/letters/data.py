"""What one notification letter carries: plain data, no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class LetterData:
    """One person's letter. The provisional password exists only here and on the printed page."""

    establishment_name: str
    establishment_uai: str
    first_name: str
    last_name: str
    kind: str  # AccountKind value: student / guardian
    class_code: str | None
    identifier: str
    provisional_password: str = field(repr=False)  # never in a log line or a traceback
    valid_until: date
    services_url: str
    children: tuple[str, ...] = ()  # a guardian's linked students, "Léa Dupont (6 A)"
    family_language: str | None = None  # one short line in this language (config [letters]), else none

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def valid_until_text(self) -> str:
        day = self.valid_until  # as strftime("%d/%m/%Y") writes it, at a tenth of its cost
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

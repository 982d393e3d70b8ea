"""Plain dataclasses that services return (never peewee models, never Qt objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class EstablishmentInfo:
    uai: str
    name: str
    is_demo: bool


@dataclass(frozen=True)
class AccountSummary:
    identifier: str
    kind: str
    first_name: str
    last_name: str
    class_code: str | None
    state: str
    email_state: str  # of the address in `email` (none: imported, never confirmed)
    establishment_uai: str | None
    last_login_at: datetime | None
    has_email: bool  # an address is there, whatever its state
    new_email_waiting: bool  # a new address waits for confirmation, the old one still in use


@dataclass(frozen=True)
class LinkedPerson:
    identifier: str
    first_name: str
    last_name: str
    legal_level: int
    validated: bool
    reported_wrong: bool


@dataclass(frozen=True)
class AccountDetails:
    summary: AccountSummary
    usage_name: str | None
    birth_date: date | None
    establishment_name: str | None
    staff_role: str | None
    provisional_expires_at: datetime | None
    must_change_password: bool
    charter_accepted: bool
    email: str | None
    pending_email: str | None
    mobile: str | None
    mobile_confirmed: bool
    ine: str | None
    created_at: datetime
    guardians: tuple[LinkedPerson, ...]
    students: tuple[LinkedPerson, ...]
    locked_until: datetime | None = None  # too many failed attempts: refused until then


@dataclass(frozen=True)
class Overview:
    """What the main window shows: establishments and account counts."""

    establishments: tuple[EstablishmentInfo, ...]
    students: int
    guardians: int
    staff: int
    activated: int


@dataclass(frozen=True)
class IssuedCredential:
    """An identifier and the provisional password given to its owner (shown once, never stored)."""

    identifier: str
    kind: str
    first_name: str
    last_name: str
    class_code: str | None
    provisional_password: str | None
    expires_at: datetime | None


def school_to_show(establishments) -> str | None:
    """The name the families' header shows: the real school, the demo only when alone."""
    real = [e for e in establishments if not e.is_demo]
    chosen = real or list(establishments)
    return chosen[0].name if chosen else None

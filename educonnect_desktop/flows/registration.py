"""Parent self-registration and the legacy-account transition: linear flows with one branch."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..services.session import Session


class RegistrationPage:
    UNAVAILABLE = "unavailable"  # no SMS service on this workstation: point to the letter
    IDENTITY = "identity"  # family name, first name, mobile -> "Recevoir mon code SMS"
    CODE = "code"  # the SMS code and each child's birth date
    IDENTIFIER = "identifier"  # "Notez votre identifiant"
    PASSWORD = "password"
    DONE = "done"  # "Votre compte est activé"


@dataclass
class RegistrationFlow:
    sms_available: bool
    last_name: str = ""
    first_name: str = ""
    mobile: str = ""
    masked_mobile: str = ""
    birth_dates: list[date] = field(default_factory=list)
    identifier: str | None = None
    ticket: str | None = None
    session: Session | None = None

    def start_page(self) -> str:
        return RegistrationPage.IDENTITY if self.sms_available else RegistrationPage.UNAVAILABLE

    def next_page(self, current: str) -> str | None:
        order = [RegistrationPage.IDENTITY, RegistrationPage.CODE, RegistrationPage.IDENTIFIER,
                 RegistrationPage.PASSWORD, RegistrationPage.DONE]
        if current == RegistrationPage.UNAVAILABLE or current == RegistrationPage.DONE:
            return None
        return order[order.index(current) + 1]

    def __repr__(self) -> str:  # never print the ticket or the mobile in logs
        return f"RegistrationFlow(identifier={self.identifier!r}, has_ticket={self.ticket is not None})"


class LegacyPage:
    CREDENTIALS = "credentials"  # old ATEN login and password
    IDENTIFIER = "identifier"  # the EduConnect identifier to use from now on
    PASSWORD = "password"
    DONE = "done"


@dataclass
class LegacyFlow:
    identifier: str | None = None
    ticket: str | None = None
    session: Session | None = None

    def next_page(self, current: str) -> str | None:
        order = [LegacyPage.CREDENTIALS, LegacyPage.IDENTIFIER, LegacyPage.PASSWORD, LegacyPage.DONE]
        return None if current == LegacyPage.DONE else order[order.index(current) + 1]

    def __repr__(self) -> str:
        return f"LegacyFlow(identifier={self.identifier!r}, has_ticket={self.ticket is not None})"

"""What the login wizard's pages share: the desk, the navigation flow, two short-lived values."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...flows.login import LoginFlow
from ...services.session import Session
from ..desk import Desk


@dataclass(eq=False)
class LoginContext:
    """Shared by the pages of one wizard; `forget()` ends a journey.

    `provisional_password` is kept only between the login and the choice of the new
    password (so the new-password field can refuse it on the spot); it is dropped as
    soon as the new password is accepted, or when the journey ends.
    """

    desk: Desk
    activation: bool = False
    flow: LoginFlow = field(default_factory=LoginFlow)
    provisional_password: str | None = None
    pending_email: str | None = None  # the address just typed, to show it masked

    @property
    def session(self) -> Session:
        if self.flow.session is None:
            raise RuntimeError("no session: the login page comes first")
        return self.flow.session

    @property
    def has_session(self) -> bool:
        return self.flow.session is not None

    def forget(self) -> None:
        self.provisional_password = None
        self.pending_email = None
        self.flow.session = None
        self.flow.postponed.clear()

    def __repr__(self) -> str:  # allow-list: never a password or an address in logs
        identifier = self.flow.session.identifier if self.flow.session else None
        return (f"LoginContext(identifier={identifier!r}, activation={self.activation}, "
                f"postponed={sorted(self.flow.postponed)})")

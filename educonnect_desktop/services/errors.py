"""Typed domain errors raised by services, each with a French message (a `core.messages.Text`,
which the window translates)."""

from __future__ import annotations

from ..core.messages import joined
from ..errors import UserFacingError


class ServiceError(UserFacingError):
    pass


class NotFound(ServiceError):
    pass


class AlreadyInitialized(ServiceError):
    pass


class PolicyViolation(ServiceError):
    """A password that does not meet the policy; `messages` lists every unmet rule."""

    def __init__(self, messages: tuple[str, ...]) -> None:
        super().__init__(joined(" ", messages))
        self.messages = messages


class InvalidInput(ServiceError):
    pass

"""Errors of the central server whose message is French and can be shown as-is."""

from __future__ import annotations

from ..errors import UserFacingError


class CentralError(UserFacingError):
    pass


class NotFound(CentralError):
    pass

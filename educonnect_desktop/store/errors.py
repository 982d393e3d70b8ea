"""Errors of the store layer, with French messages that can be shown as they are."""

from __future__ import annotations

from ..errors import UserFacingError


class DatabaseError(UserFacingError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseKeyMissing(DatabaseError):
    """An encrypted database whose key the keyring does not have (or not the right one)."""

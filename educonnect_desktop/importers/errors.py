"""Errors of the roster import, each with a French message for the secretariat."""

from __future__ import annotations

from ..errors import UserFacingError


class ImportFormatError(UserFacingError):
    """The file as a whole cannot be used (unreadable, unsafe, not an export we know).

    Problems confined to one student or one guardian never raise this: they end up
    in `Roster.rejected` so the rest of the roster can still be imported.
    """


class ImportCancelled(UserFacingError):
    """The person pressed "Annuler" while the file was being read."""

    def __init__(self) -> None:
        super().__init__("Import annulé : aucune donnée n'a été lue.")

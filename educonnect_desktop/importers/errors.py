"""Errors of the roster import, each with a French message for the secretariat."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP
from ..errors import UserFacingError

FILE_NOT_FOUND = QT_TRANSLATE_NOOP("StaffMessages", "{file} : fichier introuvable.")


class ImportFormatError(UserFacingError):
    """The file as a whole cannot be used (unreadable, unsafe, not an export we know).

    Problems confined to one student or one guardian never raise this: they end up
    in `Roster.rejected` so the rest of the roster can still be imported.
    """


class ImportCancelled(UserFacingError):
    """The person pressed "Annuler" while the file was being read."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("StaffMessages", "Import annulé : aucune donnée n'a été lue."))

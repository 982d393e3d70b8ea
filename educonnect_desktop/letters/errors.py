"""Errors of letter printing, each with a French message."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP
from ..errors import UserFacingError


class LetterError(UserFacingError):
    pass


class FontsMissing(LetterError):
    """No DejaVu font: Qt would silently write a PDF with no text at all."""


class LettersCancelled(LetterError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("StaffMessages", "Impression annulée : aucun fichier n'a été écrit."))

"""Names and lengths checked where input enters the services (the UI, the CLI, imports alike)."""

from __future__ import annotations

from ..core import limits
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.text import clean_name
from .errors import InvalidInput


def person_name(text: str, what: str) -> str:
    """A first or last name typed by staff or a parent: cleaned (core.text.clean_name), bounded."""
    cleaned = clean_name(text or "")
    if len(cleaned) > limits.NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("FamilyMessages", "{what} trop long : {limit} caractères au plus."
                                             ).format(what=what, limit=limits.NAME))
    return cleaned

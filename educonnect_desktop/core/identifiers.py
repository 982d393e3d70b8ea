"""EduConnect-style login identifiers: `p.nom` followed by a number (`j.dupont1`)."""

from __future__ import annotations

import itertools
import re
from typing import Callable, Iterable

from educonnect_desktop.core.text import fold
from educonnect_desktop.errors import UserFacingError
from .messages import QT_TRANSLATE_NOOP

MAX_LENGTH = 32

# The stem returned by `identifier_stem` leaves room for this many digits, so
# every candidate `make_identifier` checks (numbers below 10**6) starts with it.
_STEM_ROOM_DIGITS = 6

# Unicode hyphens people paste from word processors: they mean "-".
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
_NOT_NAME_CHAR = re.compile(r"[^a-z-]+")
_HYPHEN_RUN = re.compile(r"-{2,}")


class UnusableName(UserFacingError, ValueError):
    """A name with no letter that can go into an identifier."""


def _name_part(last_name: str) -> str:
    # Spaces, apostrophes and anything else that is not a-z or "-" are
    # dropped (fold already removed ’ and other non-ASCII marks).
    folded = _NOT_NAME_CHAR.sub("", fold(last_name.translate(_HYPHENS)))
    part = _HYPHEN_RUN.sub("-", folded).strip("-")
    if not part:
        raise UnusableName(QT_TRANSLATE_NOOP(
            "StaffMessages", "Le nom « {name} » ne contient aucune lettre utilisable pour un identifiant."
        ).format(name=last_name.strip()))
    return part


def _initial(first_name: str) -> str:
    for ch in fold(first_name):
        if "a" <= ch <= "z":
            return ch
    raise UnusableName(QT_TRANSLATE_NOOP(
        "StaffMessages", "Le prénom « {name} » ne contient aucune lettre utilisable pour un identifiant."
    ).format(name=first_name.strip()))


def _full_stem(first_name: str, last_name: str) -> str:
    return f"{_initial(first_name)}.{_name_part(last_name)}"


def _fit(stem: str, room: int) -> str:
    # "p." plus at least one letter always survives: room >= 3 is checked by callers.
    return stem[:room].rstrip("-")


def identifier_stem(first_name: str, last_name: str) -> str:
    """The `p.nom` part, shortened like `make_identifier` would for long names.

    Every identifier `make_identifier` can return for these names starts with
    it, so `WHERE identifier LIKE stem || '%'` fetches all the relevant taken
    ones in one query (the stem holds only a-z, "." and "-": no LIKE wildcard).
    """
    return _fit(_full_stem(first_name, last_name), MAX_LENGTH - _STEM_ROOM_DIGITS)


def make_identifier(
    first_name: str, last_name: str, is_taken: Callable[[str], bool],
    numbers: Iterable[int] | None = None,
) -> str:
    """First free identifier `p.nom<n>` with the smallest n >= 1.

    `numbers` (default 1, 2, 3...) are the candidates in order: an enrolled workstation tries
    the block of numbers leased to it by the central server first (docs/sync.md).

    The name part is shortened (never the number) so that the whole identifier
    fits in 32 characters. Raises `UnusableName` (a `ValueError`) when either
    name has no usable letter.
    """
    stem = _full_stem(first_name, last_name)
    for number in (numbers if numbers is not None else itertools.count(1)):
        suffix = str(number)
        room = MAX_LENGTH - len(suffix)
        if room < 3:  # unreachable in practice: 10**29 homonyms
            raise RuntimeError("Plus aucun identifiant libre pour ce nom.")
        candidate = _fit(stem, room) + suffix
        if not is_taken(candidate):
            return candidate
    raise RuntimeError("Plus aucun identifiant libre pour ce nom.")


def normalize_identifier(text: str) -> str:
    """Form used to compare a typed login with stored identifiers."""
    return text.strip().lower()

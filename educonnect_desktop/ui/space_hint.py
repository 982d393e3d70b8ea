"""A refused password that was typed with a space before or after it says so.

Its own module: `ui/widgets` is imported before the first window is painted, and this needs
the core's messages, which wait until after the paint (tests/ui/test_startup.py).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from ..core.messages import QT_TRANSLATE_NOOP, concatenation
from ..errors import UserFacingError

SPACE_HINT = QT_TRANSLATE_NOOP("FamilyMessages",
                               "Attention : votre saisie du mot de passe commence ou se termine par une espace.")


def with_space_hint(message: str, typed_password: str) -> str:
    """A refused password typed with a space before or after it: say so (the space may be the
    whole problem). Said whatever the account, so it tells nothing about the account."""
    # Kept a Text: the window translates the refusal and the hint each on its own.
    return concatenation(message, " ", SPACE_HINT) if typed_password != typed_password.strip() else message


@contextmanager
def hinting_spaces(typed_password: str) -> Iterator[None]:
    """Around a service call checking `typed_password`: its refusal mentions a stray space."""
    try:
        yield
    except UserFacingError as exc:
        raise UserFacingError(with_space_hint(exc.message, typed_password)) from exc

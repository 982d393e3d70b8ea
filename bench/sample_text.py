"""Password-like text of an exact length, for the strength and password-field benchmarks."""

from __future__ import annotations

import random

from educonnect_desktop.core.french_words import FRENCH_FIRST_NAMES, FRENCH_WORDS


def cycle(unit: str, length: int, rnd: random.Random) -> str:
    """`unit` repeated from a random offset (keyboard walks, dates, repeated patterns)."""
    start = rnd.randrange(len(unit))
    return (unit * (length // len(unit) + 2))[start : start + length]


def word_chain(length: int, rnd: random.Random, *, capitalize: bool = False, separators: str = "") -> str:
    """French words and first names one after another: the dictionary matcher's worst case."""
    out = ""
    while len(out) < length:
        word = rnd.choice(FRENCH_WORDS + FRENCH_FIRST_NAMES)
        out += (word.capitalize() if capitalize else word) + (rnd.choice(separators) if separators else "")
    return out[:length]

"""French alphabetical order for names: case and accents do not decide, letters do.

"BERNARD", "Benali", "Émile" and "Eric" sort as a French reader expects (Benali,
BERNARD, Émile, Eric), not by code point (uppercase first, accented letters last).
Names equal once folded are ordered by their accents then their case, so the order
stays total and stable (what an SQLite collation must be).
"""

from __future__ import annotations

from functools import lru_cache

from .text import fold

COLLATION_NAME = "fr"


@lru_cache(maxsize=65536)
def french_key(text: str) -> tuple[str, str, str]:
    return fold(text), text.casefold(), text


def compare_french(a: str | None, b: str | None) -> int:
    """-1, 0 or 1, the SQLite collation contract (NULL never reaches a collation)."""
    ka, kb = french_key(a or ""), french_key(b or "")
    return (ka > kb) - (ka < kb)

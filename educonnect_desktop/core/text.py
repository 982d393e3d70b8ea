"""Folding of French names and text to plain lowercase ASCII."""

from __future__ import annotations

import unicodedata

# Characters NFKD does not decompose into ASCII on its own.
_SPECIAL_FOLDS = {
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss",
    "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i",
    "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
}


def fold(text: str) -> str:
    """Lowercase ASCII approximation: accents stripped, ligatures expanded.

    Characters with no ASCII form are dropped; everything else is kept as-is.
    """
    expanded = "".join(_SPECIAL_FOLDS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", expanded)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii")
    return ascii_only.lower()


def fold_letters(text: str) -> str:
    """Only the letters of `fold(text)`: used for name comparisons."""
    return "".join(ch for ch in fold(text) if ch.isalpha())

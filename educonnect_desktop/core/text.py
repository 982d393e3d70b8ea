"""Folding of French names and text to plain lowercase ASCII."""

from __future__ import annotations

import re
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


# Control characters, format characters (bidi overrides and isolates, zero-width spaces and
# joiners, the BOM), private-use and unpaired surrogates, line and paragraph separators:
# invisible or able to reorder what is shown, never part of a real name.
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
# ECMA-48 control sequences (CSI ... final byte) and two-character escapes (ESC c, ESC M...).
_TERMINAL_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-~]")


def clean_name(text: str) -> str:
    """A name as typed or imported, made safe to store and show: NFC, invisible and control
    characters removed, whitespace collapsed. Letters, accents, apostrophes, hyphens stay."""
    normalized = unicodedata.normalize("NFC", text)
    if normalized.isprintable():  # no removed category, no whitespace but spaces: the usual name
        return " ".join(normalized.split())
    # A terminal escape sequence (colour, cursor moves) goes whole: its ESC alone removed would
    # leave "[31m" in the name.
    normalized = _TERMINAL_SEQUENCE.sub("", normalized)
    kept = "".join(" " if ch in "\t\r\n" else ch for ch in normalized
                   if ch in "\t\r\n" or unicodedata.category(ch) not in _REMOVED_CATEGORIES)
    return " ".join(kept.split())

"""Personal data (names, identifier, birth date) turned into tokens to look for.

Shared by the password policy, which refuses passwords containing a name or
the identifier, and by the strength estimate, which treats every form of the
person's data as a tiny dictionary an attacker would try first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from educonnect_desktop.core.text import fold, fold_letters

_DATE_RX = re.compile(r"(\d{1,4})[\s/.\-](\d{1,2})[\s/.\-](\d{1,4})")
_DATE_LIKE_RX = re.compile(r"[\d\s/.\-]*\d[\d\s/.\-]*")
_NON_LETTERS_RX = re.compile(r"[^a-z]+")
_TRAILING_DIGITS_RX = re.compile(r"\d+$")

# Shortest name-like token the strength estimate looks for: two letters would
# match by chance in almost any password and raise false warnings.
MIN_STRENGTH_TOKEN = 3


def is_date_like(text: str) -> bool:
    """Only digits and date separators: a birth date or a year, not a name."""
    return _DATE_LIKE_RX.fullmatch(text.strip()) is not None


def name_tokens(user_inputs: Iterable[object], min_letters: int = 4) -> list[str]:
    """Folded forms of the name-like inputs and of their name parts.

    `j.dupont1` gives `j.dupont1`, `jdupont` and `dupont`; `Le Goff` gives
    `le goff`, `legoff` and `goff`. Inputs or parts with fewer than
    `min_letters` letters are ignored, as are dates.
    """
    tokens: list[str] = []
    for raw in user_inputs:
        text = str(raw)
        if not text.strip() or is_date_like(text):
            continue
        letters = fold_letters(text)
        if len(letters) < min_letters:
            continue
        folded = fold(text).strip()
        parts = [part for part in _NON_LETTERS_RX.split(folded) if len(part) >= min_letters]
        for token in (folded, letters, *parts):
            if token not in tokens:
                tokens.append(token)
    return tokens


def contains_name(password: str, user_inputs: Iterable[object]) -> bool:
    """True if the password holds a name or identifier of 4+ letters.

    Case and accents are ignored; dates among the inputs are not looked for.
    """
    folded = fold(password)
    return any(token in folded for token in name_tokens(user_inputs))


def date_tokens(text: str) -> list[str]:
    """Forms of a birth date someone might put in a password.

    "12/03/2011" gives 12/03/2011, 2011, 1203, 12032011, 120311, 20110312 and
    1232011. ISO dates (2011-03-12) are understood too; a bare number is
    returned as is.
    """
    text = text.strip()
    match = _DATE_RX.fullmatch(text)
    if match is None:
        digits = "".join(ch for ch in text if ch.isdigit())
        return [digits] if len(digits) >= MIN_STRENGTH_TOKEN else []
    first, month, last = match.groups()
    day, year = (last, first) if len(first) == 4 else (first, last)
    if len(year) == 2:
        short_year = year
        long_year = ("20" if int(year) <= 30 else "19") + year
    else:
        short_year, long_year = year[-2:], year
    dd, mm = day.zfill(2), month.zfill(2)
    forms = [
        text,
        long_year,
        dd + mm,
        dd + mm + long_year,
        dd + mm + short_year,
        long_year + mm + dd,
        str(int(day)) + str(int(month)) + long_year,
    ]
    unique: list[str] = []
    for form in forms:
        if len(form) >= MIN_STRENGTH_TOKEN and form not in unique:
            unique.append(form)
    return unique


def strength_tokens(user_inputs: Iterable[object]) -> tuple[list[str], list[str]]:
    """(name tokens, date tokens) for the strength estimate, most telling first.

    Name tokens come both lowercased and accent-folded, so `Hélène` is found
    in `hélène2011` and in `helene2011`.
    """
    names: list[str] = []
    dates: list[str] = []
    inputs = [str(raw) for raw in user_inputs]
    for text in inputs:
        if text.strip() and is_date_like(text):
            dates.extend(form for form in date_tokens(text) if form not in dates)
    for token in name_tokens(inputs, min_letters=MIN_STRENGTH_TOKEN):
        if token not in names:
            names.append(token)
    for text in inputs:
        lowered = text.strip().lower()
        if (
            len(lowered) >= MIN_STRENGTH_TOKEN
            and not is_date_like(lowered)
            and lowered not in names
        ):
            names.append(lowered)
    # What an attacker who knows the person tries next: the identifier without its
    # number ("l.martin7" -> "l.martin"), and the starts of the names ("dup", "dupo").
    extra: list[str] = []
    for token in names:
        bare = _TRAILING_DIGITS_RX.sub("", token)
        if len(bare) >= MIN_STRENGTH_TOKEN:
            extra.append(bare)
        if token.isalpha() and token.isascii():
            extra.extend(token[:k] for k in range(MIN_STRENGTH_TOKEN, len(token)))
    names.extend(t for t in dict.fromkeys(extra) if t not in names)
    return names, dates

"""Password strength estimate: zxcvbn with French data, bounded in time.

The UI asks for an estimate on every keystroke, and zxcvbn's cost grows with
the square of the length (its guess search tries every split of the
password), so only the first `PREFIX_LENGTH` characters get zxcvbn's full
analysis. The rest is priced by a cheap left-to-right pass reusing the same
matchers: known words, keyboard walks, sequences and years cost what zxcvbn
says they cost, text already seen earlier costs about one guess digit, and any
other character one digit (zxcvbn's brute-force rate). A password that is one
short unit repeated is priced as that unit times the count, however long.

Scores use zxcvbn's scale: 0 below 10^3 guesses, 1 below 10^6, 2 below 10^8,
3 below 10^10, 4 above.

The estimate is independent of the policy (`passwords.check_policy`): a long
lowercase passphrase can be "Très fort" yet refused, and the UI shows both.
The one link: a password containing the person's name or identifier (which
the policy refuses) is capped at "Faible".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from zxcvbn import matching as zx_matching
from zxcvbn import scoring as zx_scoring

from educonnect_desktop.core import strength_matching as sm
from educonnect_desktop.core.strength_feedback import (
    ADD_WORDS,
    BIRTH_DATE_WARNING,
    PERSONAL_WARNING,
    Child,
    child_warning,
    feedback,
)
from educonnect_desktop.core.strength_inputs import contains_name, strength_tokens

STRENGTH_LABELS = ("Très faible", "Faible", "Moyen", "Fort", "Très fort")

# Longest prefix analysed by zxcvbn itself: about 10 ms in the worst case
# measured (bench/bench_strength.py), 1 to 2 ms for ordinary passwords.
PREFIX_LENGTH = 32
# Characters beyond this are ignored: the policy refuses them anyway.
MAX_ANALYSED = 256
# How far before the cut the tail pass looks, so a word straddling it is seen.
_OVERLAP = 8
# Longest keyboard walk priced in one piece by the tail pass.
_MAX_WALK = 16
# Shortest stretch of already-seen text the tail pass treats as a repeat.
_MIN_BACKREF = 3
# log10 of the guesses for one unexplained character, or one back-reference.
_CHAR_COST = 1.0
_BACKREF_COST = 1.0
# Upper bounds of scores 0..3 in log10(guesses), as zxcvbn (10^k + 5).
_THRESHOLDS = tuple(math.log10(10**k + 5) for k in (3, 6, 8, 10))
_PERSONAL_MAX_SCORE = 1


@dataclass(frozen=True)
class Strength:
    score: int
    label: str
    warning: str
    suggestions: tuple[str, ...]


def estimate_strength(password: str, *, user_inputs: Sequence[str] = (),
                      children: Sequence[Child] = ()) -> Strength:
    """How hard `password` is to guess, 0..4, with French advice.

    `user_inputs` are the person's names, identifier and birth date (as typed,
    e.g. "12/03/2011"): any of them in the password makes it weak; so does a
    child's first name (`children`: first name and birth year). Only the
    first 256 characters are analysed. Thread-safe; call `warm_up()` once
    beforehand to keep the first call fast.
    """
    if not password:
        warning, suggestions = feedback(0, ())
        return Strength(0, STRENGTH_LABELS[0], warning, suggestions)
    text = password[:MAX_ANALYSED]
    names, dates = strength_tokens(user_inputs)
    personal = sm.Personal.build(names, dates)
    log10_guesses, sequence = _analyse(text, personal)
    score = sum(log10_guesses >= limit for limit in _THRESHOLDS)
    warning, suggestions = feedback(score, sequence)
    # zxcvbn only reports what its cheapest explanation used, and only for
    # weak passwords: the person's own data deserves a warning regardless.
    if contains_name(password, user_inputs):
        score = min(score, _PERSONAL_MAX_SCORE)
        warning, suggestions = PERSONAL_WARNING, suggestions or (ADD_WORDS,)
    elif any(len(date) >= 4 and date in password for date in dates):
        warning = BIRTH_DATE_WARNING
    child = child_warning(password, children)
    if child:
        score = min(score, _PERSONAL_MAX_SCORE)
        warning, suggestions = child, suggestions or (ADD_WORDS,)
    return Strength(score, STRENGTH_LABELS[score], warning, suggestions)


def _analyse(text: str, personal: sm.Personal) -> tuple[float, list[sm.Match]]:
    """(log10 of guesses, match sequence for the feedback)."""
    # Short repeats are left to zxcvbn, which also knows "doudou" as a word.
    period = sm.smallest_period(text)
    if len(text) > PREFIX_LENGTH and 2 * period <= len(text):
        unit = text[:period]
        unit_log10, unit_sequence = _analyse(unit, personal)
        count = len(text) / period
        repeat = {
            "pattern": "repeat",
            "i": 0,
            "j": len(text) - 1,
            "token": text,
            "base_token": unit,
            "base_matches": unit_sequence,
            "repeat_count": count,
        }
        return unit_log10 + math.log10(count), [repeat]

    head = text[:PREFIX_LENGTH]
    result = sm.most_guessable(head, personal)
    head_log10 = math.log10(result["guesses"])
    sequence = result["sequence"]
    if len(text) == len(head):
        return head_log10, sequence
    # Characters zxcvbn could not explain just before the cut are usually the
    # start of a pattern it did not see whole: let the tail pass take them.
    if len(sequence) > 1 and sequence[-1]["pattern"] == "bruteforce":
        sequence = sequence[:-1]
    cut = sequence[-1]["j"] + 1
    log10_guesses = _sequence_log10(sequence) + _tail_cost(text, cut, personal)
    # Guessing the whole password means guessing its start: never below it.
    return max(log10_guesses, head_log10), sequence


def _sequence_log10(sequence: list[sm.Match]) -> float:
    """zxcvbn's guesses for a match sequence: l! * product + 10000^(l - 1)."""
    length = len(sequence)
    product = math.prod(float(match["guesses"]) for match in sequence)
    guesses = math.factorial(length) * product
    guesses += zx_scoring.MIN_GUESSES_BEFORE_GROWING_SEQUENCE ** (length - 1)
    return math.log10(guesses)


def _tail_cost(text: str, start: int, personal: sm.Personal) -> float:
    """log10 of the guesses for text[start:], knowing text[:start].

    Cheapest cover of the tail by single characters, matches and copies of
    earlier text (dynamic programming over positions, linear in practice).
    """
    offset = max(0, start - _OVERLAP)
    segment = text[offset:]
    form = sm.lookup_form(text)
    edges: dict[int, list[tuple[int, float]]] = {}
    for match in _tail_matches(segment, personal):
        i, j = match["i"] + offset, match["j"] + offset
        if j < start:
            continue
        cost = math.log10(zx_scoring.estimate_guesses(match, segment))
        edges.setdefault(max(i, start), []).append((j + 1, cost))

    n = len(text)
    best = [math.inf] * (n + 1)
    best[start] = 0.0
    for k in range(start, n):
        here = best[k]
        best[k + 1] = min(best[k + 1], here + _CHAR_COST)
        length = _longest_backref(form, k)
        if length:
            best[k + length] = min(best[k + length], here + _BACKREF_COST)
        for end, cost in edges.get(k, ()):
            best[end] = min(best[end], here + cost)
    return best[n]


def _tail_matches(segment: str, personal: sm.Personal) -> list[sm.Match]:
    # Cheap matchers only: zxcvbn's date search is quadratic in digit runs,
    # its price for a keyboard walk cubic in the walk's length, and l33t or
    # reversed words in the tail of a long password are not worth the time.
    form = sm.lookup_form(segment)
    return [
        *sm.dictionary_matches(segment, form, personal, reverse=False),
        *_short_walks(segment),
        *zx_matching.sequence_match(segment),
        *zx_matching.regex_match(segment, _regexen=sm.REGEXEN),
        *sm.decoration_matches(segment),
    ]


def _short_walks(segment: str) -> list[sm.Match]:
    """Keyboard walks, long ones cut into pieces of `_MAX_WALK` characters."""
    walks = []
    for walk in sm.spatial_matches(segment):
        if len(walk["token"]) <= _MAX_WALK:
            walks.append(walk)
            continue
        for start in range(walk["i"], walk["j"] + 1, _MAX_WALK):
            piece = segment[start : min(start + _MAX_WALK, walk["j"] + 1)]
            for match in sm.spatial_matches(piece):
                if match["graph"] == walk["graph"]:
                    match["i"] += start
                    match["j"] += start
                    walks.append(match)
    return walks


def _longest_backref(form: str, k: int) -> int:
    """Length of the longest text at k that also starts somewhere before k."""

    def seen(length: int) -> bool:
        # The earlier copy may overlap position k, as in "abababab".
        return form.find(form[k : k + length], 0, k + length - 1) != -1

    high = len(form) - k
    if high < _MIN_BACKREF or not seen(_MIN_BACKREF):
        return 0
    low = _MIN_BACKREF
    while low < high:
        middle = (low + high + 1) // 2
        if seen(middle):
            low = middle
        else:
            high = middle - 1
    return low

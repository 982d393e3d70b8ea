"""Pattern search and guess counting for the strength estimate, on zxcvbn.

zxcvbn's `omnimatch` is too slow for per-keystroke use (its l33t search tries
every combination of substitutions: seconds on `4@8(3!|1$5+...`) and its
`zxcvbn()` entry point writes the user inputs into a module-level dictionary,
which is unsafe when estimates run on worker threads. So zxcvbn's globals are
never modified: its spatial, sequence, regex and date matchers and its scoring
are reused as they are, while dictionary, l33t and repeat search are done here
against one merged lexicon (zxcvbn's lists plus French ones) and a per-call
dictionary of the person's own data.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from zxcvbn import matching as zx_matching
from zxcvbn import scoring as zx_scoring
from zxcvbn.adjacency_graphs import ADJACENCY_GRAPHS
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from educonnect_desktop.core.french_passwords import FRENCH_PASSWORDS
from educonnect_desktop.core.french_lexicon import corpus_words, scaled_ranks
from educonnect_desktop.core.french_words import (
    FRENCH_FIRST_NAMES,
    FRENCH_PETS,
    FRENCH_PLACES,
    FRENCH_SCHOOL,
    FRENCH_SMS,
    FRENCH_SURNAMES,
    FRENCH_WORDS,
)
from educonnect_desktop.core.strength_azerty import AZERTY_GRAPH, AZERTY_SHIFTED, azerty_column_walks
from educonnect_desktop.core.text import fold

Match = dict[str, Any]

# Dictionary names (zxcvbn's own plus ours); the feedback groups them.
PERSONAL_NAMES = "user_inputs"
PERSONAL_DATES = "user_dates"

# Dvorak is left out: nobody types on it here and it only adds false walks.
_GRAPHS = {
    "azerty": AZERTY_GRAPH,
    "qwerty": ADJACENCY_GRAPHS["qwerty"],
    "keypad": ADJACENCY_GRAPHS["keypad"],
    "mac_keypad": ADJACENCY_GRAPHS["mac_keypad"],
}

# zxcvbn's recent-year pattern stops at 2019.
REGEXEN = {"recent_year": re.compile(r"19\d\d|20[0-4]\d")}

# Digits and symbols glued to a word to satisfy a password policy
# ("Soleil2024!"): attackers try them as one unit, zxcvbn sees two or three
# patterns and, with its per-pattern penalty, overrates them.
_DECORATION_RX = re.compile(r"(?:[^\w\s]|_){0,2}\d{1,4}(?:[^\w\s]|_){0,2}")
_NON_LETTER_RUN_RX = re.compile(r"[\W\d_]+")
_COMMON_SYMBOLS = frozenset("!?.*@#$&_-+")

# For each l33t character, the letters it may stand for ('1' -> i or l).
_L33T_LETTERS: dict[str, tuple[str, ...]] = {}
for _letter, _subs in zx_matching.L33T_TABLE.items():
    for _sub in _subs:
        _L33T_LETTERS[_sub] = (*_L33T_LETTERS.get(_sub, ()), _letter)

_REPEAT_RX = re.compile(r"(.+)\1+", re.DOTALL)


# Substrings are checked against word starts up to this length, to stop
# extending a substring early when no word begins that way.
_PREFIX_DEPTH = 4


def _prefixes(words) -> frozenset[str]:
    return frozenset(word[:k] for word in words for k in range(1, _PREFIX_DEPTH + 1))


@dataclass(frozen=True)
class Personal:
    """The person's own data as a tiny ranked dictionary, built per call."""

    words: dict[str, tuple[int, str]] = field(default_factory=dict)

    @classmethod
    def build(cls, names: list[str], dates: list[str]) -> Personal:
        words: dict[str, tuple[int, str]] = {}
        for rank, word in enumerate(names, 1):
            words.setdefault(word, (rank, PERSONAL_NAMES))
        for rank, word in enumerate(dates, 1):
            words.setdefault(word, (rank, PERSONAL_DATES))
        return cls(words)

    @functools.cached_property
    def max_length(self) -> int:
        return max(map(len, self.words), default=0)

    @functools.cached_property
    def prefixes(self) -> frozenset[str]:
        return _prefixes(self.words)


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[int, str]]
    prefixes: frozenset[str]
    max_length: int


@functools.cache
def _lexicon() -> _Lexicon:
    """word -> (rank, dictionary name), keeping the best rank of any list.

    One lookup per substring instead of one per list; keeping only the best
    rank changes nothing since zxcvbn's search keeps the cheapest match.
    """
    merged: dict[str, tuple[int, str]] = {}
    lists = {
        **FREQUENCY_LISTS,
        "fr_passwords": FRENCH_PASSWORDS,
        "fr_words": FRENCH_WORDS,
        "fr_first_names": FRENCH_FIRST_NAMES,
        "fr_surnames": FRENCH_SURNAMES,
        "fr_places": FRENCH_PLACES,
        "fr_pets": FRENCH_PETS,
        "fr_sms": FRENCH_SMS,
        "fr_school": FRENCH_SCHOOL,
        "azerty_walks": azerty_column_walks(),
    }
    ranked = [(name, enumerate(words, 1)) for name, words in lists.items()]
    ranked.append(("fr_lexicon", zip(scaled_ranks(), corpus_words())))
    for name, pairs in ranked:
        for rank, word in pairs:
            best = merged.get(word)
            if best is None or rank < best[0]:
                merged[word] = (rank, name)
    return _Lexicon(merged, _prefixes(merged), max(map(len, merged)))


def warm_up() -> None:
    """Build the lexicon now rather than on the first keystroke."""
    _lexicon()


def lookup_form(password: str) -> str:
    """Lowercase, accents folded, one character per character of `password`.

    Keeping positions aligned lets dictionary hits map back to the password.
    """
    chars = []
    for ch in password:
        lower = ch.lower()
        if len(lower) != 1:
            lower = ch
        if not lower.isascii():
            folded = fold(lower)
            if len(folded) == 1:
                lower = folded
        chars.append(lower)
    return "".join(chars)


def _lookup(text: str, personal: Personal, only_changed: str | None = None):
    """(i, j, word, rank, dictionary) for every known word in `text`.

    With `only_changed`, keep only words that differ from that string over
    their span: the l33t search only wants spans holding a substitution.
    """
    lexicon = _lexicon()
    words, prefixes = lexicon.words, lexicon.prefixes
    max_length = max(lexicon.max_length, personal.max_length)
    n = len(text)
    for i in range(n):
        for j in range(i + 1, min(n, i + max_length) + 1):
            word = text[i:j]
            if (
                j - i <= _PREFIX_DEPTH
                and word not in prefixes
                and word not in personal.prefixes
            ):
                break
            if only_changed is not None and only_changed[i:j] == word:
                continue
            entry = personal.words.get(word) or words.get(word)
            if entry is not None:
                yield i, j - 1, word, entry[0], entry[1]


def _dictionary_match(password: str, i: int, j: int, word: str, rank: int, name: str) -> Match:
    return {
        "pattern": "dictionary",
        "i": i,
        "j": j,
        "token": password[i : j + 1],
        "matched_word": word,
        "rank": rank,
        "dictionary_name": name,
        "reversed": False,
        "l33t": False,
    }


def dictionary_matches(
    password: str, form: str, personal: Personal, *, reverse: bool = True
) -> list[Match]:
    """Known words in `password`, also read backwards unless `reverse` is False."""
    found = [
        _dictionary_match(password, i, j, word, rank, name)
        for i, j, word, rank, name in _lookup(form, personal)
    ]
    if not reverse:
        return found
    n = len(form)
    for i, j, word, rank, name in _lookup(form[::-1], personal):
        start, end = n - 1 - j, n - 1 - i
        match = _dictionary_match(password, start, end, word, rank, name)
        match["reversed"] = True
        found.append(match)
    return found


def l33t_matches(password: str, form: str, personal: Personal) -> list[Match]:
    """Words written with substitutions such as `p@ssw0rd` or `s0l3il`.

    Each l33t character gets one meaning per pass; only '1', '|' and '7' have
    two, so there are at most 8 passes (zxcvbn's search can run thousands).
    """
    present = sorted({ch for ch in form if ch in _L33T_LETTERS})
    if not present:
        return []
    found: dict[tuple[int, int, str], Match] = {}
    for letters in itertools.product(*(_L33T_LETTERS[ch] for ch in present)):
        table = dict(zip(present, letters))
        translated = "".join(table.get(ch, ch) for ch in form)
        for i, j, word, rank, name in _lookup(translated, personal, only_changed=form):
            token = password[i : j + 1]
            if len(token) < 2 or (i, j, word) in found:
                continue
            sub = {ch: table[ch] for ch in set(form[i : j + 1]) if ch in table}
            match = _dictionary_match(password, i, j, word, rank, name)
            match.update(
                l33t=True,
                sub=sub,
                sub_display=", ".join(f"{k} -> {v}" for k, v in sub.items()),
            )
            found[(i, j, word)] = match
    return list(found.values())


def spatial_matches(password: str) -> list[Match]:
    found = []
    for name, graph in _GRAPHS.items():
        for match in zx_matching.spatial_match_helper(password, graph, name):
            if name == "azerty":
                # zxcvbn only knows QWERTY's shifted keys and keyboard size;
                # AZERTY has the same number of keys and neighbours per key.
                if password[match["i"]] in AZERTY_SHIFTED:
                    match["shifted_count"] += 1
                guesses = zx_scoring.spatial_guesses({**match, "graph": "qwerty"})
                _set_guesses(match, guesses, password)
            found.append(match)
    return found


def decoration_matches(password: str) -> list[Match]:
    """Digits + symbols forming a whole run between letters ("2024!", "!13")."""
    found = []
    for run in _NON_LETTER_RUN_RX.finditer(password):
        token = run.group()
        if not _DECORATION_RX.fullmatch(token) or token.isdigit():
            continue
        digits = "".join(ch for ch in token if ch.isdigit())
        year = int(digits) if len(digits) == 4 and digits.isascii() else 0
        if 1900 <= year <= 2049:
            guesses = max(abs(year - zx_scoring.REFERENCE_YEAR), zx_scoring.MIN_YEAR_SPACE)
        elif _is_trivial_number(digits):
            guesses = 10 * len(digits)
        else:
            guesses = 10 ** len(digits)
        for ch in token:
            if not ch.isdigit():
                guesses *= 10 if ch in _COMMON_SYMBOLS else 33
        match = {"pattern": "decoration", "i": run.start(), "j": run.end() - 1, "token": token}
        _set_guesses(match, guesses, password)
        found.append(match)
    return found


def _is_trivial_number(digits: str) -> bool:
    """"123", "4321", "000": what people append first."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:]) if a.isascii() and b.isascii()}
    return len(digits) > 1 and len(steps) == 1 and steps <= {-1, 0, 1}


def repeat_matches(password: str, personal: Personal) -> list[Match]:
    """Runs of a repeated unit (`aaa`, `abcabc`), scored as unit x count."""
    found = []
    position = 0
    while position < len(password):
        hit = _REPEAT_RX.search(password, position)
        if hit is None:
            break
        unit = primitive_unit(hit.group(1))
        start, end = hit.start(), hit.end()
        # The greedy search can stop a unit short ("aaaaa" -> "aaaa").
        while password.startswith(unit, end):
            end += len(unit)
        base = most_guessable(unit, personal)
        found.append(
            {
                "pattern": "repeat",
                "i": start,
                "j": end - 1,
                "token": password[start:end],
                "base_token": unit,
                "base_guesses": base["guesses"],
                "base_matches": base["sequence"],
                "repeat_count": (end - start) / len(unit),
            }
        )
        position = end
    return found


def primitive_unit(text: str) -> str:
    """Shortest string whose repetition gives `text` ("abab" -> "ab")."""
    period = (text + text).find(text, 1)
    return text[:period]


def smallest_period(text: str) -> int:
    """Smallest p with text[k] == text[k + p] everywhere (KMP failure function)."""
    failure = [0] * len(text)
    k = 0
    for i in range(1, len(text)):
        while k and text[i] != text[k]:
            k = failure[k - 1]
        if text[i] == text[k]:
            k += 1
        failure[i] = k
    return len(text) - (failure[-1] if text else 0)


def all_matches(password: str, personal: Personal) -> list[Match]:
    form = lookup_form(password)
    matches = [
        *dictionary_matches(password, form, personal),
        *l33t_matches(password, form, personal),
        *spatial_matches(password),
        *repeat_matches(password, personal),
        *zx_matching.sequence_match(password),
        *zx_matching.regex_match(password, _regexen=REGEXEN),
        *zx_matching.date_match(password),
        *decoration_matches(password),
    ]
    matches += interleaved_matches(password, personal)
    matches += composite_matches(password, matches)
    matches.sort(key=lambda m: (m["i"], m["j"]))
    return matches


# Patterns a composite is made of: what attackers' rules glue together.
_COMPOSABLE = frozenset({"dictionary", "decoration", "spatial", "sequence", "regex", "date"})
# Per part beyond the first: the attacker's choice of rule ("word + word", "word + suffix").
_COMPOSITE_FACTOR = 2.0
_MAX_COMPOSITES = 1200  # chains tried; a run of one character gives thousands


def composite_matches(password: str, matches: list[Match]) -> list[Match]:
    """Two or three adjacent patterns priced as one: the product of their guesses x 2 per join.

    zxcvbn adds 10^4 per extra pattern (10^8 for three), so "Jtm4ever!" or "J3an.2011!" came
    out "Fort" whatever their parts cost. A French attacker's rules do glue a word to a word
    or to a suffix; what they cannot skip is trying each part. Only the cheapest composite of
    each span is kept, and their number is capped (per-keystroke cost).
    """
    cheapest: dict[tuple[int, int], Match] = {}  # one part per span: the cheapest
    for match in matches:
        if match["pattern"] in _COMPOSABLE and match["j"] > match["i"]:
            guesses = zx_scoring.estimate_guesses(match, password)
            kept = cheapest.get((match["i"], match["j"]))
            if kept is None or guesses < kept["guesses"]:
                cheapest[(match["i"], match["j"])] = match
    parts = list(cheapest.values())
    starting: dict[int, list[Match]] = {}
    for match in parts:
        starting.setdefault(match["i"], []).append(match)
    best: dict[tuple[int, int], Match] = {}
    offers = 0

    def offer(chain: list[Match]) -> None:
        # A decoration at the end is the first rule tried on any word: no extra choice.
        joins = len(chain) - 1 - (chain[-1]["pattern"] == "decoration")
        guesses = math.prod(float(m["guesses"]) for m in chain) * _COMPOSITE_FACTOR ** joins
        if guesses == math.inf:
            return
        key = (chain[0]["i"], chain[-1]["j"])
        current = best.get(key)
        if current is None or guesses < current["guesses"]:
            match = {"pattern": "composite", "i": key[0], "j": key[1],
                     "token": password[key[0] : key[1] + 1], "base_matches": chain}
            _set_guesses(match, guesses, password)
            best[key] = match

    for first in parts:
        for second in starting.get(first["j"] + 1, ()):
            offer([first, second])
            thirds = starting.get(second["j"] + 1, ())
            for third in thirds:
                offer([first, second, third])
            offers += 1 + len(thirds)
            if offers > _MAX_COMPOSITES:
                return list(best.values())
    return list(best.values())


def feedback_sequence(sequence: list[Match]) -> list[Match]:
    """The sequence as the feedback reads it: composites replaced by their parts, and a
    listed keyboard walk ("ertyuiop", from `azerty_column_walks`) told as a walk."""
    out: list[Match] = []
    for match in sequence:
        if match["pattern"] == "composite":
            out.extend(feedback_sequence(match["base_matches"]))
        elif match.get("dictionary_name") == "azerty_walks":
            out.append({**match, "pattern": "spatial", "graph": "azerty", "turns": 1, "shifted_count": 0})
        else:
            out.append(match)
    return out


_MIN_INTERLEAVED = 6


def interleaved_matches(password: str, personal: Personal) -> list[Match]:
    """Two patterns typed alternately, "A1z2e3r4" (azer + 1234): each half priced on its own."""
    found = []
    n = len(password)
    start = 0
    while start < n - 1:
        end = start
        # A run alternating letters and non-letters.
        while end + 1 < n and password[end].isalpha() != password[end + 1].isalpha():
            end += 1
        if end - start + 1 >= _MIN_INTERLEAVED:
            token = password[start : end + 1]
            halves = [token[0::2], token[1::2]]
            guesses = 2.0  # which half comes first
            for half in halves:
                guesses *= float(zx_scoring.most_guessable_match_sequence(
                    half, [*spatial_matches(half), *zx_matching.sequence_match(half),
                           *dictionary_matches(half, lookup_form(half), personal, reverse=False)]
                )["guesses"])
            match = {"pattern": "interleaved", "i": start, "j": end, "token": token}
            _set_guesses(match, guesses, password)
            found.append(match)
        start = end + 1
    return found


def most_guessable(password: str, personal: Personal) -> dict[str, Any]:
    """zxcvbn's cheapest explanation of `password`: guesses and match sequence."""
    return zx_scoring.most_guessable_match_sequence(password, all_matches(password, personal))


def _set_guesses(match: Match, guesses: float, password: str) -> None:
    # zxcvbn skips its own floor when a match comes with guesses: apply it.
    if len(match["token"]) < len(password):
        floor = (
            zx_scoring.MIN_SUBMATCH_GUESSES_SINGLE_CHAR
            if len(match["token"]) == 1
            else zx_scoring.MIN_SUBMATCH_GUESSES_MULTI_CHAR
        )
        guesses = max(guesses, floor)
    match["guesses"] = guesses
    match["guesses_log10"] = math.log10(guesses)

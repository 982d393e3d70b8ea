import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core.identifiers import (
    MAX_LENGTH,
    UnusableName,
    identifier_stem,
    make_identifier,
    normalize_identifier,
)
from educonnect_desktop.core.text import fold_letters
from educonnect_desktop.errors import UserFacingError

IDENTIFIER_RE = re.compile(r"^[a-z]\.[a-z](?:[a-z-]*[a-z])?\d+$")


def nothing_taken(_: str) -> bool:
    return False


def make(first: str, last: str, taken: set[str] = frozenset()) -> str:
    return make_identifier(first, last, taken.__contains__)


def test_basic_form():
    assert make("jean", "DUPONT") == "j.dupont1"


def test_next_free_number():
    assert make("Jean", "Dupont", {"j.dupont1"}) == "j.dupont2"
    assert make("Jean", "Dupont", {"j.dupont1", "j.dupont2", "j.dupont4"}) == "j.dupont3"


def test_smallest_free_number_even_if_gap():
    assert make("Jean", "Dupont", {"j.dupont2"}) == "j.dupont1"


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Marie-Hélène", "N'Diaye-Le Gall", "m.ndiaye-legall1"),
        ("Élodie", "Martin", "e.martin1"),
        ("Ève", "Ça Va", "e.cava1"),
        ("Jean", "Strauß", "j.strauss1"),
        ("Bœuf", "Cœur", "b.coeur1"),
        ("Æsa", "Læticia", "a.laeticia1"),
        ("Anne", "D’Arc", "a.darc1"),
        ("Anne", "d'Arc", "a.darc1"),
        ("Anne", "  de la  Fontaine ", "a.delafontaine1"),
        ("Anne", "Le--Gall", "a.le-gall1"),
        ("Anne", "-Le Gall-", "a.legall1"),
        ("Anne", "Le - Gall", "a.le-gall1"),
        ("Anne", "Le\u2011Gall", "a.le-gall1"),
        ("Anne", "Müller3 (née)", "a.mullernee1"),
        ("  jean ", "dupont", "j.dupont1"),
        ("1 Jean", "Dupont", "j.dupont1"),
    ],
)
def test_folding(first, last, expected):
    assert make(first, last) == expected


def test_stem():
    assert identifier_stem("Marie-Hélène", "N'Diaye-Le Gall") == "m.ndiaye-legall"


def test_truncated_to_32_characters_keeping_number():
    last = "a" * 40
    taken = {f"j.{'a' * 29}{n}" for n in range(1, 10)}
    taken |= {f"j.{'a' * 28}{n}" for n in range(10, 100)}
    taken |= {f"j.{'a' * 27}{n}" for n in range(100, 123)}
    result = make("Jean", last, taken)
    assert result == f"j.{'a' * 27}123"
    assert len(result) == MAX_LENGTH
    assert result.endswith("123")


def test_truncation_strips_trailing_hyphen():
    # The cut lands just after the hyphen: it must not end the name part.
    last = "a" * 28 + "-bbbbbbbb"
    result = make("Jean", last)
    assert result == f"j.{'a' * 28}1"
    assert IDENTIFIER_RE.match(result)


def test_stem_is_prefix_of_truncated_candidates():
    last = "abcdefghij-" * 5
    stem = identifier_stem("Jean", last)
    seen = []

    def is_taken(candidate: str) -> bool:
        seen.append(candidate)
        return len(seen) < 1500

    make_identifier("Jean", last, is_taken)
    assert all(candidate.startswith(stem) for candidate in seen)
    assert not stem.endswith("-")


@pytest.mark.parametrize("first", ["", "   ", "123", "'-", "李"])
def test_first_name_without_letter(first):
    with pytest.raises(ValueError, match="prénom .* aucune lettre"):
        make(first, "Dupont")


@pytest.mark.parametrize("last", ["", "  ", "---", "’", "42", "王"])
def test_last_name_without_letter(last):
    with pytest.raises(ValueError, match="Le nom .* aucune lettre") as info:
        make("Jean", last)
    assert isinstance(info.value, UserFacingError)
    assert isinstance(info.value, UnusableName)


def test_normalize_identifier():
    assert normalize_identifier("  J.Dupont1 \n") == "j.dupont1"


# Arbitrary text, plus name-like text that is often long enough to be truncated.
names = st.one_of(
    st.text(min_size=1, max_size=60),
    st.text(alphabet="aBzÉçœßÆ-' ’\u2011", min_size=1, max_size=60),
).filter(lambda s: fold_letters(s) != "")


@settings(max_examples=200)
@given(names, names, st.integers(min_value=1, max_value=12))
def test_always_well_formed_and_free(first, last, rounds):
    stem = identifier_stem(first, last)
    taken: set[str] = set()
    for _ in range(rounds):
        result = make_identifier(first, last, taken.__contains__)
        assert result not in taken
        assert IDENTIFIER_RE.match(result), result
        assert len(result) <= MAX_LENGTH
        assert result.startswith(stem)
        taken.add(result)


@given(names, names, st.integers(min_value=0, max_value=2**32))
def test_never_returns_taken(first, last, seed):
    # A pseudo-random, deterministic set of taken identifiers (about 2/3).
    def is_taken(candidate: str) -> bool:
        return hash((seed, candidate)) % 3 != 0

    result = make_identifier(first, last, is_taken)
    assert not is_taken(result)
    assert IDENTIFIER_RE.match(result)
    assert len(result) <= MAX_LENGTH


@given(st.text(max_size=30).filter(lambda s: fold_letters(s) == ""), names)
def test_no_letters_always_value_error(empty, name):
    with pytest.raises(ValueError):
        make_identifier(empty, name, nothing_taken)
    with pytest.raises(ValueError):
        make_identifier(name, empty, nothing_taken)

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core.passwords import (
    MSG_CLASSES,
    MSG_LENGTH,
    MSG_MAX_LENGTH,
    MSG_PERSONAL,
    PROVISIONAL_ALPHABET,
    PROVISIONAL_SPECIALS,
    Criterion,
    PolicyResult,
    character_classes,
    check_policy,
    generate_provisional,
)

USER = ("j.dupont1", "Jean", "Dupont", "12/03/2011")
LOOK_ALIKES = set("0Oo1lI")


def met(result: PolicyResult) -> dict[str, bool]:
    return {c.key: c.met for c in result.criteria}


# --- character classes --------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("abc", {"lower"}),
        ("ABC", {"upper"}),
        ("123", {"digit"}),
        ("!?-", {"special"}),
        (" ", {"special"}),
        ("aB3$", {"lower", "upper", "digit", "special"}),
        # Accented letters are letters, not specials.
        ("éèàçù", {"lower"}),
        ("ÉÀÇ", {"upper"}),
        ("ßœ", {"lower"}),
        # Decomposed é (e + combining accent) is still one lowercase letter.
        (unicodedata.normalize("NFD", "é"), {"lower"}),
        # Letters without case count as letters of neither case.
        ("漢字", set()),
        ("²½", {"special"}),
        ("€😀", {"special"}),
        ("ǅ", {"upper"}),
    ],
)
def test_character_classes(password, expected):
    assert character_classes(password) == expected


# --- policy -------------------------------------------------------------------


def test_criteria_are_reported_individually_with_french_labels():
    result = check_policy("abc")
    keys = [c.key for c in result.criteria]
    assert keys == [
        "length", "lower", "upper", "digit", "special", "classes", "personal", "max_length"
    ]
    labels = {c.key: c.label for c in result.criteria}
    assert labels["length"] == "Au moins 8 caractères"
    assert labels["lower"] == "Une lettre minuscule"
    assert labels["upper"] == "Une lettre majuscule"
    assert labels["digit"] == "Un chiffre"
    assert labels["special"] == "Un caractère spécial"
    assert all(isinstance(c, Criterion) for c in result.criteria)
    assert met(result) == {
        "length": False,
        "lower": True,
        "upper": False,
        "digit": False,
        "special": False,
        "classes": False,
        "personal": True,
        "max_length": True,
    }
    assert result.messages == (MSG_LENGTH, MSG_CLASSES)
    assert not result.ok


def test_result_is_frozen():
    result = check_policy("Abcdefg1")
    with pytest.raises(AttributeError):
        result.ok = False  # type: ignore[misc]


def test_length_seven_refused_eight_accepted():
    assert not check_policy("Abcdef1").ok
    assert check_policy("Abcdef1").messages == (MSG_LENGTH,)
    assert check_policy("Abcdefg1").ok


@pytest.mark.parametrize(
    "password",
    [
        "abcdefG1", "abcdefg!", "ABCDEFG1!", "abcd1234!",
        "ABCD12345", "Abcdefgh", "éèàçABCD", "12345678à",
    ],
)
def test_three_of_four_classes(password):
    classes = character_classes(password)
    assert check_policy(password).ok == (len(classes) >= 3), classes


def test_two_classes_refused_with_french_message():
    result = check_policy("abcdefgh1")
    assert not result.ok
    assert result.messages == (MSG_CLASSES,)
    assert MSG_CLASSES == (
        "Utilisez au moins 3 des 4 types de caractères : "
        "minuscules, majuscules, chiffres, caractères spéciaux."
    )


def test_accented_letters_count_as_letters():
    # é is a lowercase letter, É an uppercase one: with a digit, 3 classes.
    assert check_policy("éééééé É1").ok  # the space is a special too
    assert check_policy("ééééééÉ1").ok
    assert not check_policy("éééééééé").ok


def test_caseless_letters_only_add_length():
    # Chinese letters are not specials: 漢字 + a digit is two classes short.
    assert not check_policy("漢字漢字漢字12").ok
    assert check_policy("漢字漢字漢字1a!").ok


def test_maximum_length():
    base = "Aa1!" * 64
    assert len(base) == 256
    assert check_policy(base).ok
    too_long = base + "x"
    result = check_policy(too_long)
    assert not result.ok
    assert met(result)["max_length"] is False
    assert result.messages == (MSG_MAX_LENGTH,)
    assert "256" in MSG_MAX_LENGTH


def test_empty_password():
    result = check_policy("")
    assert not result.ok
    assert MSG_LENGTH in result.messages


@pytest.mark.parametrize(
    "password",
    [
        "Dupont2024!",
        "xxDUPONTxx1!",
        "Jean!2024ab",
        "JEAN-azerty-9",
        "J.Dupont1!xyz",
        "ma-Dupônt-42",  # accents ignored
    ],
)
def test_personal_data_refused(password):
    result = check_policy(password, user_inputs=USER)
    assert not result.ok
    assert met(result)["personal"] is False
    assert MSG_PERSONAL in result.messages
    assert MSG_PERSONAL == (
        "Le mot de passe ne doit pas contenir votre nom, votre prénom ou votre identifiant."
    )


def test_personal_data_accent_insensitive_both_ways():
    assert not check_policy("Helene2024!", user_inputs=["Hélène"]).ok
    assert not check_policy("HÉLÈNE2024!", user_inputs=["Helene"]).ok
    assert not check_policy("Xlegoff2024!", user_inputs=["Le Goff"]).ok
    assert not check_policy("Xyz!Pierre42", user_inputs=["Jean-Pierre"]).ok


def test_short_names_and_dates_ignored():
    inputs = ["Léa", "Li", "Noé", "12/03/2011", "a.li3"]
    for password in ("Lea12/03/2011!", "Xnoe2011!Ab", "Abc!li12345", "A.li3xyz!"):
        assert check_policy(password, user_inputs=inputs).ok, password


def test_identifier_counts_whole_and_by_name_part():
    assert not check_policy("Xj.dupont1!", user_inputs=["j.dupont1"]).ok
    assert not check_policy("Xdupont99!", user_inputs=["j.dupont1"]).ok
    assert check_policy("Xdupond99!", user_inputs=["j.dupont1"]).ok


@settings(max_examples=300, deadline=None)
@given(password=st.text(max_size=300), inputs=st.lists(st.text(max_size=20), max_size=4))
def test_check_policy_never_raises(password, inputs):
    result = check_policy(password, user_inputs=inputs)
    assert result.ok == (not result.messages)
    assert len(result.criteria) == 8
    assert all(isinstance(message, str) and message for message in result.messages)


# --- provisional passwords ----------------------------------------------------


def test_provisional_default_length():
    assert len(generate_provisional()) == 12


@pytest.mark.parametrize("length", [0, 9, 257])
def test_provisional_length_bounds(length):
    with pytest.raises(ValueError):
        generate_provisional(length)


@settings(max_examples=300, deadline=None)
@given(length=st.integers(min_value=10, max_value=64))
def test_provisional_always_passes_policy(length):
    password = generate_provisional(length)
    assert len(password) == length
    assert check_policy(password).ok
    assert not LOOK_ALIKES & set(password)
    assert set(password) <= set(PROVISIONAL_ALPHABET)
    assert character_classes(password) == {"lower", "upper", "digit", "special"}
    assert set(password) & set(PROVISIONAL_SPECIALS)


def test_provisional_passwords_differ():
    assert len({generate_provisional() for _ in range(50)}) == 50

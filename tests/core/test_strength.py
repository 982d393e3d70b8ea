import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from educonnect_desktop.core.passwords import (
    STRENGTH_LABELS,
    Strength,
    estimate_strength,
    generate_provisional,
)
from educonnect_desktop.core.strength import PREFIX_LENGTH
from educonnect_desktop.core.strength_azerty import AZERTY_GRAPH
from educonnect_desktop.core.strength_inputs import date_tokens, name_tokens, strength_tokens
from educonnect_desktop.core.strength_matching import spatial_matches

USER = ("j.dupont1", "Jean", "Dupont", "12/03/2011")
PRINTABLE = string.ascii_letters + string.digits + string.punctuation

# Fragments of every message zxcvbn 4.x can give, in English.
ZXCVBN_ENGLISH = (
    "Use a few words",
    "No need for symbols",
    "Add another word",
    "Straight rows of keys",
    "Short keyboard patterns",
    "longer keyboard pattern",
    "Repeats like",
    "Avoid repeated",
    "Sequences like",
    "Avoid sequences",
    "Recent years",
    "Avoid recent years",
    "Avoid years",
    "Dates are often",
    "Avoid dates",
    "top-10 common",
    "top-100 common",
    "very common password",
    "similar to a commonly used",
    "A word by itself",
    "Names and surnames",
    "Common names",
    "Capitalization doesn't",
    "All-uppercase",
    "Reversed words",
    "Predictable substitutions",
    "easy to guess",
)


def _random_password(rnd: random.Random, length: int) -> str:
    return "".join(rnd.choice(PRINTABLE) for _ in range(length))


def _texts(strength: Strength) -> list[str]:
    return [strength.warning, *strength.suggestions]


# --- basics -------------------------------------------------------------------


def test_labels():
    assert STRENGTH_LABELS == ("Très faible", "Faible", "Moyen", "Fort", "Très fort")


def test_empty_password():
    strength = estimate_strength("")
    assert strength.score == 0
    assert strength.label == "Très faible"
    assert isinstance(strength.suggestions, tuple)


def test_result_is_frozen():
    with pytest.raises(AttributeError):
        estimate_strength("abc").score = 4  # type: ignore[misc]


# --- weak passwords -----------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    [
        "Azerty1!",
        "Motdepasse1!",
        "Soleil2024!",
        "azerty",
        "azertyuiop",
        "motdepasse",
        "doudou",
        "chouchou",
        "loulou",
        "jetaime",
        "Marseille13!",
        "Bonjour123!",
        "Chocolat2010!",
        "Nicolas2011!",
        "Psg2024!",
        "Mot2passe!",
        "S0l3il2024!",
        "P@ssw0rd",
    ],
)
def test_common_french_passwords_are_weak(password):
    assert estimate_strength(password).score <= 1


def test_identifier_with_birth_year_is_weak():
    strength = estimate_strength("j.dupont12011", user_inputs=list(USER))
    assert strength.score <= 1
    assert strength.warning == "Évitez d'utiliser votre nom, votre prénom ou votre identifiant."


@pytest.mark.parametrize("password", ["Dupont!2011", "JeanXq7#rT2v9z", "xDupôntK8#qL2m!vR7w"])
def test_own_name_caps_score(password):
    strength = estimate_strength(password, user_inputs=USER)
    assert strength.score <= 1
    assert "nom" in strength.warning


def test_birth_date_forms_are_flagged():
    for password in ("Vx!12032011", "k2011Q#z8!", "Zq!120311w"):
        strength = estimate_strength(password, user_inputs=USER)
        assert strength.warning == "Évitez d'utiliser votre date de naissance.", password


# --- strong passwords ---------------------------------------------------------


@pytest.mark.parametrize("seed", range(20))
def test_random_passwords_are_strong(seed):
    rnd = random.Random(seed)
    assert estimate_strength(_random_password(rnd, 12)).score >= 3
    for length in (16, 20, 40, 100, 256):
        strength = estimate_strength(_random_password(rnd, length))
        assert strength.score == 4, length
        assert strength.warning == ""


def test_provisional_passwords_are_strong():
    assert all(estimate_strength(generate_provisional()).score >= 3 for _ in range(30))


def test_french_passphrase_is_strong():
    assert estimate_strength("ma-grand-mere-fait-du-velo-le-dimanche").score == 4


@settings(max_examples=60, deadline=None)
@given(tail=st.text(max_size=256 - PREFIX_LENGTH), seed=st.integers(0, 1000))
def test_long_password_keeps_strength_of_its_start(tail, seed):
    head = _random_password(random.Random(seed), PREFIX_LENGTH)
    head_score = estimate_strength(head).score
    assert estimate_strength(head + tail).score >= head_score


# --- repetition ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "limit"),
    [
        ("a" * 256, 1),
        ("abc" * 85, 1),
        ("Soleil2024!" * 23, 2),
        ("Azerty1!" * 32, 2),
        ("motdepasse" * 25 + "1!", 2),
        ("Soleil2024!" * 20 + "Soleil", 2),
        ("azertyuiop" * 25, 1),
        ("1a" * 128, 1),
    ],
)
def test_long_repetitions_stay_weak(password, limit):
    assert estimate_strength(password).score <= limit


def test_repetition_feedback():
    assert "répétitions" in estimate_strength("aaaaaaaa").warning
    assert "répétitions" in estimate_strength("Soleil2024!" * 20).warning


# --- AZERTY -------------------------------------------------------------------


def test_azerty_graph_shape():
    assert AZERTY_GRAPH["a"][3] == "zZ"  # right of a
    assert AZERTY_GRAPH["q"][1] == "aA"  # upper-left of q
    assert AZERTY_GRAPH["w"][1] == "qQ"
    assert AZERTY_GRAPH["1"] is AZERTY_GRAPH["&"]
    assert all(len(neighbours) == 6 for neighbours in AZERTY_GRAPH.values())


@pytest.mark.parametrize(
    "walk", ["azertyuiop", "qsdfghjklm", "wxcvbn", "ertyuiop", "sdfghjkl", "&é\"'(-è_", "xcvbn,;:"]
)
def test_azerty_walks_are_recognised(walk):
    matches = [m for m in spatial_matches(walk) if m["graph"] == "azerty"]
    assert any(m["i"] == 0 and m["j"] == len(walk) - 1 for m in matches)


@pytest.mark.parametrize("walk", ["ertyuiop", "sdfghjkl", "xcvbn,;:"])
def test_azerty_walk_feedback(walk):
    strength = estimate_strength(walk)
    assert strength.score <= 1
    assert strength.warning == (
        "Les suites de touches du clavier comme « azerty » sont faciles à deviner."
    )


# --- French feedback ----------------------------------------------------------


@pytest.mark.parametrize(
    ("password", "warning"),
    [
        ("azertyuiop", "Ceci figure parmi les 10 mots de passe les plus courants."),
        ("chaussette", "Un mot seul est facile à deviner."),
        ("nicolas", "Les noms et les prénoms seuls sont faciles à deviner."),
        ("abcdefgh", "Les suites comme « abc » ou « 6543 » sont faciles à deviner."),
        ("aaaaaaaa", "Les répétitions comme « aaa » sont faciles à deviner."),
        ("15/08/1985", "Les dates et les années sont faciles à deviner."),
        ("2015", "Les années récentes sont faciles à deviner."),
    ],
)
def test_french_warnings(password, warning):
    strength = estimate_strength(password)
    assert strength.warning == warning
    assert "Ajoutez un ou deux mots, les mots peu courants sont meilleurs." in strength.suggestions


def test_french_suggestions():
    assert "Une majuscule au début n'aide pas beaucoup." in estimate_strength("Tigrou").suggestions
    assert any("« @ »" in s for s in estimate_strength("P@ssw0rd").suggestions)
    assert any("envers" in s for s in estimate_strength("ruojnob").suggestions)
    assert any("majuscules" in s for s in estimate_strength("PASSWORD").suggestions)


ENGLISH_PROBES = [
    "",
    "a",
    "password",
    "Password",
    "PASSWORD",
    "drowssap",
    "p@ssw0rd",
    "qwerty",
    "qwertyuiop",
    "zxcvfr",
    "aaaaaa",
    "abcabcabc",
    "abcdef",
    "987654",
    "1998",
    "2015",
    "11/11/1991",
    "john",
    "smith",
    "monkey",
    "correct",
    "Correcthorse",
    "ilovemydog",
    "azerty",
    "chouchou",
    "Soleil2024!",
    "j.dupont12011",
    "a" * 100,
    "x7" * 60,
]


@pytest.mark.parametrize("password", ENGLISH_PROBES)
def test_no_english_feedback(password):
    for text in _texts(estimate_strength(password, user_inputs=USER)):
        for fragment in ZXCVBN_ENGLISH:
            assert fragment.lower() not in text.lower(), (password, text)


# --- properties ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    password=st.text(max_size=256),
    inputs=st.lists(st.text(max_size=16), max_size=4),
)
def test_estimate_never_raises(password, inputs):
    strength = estimate_strength(password, user_inputs=inputs)
    assert 0 <= strength.score <= 4
    assert strength.label == STRENGTH_LABELS[strength.score]
    assert isinstance(strength.warning, str)
    assert all(isinstance(s, str) and s for s in strength.suggestions)
    for text in _texts(strength):
        assert not any(fragment.lower() in text.lower() for fragment in ZXCVBN_ENGLISH)


@settings(max_examples=100, deadline=None)
@given(password=st.text(alphabet=st.sampled_from("1a!@4$|0/7-.aAzZ"), max_size=256))
def test_estimate_never_raises_on_pattern_soup(password):
    strength = estimate_strength(password)
    assert strength.label == STRENGTH_LABELS[strength.score]


def test_longer_than_policy_does_not_raise():
    assert estimate_strength("Kq7!" * 100).score <= 2


# --- personal data forms ------------------------------------------------------


def test_date_tokens():
    assert date_tokens("12/03/2011") == [
        "12/03/2011",
        "2011",
        "1203",
        "12032011",
        "120311",
        "20110312",
        "1232011",
    ]
    assert "20110312" in date_tokens("2011-03-12")
    assert "1203" in date_tokens("2011-03-12")
    assert date_tokens("2011") == ["2011"]


def test_name_tokens():
    assert name_tokens(["j.dupont1"]) == ["j.dupont1", "jdupont", "dupont"]
    assert name_tokens(["Le Goff"]) == ["le goff", "legoff", "goff"]
    assert name_tokens(["Léa", "12/03/2011", ""]) == []


def test_strength_tokens_split_names_and_dates():
    names, dates = strength_tokens(USER)
    assert {"j.dupont1", "dupont", "jean"} <= set(names)
    assert {"2011", "1203", "12032011", "120311"} <= set(dates)
    assert not set(names) & set(dates)


# --- zxcvbn left as it was ----------------------------------------------------


def test_zxcvbn_globals_untouched():
    from zxcvbn import matching, zxcvbn

    # zxcvbn() itself stores the user inputs in its globals: snapshot after.
    before = zxcvbn("Soleil2024!")["score"]
    dictionaries = set(matching.RANKED_DICTIONARIES)
    graphs = set(matching.GRAPHS)
    estimate_strength("Soleil2024!", user_inputs=USER)
    assert set(matching.RANKED_DICTIONARIES) == dictionaries
    assert set(matching.GRAPHS) == graphs
    assert "azerty" not in matching.GRAPHS
    assert zxcvbn("Soleil2024!")["score"] == before


def test_concurrent_estimates_agree():
    from concurrent.futures import ThreadPoolExecutor

    passwords = [*ENGLISH_PROBES, "Azerty1!", "Kq7!mZ2#xW9p", "motdepasse" * 10 + "1!"]
    expected = [estimate_strength(p, user_inputs=USER) for p in passwords]
    def estimate(password):
        return estimate_strength(password, user_inputs=USER)

    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            assert list(pool.map(estimate, passwords)) == expected


def test_a_childs_first_name_and_birth_year_are_named_and_make_it_weak():
    children = (("Hugo", 2010), ("Léa", 2012))
    found = estimate_strength("Hugo2010!Zèbre", children=children)
    assert found.warning == "Ce mot de passe contient le prénom et l'année de naissance d'un enfant."
    assert found.score <= 1
    assert estimate_strength("lea-Tournesol#4", children=children).warning == (
        "Ce mot de passe contient le prénom d'un enfant.")
    assert "enfant" not in estimate_strength("Hugo2010!Zèbre").warning

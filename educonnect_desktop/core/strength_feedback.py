"""French advice for the strength estimate.

Follows zxcvbn's own feedback rules (advice about the longest pattern found,
none once the password is strong) but chooses messages from the match data
rather than translating zxcvbn's English strings, and adds the situations
zxcvbn does not know: French lists, the person's own data, AZERTY rows and
digits or symbols stuck to a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zxcvbn.scoring import ALL_UPPER, START_UPPER

from educonnect_desktop.core.strength_matching import PERSONAL_DATES, PERSONAL_NAMES
from educonnect_desktop.core.text import fold

Match = dict[str, Any]

ADD_WORDS = "Ajoutez un ou deux mots, les mots peu courants sont meilleurs."
USE_WORDS = "Utilisez plusieurs mots peu courants, évitez les expressions toutes faites."
PERSONAL_WARNING = "Évitez d'utiliser votre nom, votre prénom ou votre identifiant."
BIRTH_DATE_WARNING = "Évitez d'utiliser votre date de naissance."
CHILD_NAME_AND_YEAR_WARNING = "Ce mot de passe contient le prénom et l'année de naissance d'un enfant."
CHILD_NAME_WARNING = "Ce mot de passe contient le prénom d'un enfant."
# A first name shorter than this is found inside too many unrelated words ("Léo" in "cléo...").
_MIN_CHILD_NAME = 3

# (first name, birth year or None) of a guardian's children.
Child = tuple[str, "int | None"]

_PASSWORD_LISTS = {"passwords", "fr_passwords"}
_WORD_LISTS = {"english_wikipedia", "us_tv_and_film", "fr_words", "fr_places"}
_NAME_LISTS = {"surnames", "male_names", "female_names", "fr_first_names", "fr_surnames"}


def feedback(score: int, sequence: Sequence[Match]) -> tuple[str, tuple[str, ...]]:
    """(warning, suggestions) for a score and zxcvbn's match sequence."""
    personal = _personal_warning(sequence)
    if not sequence:
        return "", (USE_WORDS,)
    if score > 2:
        return personal, ()
    longest = max(sequence, key=lambda match: len(match["token"]))
    warning, suggestions = _match_feedback(longest, is_sole_match=len(sequence) == 1)
    return personal or warning, (ADD_WORDS, *suggestions)


def child_warning(password: str, children: Sequence[Child]) -> str:
    """What the person should hear when the password holds a child's first name (and year)."""
    folded = fold(password.lower())
    named = False
    for first_name, year in children:
        name = fold(first_name.strip().lower())
        if len(name) < _MIN_CHILD_NAME or name not in folded:
            continue
        if year and str(year) in password:
            return CHILD_NAME_AND_YEAR_WARNING
        named = True
    return CHILD_NAME_WARNING if named else ""


def _personal_warning(sequence: Sequence[Match]) -> str:
    names = {m.get("dictionary_name") for m in _flatten(sequence)}
    if PERSONAL_NAMES in names:
        return PERSONAL_WARNING
    if PERSONAL_DATES in names:
        return BIRTH_DATE_WARNING
    return ""


def _flatten(sequence: Sequence[Match]):
    for match in sequence:
        yield match
        yield from _flatten(match.get("base_matches", ()))


def _match_feedback(match: Match, is_sole_match: bool) -> tuple[str, list[str]]:
    pattern = match["pattern"]
    if pattern == "dictionary":
        return _dictionary_feedback(match, is_sole_match)
    if pattern == "spatial":
        if match["turns"] == 1:
            warning = "Les suites de touches du clavier comme « azerty » sont faciles à deviner."
        else:
            warning = "Les motifs courts dessinés sur le clavier sont faciles à deviner."
        return warning, ["Évitez les suites de touches du clavier."]
    if pattern == "repeat":
        if len(match["base_token"]) == 1:
            warning = "Les répétitions comme « aaa » sont faciles à deviner."
        else:
            warning = (
                "Les répétitions comme « abcabcabc » sont à peine plus difficiles "
                "à deviner que « abc »."
            )
        return warning, ["Évitez les mots et les caractères répétés."]
    if pattern == "sequence":
        return (
            "Les suites comme « abc » ou « 6543 » sont faciles à deviner.",
            ["Évitez les suites de caractères."],
        )
    if pattern == "regex" and match.get("regex_name") == "recent_year":
        return (
            "Les années récentes sont faciles à deviner.",
            ["Évitez les années récentes.", "Évitez les années qui vous concernent."],
        )
    if pattern == "date":
        return (
            "Les dates et les années sont faciles à deviner.",
            ["Évitez les dates et les années qui vous concernent."],
        )
    if pattern == "decoration":
        return (
            "Des chiffres ou un symbole ajoutés à un mot sont faciles à deviner.",
            ["Évitez de simplement ajouter une année ou « 123 » suivis d'un symbole."],
        )
    return "", []


def _dictionary_feedback(match: Match, is_sole_match: bool) -> tuple[str, list[str]]:
    name = match["dictionary_name"]
    plain = not match.get("l33t") and not match["reversed"]
    warning = ""
    if name in _PASSWORD_LISTS:
        if is_sole_match and plain:
            if match["rank"] <= 10:
                warning = "Ceci figure parmi les 10 mots de passe les plus courants."
            elif match["rank"] <= 100:
                warning = "Ceci figure parmi les 100 mots de passe les plus courants."
            else:
                warning = "Ceci est un mot de passe très courant."
        elif match.get("guesses_log10", 99) <= 4:
            warning = "Ceci ressemble à un mot de passe courant."
    elif name in _WORD_LISTS:
        if is_sole_match:
            warning = "Un mot seul est facile à deviner."
    elif name in _NAME_LISTS:
        if is_sole_match:
            warning = "Les noms et les prénoms seuls sont faciles à deviner."
        else:
            warning = "Les noms et les prénoms courants sont faciles à deviner."
    elif name == PERSONAL_NAMES:
        warning = PERSONAL_WARNING
    elif name == PERSONAL_DATES:
        warning = BIRTH_DATE_WARNING

    suggestions = []
    token = match["token"]
    if START_UPPER.search(token):
        suggestions.append("Une majuscule au début n'aide pas beaucoup.")
    elif ALL_UPPER.search(token) and token.lower() != token:
        suggestions.append(
            "Tout écrire en majuscules est presque aussi facile à deviner "
            "que tout en minuscules."
        )
    if match["reversed"] and len(token) >= 4:
        suggestions.append(
            "Les mots écrits à l'envers ne sont pas beaucoup plus difficiles à deviner."
        )
    if match.get("l33t"):
        suggestions.append(
            "Les substitutions prévisibles comme « @ » à la place de « a » "
            "n'aident pas beaucoup."
        )
    return warning, suggestions

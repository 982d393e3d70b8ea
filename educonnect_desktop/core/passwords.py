"""EduConnect password rules, strength estimate and provisional passwords.

Policy: at least 8 characters (256 at most) using at least 3 of the 4 kinds
lowercase, uppercase, digit, special, and no name or identifier of the
person. Characters are classified after NFC normalisation, with Python's
Unicode semantics:

- a letter is anything `str.isalpha()` accepts, so é, À, ß are letters;
- lowercase / uppercase follow `str.islower()` / `str.isupper()` (titlecase
  letters such as ǅ count as uppercase);
- a letter without case (Chinese, Arabic...) is a letter, hence not special,
  but satisfies neither case: it adds to the length only;
- a digit is a decimal digit (`str.isdecimal()`); ² or ½ are specials;
- anything else (punctuation, symbols, spaces, emoji) is special.

The strength estimate (`estimate_strength`) is a separate measure; see
`educonnect_desktop.core.strength` for how the two relate.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from educonnect_desktop.core.strength_inputs import contains_name
from .messages import QT_TRANSLATE_NOOP

# The strength estimate (zxcvbn and the French lexicon) is loaded on first use, not when a
# module only needs the policy: the desktop's start imports this module before its first
# window shows (see bench/README.md, "Start-up").
_STRENGTH_NAMES = frozenset({"STRENGTH_LABELS", "Strength", "estimate_strength"})


def __getattr__(name: str):
    # Import statements, not a module name in a string: PyInstaller bundles what they name.
    if name in _STRENGTH_NAMES:
        from . import strength as module
    elif name == "warm_up":
        from . import strength_matching as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(module, name)

__all__ = [
    "CLASS_LABELS",
    "Criterion",
    "MAX_LENGTH",
    "MIN_CLASSES",
    "MIN_LENGTH",
    "PolicyResult",
    "STRENGTH_LABELS",
    "Strength",
    "character_classes",
    "check_policy",
    "estimate_strength",
    "generate_provisional",
    "warm_up",
]

MIN_LENGTH = 8
MAX_LENGTH = 256
MIN_CLASSES = 3
MIN_PROVISIONAL_LENGTH = 10

CLASS_LABELS = {
    "lower": QT_TRANSLATE_NOOP("FamilyMessages", "Une lettre minuscule"),
    "upper": QT_TRANSLATE_NOOP("FamilyMessages", "Une lettre majuscule"),
    "digit": QT_TRANSLATE_NOOP("FamilyMessages", "Un chiffre"),
    "special": QT_TRANSLATE_NOOP("FamilyMessages", "Un caractère spécial"),
}

MSG_LENGTH = QT_TRANSLATE_NOOP("FamilyMessages", "Le mot de passe doit contenir au moins {count} caractères."
                               ).format(count=MIN_LENGTH)
MSG_CLASSES = QT_TRANSLATE_NOOP(
    "FamilyMessages",
    "Utilisez au moins {count} des 4 types de caractères : "
    "minuscules, majuscules, chiffres, caractères spéciaux."
).format(count=MIN_CLASSES)
MSG_PERSONAL = QT_TRANSLATE_NOOP(
    "FamilyMessages", "Le mot de passe ne doit pas contenir votre nom, votre prénom ou votre identifiant.")
MSG_MAX_LENGTH = QT_TRANSLATE_NOOP("FamilyMessages", "Le mot de passe ne doit pas dépasser {count} caractères."
                                   ).format(count=MAX_LENGTH)

# The checklist's lines (built once: the password field asks for them at every key).
_AT_LEAST = QT_TRANSLATE_NOOP("FamilyMessages", "Au moins {count} caractères").format(count=MIN_LENGTH)
_CLASSES = QT_TRANSLATE_NOOP("FamilyMessages", "Au moins {count} des 4 types de caractères").format(count=MIN_CLASSES)
_IMPERSONAL = QT_TRANSLATE_NOOP("FamilyMessages", "Ni votre nom, ni votre prénom, ni votre identifiant")
_AT_MOST = QT_TRANSLATE_NOOP("FamilyMessages", "Au plus {count} caractères").format(count=MAX_LENGTH)


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    met: bool


@dataclass(frozen=True)
class PolicyResult:
    ok: bool
    criteria: tuple[Criterion, ...]
    messages: tuple[str, ...]

    def criterion(self, key: str) -> Criterion:
        return next(c for c in self.criteria if c.key == key)


def character_classes(password: str) -> set[str]:
    """Which of "lower", "upper", "digit", "special" the password uses."""
    classes: set[str] = set()
    for ch in unicodedata.normalize("NFC", password):
        if ch.isalpha():
            if ch.islower():
                classes.add("lower")
            elif ch.isupper() or ch.istitle():
                classes.add("upper")
        elif ch.isdecimal():
            classes.add("digit")
        else:
            classes.add("special")
    return classes


def check_policy(password: str, *, user_inputs: Sequence[str] = ()) -> PolicyResult:
    """Check the EduConnect rule, criterion by criterion (for a live checklist).

    `user_inputs`: identifier, first name, family name (and possibly a birth
    date, which is ignored here).
    """
    normalized = unicodedata.normalize("NFC", password)
    length = len(normalized)
    classes = character_classes(normalized)
    long_enough = length >= MIN_LENGTH
    enough_classes = len(classes) >= MIN_CLASSES
    impersonal = not contains_name(normalized, user_inputs)
    short_enough = length <= MAX_LENGTH

    criteria = (
        Criterion("length", _AT_LEAST, long_enough),
        *(Criterion(key, label, key in classes) for key, label in CLASS_LABELS.items()),
        Criterion("classes", _CLASSES, enough_classes),
        Criterion(
            "personal",
            _IMPERSONAL,
            impersonal,
        ),
        Criterion("max_length", _AT_MOST, short_enough),
    )
    messages = tuple(
        message
        for met, message in (
            (long_enough, MSG_LENGTH),
            (enough_classes, MSG_CLASSES),
            (impersonal, MSG_PERSONAL),
            (short_enough, MSG_MAX_LENGTH),
        )
        if not met
    )
    return PolicyResult(ok=not messages, criteria=criteria, messages=messages)


# No look-alikes (0 O o, 1 l I) for passwords read off a printed letter.
PROVISIONAL_LOWER = "abcdefghijkmnpqrstuvwxyz"
PROVISIONAL_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PROVISIONAL_DIGITS = "23456789"
# Typed without AltGr on a French AZERTY keyboard (unlike # and @) and
# unambiguous in print.
PROVISIONAL_SPECIALS = "!?*+-=%"
PROVISIONAL_ALPHABET = (
    PROVISIONAL_LOWER + PROVISIONAL_UPPER + PROVISIONAL_DIGITS + PROVISIONAL_SPECIALS
)


def generate_provisional(length: int = 12) -> str:
    """Random provisional password, with a character of every kind.

    Raises ValueError if `length` is below 10 or above the policy maximum.
    """
    if not MIN_PROVISIONAL_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(
            f"length must be between {MIN_PROVISIONAL_LENGTH} and {MAX_LENGTH}, not {length}"
        )
    chars = [
        secrets.choice(PROVISIONAL_LOWER),
        secrets.choice(PROVISIONAL_UPPER),
        secrets.choice(PROVISIONAL_DIGITS),
        secrets.choice(PROVISIONAL_SPECIALS),
    ]
    chars += [secrets.choice(PROVISIONAL_ALPHABET) for _ in range(length - len(chars))]
    # Fisher-Yates with the secrets generator, so the guaranteed characters
    # are not always in front.
    for i in range(len(chars) - 1, 0, -1):
        j = secrets.randbelow(i + 1)
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)

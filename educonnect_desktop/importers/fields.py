"""Cleaning of single values shared by the SIECLE and ONDE readers.

Each helper either returns the clean value or raises `FieldProblem` whose text is
the French reason shown to the secretariat (after "ELEVE_ID=... :"). The values given are
already `clean`ed (both readers clean each field as they read it): cleaning them again here
was a tenth of the calls of a SIECLE reading.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES

from ..core.messages import QT_TRANSLATE_NOOP
from ..core.contact import InvalidEmail, InvalidPhone, normalize_email, normalize_phone
from ..core import limits
from ..core.text import clean_name, fold_letters
from .limits import MAX_FIELD_CHARS

_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# INE: 11 characters, digits and letters (10 digits + key letter, or the BEA/ONDE forms).
_INE = re.compile(r"[0-9A-Z]{11}")
_CIVILITIES = {"m": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
               "mlle": "Mme", "melle": "Mme", "mademoiselle": "Mme"}


# Fast path for the usual "06 12 34 56 78": a roster holds thousands of them and the
# full parse costs ~80 µs each. Same metadata as phonenumbers, so the same verdict.
_FR_MOBILE = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("FR").mobile.national_number_pattern)
_FR_FIXED = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("FR").fixed_line.national_number_pattern)
_FR_NATIONAL = re.compile(r"(?:0|\+33|0033)(\d{9})")
# Fast path for the usual "prenom.nom@exemple.fr": email_validator costs ~200 µs an address.
# Only plain ASCII addresses that it accepts for sure take it (checked by a property test);
# the rest goes through email_validator. Its normal form: the local part as typed, the
# domain lowercased.
_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})"
)
_SPECIAL_DOMAINS = frozenset(SPECIAL_USE_DOMAIN_NAMES)  # all single labels: "local", "test"...
# Rosters repeat names a lot (and guardians' contacts across siblings): each distinct
# value is checked once per process.
_CACHE = 65_536
_SEPARATORS = str.maketrans("", "", " .-\u00a0")


class FieldProblem(ValueError):
    """Its one argument is the reason, a `core.messages.Text` the window translates."""

    @property
    def reason(self) -> str:
        return self.args[0]


# What `required_name` says is missing; made once, not per row.
LAST_NAME, FIRST_NAME = QT_TRANSLATE_NOOP("StaffMessages", "nom"), QT_TRANSLATE_NOOP("StaffMessages", "prénom")
GUARDIAN_LAST_NAME = QT_TRANSLATE_NOOP("StaffMessages", "nom du responsable")
GUARDIAN_FIRST_NAME = QT_TRANSLATE_NOOP("StaffMessages", "prénom du responsable")
UNREADABLE_LEFT_ON = QT_TRANSLATE_NOOP("StaffMessages", "date de sortie illisible {value}, ignorée")
NOT_A_MOBILE = QT_TRANSLATE_NOOP("StaffMessages", "le numéro {value} n'est pas un portable, ignoré")


def clean(text: str | None) -> str | None:
    """Whitespace collapsed and trimmed; None when nothing is left."""
    if text is None:
        return None
    # Cut first: splitting a crafted multi-megabyte value would cost several copies of it.
    text = " ".join(text[:MAX_FIELD_CHARS].split())
    return text or None


# How much of a value from the file a message quotes: enough to find the row in the export,
# and a 1 MB "name" or "date" still makes a one-line message (preview, CLI, audit details).
ECHO_CHARS = 60


def shown(text: str) -> str:
    """A value from the file as a message may show it: printable, on one line, cut short."""
    text = clean_name(text[:MAX_FIELD_CHARS])
    return text if len(text) <= ECHO_CHARS else text[:ECHO_CHARS - 1] + "…"


def quoted(text: str) -> str:
    # Quotation marks are the language's own: « » in French, “ ” in English.
    return QT_TRANSLATE_NOOP("StaffMessages", "« {value} »").format(value=shown(text))


def parse_date(text: str) -> date:
    """dd/mm/yyyy as SIECLE and ONDE write it (single digits tolerated)."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)  # ValueError for 31/02


def birth_date(text: str | None, today: date) -> date:
    if text is None:
        raise FieldProblem(QT_TRANSLATE_NOOP("StaffMessages", "date de naissance manquante"))
    try:
        born = parse_date(text)
    except ValueError:
        raise FieldProblem(QT_TRANSLATE_NOOP(
            "StaffMessages", "date de naissance illisible {value}").format(value=quoted(text))) from None
    if born > today or born.year < 1900:
        raise FieldProblem(QT_TRANSLATE_NOOP(
            "StaffMessages", "date de naissance invraisemblable {value}").format(value=quoted(text)))
    return born


_folded = lru_cache(maxsize=_CACHE)(fold_letters)


def name(text: str | None) -> str | None:
    """`clean`, and control, bidi and zero-width characters removed (core.text.clean_name)."""
    if text is None:
        return None
    if text.isascii() and text.isprintable() and len(text) <= MAX_FIELD_CHARS:
        # Most names: printable ASCII is already NFC and has nothing to remove, and a `clean`ed
        # value has its spaces collapsed (isascii costs nothing: CPython knows it).
        return text
    cleaned = clean_name(text[:MAX_FIELD_CHARS])  # its spaces already collapsed
    return (cleaned or None) if len(cleaned) <= MAX_FIELD_CHARS else clean(cleaned)


def required_name(text: str | None, what: str) -> str:
    cleaned = name(text)
    if cleaned is None or not _folded(cleaned):
        raise FieldProblem(QT_TRANSLATE_NOOP("StaffMessages", "{what} manquant").format(what=what))
    if len(cleaned) > limits.NAME:
        raise FieldProblem(QT_TRANSLATE_NOOP("StaffMessages", "{what} trop long ({length} caractères, {limit} au plus)")
                           .format(what=what, length=len(cleaned), limit=limits.NAME))
    return cleaned


def usage_name(family: str, usage: str | None) -> str | None:
    """Kept only when it differs from the family name: SIECLE often repeats it."""
    usage = name(usage)
    if usage is not None and len(usage) > limits.NAME:
        usage = None
    if usage is None or _folded(usage) == _folded(family):
        return None
    return usage


def ine(text: str | None) -> str | None:
    """Uppercased without spaces; raises for a value that cannot be an INE."""
    if text is None:
        return None
    value = text.replace(" ", "").upper()
    if not _INE.fullmatch(value):
        raise FieldProblem(QT_TRANSLATE_NOOP(
            "StaffMessages", "INE {value} mal formé, ignoré").format(value=quoted(value)))
    return value


def civility(text: str | None) -> str | None:
    if text is None:
        return None
    return _CIVILITIES.get(text.lower().rstrip("."), text)


def mobile(text: str | None) -> str | None:
    """E.164 of a mobile number; raises (for a warning) for anything else."""
    if text is None:
        return None
    e164, problem = _mobile_verdict(text)
    if problem is not None:
        raise FieldProblem(problem)
    return e164


@lru_cache(maxsize=_CACHE)
def _mobile_verdict(value: str) -> tuple[str | None, str | None]:
    national = _FR_NATIONAL.fullmatch(value.translate(_SEPARATORS))
    if national and _FR_MOBILE.fullmatch(national.group(1)):
        return "+33" + national.group(1), None
    if national and _FR_FIXED.fullmatch(national.group(1)):
        return None, NOT_A_MOBILE.format(value=quoted(value))
    try:
        phone = normalize_phone(value)
    except InvalidPhone:
        return None, (QT_TRANSLATE_NOOP("StaffMessages", "numéro de portable {value} invalide, ignoré")
                      .format(value=quoted(value)))
    if not phone.is_mobile:
        return None, NOT_A_MOBILE.format(value=quoted(value))
    return phone.e164, None


def email(text: str | None) -> str | None:
    if text is None:
        return None
    normal = _email_verdict(text)
    if normal is None:
        raise FieldProblem(QT_TRANSLATE_NOOP(
            "StaffMessages", "adresse e-mail {value} invalide, ignorée").format(value=quoted(text)))
    return normal


@lru_cache(maxsize=_CACHE)
def _email_verdict(value: str) -> str | None:
    plain = _PLAIN_EMAIL.fullmatch(value)
    if plain and len(plain.group(1)) <= 64 and len(value) <= 254:
        domain = plain.group(2).lower()
        if domain.rsplit(".", 1)[-1] not in _SPECIAL_DOMAINS:
            return f"{plain.group(1)}@{domain}"
    try:
        return normalize_email(value)
    except InvalidEmail:
        return None


def clear_caches() -> None:
    """Forget the values checked so far (benchmarks measure a cold reading)."""
    for cached in (_folded, _mobile_verdict, _email_verdict):
        cached.cache_clear()

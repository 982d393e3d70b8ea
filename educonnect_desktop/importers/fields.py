"""Cleaning of single values shared by the SIECLE and ONDE readers.

Each helper either returns the clean value or raises `FieldProblem` whose text is
the French reason shown to the secretariat (after "ELEVE_ID=... :").
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from ..core.contact import InvalidEmail, InvalidPhone, normalize_email, normalize_phone
from ..core import limits
from ..core.text import clean_name, fold_letters

_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
# INE: 11 characters, digits and letters (10 digits + key letter, or the BEA/ONDE forms).
_INE = re.compile(r"[0-9A-Z]{11}")
_CIVILITIES = {"m": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
               "mlle": "Mme", "melle": "Mme", "mademoiselle": "Mme"}


# Fast path for the usual "06 12 34 56 78": a roster holds thousands of them and the
# full parse costs ~80 µs each. Same metadata as phonenumbers, so the same verdict.
_FR_MOBILE = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("FR").mobile.national_number_pattern)
_FR_NATIONAL = re.compile(r"(?:0|\+33|0033)(\d{9})")
_SEPARATORS = str.maketrans("", "", " .-\u00a0")


class FieldProblem(ValueError):
    pass


def clean(text: str | None) -> str | None:
    """Whitespace collapsed and trimmed; None when nothing is left."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def quoted(text: str) -> str:
    return f"« {text} »"


def parse_date(text: str) -> date:
    """dd/mm/yyyy as SIECLE and ONDE write it (single digits tolerated)."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)  # ValueError for 31/02


def birth_date(text: str | None, today: date) -> date:
    text = clean(text)
    if text is None:
        raise FieldProblem("date de naissance manquante")
    try:
        born = parse_date(text)
    except ValueError:
        raise FieldProblem(f"date de naissance illisible {quoted(text)}") from None
    if born > today or born.year < 1900:
        raise FieldProblem(f"date de naissance invraisemblable {quoted(text)}")
    return born


def name(text: str | None) -> str | None:
    """`clean`, and control, bidi and zero-width characters removed (core.text.clean_name)."""
    return clean(clean_name(text)) if text is not None else None


def required_name(text: str | None, what: str) -> str:
    cleaned = name(text)
    if cleaned is None or not fold_letters(cleaned):
        raise FieldProblem(f"{what} manquant")
    if len(cleaned) > limits.NAME:
        raise FieldProblem(f"{what} trop long ({len(cleaned)} caractères, {limits.NAME} au plus)")
    return cleaned


def usage_name(family: str, usage: str | None) -> str | None:
    """Kept only when it differs from the family name: SIECLE often repeats it."""
    usage = name(usage)
    if usage is not None and len(usage) > limits.NAME:
        usage = None
    if usage is None or fold_letters(usage) == fold_letters(family):
        return None
    return usage


def ine(text: str | None) -> str | None:
    """Uppercased without spaces; raises for a value that cannot be an INE."""
    value = clean(text)
    if value is None:
        return None
    value = value.replace(" ", "").upper()
    if not _INE.fullmatch(value):
        raise FieldProblem(f"INE {quoted(value)} mal formé, ignoré")
    return value


def civility(text: str | None) -> str | None:
    value = clean(text)
    if value is None:
        return None
    return _CIVILITIES.get(value.lower().rstrip("."), value)


def mobile(text: str | None) -> str | None:
    """E.164 of a mobile number; raises (for a warning) for anything else."""
    value = clean(text)
    if value is None:
        return None
    national = _FR_NATIONAL.fullmatch(value.translate(_SEPARATORS))
    if national and _FR_MOBILE.fullmatch(national.group(1)):
        return "+33" + national.group(1)
    try:
        phone = normalize_phone(value)
    except InvalidPhone:
        raise FieldProblem(f"numéro de portable {quoted(value)} invalide, ignoré") from None
    if not phone.is_mobile:
        raise FieldProblem(f"le numéro {quoted(value)} n'est pas un portable, ignoré")
    return phone.e164


def email(text: str | None) -> str | None:
    value = clean(text)
    if value is None:
        return None
    try:
        return normalize_email(value)
    except InvalidEmail:
        raise FieldProblem(f"adresse e-mail {quoted(value)} invalide, ignorée") from None

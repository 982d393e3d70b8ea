"""Phone numbers and e-mail addresses: validation, normal form, masked display."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from educonnect_desktop.errors import UserFacingError
from .messages import QT_TRANSLATE_NOOP

# Regions sharing the French 10-digit plan: from mainland France "0692 .." is
# a Réunion mobile, so a number invalid in one region is tried in the others.
_FRENCH_PLAN = ("FR", "RE", "YT", "GP", "BL", "MF", "MQ", "GF", "PM")
_FRENCH_CODES = frozenset(phonenumbers.country_code_for_region(r) for r in _FRENCH_PLAN)

# Digits and the separators people type; letters are refused rather than read
# as "vanity" digits like phonenumbers would.
_PHONE_CHARS = re.compile(r"[\d\s+.\-()/]+")

# FIXED_LINE_OR_MOBILE: countries (US...) where the plan cannot tell; SMS usually works.
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


class InvalidPhone(UserFacingError):
    pass


class NotAMobile(UserFacingError):
    pass


class InvalidEmail(UserFacingError):
    pass


@dataclass(frozen=True)
class PhoneNumber:
    e164: str  # "+33612345678"
    is_mobile: bool
    # Display form: "06 12 34 56 78"; international ("+44 ...") for foreign numbers.
    national: str


def _shown(text: str) -> str:
    """The typed text as quoted back in a message, kept short."""
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    regions = [region]
    if region in _FRENCH_PLAN:
        regions += [r for r in _FRENCH_PLAN if r != region]
    for candidate_region in regions:
        try:
            number = phonenumbers.parse(text, candidate_region)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return number
        if text.lstrip().startswith("+"):
            return None  # the region played no part: no point trying others
    return None


def _display(number: phonenumbers.PhoneNumber, region: str) -> str:
    home_codes = {phonenumbers.country_code_for_region(region)}
    if region in _FRENCH_PLAN:
        home_codes |= _FRENCH_CODES
    if number.country_code in home_codes:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def normalize_phone(text: str, region: str = "FR") -> PhoneNumber:
    """Parse a typed number ("06.12.34.56.78", "+33 6 ...", "0033 6 ...")."""
    if not text.strip():
        raise InvalidPhone(QT_TRANSLATE_NOOP("FamilyMessages", "Veuillez saisir un numéro de téléphone."))
    number = _parse(text, region) if _PHONE_CHARS.fullmatch(text) else None
    if number is None:
        raise InvalidPhone(QT_TRANSLATE_NOOP("FamilyMessages", "Le numéro de téléphone « {number} » n'est pas valide."
                                            ).format(number=_shown(text)))
    return PhoneNumber(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        is_mobile=phonenumbers.number_type(number) in _MOBILE_TYPES,
        national=_display(number, region),
    )


def require_mobile(text: str, region: str = "FR") -> PhoneNumber:
    """Like `normalize_phone`, but only for numbers that can receive SMS."""
    phone = normalize_phone(text, region)
    if not phone.is_mobile:
        raise NotAMobile(QT_TRANSLATE_NOOP(
            "FamilyMessages",
            "Ce numéro n'est pas un numéro de portable : "
            "les SMS ne peuvent être envoyés qu'à un portable."
        ))
    return phone


def normalize_email(text: str) -> str:
    """Syntax check only (no DNS: the app works offline); the domain is lowercased."""
    address = text.strip()
    if not address:
        raise InvalidEmail(QT_TRANSLATE_NOOP("FamilyMessages", "Veuillez saisir une adresse e-mail."))
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        raise InvalidEmail(QT_TRANSLATE_NOOP(
            "FamilyMessages",
            "L'adresse e-mail « {address} » n'est pas valide (exemple attendu : prenom.nom@exemple.fr)."
        ).format(address=_shown(address))) from None


def mask_email(address: str) -> str:
    """ "jean.dupont@exemple.fr" -> "j***@exemple.fr" (the domain stays readable)."""
    local, at, domain = address.strip().rpartition("@")
    if not at:
        return "***"
    return f"{local[:1]}***@{domain}"


def mask_phone(e164: str, region: str = "FR") -> str:
    """ "+33612345678" -> "06 ** ** ** 78": first group and last two digits shown."""
    try:
        shown = _display(phonenumbers.parse(e164, None), region)
    except phonenumbers.NumberParseException:
        shown = e164.strip()
    head, sep, rest = shown.partition(" ")
    if not sep:
        head, rest = "", shown
    digit_positions = [i for i, ch in enumerate(rest) if ch.isdigit()]
    hidden = set(digit_positions[:-2])
    masked = "".join("*" if i in hidden else ch for i, ch in enumerate(rest))
    return f"{head}{sep}{masked}"

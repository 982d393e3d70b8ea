"""What the SIECLE students and guardians files share: the header and field access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

from .fields import parse_date
from .limits import MAX_FIELD_CHARS

STUDENTS_ROOT = "BEE_ELEVES"
GUARDIANS_ROOT = "BEE_RESPONSABLES"


@dataclass(frozen=True)
class ExportHeader:
    uai: str | None
    school_year: str | None  # "2024-2025"
    exported_on: date | None


def value(element: Element, name: str) -> str | None:
    """A field written as a child element, or (some exports) as an attribute; `fields.clean`ed.

    `clean` is inlined: this runs for every field of every record.
    """
    child = element.find(name)
    text = child.text if child is not None else element.get(name)
    if text is None:
        return None
    return " ".join(text[:MAX_FIELD_CHARS].split()) or None


def family_name(element: Element) -> str | None:
    """NOM_DE_FAMILLE since 2016; a single NOM before."""
    return value(element, "NOM_DE_FAMILLE") or value(element, "NOM")


def read_header(params: Element) -> ExportHeader:
    """From the PARAMETRES element."""
    uai = value(params, "UAJ")
    return ExportHeader(
        uai=uai.upper() if uai else None,
        school_year=_school_year(value(params, "ANNEE_SCOLAIRE")),
        exported_on=_export_date(value(params, "DATE_EXPORT")),
    )


def _school_year(text: str | None) -> str | None:
    """SIECLE gives the first year ("2024"); people read "2024-2025"."""
    if text and text.isdigit() and len(text) == 4:
        return f"{text}-{int(text) + 1}"
    return text


def _export_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text.split()[0])  # sometimes followed by a time
    except ValueError:
        return None

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
    """A field written as a child element, or (some exports) as an attribute; `fields.clean`ed."""
    return fields_of(element).get(name)


def fields_of(element: Element) -> dict[str, str | None]:
    """Every field of a record, `fields.clean`ed, by name: a child element's text, else the
    attribute of that name; the first child of a name wins, as with `Element.find`.

    One pass over the record in comprehensions (`clean` inlined): a Python call per field
    read was the largest part of reading a record (issue 14).
    """
    texts = {child.tag: child.text for child in reversed(element)}
    attrib = element.attrib
    if attrib:
        texts = {**attrib, **texts}
    return {name: (" ".join(text[:MAX_FIELD_CHARS].split()) or None) if text else None
            for name, text in texts.items()}


def family_name(fields: dict[str, str | None]) -> str | None:
    """NOM_DE_FAMILLE since 2016; a single NOM before."""
    return fields.get("NOM_DE_FAMILLE") or fields.get("NOM")


def read_header(params: Element) -> ExportHeader:
    """From the PARAMETRES element."""
    get = fields_of(params).get
    uai = get("UAJ")
    return ExportHeader(
        uai=uai.upper() if uai else None,
        school_year=_school_year(get("ANNEE_SCOLAIRE")),
        exported_on=_export_date(get("DATE_EXPORT")),
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

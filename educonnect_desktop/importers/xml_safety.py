"""Parsing XML exports safely (defusedxml) and explaining failures in French.

Exports never carry a DTD, so any DOCTYPE is refused outright: that covers the
"billion laughs" entity expansion and external entities (file:///etc/passwd)
before expat sees a single entity. The encoding declared by the XML declaration
(ISO-8859-15 or UTF-8 for SIECLE) is honoured by expat itself.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import errors as expat_errors

import defusedxml.ElementTree as safe_etree
from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from .archives import LoadedFile
from .errors import ImportFormatError

_SECURITY = "refusée pour des raisons de sécurité"

# expat's messages, roughly translated; unknown ones are shown as they are.
_EXPAT_FR = {
    expat_errors.XML_ERROR_TAG_MISMATCH: "balise mal fermée (la balise fermante ne correspond pas à la balise ouverte)",
    expat_errors.XML_ERROR_INVALID_TOKEN: "caractère ou balise invalide, le fichier est mal formé",
    expat_errors.XML_ERROR_UNCLOSED_TOKEN: "balise inachevée",
    expat_errors.XML_ERROR_NO_ELEMENTS: "fichier vide ou tronqué (fin de fichier inattendue)",
    expat_errors.XML_ERROR_SYNTAX: "erreur de syntaxe",
    expat_errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "contenu inattendu après la fin du document",
    expat_errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "attribut en double",
    expat_errors.XML_ERROR_UNDEFINED_ENTITY: "entité non définie",
    expat_errors.XML_ERROR_PARTIAL_CHAR: "caractère incomplet (problème d'encodage)",
    expat_errors.XML_ERROR_BAD_CHAR_REF: "référence à un caractère invalide",
    expat_errors.XML_ERROR_UNKNOWN_ENCODING: "encodage déclaré inconnu",
    expat_errors.XML_ERROR_INCORRECT_ENCODING: "l'encodage déclaré ne correspond pas au contenu",
    expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "section CDATA non fermée",
    expat_errors.XML_ERROR_MISPLACED_XML_PI: "déclaration XML mal placée (elle doit ouvrir le fichier)",
    expat_errors.XML_ERROR_XML_DECL: "déclaration XML mal formée",
}

_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def parse_xml(file: LoadedFile) -> Element:
    try:
        return safe_etree.fromstring(file.data, forbid_dtd=True)
    except DTDForbidden:
        raise ImportFormatError(
            f"{file.label} : le fichier contient une déclaration d'entités (DTD) {_SECURITY}."
        ) from None
    except EntitiesForbidden:  # only reachable if DTDs were ever allowed
        raise ImportFormatError(
            f"{file.label} : le fichier déclare des entités XML, {_SECURITY}."
        ) from None
    except ExternalReferenceForbidden:
        raise ImportFormatError(
            f"{file.label} : le fichier fait référence à une ressource externe, {_SECURITY}."
        ) from None
    except ParseError as exc:
        raise ImportFormatError(_explain(file, exc)) from None
    except LookupError:  # expat does not know the declared encoding
        declared = _DECLARED_ENCODING.match(file.data[:200])
        name = declared.group(1).decode("ascii", "replace")[:40] if declared else "?"
        raise ImportFormatError(
            f"{file.label} : l'encodage déclaré « {name} » est inconnu ; les exports SIECLE sont en "
            "ISO-8859-15 ou en UTF-8. Exportez à nouveau le fichier depuis SIECLE.") from None


def looks_like_xml(data: bytes) -> bool:
    """Cheap sniffing, so that a PDF slipped into a zip is skipped rather than parsed."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def _explain(file: LoadedFile, exc: ParseError) -> str:
    line, column = getattr(exc, "position", (0, 0))
    code = getattr(exc, "code", None)
    english = expat_errors.messages.get(code, str(exc)) if code else str(exc)
    problem = _EXPAT_FR.get(english, f"fichier XML mal formé ({english})")
    if code is not None and expat_errors.messages.get(code) == expat_errors.XML_ERROR_INVALID_TOKEN:
        problem = _encoding_mismatch(file.data) or problem
    return f"{file.label}, ligne {line} : {problem}."


def _encoding_mismatch(data: bytes) -> str | None:
    """A file saved in Latin-9 but declared (or defaulting to) UTF-8: say so plainly."""
    match = _DECLARED_ENCODING.match(data)
    declared = match.group(1).decode("ascii") if match else "UTF-8"
    if declared.upper().replace("_", "-") not in ("UTF-8", "UTF8"):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return (
            "le fichier n'est pas encodé en UTF-8 comme il le déclare "
            "(caractère accentué invalide) ; réexportez-le depuis SIECLE"
        )
    return None

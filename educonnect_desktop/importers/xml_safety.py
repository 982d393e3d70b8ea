"""Streaming XML exports safely (defusedxml) and explaining failures in French.

Exports never carry a DTD, so any DOCTYPE is refused outright: that covers the
"billion laughs" entity expansion and external entities (file:///etc/passwd)
before expat sees a single entity.

Encoding: before parsing, one pass over the bytes (`check_encoding`) compares the
declared encoding with the content. A file declaring UTF-8 that is not valid UTF-8
is refused with the line of the first bad byte; a file declaring ISO-8859-15 (or
Latin-1, Windows-1252) whose accented letters are valid UTF-8 sequences is read as
UTF-8, with a warning: read as declared, "Léa" would become "LÃ©a". Any other
declared encoding is refused.

Memory: `XmlRecords` yields one record element at a time (ELEVE, PERSONNE...) and
drops it, and everything outside records, once handled: the tree never grows.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import errors as expat_errors

import defusedxml.ElementTree as safe_etree
from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from .archives import ExportFile
from .errors import ImportFormatError
from .limits import MAX_DEPTH, MAX_ELEMENTS_PER_RECORD

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

_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,64})["']""")
_UTF8_BOM = b"\xef\xbb\xbf"
# Python codec names of the encodings an export may declare.
_UTF8_LIKE = {"utf-8", "ascii"}
_LATIN = {"iso8859-15": "ISO-8859-15", "latin-1": "ISO-8859-1", "iso8859-1": "ISO-8859-1",
          "cp1252": "Windows-1252"}
_SCAN_CHUNK = 256 * 1024


@dataclass(frozen=True)
class EncodingVerdict:
    parse_as: str | None  # forced on the parser; None: expat follows the declaration
    warning: str | None  # French, for the preview's warnings


def looks_like_xml(head: bytes) -> bool:
    """Cheap sniffing on the first bytes, so that a PDF slipped into a zip is skipped unread."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16: `check_encoding` explains why it is refused
    head = head[:64].removeprefix(_UTF8_BOM).lstrip(b" \t\r\n")
    return head.startswith(b"<")


def check_encoding(file: ExportFile, on_read: Callable[[int], None] | None = None) -> EncodingVerdict:
    head = file.head()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFormatError(f"{file.label} : fichier encodé en UTF-16 ; SIECLE exporte en ISO-8859-15 "
                                "ou en UTF-8 : réexportez-le depuis SIECLE.")
    declared_name, codec = _declared(file.label, head.removeprefix(_UTF8_BOM))
    valid_utf8, multibyte, bad_line = _scan_utf8(file, on_read)
    if codec in _UTF8_LIKE:
        if not valid_utf8:
            raise ImportFormatError(
                f"{file.label}, ligne {bad_line} : le fichier n'est pas encodé en UTF-8 comme il le déclare "
                "(caractère accentué invalide) ; réexportez-le depuis SIECLE."
            )
        return EncodingVerdict("UTF-8" if codec == "ascii" else None, None)
    if valid_utf8 and multibyte:
        return EncodingVerdict("UTF-8", (
            f"le fichier se déclare en {declared_name} mais ses lettres accentuées sont écrites en UTF-8 : "
            "il a été lu en UTF-8 (sinon « Léa » serait devenue « LÃ©a ») ; vérifiez les noms accentués"
        ))
    return EncodingVerdict(None, None)


def _declared(label: str, head: bytes) -> tuple[str, str]:
    """(the name as declared, Python's codec name); UTF-8 when nothing is declared."""
    match = _DECLARED_ENCODING.match(head)
    if match is None:
        return "UTF-8", "utf-8"
    name = match.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        codec = None
    if codec not in _UTF8_LIKE and codec not in _LATIN:
        raise ImportFormatError(
            f"{label} : encodage « {name} » inconnu ou non pris en charge ; SIECLE exporte en "
            "ISO-8859-15 ou en UTF-8 : réexportez le fichier depuis SIECLE."
        )
    return _LATIN.get(codec, name), codec


def _scan_utf8(file: ExportFile, on_read: Callable[[int], None] | None) -> tuple[bool, bool, int]:
    """(valid UTF-8, any non-ASCII byte, line of the first invalid byte) in one streamed pass."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    multibyte, lines = False, 1
    with file.open(on_read) as stream:
        while chunk := stream.read(_SCAN_CHUNK):
            if not multibyte and not chunk.isascii():
                multibyte = True
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return False, True, lines + chunk.count(b"\n", 0, exc.start)
            lines += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False, True, lines
    return True, multibyte, 0


Handlers = dict[tuple[str, ...], Callable[[Element], None]]
_FEED = 64 * 1024


def stream_records(file: ExportFile, stream, encoding: str | None,
                   choose: Callable[[str], Handlers]) -> None:
    """Parse `stream`, calling a handler with each record element as soon as it is complete.

    `choose(root_tag)` is called at the root's start and returns the handlers, keyed by
    the record's path below the root ("DONNEES", "ELEVES", "ELEVE"); it may raise to stop.
    Only records are built as elements, and each is dropped once its handler returned:
    memory holds one record, whatever the file's size.
    """
    parser = safe_etree.DefusedXMLParser(target=_NoTree(), encoding=encoding, forbid_dtd=True)
    target = _RecordsTarget(file.label, choose, parser.parser)
    try:
        with _french_errors(file):
            while chunk := stream.read(_FEED):
                parser.feed(chunk)
            parser.close()
    finally:
        target.detach()
    if target.root_tag is None:
        raise ImportFormatError(f"{file.label} : fichier vide ou tronqué.")


class _NoTree:
    """The parser's own target: no handler, so that `_RecordsTarget` sets expat's."""

    def close(self) -> None:
        return None


class _RecordsTarget:
    """Tracks the path and builds elements inside records only, called by expat itself.

    Used instead of iterparse: its event queue cost a generator step per element, and the
    tree it grows must be pruned by hand. It takes over the element and text handlers of
    the defused parser's expat (its DTD, entity and external reference guards stay): going
    through ElementTree's own Python handlers first cost a fifth of the reading. Inside a
    record, leaner handlers count and build; text goes straight to the record's C
    TreeBuilder, and outside records expat is given no text handler at all.
    """

    def __init__(self, label: str, choose: Callable[[str], Handlers], expat) -> None:
        self.label, self._choose, self._expat = label, choose, expat
        self.root_tag: str | None = None
        self._handlers: Handlers = {}
        self._path: list[str] = []  # below the root, outside records
        self._record: TreeBuilder = TreeBuilder()
        self._record_tag = ""
        self._record_depth = 0  # the depth below the record's own element
        self._record_elements = 0
        expat.ordered_attributes = 0  # attributes as the dict TreeBuilder takes
        self._between_records()

    def detach(self) -> None:
        """Break the cycle expat <-> target, so that reference counting frees both and the
        readers behind the handlers at once (previews pause the cyclic collector)."""
        expat, self._expat = self._expat, None
        expat.StartElementHandler = expat.EndElementHandler = expat.CharacterDataHandler = None

    def _between_records(self) -> None:
        expat = self._expat
        expat.StartElementHandler = self.start
        expat.EndElementHandler = self.end
        expat.CharacterDataHandler = None  # text outside records (whitespace between them) is never kept

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if "}" in tag:
            tag = "{" + tag  # expat's "uri}name" as ElementTree writes it
        if self.root_tag is None:
            self.root_tag = tag
            self._handlers = self._choose(tag)
            return
        path = self._path
        path.append(tag)
        if len(path) > MAX_DEPTH:
            raise self._too_deep()
        if tuple(path) in self._handlers:
            self._record, self._record_tag = TreeBuilder(), tag
            self._record_depth = self._record_elements = 0
            self._record.start(tag, attrib)
            expat = self._expat
            expat.StartElementHandler = self._start_in_record
            expat.EndElementHandler = self._end_in_record
            expat.CharacterDataHandler = self._record.data

    def end(self, tag: str) -> None:
        if self._path:  # else the root
            self._path.pop()

    def _too_deep(self) -> ImportFormatError:
        return ImportFormatError(f"{self.label} : éléments imbriqués trop profondément ; ce n'est pas un export SIECLE.")

    def _start_in_record(self, tag: str, attrib: dict[str, str]) -> None:
        self._record_elements += 1
        if self._record_elements > MAX_ELEMENTS_PER_RECORD:
            raise ImportFormatError(f"{self.label} : un enregistrement « {self._record_tag} » "
                                    "est anormalement grand ; ce n'est pas un export SIECLE.")
        self._record_depth += 1
        if self._record_depth + len(self._path) > MAX_DEPTH:
            raise self._too_deep()
        self._record.start("{" + tag if "}" in tag else tag, attrib)

    def _end_in_record(self, tag: str) -> None:
        record = self._record
        record.end(tag)
        if self._record_depth:
            self._record_depth -= 1
            return
        self._between_records()
        path = self._path
        self._handlers[tuple(path)](record.close())
        path.pop()


@contextmanager
def _french_errors(file: ExportFile) -> Iterator[None]:
    """The parser's failures turned into French messages."""
    try:
        yield
    except DTDForbidden:
        raise ImportFormatError(
            f"{file.label} : le fichier contient une déclaration d'entités (DTD) {_SECURITY}."
        ) from None
    except EntitiesForbidden:  # only reachable if DTDs were ever allowed
        raise ImportFormatError(f"{file.label} : le fichier déclare des entités XML, {_SECURITY}.") from None
    except ExternalReferenceForbidden:
        raise ImportFormatError(
            f"{file.label} : le fichier fait référence à une ressource externe, {_SECURITY}."
        ) from None
    except ParseError as exc:
        raise ImportFormatError(_explain(file, exc)) from None
    except (LookupError, UnicodeError) as exc:  # an encoding expat or Python refuses
        raise ImportFormatError(f"{file.label} : encodage illisible ({type(exc).__name__}) ; "
                                "réexportez le fichier depuis SIECLE.") from None


def _explain(file: ExportFile, exc: ParseError) -> str:
    line, _column = getattr(exc, "position", (0, 0))
    code = getattr(exc, "code", None)
    english = expat_errors.messages.get(code, str(exc)) if code else str(exc)
    problem = _EXPAT_FR.get(english, f"fichier XML mal formé ({english})")
    return f"{file.label}, ligne {line} : {problem}."


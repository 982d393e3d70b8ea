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
from xml.etree.ElementTree import Element, ParseError, TreeBuilder, XMLParser
from xml.parsers.expat import errors as expat_errors

import defusedxml.ElementTree as safe_etree
from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from ..core.messages import QT_TRANSLATE_NOOP
from .archives import ExportFile
from .errors import ImportFormatError
from .limits import MAX_DEPTH, MAX_ELEMENTS_PER_RECORD

_SECURITY = QT_TRANSLATE_NOOP("StaffMessages", "refusée pour des raisons de sécurité")

# expat's messages, roughly translated; unknown ones are shown as they are.
_EXPAT_FR = {
    expat_errors.XML_ERROR_TAG_MISMATCH: QT_TRANSLATE_NOOP(
        "StaffMessages", "balise mal fermée (la balise fermante ne correspond pas à la balise ouverte)"),
    expat_errors.XML_ERROR_INVALID_TOKEN: QT_TRANSLATE_NOOP(
        "StaffMessages", "caractère ou balise invalide, le fichier est mal formé"),
    expat_errors.XML_ERROR_UNCLOSED_TOKEN: QT_TRANSLATE_NOOP("StaffMessages", "balise inachevée"),
    expat_errors.XML_ERROR_NO_ELEMENTS: QT_TRANSLATE_NOOP(
        "StaffMessages", "fichier vide ou tronqué (fin de fichier inattendue)"),
    expat_errors.XML_ERROR_SYNTAX: QT_TRANSLATE_NOOP("StaffMessages", "erreur de syntaxe"),
    expat_errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: QT_TRANSLATE_NOOP(
        "StaffMessages", "contenu inattendu après la fin du document"),
    expat_errors.XML_ERROR_DUPLICATE_ATTRIBUTE: QT_TRANSLATE_NOOP("StaffMessages", "attribut en double"),
    expat_errors.XML_ERROR_UNDEFINED_ENTITY: QT_TRANSLATE_NOOP("StaffMessages", "entité non définie"),
    expat_errors.XML_ERROR_PARTIAL_CHAR: QT_TRANSLATE_NOOP(
        "StaffMessages", "caractère incomplet (problème d'encodage)"),
    expat_errors.XML_ERROR_BAD_CHAR_REF: QT_TRANSLATE_NOOP("StaffMessages", "référence à un caractère invalide"),
    expat_errors.XML_ERROR_UNKNOWN_ENCODING: QT_TRANSLATE_NOOP("StaffMessages", "encodage déclaré inconnu"),
    expat_errors.XML_ERROR_INCORRECT_ENCODING: QT_TRANSLATE_NOOP(
        "StaffMessages", "l'encodage déclaré ne correspond pas au contenu"),
    expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION: QT_TRANSLATE_NOOP("StaffMessages", "section CDATA non fermée"),
    expat_errors.XML_ERROR_MISPLACED_XML_PI: QT_TRANSLATE_NOOP(
        "StaffMessages", "déclaration XML mal placée (elle doit ouvrir le fichier)"),
    expat_errors.XML_ERROR_XML_DECL: QT_TRANSLATE_NOOP("StaffMessages", "déclaration XML mal formée"),
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
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : fichier encodé en UTF-16 ; SIECLE exporte en ISO-8859-15 "
                                  "ou en UTF-8 : réexportez-le depuis SIECLE.").format(file=file.label))
    declared_name, codec = _declared(file.label, head.removeprefix(_UTF8_BOM))
    valid_utf8, multibyte, bad_line = _scan_utf8(file, on_read)
    if codec in _UTF8_LIKE:
        if not valid_utf8:
            raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
                "{file}, ligne {line} : le fichier n'est pas encodé en UTF-8 comme il le déclare "
                "(caractère accentué invalide) ; réexportez-le depuis SIECLE."
            ).format(file=file.label, line=bad_line))
        return EncodingVerdict("UTF-8" if codec == "ascii" else None, None)
    if valid_utf8 and multibyte:
        return EncodingVerdict("UTF-8", QT_TRANSLATE_NOOP("StaffMessages",
            "le fichier se déclare en {encoding} mais ses lettres accentuées sont écrites en UTF-8 : "
            "il a été lu en UTF-8 (sinon « Léa » serait devenue « LÃ©a ») ; vérifiez les noms accentués"
        ).format(encoding=declared_name))
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
        raise ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
            "{file} : encodage « {encoding} » inconnu ou non pris en charge ; SIECLE exporte en "
            "ISO-8859-15 ou en UTF-8 : réexportez le fichier depuis SIECLE."
        ).format(file=label, encoding=name))
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
    """Parse `stream`, calling a handler with each record element once it is complete.

    `choose(root_tag)` is called at the root's start and returns the handlers, keyed by
    the record's path below the root ("DONNEES", "ELEVES", "ELEVE"); it may raise to stop.
    Each record is dropped once its handler returned, and whatever is outside records as
    soon as it is complete: memory holds about one chunk of the file, whatever its size.

    Two parsers read the same chunks. defusedxml's reads the prolog first, each chunk before
    the other parser gets it: a DTD (the only place entities can be declared, and it must
    come before the root) is refused by defusedxml itself before the other parser has seen
    its first declaration; its work ends at the root's start. The tree is then built by
    ElementTree's C parser and C TreeBuilder, with no Python call per element: defusedxml's
    parser calls Python handlers for every element and text, the cost issue 14 measured.
    Between chunks, `_Harvest` hands the records completed so far to their handlers and
    cuts every completed element from the tree, checking depth and size on the way.
    """
    guard = _PrologGuard(encoding)
    builder = XMLParser(target=TreeBuilder(), encoding=encoding)
    events: list[tuple[str, Element]] = []
    builder._setevents(events, ("start",))  # what XMLPullParser uses: the root element, then off
    harvest: _Harvest | None = None
    with _french_errors(file), guard:
        while chunk := stream.read(_FEED):
            if not guard.done and guard.feed(chunk):
                handlers = choose(guard.root_tag)
            builder.feed(chunk)
            if harvest is None and events:
                builder._setevents(events, ())
                harvest = _Harvest(file.label, events[0][1], handlers)
                events.clear()
            if harvest is not None:
                harvest.collect(final=False)
        if not guard.done:
            guard.close()  # raises: empty, truncated or malformed before the root
            raise ImportFormatError(QT_TRANSLATE_NOOP(
                "StaffMessages", "{file} : fichier vide ou tronqué.").format(file=file.label))
        builder.close()
        if harvest is not None:
            harvest.collect(final=True)


class _RootReached(Exception):
    pass


class _PrologGuard:
    """defusedxml's parser, fed until the root element starts: refuses any DTD."""

    def __init__(self, encoding: str | None) -> None:
        self._parser = safe_etree.DefusedXMLParser(target=_NoTree(), encoding=encoding, forbid_dtd=True)
        self._parser.parser.StartElementHandler = self._start
        self.root_tag = ""
        self.done = False

    def __enter__(self) -> _PrologGuard:
        return self

    def __exit__(self, *_exc) -> None:
        """Break the cycles expat <-> parser <-> guard, so that reference counting frees them
        at once (previews pause the cyclic collector)."""
        parser = self._parser
        if parser is not None and hasattr(parser, "parser"):  # else closed, which breaks them
            parser.parser.StartElementHandler = None
            del parser.parser, parser._parser
        self._parser = None

    def _start(self, tag: str, _attrib) -> None:
        self.root_tag = "{" + tag if "}" in tag else tag  # expat's "uri}name" as ElementTree writes it
        self.done = True
        raise _RootReached

    def feed(self, chunk: bytes) -> bool:
        """True once the root has started: the prolog held no DTD."""
        try:
            self._parser.feed(chunk)
        except _RootReached:
            return True
        return False

    def close(self) -> None:
        self._parser.close()


class _NoTree:
    """The guard parser's target: nothing is built."""

    def close(self) -> None:
        return None


class _Harvest:
    """Walks the tree the C builder grew so far: records to their handlers, the rest cut.

    An element is complete once a sibling follows it (or at the end of the file); only the
    last child at each level may still be open, and only that chain is kept between chunks.
    """

    def __init__(self, label: str, root: Element, handlers: Handlers) -> None:
        self.label, self._root = label, root
        # For each container's path: the handlers of its records, and its sub-containers, by tag.
        containers = {path[:end] for path in handlers for end in range(len(path))}
        self._records = {path: {key[-1]: h for key, h in handlers.items() if key[:-1] == path} for path in containers}
        self._inner = {path: {key[-1] for key in containers if key[:-1] == path and key} for path in containers}

    def collect(self, *, final: bool) -> None:
        self._walk(self._root, (), final)

    def _walk(self, node: Element, path: tuple[str, ...], final: bool) -> None:
        count = len(node)
        done = count if final else count - 1
        records, inner = self._records[path], self._inner[path]
        if done > 0:
            depth = len(path) + 1
            for child in node[:done]:
                handler = records.get(child.tag)
                if handler is not None:
                    # Children of all its elements: its element count, the record's own left out.
                    elements = sum(map(len, child.iter()))
                    if depth + elements > MAX_DEPTH:  # else neither too large nor too deep
                        self._check_record(child, depth, elements)
                    handler(child)
                elif child.tag in inner:
                    self._walk(child, (*path, child.tag), True)
                else:
                    self._check_outside(child, depth)
            del node[:done]
        if not final and count:
            last = node[0]
            if last.tag in records:  # still open: bounded while it grows
                self._check_record(last, len(path) + 1, sum(map(len, last.iter())))
            elif last.tag in inner:
                self._walk(last, (*path, last.tag), False)
            else:
                self._prune_outside(last, len(path) + 1)

    def _check_record(self, record: Element, depth: int, elements: int) -> None:
        if elements > MAX_ELEMENTS_PER_RECORD:
            raise ImportFormatError(QT_TRANSLATE_NOOP(
                "StaffMessages", "{file} : un enregistrement « {tag} » est anormalement grand ; "
                                 "ce n'est pas un export SIECLE.").format(file=self.label, tag=record.tag))
        if depth + elements > MAX_DEPTH:
            self._check_depth(record, depth)

    def _check_outside(self, element: Element, depth: int) -> None:
        """A complete element outside records (an address list...): only its depth matters."""
        if depth > MAX_DEPTH:
            raise self._too_deep()
        if len(element):
            self._check_depth(element, depth)

    def _check_depth(self, element: Element, depth: int) -> None:
        level = [element]
        while level:
            if depth > MAX_DEPTH:
                raise self._too_deep()
            level = [child for parent in level for child in parent]
            depth += 1

    def _prune_outside(self, element: Element, depth: int) -> None:
        """The open chain outside records: its complete children checked and cut."""
        while True:
            if depth > MAX_DEPTH:
                raise self._too_deep()
            count = len(element)
            if not count:
                return
            for child in element[:count - 1]:
                self._check_outside(child, depth + 1)
            del element[:count - 1]
            element, depth = element[0], depth + 1

    def _too_deep(self) -> ImportFormatError:
        return ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : éléments imbriqués trop profondément ; ce n'est pas un export SIECLE.")
                                 .format(file=self.label))


@contextmanager
def _french_errors(file: ExportFile) -> Iterator[None]:
    """The parser's failures turned into French messages."""
    try:
        yield
    except DTDForbidden:
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : le fichier contient une déclaration d'entités (DTD) {security}.")
                                .format(file=file.label, security=_SECURITY)) from None
    except EntitiesForbidden:  # only reachable if DTDs were ever allowed
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : le fichier déclare des entités XML, {security}.")
                                .format(file=file.label, security=_SECURITY)) from None
    except ExternalReferenceForbidden:
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : le fichier fait référence à une ressource externe, {security}.")
                                .format(file=file.label, security=_SECURITY)) from None
    except ParseError as exc:
        raise ImportFormatError(_explain(file, exc)) from None
    except (LookupError, UnicodeError) as exc:  # an encoding expat or Python refuses
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : encodage illisible ({error}) ; réexportez le fichier depuis SIECLE.")
                                .format(file=file.label, error=type(exc).__name__)) from None


def _explain(file: ExportFile, exc: ParseError) -> str:
    line, _column = getattr(exc, "position", (0, 0))
    code = getattr(exc, "code", None)
    english = expat_errors.messages.get(code, str(exc)) if code else str(exc)
    problem = _EXPAT_FR.get(english) or QT_TRANSLATE_NOOP(
        "StaffMessages", "fichier XML mal formé ({error})").format(error=english)
    return QT_TRANSLATE_NOOP(
        "StaffMessages", "{file}, ligne {line} : {problem}.").format(file=file.label, line=line, problem=problem)


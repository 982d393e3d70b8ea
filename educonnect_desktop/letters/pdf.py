"""A4 PDF notification letters, one page per person, with Qt's QPdfWriter.

Threads: QPdfWriter, QPainter on it, QTextDocument and QFontDatabase may all be used off
the GUI thread, so the desktop UI writes class batches on a worker; a QGuiApplication
must exist though (`qt_app.ensure_gui_application()`, on the main thread).

The file is written next to its destination and renamed at the end, so a failure or a
cancel never leaves half a PDF behind.
"""

from __future__ import annotations

from dataclasses import replace

import os
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import (QFont, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter, QTextDocument,
                           QTextOption)

from ..core.messages import QT_TRANSLATE_NOOP
from ..private_files import make_private, write_private_bytes
from . import content
from .data import LetterData
from .errors import LetterError, LettersCancelled
from .fonts import SANS, ensure_letter_fonts
from .qr import qr_image, qr_matrix
from .refill import RefillableDocument, placeholders, same_as_html

RESOLUTION = 300  # dpi of the layout; the text itself stays vector
MARGIN_MM = 18.0
QR_SIZE_MM = 32.0  # the code with its quiet zone, at the top right corner
GAP_MM = 6.0
_MAX_PLACES = 4  # layouts of one shared part at different heights, in a batch (_BatchCache.part)


def _mm(millimetres: float) -> float:
    return millimetres * RESOLUTION / 25.4


def qr_box(page_width: float) -> tuple[float, float, float]:
    """(left, top, side) in device pixels of the QR code with its quiet zone."""
    side = _mm(QR_SIZE_MM)
    return page_width - _mm(MARGIN_MM) - side, _mm(MARGIN_MM), side


def write_letters_pdf(letters: Sequence[LetterData], path: Path | str, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None, family_language: str | None = None) -> Path:
    """Write one A4 page per letter to `path`; returns the path written.

    `progress(done, total)` after each page; `cancelled()` before each page, a cancel
    raising LettersCancelled with nothing written. `family_language` (the school's
    `[letters] family_language`) adds its short line to every letter.
    """
    if not letters:
        raise LetterError(QT_TRANSLATE_NOOP("StaffMessages", "Aucune lettre à imprimer."))
    if family_language:
        letters = [replace(letter, family_language=family_language) for letter in letters]
    if QGuiApplication.instance() is None:
        raise RuntimeError("no QGuiApplication: call letters.qt_app.ensure_gui_application() first")
    ensure_letter_fonts()
    path = check_output(path)
    partial = _partial(path)
    # Letters carry provisional passwords: the file exists 0600 before Qt opens it (Qt keeps
    # the mode of a file it truncates), so no other account ever sees a page of it.
    write_private_bytes(partial, b"")
    writer = _writer(partial)
    painter = QPainter()
    if not painter.begin(writer):
        partial.unlink(missing_ok=True)
        raise LetterError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Impossible d'écrire le fichier {path}.").format(path=str(path)))
    cache = _BatchCache(writer)
    try:
        for index, letter in enumerate(letters):
            if cancelled is not None and cancelled():
                raise LettersCancelled()
            if index:
                writer.newPage()
            _paint_letter(painter, writer, letter, cache)
            if progress is not None:
                progress(index + 1, len(letters))
    except BaseException:
        painter.end()
        partial.unlink(missing_ok=True)
        raise
    painter.end()
    os.replace(partial, path)
    make_private(path)
    return path


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def check_output(path: Path | str) -> Path:
    """Raise a French LetterError unless `path` can be written (before any password is changed)."""
    path = Path(path)
    if path.is_dir():
        raise LetterError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{path} est un dossier : indiquez un nom de fichier PDF.").format(path=str(path)))
    partial = _partial(path)
    try:
        partial.open("wb").close()  # a clear message rather than a Qt warning later
        partial.unlink()
    except OSError as exc:
        raise LetterError(QT_TRANSLATE_NOOP("StaffMessages", "Impossible d'écrire le fichier {path} : {reason}.")
                          .format(path=str(path), reason=str(exc.strerror or exc))) from None
    return path


def _writer(path: Path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))  # our own margins, in _paint_letter
    writer.setResolution(RESOLUTION)
    writer.setTitle("Lettres de notification EduConnect")
    writer.setCreator("EduConnect Desktop")
    return writer


def _base_font() -> QFont:
    font = QFont(SANS, 11)
    # No "fi" ligature: the PDF's text (copy, search, screen readers) keeps plain letters.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


Origin = tuple[float, float]  # where a document's content starts on the page, device pixels


def _document(html: str, width: float, device: QPdfWriter, *, wrap_anywhere: bool = False,
              at: Origin = (0.0, 0.0)) -> QTextDocument:
    """`html` laid out `width` wide, its content starting at `at` (the root frame's margins):
    drawn at the painter's origin, with no translation. Qt's PDF engine writes the painter's
    matrix again around every text item drawn under a translation (97 `cm` a page)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)  # point sizes laid out at the PDF's dpi
    document.setDefaultFont(_base_font())
    document.setDocumentMargin(0)
    if wrap_anywhere:  # long addresses have no spaces to break at
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
    document.setHtml(html)
    left, top = at
    if left or top:
        # Frame margins are scaled to the device like CSS pixels (by the device's dpi over the
        # screen's): given in those units, so that the content starts exactly at `at`.
        scale = _margin_scale(device)
        frame = document.rootFrame().frameFormat()
        frame.setLeftMargin(left / scale)
        frame.setTopMargin(top / scale)
        document.rootFrame().setFrameFormat(frame)
    document.setTextWidth(left + width)
    return document


def _margin_scale(device: QPdfWriter) -> float:
    """Device pixels per unit of a frame margin, as QTextDocument's layout applies it."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    probe.setPlainText("x")
    frame = probe.rootFrame().frameFormat()
    frame.setLeftMargin(1000)
    probe.rootFrame().setFrameFormat(frame)
    probe.setTextWidth(100_000)
    return probe.documentLayout().blockBoundingRect(probe.begin()).left() / 1000


def _draw(painter: QPainter, placed: QTextDocument | tuple[QTextDocument, float]) -> float:
    """Draw a document laid out at its place on the page (`_document`'s `at`), or a (document,
    vertical shift) pair from `_BatchCache.part`; returns its bottom edge."""
    document, shift = placed if isinstance(placed, tuple) else (placed, 0.0)
    if not shift:
        document.drawContents(painter)
        return document.size().height()
    painter.save()
    painter.translate(0, shift)
    document.drawContents(painter)
    painter.restore()
    return shift + document.size().height()


class _BatchCache:
    """What is the same on many letters of a batch, laid out or built once.

    Profiling 300 letters: segno's QR encoding (mask scoring in pure Python) took more than
    half the time, then the QTextDocument layouts. The header (one per kind of letter), the
    QR code and its caption (one per address) and the steps and advice are identical from one
    letter to the next. The personal part (names, identifier, password, validity) is laid out
    once per shape of letter and its texts replaced in place for each letter: parsing its HTML
    and laying its tables out anew was then the largest cost left (0.9 of 2.2 ms a letter).
    """

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self._documents: dict[tuple[str, float, bool], QTextDocument] = {}
        self._parts: dict[tuple, dict[float, QTextDocument]] = {}  # by top, for each part
        self._codes: dict[str, QImage] = {}
        self._personal: dict[tuple[tuple[str, ...], float, Origin], RefillableDocument] = {}

    def part(self, html: Callable[[LetterData], str], inputs: Callable[[LetterData], tuple], letter: LetterData,
             width: float, *, wrap_anywhere: bool = False, at: Origin = (0.0, 0.0)) -> tuple[QTextDocument, float]:
        """The laid-out `html(letter)`, made once per distinct `inputs(letter)` (the fields it reads)
        and place on the page, with the vertical shift to draw it at (0 but beyond `_MAX_PLACES`
        places: the personal part above is nearly always as high from one letter to the next,
        but a batch of names that wrap differently must not cost a layout per letter)."""
        places = self._parts.setdefault((html, inputs(letter), width, wrap_anywhere, at[0]), {})
        document = places.get(at[1])
        if document is not None:
            return document, 0.0
        if len(places) >= _MAX_PLACES:
            first_top, document = next(iter(places.items()))
            return document, at[1] - first_top
        document = places[at[1]] = self.document(html(letter), width, wrap_anywhere=wrap_anywhere, at=at)
        return document, 0.0

    def document(self, html: str, width: float, *, wrap_anywhere: bool = False,
                 at: Origin = (0.0, 0.0)) -> QTextDocument:
        key = (html, width, wrap_anywhere, at)
        document = self._documents.get(key)
        if document is None:
            document = self._documents[key] = _document(html, width, self.writer, wrap_anywhere=wrap_anywhere,
                                                        at=at)
        return document

    def qr(self, url: str) -> QImage:
        """The code with its quiet zone as a 1-bit image, one pixel per module.

        Qt's PDF engine writes an image once and refers to it from every page that draws it
        (same cacheKey): 300 letters carry one QR image, not 300 vector drawings.
        """
        code = self._codes.get(url)
        if code is None:
            code = self._codes[url] = qr_image(qr_matrix(url))
        return code

    def personal(self, letter: LetterData, width: float, *, at: Origin = (0.0, 0.0)) -> QTextDocument:
        """The laid-out personal part of `letter`, the same as from `content.personal_body_html`."""
        texts = content.personal_texts(letter)
        if not all(same_as_html(text) for text in texts):  # folded spaces and the like: the HTML decides
            return _document(content.personal_body_html(letter), width, self.writer, at=at)
        shape = content.personal_shape(letter)
        template = self._personal.get((shape, width, at))
        if template is None:
            html = content.personal_html(shape, placeholders(len(texts)))
            template = self._personal[(shape, width, at)] = RefillableDocument(
                _document(html, width, self.writer, at=at), len(texts))
        return template.fill(texts)


def _paint_letter(painter: QPainter, writer: QPdfWriter, letter: LetterData, cache: _BatchCache) -> None:
    width = writer.width()
    margin, gap = _mm(MARGIN_MM), _mm(GAP_MM)
    qr_left, qr_top, qr_side = qr_box(width)

    header = cache.part(content.header_html, content.header_inputs, letter, qr_left - margin - gap,
                        at=(margin, margin))
    header_bottom = _draw(painter, header)

    painter.drawImage(QRectF(qr_left, qr_top, qr_side, qr_side), cache.qr(letter.services_url))
    caption = cache.part(content.qr_caption_html, content.qr_caption_inputs, letter, qr_side, wrap_anywhere=True,
                         at=(qr_left, qr_top + qr_side))
    caption_bottom = _draw(painter, caption)

    body_width = width - 2 * margin
    personal = cache.personal(letter, body_width, at=(margin, max(header_bottom, caption_bottom) + gap))
    personal_bottom = _draw(painter, personal)
    _draw(painter, cache.part(content.common_body_html, content.common_body_inputs, letter, body_width,
                              at=(margin, personal_bottom)))


__all__ = ["write_letters_pdf", "check_output", "qr_box", "RESOLUTION", "QR_SIZE_MM", "MARGIN_MM"]

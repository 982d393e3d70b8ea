"""A laid-out QTextDocument whose few varying texts are replaced in place, letter after letter.

Parsing the HTML of the personal part (two tables and a paragraph) and laying it out from
scratch cost more than a third of a letter; replacing its texts in place re-lays only what
changed. The document is made once from HTML holding one placeholder character per text
(`placeholders`), so its formats (bold, monospace, sizes) are exactly those of the HTML.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

_FIRST_PLACEHOLDER = 0xE000  # Unicode private use area: never in a name or a password


def placeholders(count: int) -> tuple[str, ...]:
    return tuple(chr(_FIRST_PLACEHOLDER + index) for index in range(count))


def same_as_html(text: str) -> bool:
    """True when `text` shows as itself once escaped into HTML: not empty, printable, no run
    of spaces nor space at either end (HTML would fold them). Other texts take the HTML way."""
    return bool(text) and text.isprintable() and " ".join(text.split()) == text


class RefillableDocument:
    """`document` built from HTML holding `placeholders(count)`, each once, in that order."""

    def __init__(self, document: QTextDocument, count: int) -> None:
        document.setUndoRedoEnabled(False)  # no history of former passwords in memory
        self.document = document
        self._fields: list[tuple[QTextCursor, QTextCharFormat]] = []
        self._shown: list[str] = list(placeholders(count))
        for placeholder in placeholders(count):
            cursor = document.find(placeholder)
            if cursor.isNull():
                raise ValueError(f"placeholder {len(self._fields)} missing from the document")
            self._fields.append((cursor, cursor.charFormat()))

    def fill(self, texts: Sequence[str]) -> QTextDocument:
        """The document showing `texts` (each `same_as_html`), in the placeholders' order."""
        if len(texts) != len(self._fields):
            raise ValueError("one text per placeholder")
        batch = QTextCursor(self.document)
        batch.beginEditBlock()  # one layout of the changes, not one per text
        for index, ((cursor, char_format), text) in enumerate(zip(self._fields, texts)):
            if self._shown[index] == text:  # the validity, often the class: nothing to lay out again
                continue
            self._shown[index] = text
            start = cursor.selectionStart()
            cursor.insertText(text, char_format)  # replaces the former text, keeps its format
            end = cursor.position()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        batch.endEditBlock()
        return self.document

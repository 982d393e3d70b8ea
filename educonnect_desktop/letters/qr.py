"""The QR code to the "Services en ligne" address, drawn as vector rectangles (no image file)."""

from __future__ import annotations

from typing import Iterator

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath

Matrix = tuple[tuple[bool, ...], ...]

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_matrix(url: str) -> Matrix:
    """segno's modules for `url` (True = dark), without the quiet zone.

    Level M survives a folded or slightly stained letter; never a micro QR, which phones
    read badly.
    """
    code = segno.make(url, error="m", micro=False, boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def dark_runs(matrix: Matrix) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules."""
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            yield y, start, x - start


def qr_path(matrix: Matrix, left: float, top: float, module: float) -> QPainterPath:
    """One path for the whole code: filled at once, neighbouring runs show no hairline seams."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, x, length in dark_runs(matrix):
        path.addRect(QRectF(left + x * module, top + y * module, length * module, module))
    return path

"""The QR code to the "Services en ligne" address, as a 1-bit image of one pixel per module.

Drawn scaled (no smoothing: PDF viewers and printers enlarge a 1-bit image with hard
edges), and written once in the PDF whatever the number of letters that show it.
"""

from __future__ import annotations

from typing import Iterator

import segno
from PySide6.QtGui import QColor, QImage

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


def qr_image(matrix: Matrix) -> QImage:
    """The code with its quiet zone, black on white, one pixel per module."""
    size = len(matrix) + 2 * QUIET_ZONE
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.setColorTable([QColor("white").rgb(), QColor("black").rgb()])
    image.fill(0)
    for y, x, length in dark_runs(matrix):
        for column in range(x, x + length):
            image.setPixel(column + QUIET_ZONE, y + QUIET_ZONE, 1)
    return image

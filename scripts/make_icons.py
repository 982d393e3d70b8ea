"""Render the application icon (SVG, drawn by hand) to PNG, ICO (Windows) and ICNS (macOS).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

Uses Qt's own SVG renderer and image writers (the ico and icns plugins ship with PySide6),
so no other tool is needed. The outputs are committed beside the SVG; rerun after editing it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "educonnect_desktop" / "resources" / "icons"
NAME = "educonnect-desktop"
PNG_SIZE = 256
ICO_SIZE = 256  # Windows scales the 256 px entry down for the smaller sizes
ICNS_SIZE = 512


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write(image: QImage, path: Path, fmt: str) -> None:
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"cannot write {path}: {writer.errorString()}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins need it)
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG icon does not parse")
    write(render(renderer, PNG_SIZE), ICONS / f"{NAME}.png", "png")
    write(render(renderer, ICO_SIZE), ICONS / f"{NAME}.ico", "ico")
    write(render(renderer, ICNS_SIZE), ICONS / f"{NAME}.icns", "icns")
    for suffix in ("png", "ico", "icns"):
        print(ICONS / f"{NAME}.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

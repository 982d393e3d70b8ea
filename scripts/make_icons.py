"""Render the application icon (SVG, drawn by hand) to PNG, ICO (Windows) and ICNS (macOS).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

Uses Qt's own SVG renderer and image writers (the ico and icns plugins ship with PySide6),
so no other tool is needed. The outputs are committed beside the SVG; rerun after editing it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
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


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_icns(renderer: QSvgRenderer, path: Path) -> None:
    """Apple's icon container with PNG entries (ic07 128 px, ic08 256, ic09 512), written by
    hand: Qt's own icns writer leaves a table of contents that its reader calls corrupted."""
    body = b""
    for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", ICNS_SIZE)):
        data = png_bytes(render(renderer, size))
        body += kind + struct.pack(">I", len(data) + 8) + data
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins need it)
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG icon does not parse")
    write(render(renderer, PNG_SIZE), ICONS / f"{NAME}.png", "png")
    write(render(renderer, ICO_SIZE), ICONS / f"{NAME}.ico", "ico")
    write_icns(renderer, ICONS / f"{NAME}.icns")
    for suffix in ("png", "ico", "icns"):
        print(ICONS / f"{NAME}.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A QGuiApplication for printing outside the desktop window (the CLI, scripts)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

_created: QGuiApplication | None = None  # kept alive for the whole process


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new offscreen one. Call it on the main thread.

    Fonts, and hence PDF text, need a QGuiApplication; a plain QCoreApplication will not do.
    """
    global _created
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # printing needs no display
        _created = app = QGuiApplication(["educonnect"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a QCoreApplication is running: letters need a QGuiApplication")
    return app

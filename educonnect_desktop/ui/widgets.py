"""Small helpers so every interactive widget gets a stable objectName and an accessible name.

Imported before the main window's first paint: the `Qt` namespace (whose enums PySide6
builds all at once on first access, 25-30 ms) and qasync are reached only inside the helpers.
"""

from __future__ import annotations

import functools
from typing import TypeVar

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget


W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def left_to_right(widget: W) -> W:
    """Keep a field left to right in a right-to-left interface (Arabic).

    Identifiers, e-mail addresses, telephone numbers, codes and passwords are written in
    Latin letters and digits: mirrored, "p.nom1" would start at the right edge and the
    cursor keys would move backwards.
    """
    widget.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)
    return widget


def async_slot(method):
    """`qasync.asyncSlot()`, looked up at the first call: a window that is painted before
    asyncio and qasync are imported can still declare its coroutine slots."""
    slot = None

    @functools.wraps(method)
    def call(*args):
        nonlocal slot
        if slot is None:
            from qasync import asyncSlot

            slot = asyncSlot()(method)
        return slot(*args)

    return call


def caption(text: str, buddy: QWidget) -> QLabel:
    """A form label whose & mnemonic moves the focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def bring_into_view(widget: QWidget) -> None:
    """Scroll the enclosing scroll area, once laid out, so that `widget` is seen.

    A message shown at the bottom of a long tab ("Les élèves ... ont été ajoutés") is
    useless if it stays below the fold.
    """
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    # Once the pending layout is done; the timer dies with the area if it goes first.
    QTimer.singleShot(0, area, functools.partial(_ensure_visible, area, widget))


def _ensure_visible(area: QScrollArea, widget: QWidget) -> None:
    if not (shiboken6.isValid(area) and shiboken6.isValid(widget)):
        return
    # The pending layouts first (new rows above, the scroll range that grows with them),
    # or the scroll is computed on the old geometry and clamped to the old range.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    area.ensureWidgetVisible(widget)


def message_label(object_name: str, accessible_name: str, style: str) -> QLabel:
    """A hidden, selectable, word-wrapped message line (errors, confirmations)."""
    label = named(QLabel(), object_name, accessible_name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show `text` in a message line; screen readers get it as the label's description too."""
    label.setText(text)
    label.setAccessibleDescription(text)
    label.show()

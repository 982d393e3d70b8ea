"""Small helpers so every interactive widget gets a stable objectName and an accessible name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str, description: str = "") -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def caption(text: str, buddy: QWidget) -> QLabel:
    """A form label whose & mnemonic moves the focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def message_label(object_name: str, accessible_name: str, style: str) -> QLabel:
    """A hidden, selectable, word-wrapped message line (errors, confirmations)."""
    label = named(QLabel(), object_name, accessible_name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label

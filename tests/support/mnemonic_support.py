"""Alt+letter mnemonics that are live at the same time in one window, and their clashes.

Qt lets two widgets of a window claim the same Alt+letter: the second one then only
moves the focus between them, so the key no longer presses what its label says.
"""

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QStackedWidget, QTabBar, QTabWidget, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&])")


def letters(text: str) -> list[str]:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    return [m.group(1).lower() for m in _MNEMONIC.finditer(text.replace("&&", ""))]


def mnemonics(widgets: list[QWidget]) -> list[str]:
    """The mnemonics these widgets claim: buttons, buddy labels, group box titles, tab texts."""
    keys = []
    for widget in widgets:
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            keys += letters(widget.text())
        elif isinstance(widget, QGroupBox):
            keys += letters(widget.title())
        elif isinstance(widget, QTabBar):
            keys += [key for index in range(widget.count()) for key in letters(widget.tabText(index))]
    return keys


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else type(widget).__name__


def _owners(top: QWidget) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for widget in [top, *top.findChildren(QWidget)]:
        # Disabled widgets count: they are enabled later on the same screen.
        if widget.isVisible() and widget.window() is top.window():
            for key in mnemonics([widget]):
                owners.setdefault(key, []).append(widget.objectName() or _text(widget))
    return owners


def clashes(top: QWidget) -> dict[str, list[str]]:
    """Letters claimed twice among the visible widgets of top's window, with their claimants."""
    return {key: names for key, names in _owners(top).items() if len(names) > 1}


def clashes_on_every_page(top: QWidget, *, where: str = "") -> list[str]:
    """The clashes of top with each page of each of its tab and stacked widgets shown in turn.

    Pages of different stacks are not combined: each stack is walked with the others on
    their current page, which is how a person meets them. Every stack is put back after.
    """
    found = [f"{where} {key}: {names}" for key, names in clashes(top).items()]
    stacks = [w for w in top.findChildren(QWidget) if isinstance(w, (QTabWidget, QStackedWidget))
              and w.window() is top.window()]
    for stack in stacks:
        if not stack.isVisible():
            continue
        current = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            page = stack.widget(index).objectName() or str(index)
            found += [f"{where} {stack.objectName()}[{page}] {key}: {names}" for key, names in clashes(top).items()]
        stack.setCurrentIndex(current)
    return sorted(set(found))

"""Driving the families' screens with the keyboard alone, and checking the keyboard rules.

Everything here sends key events to whatever has the focus, as a person's keyboard does:
Tab / Shift+Tab to move, typing, Enter, Space. The checks compute the reading order from
the widgets' geometry on their own (not with the application's helper), so that a screen
whose Tab order drifts from what is on screen is caught.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QTabBar, QToolButton,
    QWidget,
)

# Buttons Enter in a field must never press: they leave, go back or destroy something.
LEAVING = re.compile(r"annuler|précédent|quitter|déconnecter|retour|retirer|représentant légal|"
                     r"changer l'adresse", re.IGNORECASE)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def key(qtbot, which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    target = focused()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, which, modifier)


def enter(qtbot) -> None:
    key(qtbot, Qt.Key.Key_Return)


def tab_to(qtbot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus (a person looking for a field)."""
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.objectName() or target}")


def type_into(qtbot, target: QWidget, text: str, *, replace: bool = False) -> None:
    """Tab to a field and type; `replace` first selects what it holds (Ctrl+A) to overwrite it."""
    tab_to(qtbot, target)
    if replace:
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        key(qtbot, Qt.Key.Key_Delete)
    qtbot.keyClicks(focused(), text)


def _tab_reachable(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def expected_order(root: QWidget) -> list[QWidget]:
    """Rows by vertical centre (within 10 px), each read left to right (right to left in Arabic)."""
    window = root.window()
    widgets = [w for w in root.findChildren(QWidget) if w.window() is window and _tab_reachable(w)]

    def centre(widget: QWidget) -> tuple[float, int]:
        corner = widget.mapTo(window, QPoint(0, 0))
        return corner.y() + widget.height() / 2, corner.x()

    rows: list[list[QWidget]] = []
    for widget in sorted(widgets, key=centre):
        if rows and abs(centre(widget)[0] - centre(rows[-1][0])[0]) <= 10:
            rows[-1].append(widget)
        else:
            rows.append([widget])
    if root.isRightToLeft():
        return [w for row in rows for w in sorted(row, key=lambda w: -(centre(w)[1] + w.width()))]
    return [w for row in rows for w in sorted(row, key=lambda w: centre(w)[1])]


def is_field(widget: QWidget) -> bool:
    return not isinstance(widget, QAbstractButton) or isinstance(widget, (QCheckBox, QRadioButton))


def first_field(root: QWidget) -> QWidget | None:
    order = expected_order(root)
    return next((w for w in order if is_field(w)), order[0] if order else None)


def walk(qtbot, backwards: bool = False, limit: int = 80) -> list[QWidget]:
    """Press Tab (or Shift+Tab) until the focus comes back where it started."""
    start = focused()
    seen = [start]
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        key(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
        if focused() is start:
            return seen
        seen.append(focused())
    raise AssertionError("Tab never comes back to where it started")


def names(widgets) -> list[str]:
    return [w.objectName() or w.accessibleName() or type(w).__name__ for w in widgets]


@contextmanager
def frozen_buttons(root: QWidget):
    """Every push/tool button of `root` records a press (it toggles) instead of acting."""
    buttons = [b for b in root.window().findChildren(QAbstractButton) if isinstance(b, (QPushButton, QToolButton))]
    saved = [(b, b.isCheckable(), b.isChecked(), b.signalsBlocked()) for b in buttons]
    for button in buttons:
        button.blockSignals(True)
        button.setCheckable(True)
        button.setChecked(False)
    try:
        yield buttons
    finally:
        for button, checkable, checked, blocked in saved:
            button.setChecked(checked)
            button.setCheckable(checkable)
            button.blockSignals(blocked)


def _text(button: QAbstractButton) -> str:
    return f"{button.text()} {button.accessibleName()}".replace("&", "")


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter shortcut visible on the screen."""
    texts = [b.text() for b in root.window().findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in root.window().findChildren(QLabel)
              if label.isVisible() and label.buddy() is not None]
    for bar in root.window().findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    found = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.append((match.group(1).lower(), text))
    return found


def assert_unique_mnemonics(root: QWidget) -> None:
    found = mnemonics(root)
    letters = [letter for letter, _text in found]
    twice = sorted({(letter, text) for letter, text in found if letters.count(letter) > 1})
    assert not twice, f"Alt+letter used more than once on this screen: {twice}"


def check_screen(qtbot, root: QWidget, opens_on: QWidget | None = None) -> None:
    """The keyboard rules on the screen as it is now (run on every page of a journey).

    1. something inside it has the focus: its first field in reading order, or `opens_on`
       (a form opened inside the screen focuses its own first field);
    2. Tab and Shift+Tab visit exactly its reachable widgets, in reading order;
    3. Enter in any field presses no leaving or destructive button;
    4. Enter and Space on any focused button press it.
    5. no Alt+letter is used twice.
    Nothing acts meanwhile (buttons are frozen), and the focus is put back where it was.
    """
    assert_unique_mnemonics(root)
    start = focused()
    assert start is not None and (start is root or root.isAncestorOf(start)), "nothing focused on open"
    order = expected_order(root)
    assert start in order, f"{names([start])} has the focus but Tab cannot reach it"
    expected = opens_on or first_field(root)
    assert start is expected, f"opens on {names([start])}, first field is {names([expected])}"
    forwards = walk(qtbot)
    assert forwards == order[order.index(start):] + order[:order.index(start)], (
        f"Tab order {names(forwards)} != reading order {names(order)}")
    at = order.index(start)
    backwards = walk(qtbot, backwards=True)
    assert backwards == [start, *reversed(order[:at]), *reversed(order[at + 1:])], (
        f"Shift+Tab order {names(backwards)} is not reading order reversed")
    with frozen_buttons(root) as buttons:
        for field in [w for w in order if is_field(w)]:
            field.setFocus()
            enter(qtbot)
            pressed = [b for b in buttons if b.isChecked()]
            assert not [b for b in pressed if LEAVING.search(_text(b))], (
                f"Enter in {names([field])} pressed {[_text(b) for b in pressed]}")
            for button in pressed:
                button.setChecked(False)
        for button in [w for w in order if isinstance(w, (QPushButton, QToolButton))]:
            for which in (Qt.Key.Key_Return, Qt.Key.Key_Space):
                was = button.isChecked()
                button.setFocus()
                key(qtbot, which)
                assert button.isChecked() != was, f"{which.name} on {_text(button)!r} did not press it"
    start.setFocus()


def leaving_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.window().findChildren(QAbstractButton)
            if isinstance(b, (QPushButton, QToolButton)) and LEAVING.search(_text(b))]


def first_line_edit(root: QWidget) -> QLineEdit | None:
    return next((w for w in expected_order(root) if isinstance(w, QLineEdit)), None)

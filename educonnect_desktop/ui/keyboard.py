"""How the keyboard behaves on the families' screens, decided in one place.

Three rules, each kept by one mechanism that every screen uses:

- **Enter goes forward, never away.** `EnterScope` is an event filter put on a part of a
  screen (a wizard, a "Mon compte" section, a menu page). Enter that a focused field did
  not use (Qt lets it climb to the parents) presses the forward button that part declares
  for that field ("Valider", "Envoyer", "Suivant"), or nothing. It never climbs on to a
  dialog's default button, which on some pages is a leaving one ("Se déconnecter").
- **Enter and Space press a focused button.** Space does it natively; Qt only lets Enter
  press a focused button inside dialogs, so `EnterScope` does it everywhere else.
- **A screen opens on its first field, and Tab follows reading order.** `ReadingOrderFocus`
  is a mixin for the outermost widget of a screen (a wizard, the start screen, a dialog): Tab
  and Shift+Tab walk its focusable widgets sorted as they are read on screen (rows top to
  bottom, left to right), whatever order they were created in. `focus_first()` puts the
  focus on the first of them.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QCheckBox, QPushButton, QRadioButton, QToolButton, QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

ForwardLookup = Callable[[QWidget | None], QAbstractButton | None]


# -- reading order ------------------------------------------------------------------------------

def _takes_tab_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _shown_descendants(root: QWidget) -> list[QWidget]:
    """The descendants of `root` not inside a hidden widget (hidden pages are not walked)."""
    found: list[QWidget] = []
    pending = [root]
    while pending:
        for child in pending.pop().children():
            if isinstance(child, QWidget) and not child.isHidden():
                found.append(child)
                pending.append(child)
    return found


def reading_order(root: QWidget) -> list[QWidget]:
    """The widgets of `root` that Tab can reach, in the order a person reads them.

    Rows first: a widget belongs to the current row when its vertical middle lies within the
    row's first widget (a field and the button beside it); each row is then read left to right
    (right to left in a right-to-left language).
    """
    window = root.window()
    widgets = [w for w in _shown_descendants(root) if w.window() is window and _takes_tab_focus(w)]
    placed = []
    for widget in widgets:
        top_left = widget.mapTo(window, QPoint(0, 0))
        placed.append((top_left.y(), top_left.x(), widget.height(), widget))
    placed.sort(key=lambda item: (item[0], item[1]))
    rows: list[list[tuple[int, int, int, QWidget]]] = []
    for item in placed:
        top, _left, height, _widget = item
        if rows:
            first_top, _x, first_height, _w = rows[-1][0]
            middle = top + height / 2
            if first_top <= middle <= first_top + first_height:
                rows[-1].append(item)
                continue
        rows.append([item])
    # Arabic is read right to left: so is each row (the layouts are mirrored too).
    if root.isRightToLeft():
        return [item[3] for row in rows for item in sorted(row, key=lambda item: -(item[1] + item[3].width()))]
    return [item[3] for row in rows for item in sorted(row, key=lambda item: item[1])]


def is_field(widget: QWidget) -> bool:
    """Something to fill in or read (a check box counts), as opposed to a button to press."""
    return not isinstance(widget, QAbstractButton) or isinstance(widget, (QCheckBox, QRadioButton))


def focus_first(root: QWidget) -> QWidget | None:
    """What a page "opens on": its first field in reading order, else its first button."""
    order = reading_order(root)
    target = next((w for w in order if is_field(w)), order[0] if order else None)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


class ReadingOrderFocus:
    """Mixin for a screen's outermost widget: Tab and Shift+Tab follow reading order.

    Qt asks `focusNextPrevChild` of the focused widget's ancestors in turn; the outermost
    widget carrying this mixin answers for the whole screen, so a part embedded in another
    screen ("Mon compte" in the home page) is walked together with what surrounds it.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        outer: QWidget = self  # type: ignore[assignment]
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, ReadingOrderFocus):
                outer = parent
            parent = parent.parentWidget()
        # The outermost screen is asked directly, in Python: no nested climb through Qt.
        return move_focus(outer, next) or super().focusNextPrevChild(next)


def move_focus(root: QWidget, forwards: bool) -> bool:
    """Tab (or Shift+Tab) within `root`, in reading order; False when nothing can take it."""
    order = reading_order(root)
    if not order:
        return False
    current = QApplication.focusWidget()
    while current is not None and current not in order and current is not root:
        current = current.parentWidget()  # e.g. the line edit inside a combo box
    if current in order:
        target = order[(order.index(current) + (1 if forwards else -1)) % len(order)]
    else:
        target = order[0] if forwards else order[-1]
    target.setFocus(Qt.FocusReason.TabFocusReason if forwards else Qt.FocusReason.BacktabFocusReason)
    return True


# -- Enter ---------------------------------------------------------------------------------------

def _usable(button: QAbstractButton | None) -> bool:
    return button is not None and button.isVisible() and button.isEnabled()


class EnterScope(QObject):
    """Enter reaching `scope` from a focused child that did not use it.

    A focused push button is pressed. Anywhere else, `forward(focused)` names the button
    Enter stands for (None: Enter does nothing there); the key never goes further up.
    """

    def __init__(self, scope: QWidget, forward: ForwardLookup) -> None:
        super().__init__(scope)
        # No strong reference back to the scope (its own method included): a Python cycle
        # through Qt objects would leave them to the garbage collector, on any thread.
        self._forward = weakref.WeakMethod(forward) if inspect.ismethod(forward) else (lambda: forward)
        scope.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in ENTER_KEYS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl+Enter and the like are not "Enter"
        scope = self.parent()
        focused = QApplication.focusWidget()
        if isinstance(focused, (QPushButton, QToolButton)) and (
                focused is scope or scope.isAncestorOf(focused)):
            if focused.isEnabled():
                focused.click()
            return True
        forward = self._forward()
        button = forward(focused) if forward is not None else None
        if _usable(button):
            button.click()
        return True


def enter_scope(scope: QWidget, forward: ForwardLookup | None = None) -> EnterScope:
    """Put `scope` under the Enter rule; without `forward`, Enter only presses focused buttons."""
    return EnterScope(scope, forward or (lambda _focused: None))


class ForwardMap:
    """Which button Enter stands for, field by field: `map.add(button, *fields)`.

    A field may be a composite widget (the password field): Enter in any of its inner
    line edits counts as Enter in it.
    """

    def __init__(self) -> None:
        self._pairs: list[tuple[QWidget, QAbstractButton]] = []

    def add(self, button: QAbstractButton, *fields: QWidget) -> None:
        self._pairs += [(field, button) for field in fields]

    def __call__(self, focused: QWidget | None) -> QAbstractButton | None:
        if focused is None:
            return None
        for field, button in self._pairs:
            if focused is field or field.isAncestorOf(focused):
                return button
        return None


def first_usable(buttons: Iterable[QAbstractButton | None]) -> QAbstractButton | None:
    return next((b for b in buttons if _usable(b)), None)

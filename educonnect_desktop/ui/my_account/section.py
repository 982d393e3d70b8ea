"""What the parts of "Mon compte" share: a titled box whose actions call one service each.

A `Section` owns its error and notice labels and a `busy` flag. Its `@section_action`
methods (asyncSlots) wrap their service call in `async with self.working():` — the section's
controls are greyed out while the service answers (off the GUI thread, through
the desk), and a `UserFacingError` ends the block with its French message shown
next to the action. Code after the call inside the block runs only on success.

Enter in a field presses the button the section names for it (`self.enter_map.add(button,
*fields)`), never a button outside the section; a section left while its service answers
(`abandon()`, "Mon compte" closed, logout) drops the answer instead of touching widgets
that no longer exist.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager

import shiboken6

from PySide6.QtCore import Qt
from qasync import asyncSlot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...errors import UserFacingError
from ...services.session import Session
from .. import theme
from ..code_field import CodeEdit
from ..desk import Desk
from ..keyboard import ForwardMap, enter_scope
from ..translations import translated
from ..widgets import bring_into_view, caption, message_label, named
from ..wizard_support import error_label

CODE_LENGTH = 6


def notice_label(object_name: str) -> QLabel:
    """A success or information message, read out by screen readers through its description."""
    return message_label(object_name, "Information", theme.success_style())


def value_label(object_name: str, accessible_name: str) -> QLabel:
    """Plain text the person may want to copy (identifier, address): never rich text."""
    label = named(QLabel(), object_name, accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def action_button(text: str, object_name: str, accessible_name: str) -> QPushButton:
    button = named(QPushButton(text), object_name, accessible_name)
    button.setAutoDefault(True)  # Enter on the focused button presses it
    return button


def button_row(*buttons: QWidget, leading: bool = False) -> QHBoxLayout:
    """Buttons side by side: on the right (actions), or `leading` on the left (openers)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if not leading:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if leading:
        row.addStretch(1)
    return row


def field_with_button(caption_text: str, edit: QLineEdit, button: QWidget) -> QFormLayout:
    """One captioned field with its action button beside it (a code and "Valider")."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.addRow(caption(caption_text, edit), row)
    return form


def code_edit(object_name: str, accessible_name: str) -> CodeEdit:
    """A field for a 6-digit code received by e-mail or SMS."""
    return CodeEdit(object_name, accessible_name)


def typed_code(edit: QLineEdit) -> str:
    return "".join(edit.text().split())


def code_complete(edit: QLineEdit) -> bool:
    code = typed_code(edit)
    return len(code) == CODE_LENGTH and code.isdigit()


def wipe(*edits: QLineEdit) -> None:
    """Empty the fields; setText, unlike clear(), also drops the undo history."""
    for edit in edits:
        edit.setText("")


def section_action(method: Callable[..., Awaitable[None]]):
    """An asyncSlot of a section that does nothing once the section was left or deleted.

    The slot's task may start after the person logged out (Enter then Escape): the widgets
    it would read are gone by then, and what it would have done is no longer wanted.
    """
    @asyncSlot()
    @functools.wraps(method)
    async def action(self: Section) -> None:
        if not shiboken6.isValid(self) or self.abandoned:
            return
        try:
            await method(self)
        except RuntimeError:
            if shiboken6.isValid(self):
                raise  # a real error, not a widget deleted under our feet

    return action


class Section(QGroupBox):
    """A titled part of a tab with its own messages and busy state."""

    def take_code(self, edit: QLineEdit) -> str | None:
        """The complete code typed in `edit`, wiped from the field; None while busy or incomplete."""
        if self.busy or not code_complete(edit):
            return None
        code = typed_code(edit)
        wipe(edit)
        return code

    def __init__(self, title: str, name: str, desk: Desk, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}Section")
        self.desk = desk
        self.session = session
        self.busy = False
        self._focus_target: QWidget | None = None
        self.finished_actions = 0  # counts every action that ended, refused or not (tests wait on it)
        self.error = error_label(f"{name}Error")
        self.notice = notice_label(f"{name}Notice")
        self.enter_map = ForwardMap()
        enter_scope(self, self.enter_map)
        self._running: set[asyncio.Task] = set()
        self.abandoned = False

    # -- overridable ----------------------------------------------------------------------
    def controls(self) -> Iterable[QWidget]:
        """The widgets greyed out while a service answers."""
        return ()

    def update_actions(self) -> None:
        """Enable the buttons whose inputs are complete (called after every action too)."""

    # -- messages -------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.notice.hide()
        self.error.setText(message)
        self.error.setAccessibleDescription(message)
        self.error.show()
        bring_into_view(self.error)

    def show_notice(self, message: str) -> None:
        self.error.hide()
        self.notice.setText(message)
        self.notice.setAccessibleDescription(message)
        self.notice.show()
        bring_into_view(self.notice)

    def clear_messages(self) -> None:
        for label in (self.error, self.notice):
            label.clear()
            label.setAccessibleDescription("")
            label.hide()

    # -- running an action ----------------------------------------------------------------
    def focus_after(self, widget: QWidget) -> None:
        """Inside `working()`: where the keyboard focus goes once the controls are enabled again."""
        self._focus_target = widget

    def abandon(self) -> None:
        """The person leaves: whatever the services answer later is not shown."""
        self.abandoned = True
        for task in list(self._running):
            task.cancel()

    @asynccontextmanager
    async def working(self) -> AsyncIterator[None]:
        self.busy = True
        self._focus_target = None
        self.clear_messages()
        controls = list(self.controls())
        for widget in controls:
            widget.setEnabled(False)
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            yield
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self.show_error(translated(exc.message))
        finally:
            self._running.discard(task)
            if not shiboken6.isValid(self):
                # Deleted while the service answered (the person left): end the task quietly
                # instead of updating widgets that no longer exist.
                raise asyncio.CancelledError
            self.busy = False
            for widget in controls:
                widget.setEnabled(True)
            self.update_actions()
            if self._focus_target is not None:
                self._focus_target.setFocus()
            self.finished_actions += 1

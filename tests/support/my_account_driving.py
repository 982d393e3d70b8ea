""""Mon compte" driven with the keyboard, as a family does it."""

from __future__ import annotations

from async_support import wait_for
from keyboard_support import enter, focused, tab_to, type_into


async def fill_password_change(qtbot, section, current: str, new: str) -> None:
    """Open the password form with Enter and fill it, until "Enregistrer" can be pressed."""
    tab_to(qtbot, section.open_button)
    enter(qtbot)
    qtbot.keyClicks(focused(), current)
    type_into(qtbot, section.new_field.password_edit, new)
    type_into(qtbot, section.new_field.confirm_edit, new)
    await wait_for(section.submit_button.isEnabled)

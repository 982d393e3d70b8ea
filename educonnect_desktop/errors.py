"""Errors that carry a French message meant for the person in front of the screen."""

from __future__ import annotations


class UserFacingError(Exception):
    """Base of every error whose `message` can be shown as-is (in French).

    The message is usually a `core.messages.Text`: the CLI prints its French, the window shows
    `ui.translations.translated(exc.message)`, in the window's language.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

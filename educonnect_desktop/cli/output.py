"""The CLI's standard output: every character written is safe for a terminal, and a closed
pipe (`educonnect accounts list | head`) ends the command cleanly."""

from __future__ import annotations

from typing import TextIO

from ..core.safe_text import terminal_text


class TerminalSafe:
    """Wraps a text stream: control, bidi and zero-width characters are written as escapes."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_text(text))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


MAX_LIMIT = 1_000_000  # rows a listing may ask for
MAX_ID = 2**62  # below SQLite's 64-bit integers


def bounded_int(low: int, high: int):
    """An argparse `type`: an integer between `low` and `high`, else a French argument error."""
    import argparse

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"« {text[:40]} » n'est pas un nombre entier") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value if len(str(value)) <= 20 else str(value)[:20] + '…'} "
                                             f"hors limites ({low} à {high})")
        return value

    parse.__name__ = "nombre"
    return parse

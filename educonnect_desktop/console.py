"""What both command lines (`educonnect`, `educonnect-central`) share: French argparse errors and
one way to end a command (a French message and exit 2, never a traceback)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Callable, TextIO

from .core.safe_text import terminal_text
from .errors import UserFacingError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report it
EXIT_UNEXPECTED = 70  # EX_SOFTWARE


class FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages stay short and clear
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"{self.prog} : erreur : {message}\n")


def run_handler(handler: Callable[[argparse.Namespace, TextIO], int], args: argparse.Namespace, out: TextIO) -> int:
    try:
        return handler(args, out)
    except UserFacingError as exc:
        print(terminal_text(f"Erreur : {exc.message}"), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `educonnect accounts list | head`: the reader left. Point stdout at nothing so the
        # interpreter's own flush at exit does not fail again, and say it once on stderr.
        _silence_stdout()
        print("Sortie interrompue : le programme qui lisait la liste s'est arrêté.", file=sys.stderr)
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the last net: a French line, the details only with -v
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"Erreur inattendue ({type(exc).__name__}) : l'action n'a pas abouti. Relancez avec -v pour "
              "les détails et signalez-la à l'assistance.", file=sys.stderr)
        return EXIT_UNEXPECTED


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests pass a StringIO)

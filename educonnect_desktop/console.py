"""What both command lines (`educonnect`, `educonnect-central`) share: French argparse errors and
one way to end a command (a French message and exit 2, never a traceback)."""

from __future__ import annotations

import argparse
import sys
from typing import Callable, TextIO

from .errors import UserFacingError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


class FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages stay short and clear
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"{self.prog} : erreur : {message}\n")


def run_handler(handler: Callable[[argparse.Namespace, TextIO], int], args: argparse.Namespace, out: TextIO) -> int:
    try:
        return handler(args, out)
    except UserFacingError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return EXIT_INTERRUPTED

"""Admin command line `educonnect`.

Each command module exposes `register(subparsers)`, adding its parsers with a
`handler(args, out) -> int` default. Errors with a French message end with a
clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Sequence, TextIO

from .. import __version__
from ..core.safe_text import terminal_text
from ..errors import UserFacingError
from .output import TerminalSafe
from . import (accounts_cmds, audit_cmds, config_cmds, import_cmds, key_cmds, legacy_cmds, letters_cmds,
               outbox_cmds, privacy_cmds, self_check_cmds, setup_cmds)

COMMAND_MODULES = [setup_cmds, accounts_cmds, import_cmds, letters_cmds, legacy_cmds, outbox_cmds, config_cmds,
                   audit_cmds, privacy_cmds, key_cmds, self_check_cmds]

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report it
EXIT_UNEXPECTED = 70  # EX_SOFTWARE


class _FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages stay short and clear
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"{self.prog} : erreur : {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _FrenchArgumentParser(
        prog="educonnect",
        description="Administration d'EduConnect Desktop (base de données locale).",
    )
    parser.add_argument("--db", type=Path, default=None, metavar="CHEMIN",
                        help="fichier de base de données SQLite (par défaut : dossier de données de l'utilisateur)")
    parser.add_argument("--config", type=Path, default=None, metavar="CHEMIN",
                        help="fichier de configuration TOML")
    parser.add_argument("--as", dest="as_identifier", default=None, metavar="IDENTIFIANT",
                        help="membre du personnel qui lance une commande modifiant les données "
                             "(mot de passe demandé, ou lu sur l'entrée standard)")
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé sur stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_FrenchArgumentParser)
    subparsers.required = True
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    out = TerminalSafe(out or sys.stdout)  # names from a roster may hold escape sequences
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.handler(args, out)
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


__all__ = ["main", "build_parser", "__version__"]

"""Admin command line `educonnect`.

Each command module exposes `register(subparsers)`, adding its parsers with a
`handler(args, out) -> int` default. Errors with a French message end with a
clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Sequence, TextIO

from .. import __version__
from ..console import EXIT_INTERRUPTED, EXIT_USER_ERROR, FrenchArgumentParser, run_handler
from .output import TerminalSafe
from . import (accounts_cmds, audit_cmds, config_cmds, import_cmds, key_cmds, legacy_cmds, letters_cmds,
               outbox_cmds, privacy_cmds, self_check_cmds, setup_cmds, sync_cmds)

COMMAND_MODULES = [setup_cmds, accounts_cmds, import_cmds, letters_cmds, legacy_cmds, outbox_cmds, config_cmds,
                   audit_cmds, privacy_cmds, key_cmds, self_check_cmds, sync_cmds]

_FrenchArgumentParser = FrenchArgumentParser


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
    return run_handler(args.handler, args, out)


__all__ = ["main", "build_parser", "__version__"]

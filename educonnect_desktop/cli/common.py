"""Helpers shared by the CLI commands."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from datetime import date, datetime

from ..errors import UserFacingError
from ..paths import default_database_path
from ..store import open_database


def open_db(args: Namespace, *, create: bool = False):
    return open_database(args.db or default_database_path(), create=create)


def read_secret(prompt: str, *, confirm: bool = False) -> str:
    """Without echo on a terminal; from one line of standard input otherwise (for scripts)."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserFacingError("Aucun mot de passe reçu sur l'entrée standard.")
        return line.rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Confirmez : ") != first:
        raise UserFacingError("Les deux saisies ne correspondent pas.")
    return first


def fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def load_cli_config(args: Namespace):
    """The configuration named by `--config`, else `EDUCONNECT_CONFIG`, else the default file."""
    from ..config import load_config

    return load_config(getattr(args, "config", None))


def resolve_db_path(args: Namespace, config=None):
    """`--db`, else `EDUCONNECT_DB`, else `[database] path` of the configuration, else the default."""
    import os

    from ..paths import DATABASE_ENV

    if getattr(args, "db", None):
        return args.db
    if not os.environ.get(DATABASE_ENV) and config is not None and config.database_path is not None:
        return config.database_path
    return default_database_path()

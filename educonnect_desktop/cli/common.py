"""Helpers shared by the CLI commands."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from datetime import date, datetime

from ..errors import UserFacingError
from ..config import resolve_database_path
from ..store import open_database


def open_db(args: Namespace, *, create: bool = False):
    """The database of `--db`, `EDUCONNECT_DB`, the configuration's `[database] path`, or the default."""
    from ..secret_store import KeyringSecretStore

    return open_database(database_path(args), create=create, secrets=KeyringSecretStore())


def database_path(args: Namespace):
    """`--db`, `EDUCONNECT_DB`, the configuration's `[database] path`, or the default."""
    config = None if getattr(args, "db", None) else load_cli_config(args)
    return resolve_database_path(getattr(args, "db", None), config)


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

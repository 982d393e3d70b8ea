"""Helpers shared by the CLI commands."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from datetime import date, datetime

from ..config import resolve_database_path
from ..core.actor import Actor
from ..core.safe_text import terminal_text
from ..errors import UserFacingError
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


AS_REQUIRED = ("Cette commande modifie les données : indiquez qui la lance avec --as IDENTIFIANT "
               "(votre identifiant du personnel ; le mot de passe est demandé, ou lu sur la première ligne "
               "de l'entrée standard dans un script).")


def authenticated_actor(args: Namespace) -> Actor:
    """The staff member named by `--as`, proved by their password (call after `open_db`).

    The password is read without echo on a terminal, or from the next line of standard input
    (scripts, cron); the same login, throttling and audit as the secretariat's window.
    """
    from ..services import staff

    identifier = getattr(args, "as_identifier", None)
    if not identifier:
        raise UserFacingError(AS_REQUIRED)
    password = read_secret(f"Mot de passe de {terminal_text(identifier[:64])} : ")
    session = staff.staff_login(identifier, password)
    if session.must_change_password:
        raise UserFacingError("Votre mot de passe est provisoire : choisissez-en un dans l'application "
                              "(espace secrétariat) avant d'utiliser la ligne de commande.")
    return session.actor


def actor_if_staff_exists(args: Namespace) -> Actor | None:
    """`authenticated_actor` once the database has a staff account; None on a fresh one (set-up)."""
    from ..services import setup

    if not setup.has_staff() and not getattr(args, "as_identifier", None):
        return None
    return authenticated_actor(args)

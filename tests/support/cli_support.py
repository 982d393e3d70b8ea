"""A staff member for CLI tests: state-changing commands need `--as` and a password."""

from __future__ import annotations

import io
import sys

from educonnect_desktop.core.hashing import HashParameters, PasswordHashing
from educonnect_desktop.services import setup
from educonnect_desktop.store import open_database

STAFF_ID = "a.martin1"
STAFF_PASSWORD = "Secretariat-Solide-42"
AS_STAFF = ("--as", STAFF_ID)
PASSWORD_LINE = STAFF_PASSWORD + "\n"


def add_staff(db_path) -> str:
    """Create the first administrator (Anne Martin) in the database file, as `educonnect init` does.

    The file stays open and bound to the models, as in-process `main()` leaves it.
    """
    # Opened as it is: a clear file stays clear (a CLI subprocess without a keyring reads it), one
    # the in-process CLI encrypted is opened with the keyring's key.
    from educonnect_desktop.secret_store import KeyringSecretStore
    from educonnect_desktop.store import encryption

    encrypted = db_path.exists() and encryption.file_state(db_path) == encryption.FileState.ENCRYPTED
    open_database(db_path, secrets=KeyringSecretStore() if encrypted else None)
    if not setup.has_administrator():
        setup.create_first_administrator("Anne", "Martin", STAFF_PASSWORD,
                                         hashing=PasswordHashing(HashParameters(1, 1024, 1)))
    return STAFF_ID


def password_on_stdin(monkeypatch, lines: int = 20) -> None:
    """In-process `main()`: the password as a script would pipe it (one line per command)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD_LINE * lines))

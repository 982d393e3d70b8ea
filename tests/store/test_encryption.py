"""Encryption at rest with SQLCipher: the key in the keyring, clear databases encrypted in place."""

from __future__ import annotations

import base64
import sqlite3

import pytest

from educonnect_desktop.secret_store import KeyringSecretStore, MemorySecretStore
from educonnect_desktop.services import demo
from educonnect_desktop.services.account_search import AccountFilter, search_accounts
from educonnect_desktop.store import DatabaseKeyMissing, open_database
from educonnect_desktop.store.database import head_version
from educonnect_desktop.store.encryption import FileState, file_state
from educonnect_desktop.store.keys import DATABASE_KEY

NAMES = (b"Dupont", b"j.dupont1", b"l.dupont1", b"Coll\xc3\xa8ge", b"SQLite format 3")


def everything_beside(path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_a_new_database_is_encrypted_with_a_key_generated_in_the_keyring(db_path, fast_hashing):
    secrets = KeyringSecretStore()
    assert secrets.get(DATABASE_KEY) is None
    db = open_database(db_path, secrets=secrets)
    demo.load_demo(hashing=fast_hashing)
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The full-text search (FTS5) works on the encrypted file.
    found = search_accounts(AccountFilter(text="dupont"))
    assert {a.identifier for a in found} >= {"j.dupont1", "l.dupont1"}
    assert db_path.with_name(db_path.name + "-wal").exists()
    blob = everything_beside(db_path)  # the file, its WAL and SHM, as a thief copies them
    assert not any(name in blob for name in NAMES)
    assert secrets.get(DATABASE_KEY)
    db.close()

    # Reopened with the same keyring: everything is there.
    db = open_database(db_path, secrets=secrets)
    assert len(search_accounts(AccountFilter(text="dupont"))) >= 2
    db.close()


def test_without_its_key_the_file_does_not_open_and_says_why_in_french(db_path):
    open_database(db_path, secrets=MemorySecretStore()).close()
    with pytest.raises(DatabaseKeyMissing) as missing:
        open_database(db_path, secrets=MemorySecretStore())  # another session: an empty keyring
    assert "est chiffrée" in missing.value.message and "introuvable dans le trousseau" in missing.value.message
    with pytest.raises(DatabaseKeyMissing) as wrong:
        open_database(db_path, secrets=MemorySecretStore({DATABASE_KEY: base64.b64encode(b"A" * 32).decode()}))
    assert "n'ouvre pas la base" in wrong.value.message
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite sees noise
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_an_existing_clear_database_and_its_backups_are_encrypted_in_place(db_path, fast_hashing):
    db = open_database(db_path, target=head_version() - 1)
    db.close()
    db = open_database(db_path)  # an upgrade: leaves a clear migration backup beside the file
    demo.load_demo(hashing=fast_hashing)
    db.close()
    [backup] = db_path.parent.glob(db_path.name + ".v*.bak")
    assert file_state(db_path) == file_state(backup) == FileState.CLEAR
    assert b"Dupont" in everything_beside(db_path)

    secrets = MemorySecretStore()
    db = open_database(db_path, secrets=secrets)
    assert {a.identifier for a in search_accounts(AccountFilter(text="dupont"))} >= {"j.dupont1", "l.dupont1"}
    db.close()
    assert file_state(db_path) == file_state(backup) == FileState.ENCRYPTED
    leftovers = sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))
    assert leftovers == sorted([db_path.name, backup.name] + [  # the .lock file is empty
        n for n in (db_path.name + "-wal", db_path.name + "-shm", db_path.name + ".lock")
        if (db_path.parent / n).exists()])
    assert not any(name in everything_beside(db_path) for name in NAMES)
    # The encrypted backup opens with the same key, like the database.
    restored = open_database(backup, secrets=secrets)
    restored.close()


OTHER_PROGRAM = """
import sys
from educonnect_desktop.store import open_database
from educonnect_desktop.store.models import Setting
open_database(sys.argv[1])  # a GUI started when the keyring was locked: the clear file
print("open", flush=True)
sys.stdin.readline()
Setting.create(key="written", value="by the other program")
"""


def test_a_clear_database_open_in_another_program_is_not_swapped_under_it(db_path):
    """That program would go on writing into a file nobody reads any more."""
    import subprocess
    import sys

    open_database(db_path).close()
    other = subprocess.Popen([sys.executable, "-c", OTHER_PROGRAM, str(db_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline() == "open\n"
        secrets = MemorySecretStore()
        db = open_database(db_path, secrets=secrets)
        assert not db.educonnect_keys.encrypted and file_state(db_path) == FileState.CLEAR
        db.close()
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.wait(timeout=30) == 0
    finally:
        other.kill()
    db = open_database(db_path, secrets=secrets)  # nobody else now: encrypted, nothing lost
    assert db.educonnect_keys.encrypted and file_state(db_path) == FileState.ENCRYPTED
    assert db.execute_sql("SELECT value FROM setting WHERE key = 'written'").fetchone() == ("by the other program",)
    db.close()


def test_a_sqlite_file_of_another_application_is_not_encrypted(tmp_path):
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photo (name TEXT)")
    conn.execute("INSERT INTO photo VALUES ('vacances')")
    conn.commit()
    conn.close()
    try:
        open_database(other, secrets=MemorySecretStore()).close()
    except Exception:
        pass  # refusing it is fine; encrypting it is not
    assert file_state(other) == FileState.CLEAR
    assert sqlite3.connect(other).execute("SELECT name FROM photo").fetchall() == [("vacances",)]


def test_without_a_usable_keyring_the_database_stays_clear_and_init_says_so(db_path, monkeypatch, capsys):
    import io

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from educonnect_desktop.cli import main

    keyring.set_keyring(FailKeyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("Secr3tariat!\n"))
    out = io.StringIO()
    assert main(["--db", str(db_path), "init", "--first-name", "Anne", "--last-name", "Martin"], out=out) == 0
    assert "Chiffrement de la base : NON" in out.getvalue()
    assert file_state(db_path) == FileState.CLEAR


def test_the_cli_says_in_french_that_the_key_is_missing(db_path, capsys):
    import io

    from educonnect_desktop.cli import main

    open_database(db_path, secrets=MemorySecretStore()).close()  # encrypted in another session's keyring
    assert main(["--db", str(db_path), "accounts", "list"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : La base de données") and "est chiffrée" in err and "Traceback" not in err


def test_the_key_saved_with_the_cli_restores_a_lost_keyring(db_path, tmp_path, capsys, monkeypatch):
    import io
    import os
    import stat
    import sys

    monkeypatch.setattr(sys, "stdin", sys.stdin)  # restored after the test

    import keyring

    from educonnect_desktop.cli import main

    out = io.StringIO()
    assert main(["--db", str(db_path), "demo"], out=out) == 0  # encrypted with the keyring's key
    # Saving or restoring the key is a staff action (--as, the password on standard input).
    password = "Secretariat-Solide-42\n"
    sys.stdin = io.StringIO(password * 2)
    assert main(["--db", str(db_path), "init", "--first-name", "Anne", "--last-name", "Martin"], out=out) == 0
    saved = tmp_path / "cle.txt"
    sys.stdin = io.StringIO(password * 4)
    assert main(["--db", str(db_path), "--as", "a.martin1", "key", "export", "-o", str(saved)], out=out) == 0
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    keyring.get_keyring().delete_password("educonnect-desktop", DATABASE_KEY)  # the keyring is lost
    assert main(["--db", str(db_path), "accounts", "list"], out=out) == 2
    assert "introuvable dans le trousseau" in capsys.readouterr().err

    wrong = tmp_path / "autre.txt"
    wrong.write_text(base64.b64encode(b"B" * 32).decode() + "\n", encoding="utf-8")
    assert main(["--db", str(db_path), "--as", "a.martin1", "key", "import", str(wrong)], out=out) == 2
    assert "n'ouvre pas la base" in capsys.readouterr().err
    assert main(["--db", str(db_path), "--as", "a.martin1", "key", "import", str(saved)], out=out) == 0
    listing = io.StringIO()
    assert main(["--db", str(db_path), "accounts", "list"], out=listing) == 0
    assert "j.dupont1" in listing.getvalue()
    actions = io.StringIO()
    main(["--db", str(db_path), "audit", "list", "--action", "database.key"], out=actions)
    assert "Clé de la base de données exportée" in actions.getvalue()
    assert "Clé de la base de données importée" in actions.getvalue()

"""SQLCipher for the database file: the driver, and encrypting a clear file in place.

The key is a raw 256-bit key (`keys.DatabaseKeys.sqlcipher_key`), so SQLCipher runs no
KDF when a connection opens. FTS5 and WAL work as on plain SQLite (sqlcipher3 bundles
SQLite with FTS5). The cost is measured in `bench/bench_encryption.py`.
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
import sqlite3
import threading
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from peewee import SqliteDatabase

from ..core.clock import utc_now
from ..core.collation import COLLATION_NAME, compare_french
from ..private_files import make_private, private_umask
from .errors import DatabaseError
from .keys import CLEAR, DATABASE_KEY, DatabaseKeys
from ..core.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

# The same conversions the standard sqlite3 module makes (peewee hands it datetimes).
sqlcipher3.register_adapter(datetime, lambda value: value.isoformat(" "))
sqlcipher3.register_adapter(date, lambda value: value.isoformat())


class FileState(enum.Enum):
    ABSENT = "absent"  # no file, or an empty one: a new database
    CLEAR = "clear"
    ENCRYPTED = "encrypted"  # or not a database at all: only the key can tell


def _sqlcipher_connect(*args, **kwargs):
    """Every bare connection knows the `fr` collation: the name indexes use it, so a copy or an
    export that rewrites them would fail without it."""
    conn = sqlcipher3.connect(*args, **kwargs)
    conn.create_collation(COLLATION_NAME, compare_french)
    return conn


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileState.ABSENT
    if not header:
        return FileState.ABSENT
    return FileState.CLEAR if header == SQLITE_HEADER else FileState.ENCRYPTED


def connect(path: Path, keys: DatabaseKeys):
    """A bare DB-API connection to `path` (clear or keyed), for backups and tools.

    Through the same SQLite library as the application's own connection to that file: the
    standard `sqlite3` for a clear file, `sqlcipher3` for an encrypted one. Two copies of SQLite
    in one process do not know each other's connections: closing one dropped the other's POSIX
    locks and deleted the live WAL (a migration backup did, and every later write of the open
    program was invisible to other processes; tests/store/test_migrations.py).
    """
    if not keys.encrypted:
        conn = sqlite3.connect(str(path))
        conn.create_collation(COLLATION_NAME, compare_french)
        return conn
    conn = _sqlcipher_connect(str(path))
    conn.execute(f"PRAGMA key = {keys.sqlcipher_key()}")
    return conn


def copy_database(source: Path, target: Path, keys: DatabaseKeys) -> None:
    """A consistent copy through SQLite's backup API, private, keyed like the source."""
    with private_umask():
        src = connect(source, keys)
        try:
            dst = connect(target, keys)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    make_private(target)


class ClearSqliteDatabase(SqliteDatabase):
    """peewee's SqliteDatabase holding the usage lock (`usage_lock.py`) while any of its
    threads has a connection open (peewee gives each thread its own)."""

    def __init__(self, database, *, usage_lock=None, **kwargs):
        self._usage_lock = usage_lock
        self._connections = 0
        self._connections_lock = threading.Lock()
        super().__init__(database, **kwargs)

    def _in_use(self) -> None:
        if self._usage_lock is not None:
            with self._connections_lock:
                if self._connections == 0:
                    self._usage_lock.shared()
                self._connections += 1

    def _connect(self):
        self._in_use()
        try:
            return self._open_connection()
        except BaseException:
            self._close_done()
            raise

    def _open_connection(self):
        return super()._connect()

    def _close(self, conn):
        try:
            super()._close(conn)
        finally:
            self._close_done()

    def _close_done(self) -> None:
        if self._usage_lock is not None:
            with self._connections_lock:
                self._connections -= 1
                if self._connections == 0:
                    self._usage_lock.release()


class EncryptedSqliteDatabase(ClearSqliteDatabase):
    """peewee's SqliteDatabase on the sqlcipher3 driver, keyed before any other statement."""

    def __init__(self, database, *, keys: DatabaseKeys, **kwargs):
        self._keys = keys
        super().__init__(database, **kwargs)

    def _open_connection(self):
        conn = sqlcipher3.connect(self.database, timeout=self._timeout, isolation_level=None,
                                  **self.connect_params)
        try:
            conn.execute(f"PRAGMA key = {self._keys.sqlcipher_key()}")
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def _export(source: Path, target: Path, keys: DatabaseKeys) -> None:
    """sqlcipher_export: a clear file's whole content into a new encrypted file."""
    target.unlink(missing_ok=True)
    with private_umask():
        conn = _sqlcipher_connect(str(source))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {keys.sqlcipher_key()}", (str(target),))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()
    _check_encrypted(target, source, keys)


def _check_encrypted(target: Path, source: Path, keys: DatabaseKeys) -> None:
    check = connect(target, keys)
    try:
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "StaffMessages", "La copie chiffrée de {source} est incohérente : la base reste en clair."
            ).format(source=source))
        check.execute("PRAGMA journal_mode = wal")
    finally:
        check.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    make_private(target)


def _is_educonnect_database(path: Path) -> bool:
    conn = _sqlcipher_connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                            ).fetchone() is not None
    finally:
        conn.close()


def encrypt_clear_file(path: Path, keys: DatabaseKeys) -> bool:
    """Replace the clear database at `path` by an encrypted copy, atomically.

    The caller holds the usage lock exclusively (`usage_lock.py`): no other program has the
    clear file open (it would go on writing to the replaced file and lose its writes). Under an exclusive lock the clear file is copied aside
    (`NAME.clear-TIMESTAMP.bak`) and exported into an encrypted file (`sqlcipher_export`),
    which is checked, then renamed over the original. Only then is the clear copy deleted, and
    the clear migration backups lying beside the file are encrypted the same way: after this
    no clear copy made by the application remains. A crash at any point leaves either the
    clear file or the encrypted one under the database's name, never half of one. A file that
    is not an EduConnect database is left untouched (False).
    """
    if not _is_educonnect_database(path):
        return False
    stamp = utc_now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.clear-{stamp}.bak")
    work = path.with_name(f"{path.name}.encrypting")
    work.unlink(missing_ok=True)
    conn = _sqlcipher_connect(str(path), timeout=0, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.OperationalError:
            mode = None
        if mode != "delete":
            log.info("database %s is open elsewhere: encryption postponed to the next opening", path)
            return False
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        with private_umask():
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {keys.sqlcipher_key()}", (str(work),))
            conn.execute("BEGIN EXCLUSIVE")  # nobody else may open it until the encrypted copy is done
            try:
                shutil.copyfile(path, aside)  # one consistent file: journal mode DELETE, locked
                make_private(aside)
                conn.execute("SELECT sqlcipher_export('encrypted')")
                conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    _check_encrypted(work, path, keys)
    for companion in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    try:
        os.replace(work, path)
    except PermissionError:  # Windows: another program has the file open; try at the next opening
        work.unlink(missing_ok=True)
        aside.unlink(missing_ok=True)
        return False
    aside.unlink()
    for backup in sorted(path.parent.glob(f"{path.name}.v*.bak")):
        if file_state(backup) == FileState.CLEAR:
            _export(backup, work, keys)
            os.replace(work, backup)
    log.info("database %s encrypted with SQLCipher", path)
    return True


def describe(keys: DatabaseKeys) -> str:
    """One French line saying whether the open database is encrypted, for the CLI and the docs."""
    if keys.encrypted:
        return "Chiffrement de la base : activé (SQLCipher, clé dans le trousseau système)."
    return ("Chiffrement de la base : NON, aucun trousseau système utilisable. Le fichier reste lisible "
            "par quiconque en obtient une copie ; installez ou déverrouillez un trousseau puis relancez : "
            "la base sera chiffrée à l'ouverture suivante.")


def key_missing_message(path: Path, secrets) -> str:
    backend = ""
    name = getattr(secrets, "backend_name", None)
    if callable(name):
        try:
            backend = QT_TRANSLATE_NOOP("StaffMessages", " (trousseau : {name})").format(name=name())
        except Exception:  # naming the backend is a courtesy, never a second failure
            backend = ""
    return QT_TRANSLATE_NOOP(
        "StaffMessages", "La base de données {path} est chiffrée (ou n'est pas une base EduConnect Desktop) et sa "
        "clé (« {key} ») est introuvable dans le trousseau système{backend}. Ouvrez la session de l'utilisateur qui "
        "l'a créée (trousseau déverrouillé), ou restaurez la clé sauvegardée : sans elle, la base ne peut pas être "
        "lue.").format(path=path, key=DATABASE_KEY, backend=backend)


def wrong_key_message(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "StaffMessages", "La clé du trousseau système (« {key} ») n'ouvre pas la base {path} : elle a été "
        "chiffrée avec une autre clé, ou le fichier n'est pas une base EduConnect Desktop. "
        "Restaurez la clé sauvegardée de ce poste.").format(key=DATABASE_KEY, path=path)


__all__ = ["describe", "FileState", "file_state", "connect", "copy_database", "EncryptedSqliteDatabase", "encrypt_clear_file",
           "key_missing_message", "wrong_key_message"]

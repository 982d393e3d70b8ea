"""Opening the local SQLite database: pragmas, migrations, safety copies."""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee
import sqlcipher3
from peewee import SqliteDatabase

from ..core.clock import utc_now
from ..core.collation import COLLATION_NAME, compare_french
from ..private_files import make_private, private_directory, private_umask
from . import encryption
from .errors import DatabaseError, DatabaseKeyMissing, DatabaseTooNew
from .keys import CLEAR, DatabaseKeys, load_master_key
from .usage_lock import UsageLock
from .migrations import Migration, load_migrations
from .models import database_proxy
from ..core.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,  # ms: a second process (CLI beside the GUI) waits instead of failing
    # Deleted or overwritten content is zeroed, not left in free pages of the file or the WAL
    # (a purged message text, an erased family must not be readable in a copy).
    "secure_delete": 1,
}

_DRIVER_ERRORS = (sqlite3.DatabaseError, sqlcipher3.dbapi2.DatabaseError, peewee.DatabaseError)




def head_version() -> int:
    return len(load_migrations())


def _current_version(db: SqliteDatabase) -> int:
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"version" INTEGER NOT NULL, "applied_at" DATETIME NOT NULL, "app_version" VARCHAR(255) NOT NULL)'
    )
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return row[0] or 0


def _backup(path: Path, version: int, keys: DatabaseKeys = CLEAR) -> Path:
    """Copy the file (consistently, through SQLite's backup API) before changing its schema.
    The copy is private and, for an encrypted database, encrypted with the same key."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    encryption.copy_database(path, target, keys)
    return target


_BACKUP_STAMP = re.compile(r"\.v\d+-(\d{8}T\d{6})\.bak$")


def prune_backups(path: Path | str, before: datetime) -> int:
    """Delete the migration backups of the database at `path` made before `before`.
    They hold the same minors' data as the database: kept for a while, not forever."""
    path = Path(path)
    removed = 0
    for backup in path.parent.glob(f"{path.name}.v*.bak"):
        match = _BACKUP_STAMP.search(backup.name)
        if match and datetime.strptime(match.group(1), "%Y%m%dT%H%M%S") < before:
            backup.unlink(missing_ok=True)
            removed += 1
    return removed


def _apply(db: SqliteDatabase, migration: Migration) -> None:
    with db.atomic():
        for statement in migration.statements:
            db.execute_sql(statement)
        db.execute_sql(
            'INSERT INTO "schema_version" ("version", "applied_at", "app_version") VALUES (?, ?, ?)',
            (migration.version, utc_now(), _app_version()),
        )
    log.info("schema migrated to version %d (%s)", migration.version, migration.name)


def migrate(db: SqliteDatabase, path: Path | None = None, *, target: int | None = None,
            keys: DatabaseKeys = CLEAR) -> int:
    """Bring the schema to `target` (default: head). Returns the version reached."""
    migrations = load_migrations()
    head = len(migrations) if target is None else target
    current = _current_version(db)
    if current > len(migrations):
        raise DatabaseTooNew(QT_TRANSLATE_NOOP(
            "StaffMessages", "Cette base de données (schéma {current}) a été créée par une version plus récente "
            "d'EduConnect Desktop (schéma {known}). Mettez l'application à jour."
        ).format(current=current, known=len(migrations)))
    pending = [m for m in migrations if current < m.version <= head]
    copy = None
    if pending and current > 0 and path is not None:
        copy = _backup(path, current, keys)
        log.info("database copied to %s before migrating", copy)
    for index, migration in enumerate(pending):
        try:
            _apply(db, migration)
        except Exception:
            # Each step is one transaction: when the first one fails the file is as it was,
            # and the copy would only pile up, one more at every failed start.
            if index == 0 and copy is not None:
                copy.unlink(missing_ok=True)
            raise
    return max(current, head) if pending else current


def _refuse_foreign(path: Path) -> None:
    """Refuse, without writing a byte, an SQLite file that another application made.

    Read-only (`mode=ro`): connecting normally would already switch it to WAL and the
    migrations would add our whole schema to it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {name for (name,) in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        return  # not plain SQLite (damaged, or encrypted): the normal opening says what it is
    if tables and "schema_version" not in tables:
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Le fichier {path} est une base SQLite d'une autre application (tables : {tables}) : "
            "EduConnect Desktop ne l'ouvre pas et ne l'a pas modifié."
        ).format(path=path, tables=f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''}"))


def open_database(path: Path | str, *, create: bool = True, target: int | None = None,
                  secrets=None) -> SqliteDatabase:
    """Open (and create or migrate) the database at `path`, and bind the models to it.

    With `secrets` (the system keyring's `SecretStore`), the file is encrypted with
    SQLCipher: a new database is created encrypted, a clear one is encrypted in place first
    (`encryption.encrypt_clear_file`). Without a usable keyring the database stays in clear
    (as it does when `secrets` is None: tests, tools); an encrypted file then cannot be
    opened and the French message says why.
    """
    path = Path(path).expanduser()
    if not create and not path.exists():
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "StaffMessages", "La base de données {path} n'existe pas. Créez-la avec « educonnect init »."
        ).format(path=path))
    try:
        if not path.parent.exists():
            private_directory(path.parent)
    except OSError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("StaffMessages", "Impossible de créer le dossier {folder} : {reason}."
                                              ).format(folder=path.parent, reason=exc.strerror)) from exc
    _refuse_foreign(path)  # before anything touches the file (WAL, lock file, encryption)
    state = encryption.file_state(path)
    master = None
    if secrets is not None:
        master = load_master_key(secrets, create=state != encryption.FileState.ENCRYPTED)
    if state == encryption.FileState.ENCRYPTED and master is None and secrets is not None:
        raise DatabaseKeyMissing(encryption.key_missing_message(path, secrets))
    keys = DatabaseKeys(master) if master is not None else CLEAR
    lock = UsageLock(path)
    if state == encryption.FileState.CLEAR and keys.encrypted:
        # Not while another program has the clear file open; not a file that is not ours.
        if not (lock.try_exclusive() and encryption.encrypt_clear_file(path, keys)):
            keys = CLEAR  # opened in clear this time
    lock.shared()
    # BEGIN IMMEDIATE: a service reads then writes; taking the write lock up front lets a
    # second process (the CLI beside the GUI) wait its turn instead of failing "locked".
    if keys.encrypted:
        db = encryption.EncryptedSqliteDatabase(str(path), keys=keys, usage_lock=lock, pragmas=PRAGMAS,
                                                lock_type="IMMEDIATE")
    else:
        db = encryption.ClearSqliteDatabase(str(path), usage_lock=lock, pragmas=PRAGMAS, lock_type="IMMEDIATE")
    db.educonnect_keys = keys
    db.register_collation(compare_french, COLLATION_NAME)  # the name indexes use it (m0007)
    try:
        # SQLite gives the WAL and SHM the database file's own mode: a private file keeps
        # private companions, whichever connection recreates them later.
        with private_umask():
            db.connect(reuse_if_open=True)
        make_private(path)
        migrate(db, path, target=target, keys=keys)
    except _DRIVER_ERRORS as exc:
        db.close()
        if keys.encrypted and "not a database" in str(exc):
            raise DatabaseKeyMissing(encryption.wrong_key_message(path)) from exc
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Le fichier {path} n'est pas une base EduConnect Desktop lisible ({error})."
        ).format(path=path, error=exc)) from exc
    except Exception:
        db.close()
        raise
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        make_private(companion)
    database_proxy.initialize(db)
    return db


def refresh_statistics() -> None:
    """ANALYZE after bulk changes (an import): SQLite then picks the right index for the
    secretariat's filters (measured at 100,000 accounts: 150 ms without, under 50 ms with)."""
    from .models import database_proxy as db

    db.execute_sql("ANALYZE")


def _app_version() -> str:
    from .. import __version__  # read when a migration is recorded, not at import

    return __version__


"""Opening the local SQLite database: pragmas, migrations, safety copies."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from .. import __version__
from ..core.clock import utc_now
from ..errors import UserFacingError
from .migrations import Migration, load_migrations
from .models import database_proxy

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,  # ms: a second process (CLI beside the GUI) waits instead of failing
}


class DatabaseError(UserFacingError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


def head_version() -> int:
    return len(load_migrations())


def _current_version(db: SqliteDatabase) -> int:
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "schema_version" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"version" INTEGER NOT NULL, "applied_at" DATETIME NOT NULL, "app_version" VARCHAR(255) NOT NULL)'
    )
    row = db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return row[0] or 0


def _backup(path: Path, version: int) -> Path:
    """Copy the file (consistently, through SQLite's backup API) before changing its schema."""
    stamp = utc_now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _apply(db: SqliteDatabase, migration: Migration) -> None:
    with db.atomic():
        for statement in migration.statements:
            db.execute_sql(statement)
        db.execute_sql(
            'INSERT INTO "schema_version" ("version", "applied_at", "app_version") VALUES (?, ?, ?)',
            (migration.version, utc_now(), __version__),
        )
    log.info("schema migrated to version %d (%s)", migration.version, migration.name)


def migrate(db: SqliteDatabase, path: Path | None = None, *, target: int | None = None) -> int:
    """Bring the schema to `target` (default: head). Returns the version reached."""
    migrations = load_migrations()
    head = len(migrations) if target is None else target
    current = _current_version(db)
    if current > len(migrations):
        raise DatabaseTooNew(
            f"Cette base de données (schéma {current}) a été créée par une version plus récente "
            f"d'EduConnect Desktop (schéma {len(migrations)}). Mettez l'application à jour."
        )
    pending = [m for m in migrations if current < m.version <= head]
    copy = None
    if pending and current > 0 and path is not None:
        copy = _backup(path, current)
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
        raise DatabaseError(f"Le fichier {path} est une base SQLite d'une autre application (tables : "
                            f"{', '.join(sorted(tables)[:5])}{'…' if len(tables) > 5 else ''}) : "
                            "EduConnect Desktop ne l'ouvre pas et ne l'a pas modifié.")


def open_database(path: Path | str, *, create: bool = True, target: int | None = None) -> SqliteDatabase:
    """Open (and create or migrate) the database at `path`, and bind the models to it."""
    path = Path(path).expanduser()
    if not create and not path.exists():
        raise DatabaseError(f"La base de données {path} n'existe pas. Créez-la avec « educonnect init ».")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Impossible de créer le dossier {path.parent} : {exc.strerror}.") from exc
    # BEGIN IMMEDIATE: a service reads then writes; taking the write lock up front lets a
    # second process (the CLI beside the GUI) wait its turn instead of failing "locked".
    _refuse_foreign(path)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    try:
        db.connect(reuse_if_open=True)
        migrate(db, path, target=target)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        raise DatabaseError(f"Le fichier {path} n'est pas une base EduConnect Desktop lisible ({exc}).") from exc
    except Exception:
        db.close()
        raise
    database_proxy.initialize(db)
    return db


def refresh_statistics() -> None:
    """ANALYZE after bulk changes (an import): SQLite then picks the right index for the
    secretariat's filters (measured at 100,000 accounts: 150 ms without, under 50 ms with)."""
    from .models import database_proxy as db

    db.execute_sql("ANALYZE")

"""Schema migrations: fresh databases, upgrades of saved old databases, refusals."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError

from educonnect_desktop.store import DatabaseError, DatabaseTooNew, head_version, open_database
from educonnect_desktop.store.migrations import load_migrations
from educonnect_desktop.store.models import ALL_MODELS, Account, AuditEvent

DATA = Path(__file__).resolve().parents[1] / "data"


def _columns(db, table):
    return {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def _version(db):
    return db.execute_sql('SELECT MAX(version) FROM schema_version').fetchone()[0]


def test_fresh_database_reaches_head_with_wal_and_foreign_keys(db):
    assert _version(db) == head_version() == len(load_migrations())
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_migrated_schema_matches_every_model(db):
    for model in ALL_MODELS:
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert _columns(db, model._meta.table_name) == expected, model.__name__


@pytest.mark.parametrize("saved", sorted(DATA.glob("schema_v*.sqlite")), ids=lambda p: p.stem)
def test_saved_old_database_upgrades_to_head_keeping_data(saved, tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(saved, path)
    db = open_database(path)
    assert _version(db) == head_version()
    assert "left_at" in _columns(db, "account")
    assert "failed_attempts" not in _columns(db, "account")
    account = Account.get(Account.identifier == "e.lefevre1")
    assert (account.first_name, account.class_code, account.left_at) == ("Élodie", "3 A", None)
    assert AuditEvent.select().where(AuditEvent.action == "test.sample").count() == 1
    db.close()
    backups = list(tmp_path.glob("old.sqlite.v*.bak"))
    assert len(backups) == 1, "the file is copied before migrating"
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] < head_version()
    old.close()


def test_every_step_upgrades_from_the_previous_one(tmp_path):
    path = tmp_path / "steps.sqlite"
    for version in range(1, head_version() + 1):
        db = open_database(path, target=version)
        assert _version(db) == version
        db.close()


def test_reopening_runs_no_migration_twice(db_path):
    for _ in range(3):
        db = open_database(db_path)
        db.close()
    con = sqlite3.connect(db_path)
    versions = [row[0] for row in con.execute("SELECT version FROM schema_version ORDER BY id")]
    con.close()
    assert versions == list(range(1, head_version() + 1))
    assert not list(db_path.parent.glob("*.bak")), "no copy when nothing is migrated"


def test_database_newer_than_the_application_is_refused(db_path):
    db = open_database(db_path)
    db.execute_sql("INSERT INTO schema_version (version, applied_at, app_version) VALUES (?, ?, ?)",
                   (head_version() + 1, "2030-01-01 00:00:00", "9.9"))
    db.close()
    with pytest.raises(DatabaseTooNew, match="plus récente"):
        open_database(db_path)


def test_a_file_that_is_not_a_database_gets_a_french_message(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Ceci n'est pas une base SQLite" * 100)
    with pytest.raises(DatabaseError, match="n'est pas une base"):
        open_database(path)


def test_missing_database_is_reported_when_creation_is_not_wanted(tmp_path):
    with pytest.raises(DatabaseError, match="n'existe pas"):
        open_database(tmp_path / "absent.sqlite", create=False)


def test_audit_log_is_append_only(db):
    AuditEvent.create(action="test.event")
    with pytest.raises(IntegrityError):
        AuditEvent.update(action="tampered").execute()
    with pytest.raises(IntegrityError):
        AuditEvent.delete().execute()
    assert AuditEvent.get().action == "test.event"


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        db.execute_sql(
            "INSERT INTO guardian_link (uuid, guardian_id, student_id, legal_level, reported_wrong, "
            "validated, created_at) VALUES ('x', 999, 998, 1, 0, 0, '2026-01-01')")


def test_the_migration_backup_leaves_the_open_database_shared_with_other_processes(tmp_path):
    """The backup once went through a second copy of SQLite (sqlcipher3) which, on closing,
    deleted the WAL under the open connection: later writes never reached other processes."""
    import subprocess
    import sys

    from educonnect_desktop.store.models import Setting

    path = tmp_path / "educonnect.sqlite"
    open_database(path, target=head_version() - 1).close()
    db = open_database(path)  # the upgrade makes its backup with the database open
    assert list(tmp_path.glob("*.bak"))
    Setting.create(key="vu.par.un.autre", value="oui")
    assert path.with_name(path.name + "-wal").exists()
    other = subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                            "print(c.execute(\"SELECT value FROM setting WHERE key = 'vu.par.un.autre'\").fetchall())",
                            str(path)], capture_output=True, text=True, timeout=60)
    db.close()
    assert other.stdout.strip() == "[('oui',)]", other.stdout + other.stderr

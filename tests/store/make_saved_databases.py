"""Regenerate tests/data/schema_vN.sqlite, one saved database per past schema version.

Run once when a new migration ships: `python tests/store/make_saved_databases.py N`.
The saved files are committed so the upgrade test reads databases as old releases wrote them.
"""

import sqlite3
import sys
from pathlib import Path

from educonnect_desktop.store import open_database

SAMPLE_ROWS = [
    """INSERT INTO establishment (uuid, uai, name, is_demo, created_at)
       VALUES ('e1', '0751234A', 'Collège Victor-Hugo', 0, '2026-09-01 08:00:00')""",
    """INSERT INTO account (uuid, kind, identifier, first_name, last_name, establishment_id, class_code,
       state, must_change_password, email_state, mobile_confirmed, {counter_column} created_at, updated_at)
       VALUES ('a1', 'student', 'e.lefevre1', 'Élodie', 'Lefèvre', 1, '3 A', 'provisional', 1, 'none', 0,
       {counter_value} '2026-09-01 08:00:00', '2026-09-01 08:00:00')""",
    """INSERT INTO audit_event (at, actor, action, target, outcome)
       VALUES ('2026-09-01 08:00:00', NULL, 'test.sample', 'e.lefevre1', 'success')""",
]


def make(version: int, target: Path) -> None:
    target.unlink(missing_ok=True)
    db = open_database(target, target=version)
    # Schemas 1-2 had a NOT NULL per-account failure counter, dropped by migration 3.
    counter = {"counter_column": "failed_attempts,", "counter_value": "0,"} if version < 3 else \
        {"counter_column": "", "counter_value": ""}
    for statement in SAMPLE_ROWS:
        db.execute_sql(statement.format(**counter))
    db.close()
    con = sqlite3.connect(target)  # fold the WAL back so the file stands alone
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


if __name__ == "__main__":
    version = int(sys.argv[1])
    make(version, Path(__file__).resolve().parents[1] / "data" / f"schema_v{version}.sqlite")

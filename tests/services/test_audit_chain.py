"""The audit log's hash chain: a row altered or removed by hand (triggers dropped) is found."""

from __future__ import annotations

import io
import shutil
import sqlite3
import threading

from educonnect_desktop.cli import main
from educonnect_desktop.services import audit, audit_chain
from educonnect_desktop.store import open_database
from educonnect_desktop.store.models import AuditEvent, database_proxy


def _events(count: int) -> None:
    for n in range(count):
        with database_proxy.atomic():
            audit.record("account.unlocked", actor="a.martin1", target=f"l.dupont{n}", count=n)


def _tamper(path, *statements) -> None:
    raw = sqlite3.connect(path)
    try:
        raw.execute('DROP TRIGGER "audit_event_no_update"')
        raw.execute('DROP TRIGGER "audit_event_no_delete"')
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    finally:
        raw.close()


def _verify_copy(source, target):
    database_proxy.obj.close()
    shutil.copy(source, target)
    return target


def _cli_verify(path) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(path), "audit", "verify"], out=out)
    return code, out.getvalue()


def test_an_untouched_log_verifies(db, db_path):
    _events(5)
    report = audit_chain.verify()
    assert report.intact and report.checked == 5 and report.head == AuditEvent.select().order_by(
        AuditEvent.id.desc()).first().chain
    code, text = _cli_verify(db_path)
    assert code == 0 and "intact : 5 événement(s)" in text


def test_an_edited_row_is_reported_as_the_first_broken_link(db, db_path, tmp_path):
    _events(6)
    copy = _verify_copy(db_path, tmp_path / "copie.sqlite")
    _tamper(copy, """UPDATE audit_event SET actor = 'quelqu.un' WHERE id = 3""")
    code, text = _cli_verify(copy)
    assert code == 1 and "n° 3" in text and "MODIFIÉ" in text


def test_a_deleted_row_breaks_the_next_link(db, db_path, tmp_path):
    _events(6)
    copy = _verify_copy(db_path, tmp_path / "copie.sqlite")
    _tamper(copy, "DELETE FROM audit_event WHERE id = 4")
    open_database(copy)
    report = audit_chain.verify()
    assert report.broken_at == 5 and report.checked == 3


def test_the_triggers_still_refuse_edits(db):
    _events(1)
    try:
        AuditEvent.update(actor="x").execute()
    except Exception as exc:
        assert "append-only" in str(exc)
    else:
        raise AssertionError("the audit log accepted an UPDATE")


def test_concurrent_writers_keep_one_chain(db):
    def writer(n):
        for i in range(10):
            with database_proxy.atomic():
                audit.record("auth.login", target=f"t{n}.{i}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report = audit_chain.verify()
    assert report.intact and report.checked == 40

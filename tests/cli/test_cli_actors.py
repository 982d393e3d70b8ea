"""Who did what: state-changing commands name a staff member who proves their password."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from cli_support import AS_STAFF, PASSWORD_LINE, STAFF_ID, add_staff
from educonnect_desktop.cli import main
from educonnect_desktop.core.actor import Actor
from educonnect_desktop.services import account_admin, staff
from educonnect_desktop.store.models import AuditEvent

PACKAGE = Path(__file__).resolve().parents[2] / "educonnect_desktop"


def cli(db_path, *args, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin, old_err = sys.stdin, sys.stderr
    sys.stdin, sys.stderr = io.StringIO(stdin), err
    try:
        code = main(["--db", str(db_path), *args], out=out)
    finally:
        sys.stdin, sys.stderr = old_stdin, old_err
    return code, out.getvalue(), err.getvalue()


def test_a_state_changing_command_without_as_is_refused_in_french(db, db_path, tmp_path):
    add_staff(db_path)
    code, _, err = cli(db_path, "legacy", "import", str(tmp_path / "x.csv"))
    assert code == 2 and "--as IDENTIFIANT" in err and "Traceback" not in err


def test_a_wrong_password_is_refused_counted_and_audited(db, db_path, tmp_path):
    add_staff(db_path)
    code, _, err = cli(db_path, *AS_STAFF, "outbox", "send", stdin="mauvais\n")
    assert code == 2 and "Identifiant ou mot de passe incorrect" in err
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.target, event.outcome) == ("auth.login", STAFF_ID, "failure")


def test_the_actor_of_a_cli_action_is_the_staff_member(db, db_path, tmp_path):
    add_staff(db_path)
    csv_file = tmp_path / "aten.csv"
    csv_file.write_text("login;password;siecle_id\njdupont;Vieux-mdp1;P1\n", encoding="utf-8")
    code, _, err = cli(db_path, *AS_STAFF, "legacy", "import", str(csv_file), stdin=PASSWORD_LINE)
    assert code == 0, err
    event = AuditEvent.get(AuditEvent.action == "legacy.import")
    assert event.actor == STAFF_ID


def test_configuration_changes_are_audited_without_their_value(db, db_path, tmp_path, monkeypatch):
    add_staff(db_path)
    config = tmp_path / "poste.toml"
    code, _, err = cli(db_path, "--config", str(config), *AS_STAFF, "config", "set", "smtp.host",
                       "smtp.exemple.fr", stdin=PASSWORD_LINE)
    assert code == 0, err
    code, _, err = cli(db_path, "--config", str(config), *AS_STAFF, "config", "set-secret", "smtp",
                       stdin=PASSWORD_LINE + "p@ss-Wörd\n")
    assert code == 0, err
    code, _, err = cli(db_path, "--config", str(config), "config", "unset", "smtp.host")
    assert code == 2 and "--as" in err  # the database has staff: nobody changes it anonymously
    events = [(e.action, e.actor, e.details) for e in
              AuditEvent.select().where(AuditEvent.action.startswith("config.")).order_by(AuditEvent.id)]
    assert [(a, who) for a, who, _ in events] == [("config.set", STAFF_ID), ("config.secret_set", STAFF_ID)]
    assert all("exemple" not in (d or "") and "Wörd" not in (d or "") for _, _, d in events)


def test_an_actor_cannot_be_made_by_hand_and_services_refuse_a_string(db):
    with pytest.raises(TypeError):
        Actor("a.martin1", "admin")
    from educonnect_desktop.services import legacy

    with pytest.raises(TypeError):
        legacy.import_legacy_csv(Path("x.csv"), actor="cli")


def test_only_the_staff_login_makes_actors():
    callers = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if re.search(r"\bauthenticated\(", p.read_text(encoding="utf-8"))]
    assert sorted(callers) == ["core/actor.py", "services/staff.py"]


def test_a_refused_admin_action_is_audited(db, fast_hashing):
    from educonnect_desktop.services import setup

    setup.create_first_administrator("Anne", "Martin", "Admin-Tres-Solide-7", hashing=fast_hashing)
    admin = staff.staff_login("a.martin1", "Admin-Tres-Solide-7", hashing=fast_hashing)
    secretary_cred = staff.create_staff(admin, "Paul", "Bernard", "secretariat", hashing=fast_hashing)
    secretary = staff.staff_login(secretary_cred.identifier, secretary_cred.provisional_password,
                                  hashing=fast_hashing)
    with pytest.raises(staff.PermissionDenied):
        account_admin.set_disabled(secretary, "a.martin1", True)
    event = AuditEvent.get(AuditEvent.action == "staff.permission_denied")
    assert (event.actor, event.outcome) == (secretary.identifier, "failure")

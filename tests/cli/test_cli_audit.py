"""`educonnect audit list` reads in French, with a readable local date, filtered by codes."""

import os
import re
import subprocess
import sys
from datetime import timezone
from zoneinfo import ZoneInfo

import pytest

from educonnect_desktop.core.audit_labels import ACTION_LABELS
from educonnect_desktop.errors import UserFacingError
from educonnect_desktop.services import audit_log, staff
from educonnect_desktop.store.database import open_database

ADMIN_PASSWORD = "Secr3tariat!"
MOMENT = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) à (\d\d):(\d\d):(\d\d)$")


def run_cli(db, *args, stdin=""):
    env = dict(os.environ, TZ="Europe/Paris")
    return subprocess.run([sys.executable, "-m", "educonnect_desktop", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60)


def audit_rows(db, *filters):
    result = run_cli(db, "audit", "list", *filters)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return [line.split("\t") for line in result.stdout.strip().splitlines()]


def school_with_logins(db_path, fast_hashing):
    """The first administrator, the demonstration, then a wrong and a right staff login."""
    assert run_cli(db_path, "init", "--first-name", "Anne", "--last-name", "Martin",
                   stdin=ADMIN_PASSWORD + "\n").returncode == 0
    # Once a staff account exists, the demonstration is loaded by a named, authenticated member.
    assert run_cli(db_path, "--as", "a.martin1", "demo", stdin=ADMIN_PASSWORD + "\n").returncode == 0
    database = open_database(db_path)
    try:
        with pytest.raises(UserFacingError):
            staff.staff_login("a.martin1", "pas le bon", hashing=fast_hashing)
        staff.staff_login("a.martin1", ADMIN_PASSWORD, hashing=fast_hashing)
    finally:
        database.close()


def stored_events(db_path):
    database = open_database(db_path)
    try:
        return audit_log.list_audit(limit=1000)
    finally:
        database.close()


def test_actions_are_french_labels_with_the_local_date_and_seconds(db_path, fast_hashing):
    school_with_logins(db_path, fast_hashing)

    rows = audit_rows(db_path, "--limit", "1000")
    events = stored_events(db_path)
    assert len(rows) == len(events) >= 4
    for row, event in zip(rows, events):
        moment, actor, action, target, outcome, details = row
        assert action == ACTION_LABELS[event.action] and "." not in action, row
        paris = event.at.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("Europe/Paris"))
        assert moment == paris.strftime("%d/%m/%Y à %H:%M:%S") and MOMENT.match(moment), row
        assert outcome in ("succès", "échec")
        assert "=" not in details, row  # "type : Représentant légal", never "kind=guardian"
    first_admin = rows[-1]
    assert first_admin[2] == "Premier administrateur créé" and first_admin[3] == "a.martin1"
    assert "Démonstration chargée" in [row[2] for row in rows]
    failed, succeeded = rows[1], rows[0]
    assert failed[2] == succeeded[2] == "Connexion" and (failed[4], succeeded[4]) == ("échec", "succès")
    assert "motif : identifiant ou mot de passe incorrect" in failed[5], failed


def test_the_filters_still_take_codes(db_path, fast_hashing):
    school_with_logins(db_path, fast_hashing)

    only_staff = audit_rows(db_path, "--action", "staff.")
    assert [row[2] for row in only_staff] == ["Premier administrateur créé"]
    demo = audit_rows(db_path, "--action", "establishment.load_demo")
    assert demo and {row[2] for row in demo} == {"Démonstration chargée"}
    by_target = audit_rows(db_path, "--target", "a.martin1", "--action", "staff.create")
    assert len(by_target) == 1 and by_target[0][3] == "a.martin1"
    logins = audit_rows(db_path, "--action", "auth.")
    # Newest first: the right login, the wrong one, then the one `--as` made to load the demo.
    assert [(row[2], row[4]) for row in logins] == [("Connexion", "succès"), ("Connexion", "échec"),
                                                    ("Connexion", "succès")]
    assert len(audit_rows(db_path, "--target", "a.martin1", "--action", "auth.")) == 3
    failures = audit_rows(db_path, "--failures")
    assert [(row[2], row[4]) for row in failures] == [("Connexion", "échec")]
    assert audit_rows(db_path, "--action", "outbox.") == [["Aucun événement."]]


def test_the_help_lists_the_action_families_with_their_codes(db_path):
    result = run_cli(db_path, "audit", "list", "--help")
    assert result.returncode == 0
    assert re.search(r"auth\.\s+Connexions", result.stdout) and re.search(r"account\.\s+Comptes", result.stdout)


def test_every_action_the_application_audits_has_a_french_label_and_a_family():
    """A new action code must not reach the secretariat's audit view as a bare code."""
    from pathlib import Path

    from educonnect_desktop.core.audit_labels import ACTION_FAMILIES

    package = Path(__file__).resolve().parents[2] / "educonnect_desktop"
    recorded = {m.group(1) for path in package.rglob("*.py")
                for m in re.finditer(r"audit\.record\(\s*\"([a-z_.]+)\"", path.read_text(encoding="utf-8"))}
    assert {"auth.login", "sync.enrolled", "privacy.erased"} <= recorded  # the scan finds them
    assert sorted(recorded - set(ACTION_LABELS)) == []
    assert sorted(a for a in recorded if not any(a.startswith(f) for f in ACTION_FAMILIES)) == []

"""The admin CLI, run as a real subprocess (console script) and in-process."""

import io
import os
import subprocess
import sys


from cli_support import AS_STAFF, PASSWORD_LINE, add_staff
from educonnect_desktop.cli import main
from educonnect_desktop.store.database import open_database
from educonnect_desktop.store.models import Account

ADMIN_PASSWORD = "Secr3tariat!"


def run_cli(*args, stdin="", db=None):
    env = dict(os.environ)
    command = [sys.executable, "-m", "educonnect_desktop"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(command + list(args), input=stdin, capture_output=True, text=True,
                          env=env, timeout=60)


def test_init_reads_the_password_from_stdin_and_creates_the_admin(db_path):
    result = run_cli("init", "--first-name", "Anne", "--last-name", "Martin",
                     stdin=ADMIN_PASSWORD + "\n", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "a.martin1" in result.stdout
    again = run_cli("init", "--first-name", "Anne", "--last-name", "Martin", stdin="", db=db_path)
    assert again.returncode == 0 and "déjà initialisée" in again.stdout


def test_init_with_a_weak_password_fails_cleanly(db_path):
    result = run_cli("init", "--first-name", "Anne", "--last-name", "Martin", stdin="faible\n", db=db_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Erreur : ")
    assert "Traceback" not in result.stderr


def test_demo_then_accounts_list_and_show(db_path):
    demo = run_cli("demo", db=db_path)
    assert demo.returncode == 0, demo.stderr
    assert "DÉMONSTRATION" in demo.stdout and "l.dupont1" in demo.stdout
    listing = run_cli("accounts", "list", db=db_path)
    assert listing.returncode == 0
    lines = listing.stdout.strip().splitlines()
    assert len(lines) == 12
    assert all(line.split("\t")[0] for line in lines)
    show = run_cli("accounts", "show", "n.ndiaye-legall1", db=db_path)
    assert show.returncode == 0
    assert "Noé" in show.stdout and "Classe : 5 B" in show.stdout and "a.ndiaye1" in show.stdout


def test_unknown_account_and_missing_database_give_french_errors(db_path, tmp_path):
    missing = run_cli("accounts", "list", db=tmp_path / "absent.sqlite")
    assert missing.returncode == 2 and "n'existe pas" in missing.stderr
    run_cli("demo", db=db_path)
    unknown = run_cli("accounts", "show", "z.personne1", db=db_path)
    assert unknown.returncode == 2 and "z.personne1" in unknown.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr


def test_bad_arguments_exit_non_zero_without_traceback(db_path):
    result = run_cli("accounts", "list", "--kind", "alien", db=db_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    nothing = run_cli()
    assert nothing.returncode == 2


def test_version_in_process(db_path):
    out = io.StringIO()
    assert main(["--db", str(db_path), "version"], out=out) == 0
    assert "EduConnect Desktop" in out.getvalue() and "schéma" in out.getvalue()


def test_database_path_from_environment(db_path, monkeypatch):
    monkeypatch.setenv("EDUCONNECT_DB", str(db_path))
    result = run_cli("demo")
    assert result.returncode == 0
    assert db_path.exists()


def test_legacy_import_hashes_and_reminds_to_delete_the_file(db_path, tmp_path):
    run_cli("demo", db=db_path)
    csv_file = tmp_path / "aten.csv"
    csv_file.write_text("login;password;siecle_id\njdupont;Vieux-mdp1;P1\nincomplet;;\n", encoding="utf-8")
    add_staff(db_path)
    result = run_cli(*AS_STAFF, "legacy", "import", str(csv_file), db=db_path, stdin=PASSWORD_LINE)
    assert result.returncode == 0, result.stderr
    assert "importés : 1" in result.stdout and "Supprimez" in result.stdout and "ligne 3" in result.stdout
    assert "Vieux-mdp1" not in db_path.read_bytes().decode("latin-1")
    missing = run_cli(*AS_STAFF, "legacy", "import", str(tmp_path / "absent.csv"), db=db_path, stdin=PASSWORD_LINE)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_accounts_show_says_an_imported_address_is_not_confirmed(db_path):
    assert run_cli("demo", db=db_path).returncode == 0
    database = open_database(db_path)
    try:
        Account.update(email="sophie.dupont@exemple.fr").where(Account.identifier == "s.dupont1").execute()
    finally:
        database.close()
    show = run_cli("accounts", "show", "s.dupont1", db=db_path)
    assert show.returncode == 0, show.stderr
    assert "Adresse e-mail : sophie.dupont@exemple.fr\nÉtat de l'adresse e-mail : Non confirmée\n" in show.stdout
    other = run_cli("accounts", "show", "h.dupont1", db=db_path)
    assert "État de l'adresse e-mail : Aucune" in other.stdout and "Adresse e-mail :" not in other.stdout

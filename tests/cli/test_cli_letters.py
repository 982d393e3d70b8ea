"""`educonnect letters` and `educonnect accounts reset`, run as real subprocesses (and one in-process)."""

import io
import os
import re
import shutil
import stat
import subprocess
import sys

import pytest

from cli_support import AS_STAFF, PASSWORD_LINE, add_staff, password_on_stdin

from educonnect_desktop.cli import main
from educonnect_desktop.store import open_database
from educonnect_desktop.store.models import AuditEvent

URL = "https://ent.exemple.fr/educonnect"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def run_cli(*args, db, cwd=None):
    """The console command; every command but `demo` (on a fresh file) is run `--as` a staff member."""
    command = [sys.executable, "-m", "educonnect_desktop", "--db", str(db)]
    if "demo" not in args:
        add_staff(db)
        command += list(AS_STAFF)
    return subprocess.run(command + list(args), capture_output=True, text=True, env=dict(os.environ),
                          timeout=120, cwd=cwd, input=PASSWORD_LINE)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def printed_passwords(text: str) -> list[str]:
    return re.findall(r"Mot de passe provisoire\s+(\S+)", text)


@pytest.fixture
def demo_output(db_path):
    result = run_cli("demo", db=db_path)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def demo_db(db_path, demo_output):
    return db_path


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f'services_url = "{URL}"\n', encoding="utf-8")
    return path


def test_letters_for_a_class_write_a_pdf_and_never_print_passwords(demo_db, tmp_path):
    output = tmp_path / "lettres.pdf"
    result = run_cli("letters", "--class", "3 A", "-o", str(output), db=demo_db)
    assert result.returncode == 0, result.stderr
    assert "2 lettres écrites" in result.stdout and str(output) in result.stdout
    assert pages(output) == 2
    if os.name == "posix":
        assert stat.S_IMODE(output.stat().st_mode) == 0o600  # provisional passwords inside
    text = pdf_text(output)
    assert "h.dupont1" in text and "j.martin1" in text and "Hugo Dupont" in text
    passwords = printed_passwords(text)
    assert len(passwords) == 2
    assert not any(p in result.stdout + result.stderr for p in passwords)


def test_letters_for_named_accounts_use_the_configured_services_address(demo_db, tmp_path, config):
    output = tmp_path / "lettre.pdf"
    result = run_cli("--config", str(config), "letters", "l.dupont1", "m.lefevre1", "-o", str(output),
                     db=demo_db)
    assert result.returncode == 0, result.stderr
    assert pages(output) == 2
    text = pdf_text(output)
    assert URL in text and "Marc Lefèvre" in text and "Léa Dupont" in text


@pytest.mark.parametrize("language, words", [("en", "temporary password of your EduConnect account"),
                                             ("ar", "كلمة المرور المؤقتة")])
def test_a_school_adds_one_line_in_its_families_language_to_every_letter(demo_db, tmp_path, language, words):
    """`config set letters.family_language` (audited like every setting); the letter stays French."""
    import unicodedata

    config = tmp_path / "config.toml"
    assert run_cli("--config", str(config), "config", "set", "letters.family_language", language,
                   db=demo_db).returncode == 0
    output = tmp_path / "lettres.pdf"
    result = run_cli("--config", str(config), "letters", "l.dupont1", "m.lefevre1", "-o", str(output), db=demo_db)
    assert result.returncode == 0, result.stderr
    # pdftotext gives Arabic in its presentation forms, between bidi marks: NFKC and no marks.
    text = "".join(c for c in unicodedata.normalize("NFKC", pdf_text(output)) if unicodedata.category(c) != "Cf")
    found = " ".join(text.split())
    assert found.count(words) == 2, found[:2000]
    assert found.count("Activer votre compte") == 2 and found.count("Conseils de sécurité") == 2
    refused = run_cli("--config", str(config), "config", "set", "letters.family_language", "fr", db=demo_db)
    assert refused.returncode == 2 and "en ou ar" in refused.stderr


def test_accounts_reset_writes_a_letter_with_a_new_password(demo_db, demo_output, tmp_path):
    (demo_line,) = [line for line in demo_output.splitlines() if " l.dupont1 " in line]
    old_password = demo_line.split()[-1]
    result = run_cli("accounts", "reset", "L.Dupont1", db=demo_db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Mot de passe réinitialisé : l.dupont1" in result.stdout and "valable jusqu'au" in result.stdout
    letter = tmp_path / "lettre-l.dupont1.pdf"
    assert pages(letter) == 1
    (password,) = printed_passwords(pdf_text(letter))
    assert password != old_password and password not in result.stdout


@pytest.mark.parametrize("args, message", [
    (["letters", "--class", "9 Z", "-o", "x.pdf"], "Aucun élève dans la classe « 9 Z »"),
    (["letters", "x.inconnu1", "-o", "x.pdf"], "x.inconnu1"),
    (["letters", "-o", "x.pdf"], "Indiquez une classe"),
    (["accounts", "reset", "x.inconnu1"], "x.inconnu1"),
])
def test_bad_class_or_identifier_gives_a_french_error(demo_db, tmp_path, args, message):
    result = run_cli(*args, db=demo_db, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("Erreur : ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_missing_output_option_is_an_argument_error(demo_db):
    result = run_cli("letters", "--class", "6 A", db=demo_db)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unwritable_output_changes_no_password(qapp, db_path, fast_hashing, tmp_path, capsys, monkeypatch):
    from educonnect_desktop.services import demo

    from educonnect_desktop.secret_store import KeyringSecretStore

    open_database(db_path, secrets=KeyringSecretStore())  # as the CLI opens it
    demo.load_demo(hashing=fast_hashing)
    add_staff(db_path)
    password_on_stdin(monkeypatch)
    code = main(["--db", str(db_path), *AS_STAFF, "letters", "--class", "6 A", "-o",
                 str(tmp_path / "absent" / "x.pdf")], out=io.StringIO())
    assert code == 2
    assert "Impossible d'écrire" in capsys.readouterr().err
    assert not AuditEvent.select().where(AuditEvent.action == "letters.issued").exists()


def test_import_can_print_the_letters_of_the_accounts_it_creates(db_path, tmp_path):
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "importers" / "data"
    output = tmp_path / "import.pdf"
    result = run_cli("import", "siecle", str(data / "ElevesSansAdresses.xml"),
                     str(data / "ResponsablesAvecAdresses.xml"), "--guardian-passwords",
                     "--establishment-name", "Collège Jean Moulin", "--letters", str(output), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "lettres écrites" in result.stdout
    text = pdf_text(output)
    listing = run_cli("accounts", "list", "--kind", "student", db=db_path).stdout.strip().splitlines()
    listing += run_cli("accounts", "list", "--kind", "guardian", db=db_path).stdout.strip().splitlines()
    identifiers = [line.split("\t")[0] for line in listing]
    assert pages(output) == len(identifiers) == len(printed_passwords(text))
    assert all(ident in text for ident in identifiers)
    assert not any(p in result.stdout for p in printed_passwords(text))

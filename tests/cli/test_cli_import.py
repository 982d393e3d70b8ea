"""`educonnect import siecle|onde`, in-process and as a real subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import AS_STAFF, PASSWORD_LINE, add_staff, password_on_stdin
from educonnect_desktop.cli import main
from educonnect_desktop.core.hashing import PasswordHashing
from educonnect_desktop.store.models import Account, AuditEvent, Establishment, GuardianLink, JournalEntry

DATA = Path(__file__).resolve().parents[1] / "importers" / "data"
SIECLE = [str(DATA / "ElevesSansAdresses.xml"), str(DATA / "ResponsablesAvecAdresses.xml")]

pytestmark = pytest.mark.timeout(120)


BASELINE: list[int] = []


@pytest.fixture(autouse=True)
def _staff(db, db_path, monkeypatch):
    """Imports are run by a staff member (`--as`, the password on standard input)."""
    add_staff(db_path)
    password_on_stdin(monkeypatch)
    BASELINE[:] = _counts()


def cli(db_path, *args) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db_path), *AS_STAFF, *args], out=out)
    return code, out.getvalue()


def _counts() -> list[int]:
    return [m.select().count() for m in (Establishment, Account, GuardianLink, JournalEntry, AuditEvent)]


def rows() -> tuple[int, ...]:
    """What the commands added (the staff member and their logins aside)."""
    counts = _counts()
    logins = AuditEvent.select().where(AuditEvent.action == "auth.login").count()
    return tuple(n - base for n, base in zip(counts[:4], BASELINE[:4])) + (counts[4] - BASELINE[4] - logins,)


def test_dry_run_shows_the_preview_and_writes_nothing(db, db_path):
    code, text = cli(db_path, "import", "siecle", *SIECLE, "--dry-run")
    assert code == 0
    assert "Établissement 0751234A — nom à indiquer (nouveau : il sera créé)." in text
    # Today is after 1009's exit date (30/06/2025): 7 students, not 8.
    assert "Nouveaux élèves (7) :" in text and "  + DURAND François, né(e) le 01/01/2012, classe 4 C" in text
    assert "Élèves déjà sortis, non importés (2) :" in text
    assert "INE en double avec l'élève ELEVE_ID=1002" in text and "Lignes refusées (6) :" in text
    assert "Simulation (--dry-run) : rien n'a été enregistré." in text
    assert rows() == (0, 0, 0, 0, 0)


def test_a_new_establishment_needs_its_name(db, db_path, capsys):
    code, _ = cli(db_path, "import", "siecle", *SIECLE)
    err = capsys.readouterr().err
    assert code == 2 and "L'établissement 0751234A n'existe pas encore dans la base" in err
    assert "--establishment-name" in err and "Traceback" not in err
    assert rows() == (0, 0, 0, 0, 0), "no « Établissement 0751234A » made up"


def test_import_prints_the_summary_but_no_password(db, db_path):
    code, text = cli(db_path, "import", "siecle", *SIECLE, "--establishment-name", "Collège Jean Moulin")
    assert code == 0
    assert "Import terminé." in text and "Comptes créés : 7 élèves, 8 responsables ; 7 mots de passe provisoires." in text
    assert "educonnect letters" in text and "ATTENTION" not in text
    assert Establishment.get().name == "Collège Jean Moulin"
    assert all(a.password_hash is None or a.password_hash not in text for a in Account.select())
    # Re-running reports that nothing changed.
    code, again = cli(db_path, "import", "siecle", *SIECLE)
    assert code == 0 and "Aucun changement : la base est déjà à jour." in again
    assert "Comptes créés : 0 élève, 0 responsable ; 0 mot de passe provisoire." in again


def test_show_passwords_prints_each_identifier_and_password_once(db, db_path):
    code, text = cli(db_path, "import", "siecle", *SIECLE, "--establishment-name", "Collège Jean Moulin",
                     "--guardian-passwords", "--show-passwords")
    assert code == 0 and "affichés une seule fois" in text
    lines = [line.split("\t") for line in text.splitlines() if line.count("\t") >= 2]
    assert len(lines) == 15
    hashing = PasswordHashing()
    for identifier, password, *_ in lines:
        assert hashing.verify(Account.get(Account.identifier == identifier).password_hash, password)


def test_onde_asks_for_the_uai_then_imports(db, db_path, capsys):
    code, _ = cli(db_path, "import", "onde", str(DATA / "onde_cp1252.csv"))
    assert code == 2 and "--uai" in capsys.readouterr().err
    assert rows() == (0, 0, 0, 0, 0)
    code, text = cli(db_path, "import", "onde", str(DATA / "onde_utf8_bom.csv"), "--uai", "0751234A",
                     "--establishment-name", "École Jean Jaurès")
    assert code == 0 and "Export ONDE" in text and "INE en double avec la ligne 2" in text
    assert {"l.martin1", "l.martin2"} <= {a.identifier for a in Account.select()}


def test_hostile_file_is_refused_with_a_french_error(db, db_path, capsys):
    code, _ = cli(db_path, "import", "siecle", str(DATA / "external_entity.xml"))
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("Erreur : external_entity.xml : ") and "Traceback" not in err
    assert rows() == (0, 0, 0, 0, 0)


def test_accounts_list_after_an_import_gives_one_account_per_line(db, db_path):
    db.close()  # the subprocesses open the file themselves
    env = dict(os.environ)
    command = [sys.executable, "-m", "educonnect_desktop", "--db", str(db_path)]
    imported = subprocess.run(command + [*AS_STAFF, "import", "siecle", *SIECLE, "--establishment-name",
                                         "Collège Jean Moulin"],
                              capture_output=True, text=True, env=env, timeout=60, input=PASSWORD_LINE)
    assert imported.returncode == 0, imported.stderr
    listing = subprocess.run(command + ["accounts", "list"], capture_output=True, text=True, env=env, timeout=60)
    assert listing.returncode == 0, listing.stderr
    lines = [line for line in listing.stdout.strip().splitlines() if not line.startswith("a.martin1\t")]
    assert len(lines) == 15
    identifiers = [line.split("\t")[0] for line in lines]
    assert len(set(identifiers)) == 15 and {"l.martin1", "l.martin2", "f.durand1", "j.oehler1"} <= set(identifiers)
    by_identifier = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert by_identifier["f.durand1"][1:] == ["Élève", "LEFÈVRE-ŒHLER", "François", "4 C", "Non activé"]


def test_many_departures_stop_unless_confirmed(db, db_path, tmp_path, capsys):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from roster_generator import generate_siecle, keep_first_students as export_without

    eleves, _ = generate_siecle(students=40, guardians=60, seed=6)
    (tmp_path / "full.xml").write_bytes(eleves)
    (tmp_path / "cut.xml").write_bytes(export_without(eleves, 10))
    assert cli(db_path, "import", "siecle", str(tmp_path / "full.xml"), "--establishment-name", "Collège Test")[0] == 0
    present = Account.select().where(Account.left_at.is_null() & (Account.kind == "student")).count()

    code, text = cli(db_path, "import", "siecle", str(tmp_path / "cut.xml"))
    assert code == 2
    err = capsys.readouterr().err
    assert "comme sortis de l'établissement" in err and "--confirm-departures" in err
    assert "rien n'a été enregistré" in err and "Traceback" not in err
    assert Account.select().where(Account.left_at.is_null() & (Account.kind == "student")).count() == present

    code, text = cli(db_path, "import", "siecle", str(tmp_path / "cut.xml"), "--confirm-departures")
    assert code == 0 and "Import terminé." in text
    assert Account.select().where(Account.left_at.is_null() & (Account.kind == "student")).count() < present

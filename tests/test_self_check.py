"""`educonnect self-check` and `educonnect-desktop --self-check` on a real installation (this
checkout), a real database file and a real PDF read back."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys

import pytest

from educonnect_desktop import self_check
from educonnect_desktop.cli import main as cli
from educonnect_desktop.store import head_version, open_database


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli(list(args), out=out)
    return code, out.getvalue()


def test_a_fresh_installation_passes_and_says_what_it_found(qapp, tmp_path):
    code, text = run_cli("--db", str(tmp_path / "new.sqlite"), "self-check")
    assert code == 0, text
    assert "Installation vérifiée : tout est en ordre." in text
    assert f"elle sera créée au premier démarrage (schéma {head_version()})" in text
    assert "Qt 6." in text and "Python" in text
    assert "DejaVuSans.ttf" in text
    assert "Traductions de Qt            : fr, en, ar" in text
    assert "Traductions de l'application : educonnect_ar, educonnect_en" in text  # found and readable
    assert "écrite et relue (pypdf" in text  # poppler is a second reader when installed, never required
    assert not (tmp_path / "new.sqlite").exists()  # checking never creates the database


def test_an_existing_database_reports_its_schema_and_stays_untouched(qapp, tmp_path):
    path = tmp_path / "school.sqlite"
    open_database(path).close()
    before = path.read_bytes()
    code, text = run_cli("--db", str(path), "self-check")
    assert code == 0, text
    assert f"version {head_version()} (à jour)" in text
    assert path.read_bytes() == before


def test_a_database_newer_than_the_application_fails_with_the_french_reason(qapp, tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute('INSERT INTO "schema_version" ("version", "applied_at", "app_version") '
                           "VALUES (?, '2030-01-01', 'future')", (head_version() + 1,))
    code, text = run_cli("--db", str(path), "self-check")
    assert code == 1
    assert "[ÉCHEC]" in text and "plus récente que cette application" in text
    assert "Vérification échouée : 1 problème(s)" in text


def test_a_file_that_is_not_a_database_fails(qapp, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("des notes, pas une base\n" * 100)
    code, text = run_cli("--db", str(path), "self-check")
    assert code == 1
    assert "n'est pas une base EduConnect Desktop" in text


def test_an_encrypted_database_is_read_with_the_keyring_key(qapp, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    from educonnect_desktop.secret_store import KeyringSecretStore
    from educonnect_desktop.store import encryption

    path = tmp_path / "encrypted.sqlite"
    open_database(path, secrets=KeyringSecretStore()).close()
    assert encryption.file_state(path) == encryption.FileState.ENCRYPTED
    code, text = run_cli("--db", str(path), "self-check")
    assert code == 0, text
    assert f"version {head_version()} (à jour)" in text
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())  # another session: no key
    code, text = run_cli("--db", str(path), "self-check")
    assert code == 1
    assert "est chiffrée" in text and "introuvable dans le trousseau" in text


def test_missing_qt_translations_fail(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(self_check, "qt_translations_dir", lambda: tmp_path)
    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert code == 1
    assert "qtbase_fr.qm absent" in text


def test_a_letter_without_text_fails(qapp, tmp_path, monkeypatch):
    # What Qt produces without usable fonts: a valid PDF whose pages carry no text.
    monkeypatch.setattr(self_check, "pdf_text_pypdf", lambda path: "")
    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert code == 1
    assert "ne contient pas le texte attendu" in text


def test_no_usable_keyring_is_a_warning_not_a_failure(qapp, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert code == 0, text
    assert "[ATTENTION] Trousseau" in text and "keyring.backends.fail.Keyring" in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux backends' modules")
def test_a_keyring_backend_missing_from_the_installation_fails(qapp, tmp_path, monkeypatch):
    monkeypatch.setitem(self_check.KEYRING_MODULES, "linux", ("keyring.backends.SecretService", "not_shipped_lib"))
    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert code == 1
    assert "modules absents de l'installation : not_shipped_lib" in text


def test_a_part_loaded_on_use_missing_from_the_installation_fails(qapp, tmp_path, monkeypatch):
    """The families' journeys and the strength meter are imported when first used: a bundle that
    left one out fails here, not at the kiosk."""
    import importlib

    from educonnect_desktop.ui import start_screen

    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert "Modules chargés à l'usage" in text and "parties (parcours des familles, robustesse)" in text, text
    monkeypatch.setitem(start_screen._JOURNEYS, "legacy",
                        (lambda: importlib.import_module("educonnect_desktop.ui.not_shipped"), {}))
    code, text = run_cli("--db", str(tmp_path / "x.sqlite"), "self-check")
    assert code == 1
    assert "absents de l'installation : educonnect_desktop.ui.not_shipped" in text, text


def test_the_desktop_entry_point_runs_the_same_check(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run([sys.executable, "-c", "import sys; from educonnect_desktop.ui.app import main; "
                             "sys.exit(main(sys.argv[1:]))", "--db", str(tmp_path / "d.sqlite"), "--self-check"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[OK]" in result.stdout and "Lettre PDF" in result.stdout
    assert "Installation vérifiée" in result.stdout

"""Files holding minors' data are private to the user (0600, folders 0700) on POSIX.

Each file is made by the real code path: the database opened (file, WAL, SHM), a schema
upgrade (its backup), `educonnect config set` (the configuration); the letters PDFs are
checked in tests/cli/test_cli_letters.py and tests/ui/test_secretariat_workspace.py.
"""

from __future__ import annotations

import io
import os
import stat

import pytest

from educonnect_desktop.cli import main
from educonnect_desktop.secret_store import KeyringSecretStore
from educonnect_desktop.services import demo
from educonnect_desktop.store import open_database
from educonnect_desktop.store.database import head_version

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: the profile's ACL (docs/threat-model.md)")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask():
    """A careless umask (0o000): privacy must not depend on the user's settings."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.parametrize("secrets", [None, KeyringSecretStore()], ids=["clear", "encrypted"])
def test_database_wal_shm_and_its_new_folder_are_private(tmp_path, fast_hashing, secrets):
    path = tmp_path / "new-folder" / "educonnect.sqlite"
    db = open_database(path, secrets=secrets)
    demo.load_demo(hashing=fast_hashing)
    for companion in ("", "-wal", "-shm"):
        assert mode(path.with_name(path.name + companion)) == 0o600, companion
    assert mode(path.parent) == 0o700
    db.close()


def test_a_database_made_public_by_hand_is_private_again_once_opened(db_path):
    open_database(db_path).close()
    os.chmod(db_path, 0o644)
    open_database(db_path).close()
    assert mode(db_path) == 0o600


def test_migration_backups_are_private(db_path):
    open_database(db_path, target=head_version() - 1).close()
    open_database(db_path).close()
    [backup] = db_path.parent.glob(db_path.name + ".v*.bak")
    assert mode(backup) == 0o600


def test_config_set_writes_a_private_file_in_a_private_folder(tmp_path):
    path = tmp_path / "conf" / "poste.toml"
    assert main(["--config", str(path), "config", "set", "smtp.host", "smtp.exemple.fr"], out=io.StringIO()) == 0
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    os.chmod(path, 0o644)
    assert main(["--config", str(path), "config", "set", "smtp.port", "587"], out=io.StringIO()) == 0
    assert mode(path) == 0o600

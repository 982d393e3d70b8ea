"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: without a display pytest would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

from educonnect_desktop.store import open_database  # noqa: E402


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in memory, for tests only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self._store.get((service, username))

    def set_password(self, service, username, password):
        self._store[(service, username)] = password

    def delete_password(self, service, username):
        self._store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user's data or config directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("EDUCONNECT_DB", raising=False)
    monkeypatch.delenv("EDUCONNECT_CONFIG", raising=False)


@pytest.fixture
def fast_hashing():
    """Argon2id with small parameters: same code path, test-friendly cost."""
    from educonnect_desktop.core.hashing import HashParameters, PasswordHashing

    return PasswordHashing(HashParameters(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "educonnect.sqlite"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def staff_actor(db, fast_hashing):
    """The authenticated actor of a real secretariat member (s.secretariat1), logged in.

    A secretariat account, so tests that create the first administrator still can.
    """
    from actor_support import make_staff_actor

    return make_staff_actor(fast_hashing)

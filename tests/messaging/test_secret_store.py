"""Secrets only in a real system keyring: fail, null and plain-text backends are refused by name."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from educonnect_desktop.secret_store import (
    KeyringSecretStore, MemorySecretStore, SecretStore, SecretStoreError, SecretStoreUnavailable,
)


class FakePlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands for keyrings.alt.file.PlaintextKeyring (not installed here): same module path."""

    priority = 0.5

    def get_password(self, service, username):
        return "oops"

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


FakePlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise KeyringLocked("Collection is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("Collection is locked")

    def delete_password(self, service, username):
        raise KeyringLocked("Collection is locked")


def test_the_keyring_store_round_trips_through_the_system_keyring():
    store = KeyringSecretStore()
    assert isinstance(store, SecretStore) and store.is_real_backend()
    store.set("smtp-password", "s3cret")
    assert keyring.get_password("educonnect-desktop", "smtp-password") == "s3cret"
    assert store.get("smtp-password") == "s3cret"
    store.delete("smtp-password")
    store.delete("smtp-password")  # deleting twice is fine
    assert store.get("smtp-password") is None


@pytest.mark.parametrize("backend,name", [
    (fail.Keyring(), "keyring.backends.fail.Keyring"),
    (null.Keyring(), "keyring.backends.null.Keyring"),
    (FakePlaintextKeyring(), "keyrings.alt.file.FakePlaintextKeyring"),
])
def test_no_real_keyring_is_a_clear_error_naming_the_backend(backend, name):
    keyring.set_keyring(backend)
    store = KeyringSecretStore()
    assert not store.is_real_backend()
    for action in (lambda: store.get("x"), lambda: store.set("x", "y"), store.ensure_available):
        with pytest.raises(SecretStoreUnavailable) as error:
            action()
        assert error.value.message == (
            f"Aucun trousseau système disponible (backend : {name}). "
            "Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet...).")


def test_an_empty_chainer_is_refused(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not KeyringSecretStore(backend=chainer.ChainerBackend()).is_real_backend()


def test_a_locked_keyring_gives_a_french_error():
    store = KeyringSecretStore(backend=LockedKeyring())
    with pytest.raises(SecretStoreError, match="a refusé de lire le secret.*Déverrouillez"):
        store.get("sms-token")


def test_memory_store():
    store = MemorySecretStore({"a": "1"})
    assert store.get("a") == "1" and not store.is_real_backend()
    store.delete("a")
    assert store.get("a") is None

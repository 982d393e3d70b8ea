"""A keyring that never answers, like a locked keyring waiting for its password prompt.

Selected with PYTHON_KEYRING_BACKEND=blocking_keyring.BlockingKeyring (tests/support on the path)."""

import threading

import keyring.backend


class BlockingKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        threading.Event().wait()

    def set_password(self, service, username, password):
        threading.Event().wait()

    def delete_password(self, service, username):
        threading.Event().wait()

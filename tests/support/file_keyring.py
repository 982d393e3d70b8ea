"""A keyring backend for CLI subprocesses under test: a JSON file named by
`EDUCONNECT_TEST_KEYRING` (private permissions), so `sync enroll` and a later `sync run` in
another process share the credential like a real OS keyring would. Tests only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["EDUCONNECT_TEST_KEYRING"])

    def _load(self) -> dict:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        path = self._path()
        path.write_text(json.dumps(data))
        path.chmod(0o600)

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._save(data)

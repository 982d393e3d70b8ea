"""Opaque labels for what people type: a keyed hash, so a copy of the database names nobody.

A throttle counter (or any row that must recognise "the same thing typed again") stores
`opaque_label(text)`: HMAC-SHA256 under a workstation key kept in the OS keyring. Without
the key, a copy of the file cannot be searched for a phone number or an identifier, even
though both are easy to enumerate. On a machine with no usable keyring, the key is kept in
the database itself (`setting` table): the labels stay opaque to a reader of the table who
does not look for the key, which is weaker, and docs/security.md says so.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import weakref

from ..secret_store import KeyringSecretStore, SecretStore, SecretStoreError
from ..store.models import Setting, database_proxy

log = logging.getLogger(__name__)

KEY_NAME = "throttle-key"
_SETTING_KEY = "opaque_label_key"

_store: SecretStore | None = None
# One key per open database object: tests and the CLI open several in one process.
_keys: "weakref.WeakKeyDictionary[object, bytes]" = weakref.WeakKeyDictionary()


def use_secret_store(store: SecretStore | None) -> None:
    """Where the key lives (default: the system keyring); forgets keys already read."""
    global _store
    _store = store
    _keys.clear()


def _from_keyring() -> bytes | None:
    store = _store or KeyringSecretStore()
    try:
        if isinstance(store, KeyringSecretStore) and not store.is_real_backend():
            return None
        value = store.get(KEY_NAME)
        if value is None:
            value = secrets.token_hex(32)
            store.set(KEY_NAME, value)
        return bytes.fromhex(value)
    except (SecretStoreError, ValueError):
        return None


def _from_database() -> bytes:
    row = Setting.get_or_none(Setting.key == _SETTING_KEY)
    if row is None:
        value = secrets.token_hex(32)
        Setting.insert(key=_SETTING_KEY, value=value).on_conflict_ignore().execute()
        row = Setting.get(Setting.key == _SETTING_KEY)
    return bytes.fromhex(row.value)


def _key() -> bytes:
    db = database_proxy.obj
    key = _keys.get(db)
    if key is None:
        key = _from_keyring()
        if key is None:
            log.info("no usable keyring: the opaque-label key is kept in the database")
            key = _from_database()
        _keys[db] = key
    return key


def opaque_label(text: str) -> str:
    """A stable, keyed label for `text` (64 hex characters); the text cannot be read back."""
    data = text.encode("utf-8", "surrogatepass")
    return hmac.new(_key(), data, hashlib.sha256).hexdigest()

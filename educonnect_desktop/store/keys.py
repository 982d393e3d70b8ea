"""The workstation's database key and the keys derived from it.

One random 256-bit key, generated at the first start and kept only in the system keyring
(`secret_store`), under the name `database-key`. From it, by HMAC-SHA256 with a purpose
label, come:

- the SQLCipher key of the database file (raw key: no KDF at each connection, the key is
  already random);
- the outbox sealing key, which encrypts the codes and links of a message waiting to be
  sent (`messaging/sealing.py`), so a copy of the file never holds a usable code or link;
- the pepper mixed into one-time code hashes, so a 6-digit code hash taken from a copy
  cannot be enumerated without the keyring;
- the key of the labels that stand for identifiers nobody has (`services/typed_identifier.py`).

Without a usable keyring (a headless server, the keyring refused) the database stays in
clear, the sealing key lives in this process only (a code queued but not sent before a
crash cannot be sent any more: the person asks for a new one), and labels use a random
salt kept in the database. The application says so (`DatabaseKeys.encrypted` is False).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, field

from ..errors import UserFacingError
from ..core.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DATABASE_KEY = "database-key"
KEY_BYTES = 32


class DatabaseKeyError(UserFacingError):
    pass


def _derive(master: bytes, purpose: str) -> bytes:
    return hmac.new(master, f"educonnect-desktop/{purpose}".encode("ascii"), hashlib.sha256).digest()


@dataclass(frozen=True)
class DatabaseKeys:
    """What an open database needs to seal, pepper and label; `master` None = no keyring."""

    master: bytes | None = None
    _ephemeral: bytes = field(default_factory=lambda: secrets.token_bytes(KEY_BYTES), repr=False)

    @property
    def encrypted(self) -> bool:
        return self.master is not None

    def sqlcipher_key(self) -> str:
        """The PRAGMA key literal: a raw 256-bit key given in hex (only hex digits: safe to inline)."""
        if self.master is None:
            raise ValueError("no database key")
        return f"\"x'{_derive(self.master, 'sqlcipher').hex()}'\""

    def seal_key(self) -> bytes:
        return _derive(self.master, "outbox-seal") if self.master is not None else self._ephemeral

    def seal_key_is_durable(self) -> bool:
        return self.master is not None

    def code_pepper(self) -> bytes:
        return _derive(self.master, "code-pepper") if self.master is not None else b""

    def label_key(self, fallback_salt: bytes) -> bytes:
        return _derive(self.master, "typed-identifier") if self.master is not None else fallback_salt

    def __repr__(self) -> str:  # never print a key
        return f"DatabaseKeys(encrypted={self.encrypted})"


CLEAR = DatabaseKeys()


def load_master_key(secrets_store, *, create: bool) -> bytes | None:
    """The master key from the keyring (generated there when absent and `create`).

    Returns None when no keyring can be used; raises `DatabaseKeyError` when the keyring
    holds something that is not a key (never silently replaced: the file would be lost).
    """
    from ..secret_store import SecretStoreError

    try:
        stored = secrets_store.get(DATABASE_KEY)
        if stored is None and create:
            stored = base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")
            secrets_store.set(DATABASE_KEY, stored)
            if secrets_store.get(DATABASE_KEY) != stored:
                log.warning("the keyring did not keep the database key: the database stays in clear")
                return None
    except SecretStoreError as exc:
        log.info("no usable keyring for the database key: %s", exc.message)
        return None
    if stored is None:
        return None
    try:
        raw = base64.b64decode(stored, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise DatabaseKeyError(QT_TRANSLATE_NOOP(
            "StaffMessages",
            "Le trousseau système contient une clé de base de données illisible (« database-key »). "
            "Restaurez la clé sauvegardée ; ne la supprimez pas : la base ne pourrait plus être ouverte."))
    return raw


def current_keys() -> DatabaseKeys:
    """The keys of the database the models are bound to (CLEAR when none was opened)."""
    from .models import database_proxy

    database = database_proxy.obj
    return getattr(database, "educonnect_keys", CLEAR) if database is not None else CLEAR


__all__ = ["DatabaseKeys", "DatabaseKeyError", "CLEAR", "DATABASE_KEY", "load_master_key", "current_keys"]

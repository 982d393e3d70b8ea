"""The secret part of a queued message (a code, a link), sealed until it is sent.

A message is stored as its kind, its non-secret template values and, sealed with
AES-GCM under the outbox key (`store.keys.DatabaseKeys.seal_key`, derived from the key in
the system keyring), the values that would let someone use it: the code, the link. The
text is rendered in memory when the message is claimed for sending, and the seal is
dropped once the message is sent or purged. A copy of the database file (or its WAL, or a
backup) therefore holds no usable code or link, while a message survives a crash: the
sealed values stay in the row until it is sent (at-least-once delivery is unchanged).
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any, Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..store.keys import current_keys

# Template values that must never be stored in clear.
SECRET_VALUES = frozenset({"code", "link", "password"})
_VERSION = "v1"
_NONCE_BYTES = 12

# What the stored (redacted) text shows instead of a secret.
REDACTED = {"code": "••••••", "link": "https://lien.masque.invalid/", "password": "••••••••"}


class SealBroken(Exception):
    """The seal cannot be opened: the key that sealed it is gone (no keyring, another workstation)."""


def split(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(values safe to store, secret values to seal)."""
    public = {k: v for k, v in values.items() if k not in SECRET_VALUES}
    secret = {k: str(v) for k, v in values.items() if k in SECRET_VALUES and v is not None}
    return public, secret


def redacted(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (REDACTED[k] if k in SECRET_VALUES else v) for k, v in values.items()}


def seal(secret: Mapping[str, str], associated: str) -> str:
    nonce = os.urandom(_NONCE_BYTES)
    box = AESGCM(current_keys().seal_key()).encrypt(
        nonce, json.dumps(dict(secret), sort_keys=True).encode("utf-8"), associated.encode("utf-8"))
    return f"{_VERSION}:" + base64.b64encode(nonce + box).decode("ascii")


def unseal(sealed: str, associated: str) -> dict[str, str]:
    version, _, payload = sealed.partition(":")
    if version != _VERSION:
        raise SealBroken(f"unknown seal version {version!r}")
    raw = base64.b64decode(payload)
    try:
        plain = AESGCM(current_keys().seal_key()).decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:],
                                                         associated.encode("utf-8"))
    except InvalidTag as exc:
        raise SealBroken("the sealing key is not the one that sealed this message") from exc
    return json.loads(plain)


__all__ = ["SECRET_VALUES", "REDACTED", "SealBroken", "split", "redacted", "seal", "unseal"]

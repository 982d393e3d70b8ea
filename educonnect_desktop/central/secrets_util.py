"""Random secrets and their hashes (codes, credentials, tokens are all 80+ random bits:
SHA-256 is enough, a slow hash protects only guessable secrets)."""

from __future__ import annotations

import base64
import hashlib
import secrets


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def enrollment_code() -> str:
    """80 random bits as 4 groups of 4 base32 characters, easy to read aloud and type."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode()
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def normalize_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def credential() -> str:
    return secrets.token_urlsafe(32)

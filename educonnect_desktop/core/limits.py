"""How long each kind of input may be, checked at the service boundary.

Anything longer cannot be a real value (identifiers are at most 32 characters, a code 6
digits, a password 256), so it is refused before any work: no Argon2 on 5 MB, no 5 MB
audit row or throttle key. The limits leave room for spaces and mistakes.
"""

from __future__ import annotations

IDENTIFIER = 64
PASSWORD = 1024  # new passwords stop at core.passwords.MAX_LENGTH (256); typed ones may be longer mistakes
CODE = 32
NAME = 100
EMAIL = 254  # RFC 5321
PHONE = 32


def too_long(value: str | None, limit: int) -> bool:
    return value is not None and len(value) > limit

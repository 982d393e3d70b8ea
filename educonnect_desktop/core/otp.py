"""One-time codes (sent by SMS or e-mail) and link tokens, and the rules for using them."""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from educonnect_desktop.core.hashing import HashParameters, PasswordHashing
from .messages import QT_TRANSLATE_NOOP

CODE_DIGITS = 6
CODE_VALIDITY = timedelta(minutes=30)
CODE_MAX_ATTEMPTS = 5
TOKEN_VALIDITY = timedelta(hours=1)

# 10**6 codes can be enumerated against a fast hash in a blink, so a leaked
# code hash must cost a memory-hard Argon2 per guess. Cheaper than passwords:
# a code only lives 30 minutes.
CODE_HASH_PARAMETERS = HashParameters(time_cost=1, memory_cost=8192, parallelism=1)
_code_hashing = PasswordHashing(CODE_HASH_PARAMETERS)


def generate_code(digits: int = CODE_DIGITS) -> str:
    """Uniformly random numeric code, zero-padded (`"004217"` is possible)."""
    if digits < 1:
        raise ValueError("digits must be at least 1")
    return f"{secrets.randbelow(10**digits):0{digits}d}"


def normalize_code(text: str) -> str:
    """Code as typed, cleaned: `" 123 456 "` -> `"123456"` (also full-width digits)."""
    # NFKC turns full-width digits and no-break spaces into their plain forms.
    return "".join(unicodedata.normalize("NFKC", text).split())


def _peppered(code: str, pepper: bytes) -> str:
    """With a pepper (a key kept outside the database), the hashed text is an HMAC of the
    code: a hash read from a copy of the file cannot be checked against the 10**6 codes."""
    plain = normalize_code(code)
    if not pepper:
        return plain
    return hmac.new(pepper, plain.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def hash_code(code: str, pepper: bytes = b"") -> str:
    return _code_hashing.hash(_peppered(code, pepper))


def verify_code(stored_hash: str, code: str, pepper: bytes = b"") -> bool:
    """Checks a typed code (spaces allowed); False for a wrong code or an unreadable hash."""
    return _code_hashing.verify(stored_hash, _peppered(code, pepper))


def generate_token() -> str:
    """256 random bits, URL-safe base64 (43 characters), for links in e-mails."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """SHA-256 hex: enough for a 256-bit random token, which cannot be enumerated."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def verify_token(stored_hash: str, token: str) -> bool:
    computed = hash_token(token.strip()).encode("ascii")
    # Constant-time, so response time does not leak how much of the hash matched.
    return hmac.compare_digest(computed, stored_hash.encode("utf-8", "surrogatepass"))


class SecretProblem(enum.Enum):
    """Why a stored code or token can no longer be used."""

    ALREADY_USED = "already_used"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    EXPIRED = "expired"

    @property
    def message(self) -> str:
        return _MESSAGES[self]


_MESSAGES = {
    SecretProblem.ALREADY_USED: QT_TRANSLATE_NOOP("FamilyMessages", "Ce code a déjà été utilisé."),
    SecretProblem.TOO_MANY_ATTEMPTS: QT_TRANSLATE_NOOP(
        "FamilyMessages", "Trop d'essais : ce code n'est plus valable. Demandez-en un nouveau."
    ),
    SecretProblem.EXPIRED: QT_TRANSLATE_NOOP("FamilyMessages", "Ce code a expiré. Demandez-en un nouveau."),
}


@dataclass(frozen=True)
class SecretState:
    """What the store knows about an issued code or token (naive UTC datetimes).

    `attempts` counts the failed tries already made.
    """

    expires_at: datetime
    attempts: int = 0
    max_attempts: int = CODE_MAX_ATTEMPTS
    consumed_at: datetime | None = None


def check_usable(state: SecretState, now: datetime) -> SecretProblem | None:
    """None when the secret may still be tried; otherwise the reason it may not.

    Expiry is inclusive: at `expires_at` exactly the secret is expired. When
    several problems apply, the first in the order used / attempts / expired
    is reported.
    """
    if state.consumed_at is not None:
        return SecretProblem.ALREADY_USED
    if state.attempts >= state.max_attempts:
        return SecretProblem.TOO_MANY_ATTEMPTS
    if now >= state.expires_at:
        return SecretProblem.EXPIRED
    return None

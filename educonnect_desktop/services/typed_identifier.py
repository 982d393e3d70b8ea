"""What a person typed into an identifier field, made safe to store.

People type all sorts of things into "Identifiant": their password (a classic slip), an
e-mail address, a phone number, another person's name. None of it may be kept as typed:
the audit log is append-only, so a password typed there would stay in clear forever.
`stored_form` keeps an existing identifier (an account's or an old ATEN login) as it is,
and turns anything else into an opaque label `saisie:` + 16 hex digits, a keyed hash:
the same typing always gives the same label (so repeated failures can still be counted
and correlated), but the label cannot be turned back into the text, even by dictionary,
without the key, which comes from the keyring (`store.keys`). Without a keyring the key
is a random salt kept in the database (a weaker guarantee, said in docs/threat-model.md).

Throttle keys can use `label` the same way (keyed-hashed keys).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from ..core.identifiers import normalize_identifier
from ..store.keys import current_keys
from ..store.models import Account, LegacyAccount, Setting, database_proxy

LABEL_PREFIX = "saisie:"
_SALT_SETTING = "typed_identifier_salt"
_salts: dict[str, bytes] = {}  # by database file


def _fallback_salt() -> bytes:
    database = str(database_proxy.obj.database)
    cached = _salts.get(database)
    if cached is not None:
        return cached
    row = Setting.get_or_none(Setting.key == _SALT_SETTING)
    if row is None:
        with database_proxy.atomic():
            row = Setting.get_or_none(Setting.key == _SALT_SETTING)
            if row is None:
                row = Setting.create(key=_SALT_SETTING, value=secrets.token_hex(32))
    _salts[database] = bytes.fromhex(row.value)
    return _salts[database]


def label_key() -> bytes:
    """The keyed-hash key: derived from the database key (keyring), else the database's salt."""
    keys = current_keys()
    return keys.label_key(b"") if keys.encrypted else _fallback_salt()


def label(text: str) -> str:
    """The opaque, stable label of a typed text (never the text itself)."""
    key = label_key()
    normalized = normalize_identifier(text) if isinstance(text, str) else ""
    digest = hmac.new(key, normalized.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return LABEL_PREFIX + digest[:16]


def is_existing_identifier(text: str) -> bool:
    if not text or len(text) > 255:
        return False
    return (Account.select(Account.id).where(Account.identifier == text).exists()
            or LegacyAccount.select(LegacyAccount.id).where(LegacyAccount.login == text).exists())


def stored_form(text: str | None) -> str | None:
    """`text` if it is an existing identifier (or already a label), else its label."""
    if text is None or text == "":
        return text
    if text.startswith(LABEL_PREFIX) and len(text) == len(LABEL_PREFIX) + 16:
        return text
    return text if is_existing_identifier(text) else label(text)


__all__ = ["label", "stored_form", "is_existing_identifier", "LABEL_PREFIX"]

"""Opaque labels for throttle keys: a keyed hash, so the throttle table names nobody.

A throttle counter must recognise "the same thing typed again" (an identifier, a mobile, an
address) without keeping it: it stores `opaque_label(key)`, HMAC-SHA256 under the same key as
the typed identifiers of the audit log (`typed_identifier.label_key`: derived from the
database key kept in the OS keyring, or a random salt kept in the database when there is no
keyring, a weaker guarantee that docs/threat-model.md states).
"""

from __future__ import annotations

import hashlib
import hmac

from .typed_identifier import label_key


def opaque_label(text: str) -> str:
    """A stable, keyed label for `text` (64 hex characters); the text cannot be read back."""
    return hmac.new(label_key(), text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

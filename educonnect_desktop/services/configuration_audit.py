"""Configuration changes made from the CLI (settings file, keyring secrets), in the audit log.

The value is never recorded (a setting may name a server or an account; a secret never
leaves the keyring): only which key changed, and who changed it.
"""

from __future__ import annotations

from ..core.actor import Actor, actor_identifier
from ..store.models import database_proxy
from . import audit

ACTIONS = ("config.set", "config.unset", "config.secret_set", "config.secret_deleted")


def record_change(actor: Actor, action: str, key: str) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown configuration action {action!r}")
    with database_proxy.atomic():
        audit.record(action, actor=actor_identifier(actor), fields=key)

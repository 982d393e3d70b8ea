"""Can a channel send now, and if not, why: said differently to a family and to staff.

"Not configured" (no gateway address), "configured but its secret cannot be read" (no
usable keyring, keyring locked, plain-text backend refused) and "secret missing" are
different problems with different fixes; a family only needs to know the channel is
unavailable here, staff need the reason (`reason`, in French).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..secret_store import SecretStore, SecretStoreError


class ChannelState:
    OK = "ok"
    NOT_CONFIGURED = "not_configured"
    SECRET_UNREADABLE = "secret_unreadable"  # the keyring cannot be read (missing, locked, refused)
    SECRET_MISSING = "secret_missing"  # the keyring works, the secret was never saved
    MISCONFIGURED = "misconfigured"  # a setting is wrong (sender address, CA file...)


@dataclass(frozen=True)
class ChannelStatus:
    state: str
    reason: str | None = None  # for staff; None when the channel can send

    @property
    def available(self) -> bool:
        return self.state == ChannelState.OK

    @property
    def configured(self) -> bool:
        return self.state != ChannelState.NOT_CONFIGURED


OK = ChannelStatus(ChannelState.OK)


def secret_status(secrets: SecretStore, name: str, missing: str) -> ChannelStatus:
    """Read the secret once: OK, missing, or unreadable with the keyring's own explanation."""
    try:
        present = bool(secrets.get(name))
    except SecretStoreError as exc:
        return ChannelStatus(ChannelState.SECRET_UNREADABLE, exc.message)
    return OK if present else ChannelStatus(ChannelState.SECRET_MISSING, missing)

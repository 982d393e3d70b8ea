"""Lost identifier and lost password: linear flows, tested without widgets.

Both start with a choice of channel (e-mail, or SMS for parents). SMS is only offered
when the workstation has an SMS service. What the service answers is kept as is: it is
the same whether or not an account matched, so the screens cannot reveal it either.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..services.recovery import RecoveryAnswer
from ..services.session import Session


class RecoveryChannel:
    EMAIL = "email"
    SMS = "sms"  # parents only: students have no mobile on their account


def offered_channels(sms_available: bool) -> tuple[str, ...]:
    return (RecoveryChannel.EMAIL, RecoveryChannel.SMS) if sms_available else (RecoveryChannel.EMAIL,)


def _checked_channel(channel: str, sms_available: bool) -> str:
    if channel not in offered_channels(sms_available):
        raise ValueError(f"channel not offered here: {channel!r}")
    return channel


def _following(order: tuple[str, ...], current: str) -> str | None:
    position = order.index(current) + 1
    return order[position] if position < len(order) else None


class LostIdentifierPage:
    CHANNEL = "channel"  # "Par e-mail" or "Par SMS (parents)"
    ADDRESS = "address"  # the e-mail address or the mobile number -> the identifier is sent
    SENT = "sent"  # the service's answer and advice, identical for everyone
    ORDER = (CHANNEL, ADDRESS, SENT)


@dataclass
class LostIdentifierFlow:
    sms_available: bool = False
    channel: str = RecoveryChannel.EMAIL
    address: str = ""
    answer: RecoveryAnswer | None = None

    def start_page(self) -> str:
        return LostIdentifierPage.CHANNEL

    def next_page(self, current: str) -> str | None:
        return _following(LostIdentifierPage.ORDER, current)

    def choose_channel(self, channel: str) -> None:
        self.channel = _checked_channel(channel, self.sms_available)

    def answered(self, address: str, answer: RecoveryAnswer) -> None:
        self.address, self.answer = address, answer

    def __repr__(self) -> str:  # never the address or mobile in logs
        return f"LostIdentifierFlow(channel={self.channel!r}, answered={self.answer is not None})"


class LostPasswordPage:
    REQUEST = "request"  # identifier + channel -> a code is sent (if a confirmed contact exists)
    CODE = "code"  # the code received -> a single-use reset token
    PASSWORD = "password"  # the new password, which spends the token
    DONE = "done"  # "Votre mot de passe a été modifié"
    ORDER = (REQUEST, CODE, PASSWORD, DONE)


@dataclass
class LostPasswordFlow:
    """`ticket` is the reset token from the verified code (the shared password page spends it)."""

    sms_available: bool = False
    identifier: str | None = None
    channel: str = RecoveryChannel.EMAIL
    answer: RecoveryAnswer | None = None
    ticket: str | None = None
    session: Session | None = None

    def start_page(self) -> str:
        return LostPasswordPage.REQUEST

    def next_page(self, current: str) -> str | None:
        return _following(LostPasswordPage.ORDER, current)

    def requested(self, identifier: str, channel: str, answer: RecoveryAnswer) -> None:
        self.identifier = identifier
        self.channel = _checked_channel(channel, self.sms_available)
        self.answer = answer

    def code_verified(self, token: str) -> None:
        self.ticket = token

    def user_inputs(self) -> tuple[str, ...]:
        """What the new password must not contain: only the identifier typed (the person's
        names would have to be fetched, which would tell whether the account exists)."""
        return (self.identifier,) if self.identifier else ()

    def __repr__(self) -> str:  # never the token in logs
        return (f"LostPasswordFlow(identifier={self.identifier!r}, channel={self.channel!r}, "
                f"has_ticket={self.ticket is not None})")

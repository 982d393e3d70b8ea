"""A real SMTP server on 127.0.0.1 (aiosmtpd) for GUI tests that read what the outbox sends."""

from __future__ import annotations

import email
import email.policy
import re
import socket
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from aiosmtpd.controller import Controller

from educonnect_desktop.config import AppConfig, SmtpConfig
from educonnect_desktop.messaging.delivery import build_senders, deliver_due
from educonnect_desktop.secret_store import MemorySecretStore

FROM_ADDRESS = "Collège de démonstration <secretariat@college-demo.fr>"
# The code sits alone on its line in the plain-text body (a link token could hold digits too).
_CODE_LINE = re.compile(r"^\s*(\d{6})\s*$", re.MULTILINE)


@dataclass
class Mailbox:
    messages: list[email.message.EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted for delivery"

    def to(self, recipient: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if m["To"] == recipient]


@dataclass
class LocalSmtp:
    port: int
    mailbox: Mailbox

    def config(self) -> AppConfig:
        return AppConfig(smtp=SmtpConfig(host="127.0.0.1", port=self.port, security="plain",
                                         from_address=FROM_ADDRESS, timeout=5.0))

    async def deliver(self) -> None:
        """One delivery pass of the outbox to this server (as the app's worker would do)."""
        summary = await deliver_due(build_senders(self.config(), MemorySecretStore()))
        assert summary.failed == 0 and summary.retrying == 0, summary.describe()

    async def code_for(self, recipient: str) -> str:
        """Deliver, then read the code of the newest mail received by `recipient`."""
        await self.deliver()
        received = self.mailbox.to(recipient)
        assert received, f"no mail for {recipient}"
        body = received[-1].get_body(("plain",)).get_content()
        return _CODE_LINE.search(body).group(1)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def local_smtp() -> Iterator[LocalSmtp]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield LocalSmtp(port, mailbox)
    finally:
        controller.stop()

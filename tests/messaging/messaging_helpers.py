"""Helpers shared by the messaging tests (constants, a hand-moved clock, configurations)."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta

from educonnect_desktop.config import AppConfig, SmsConfig, SmtpConfig

SMTP_USER = "secretariat@college-test.fr"
SMTP_PASSWORD_VALUE = "Sm7p-p4ss-QX9!vérifié"
SMS_TOKEN_VALUE = "tok_9f8e7d6c5b4a3210ZYXWVU"
FROM_ADDRESS = "Collège Victor Hugo <secretariat@college-test.fr>"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeClock:
    """A clock the test moves by hand (naive UTC, like the database)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2025, 9, 2, 8, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def sms_config(server, *, timeout: float = 5.0) -> SmsConfig:
    return SmsConfig(url=server.url_for("/v1/sms"), timeout=timeout)


def app_config(smtp: SmtpConfig | None = None, sms: SmsConfig | None = None) -> AppConfig:
    return AppConfig(smtp=smtp or SmtpConfig(), sms=sms or SmsConfig())

"""The SMTP password and the SMS token never reach a log, an error text or the database."""

from __future__ import annotations

import asyncio
import base64
import logging

import pytest
from werkzeug import Response

from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import deliver_due
from educonnect_desktop.messaging.sms_gateway import SmsGatewaySender
from educonnect_desktop.messaging.smtp import SmtpSender
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.store.models import AuditEvent, JournalEntry, OutboxMessage
from messaging_helpers import SMS_TOKEN_VALUE, SMTP_PASSWORD_VALUE, SMTP_USER, sms_config

pytestmark = pytest.mark.timeout(30)

CLIENT_LOGGERS = ("educonnect_desktop", "httpx", "httpcore", "aiosmtplib", "asyncio", "peewee", "keyring")


def forms(secret: str) -> list[str]:
    """The secret as is, and as it travels in SMTP AUTH (base64) and in a Bearer header."""
    return [secret, base64.b64encode(secret.encode()).decode(),
            base64.b64encode(f"\0{SMTP_USER}\0{secret}".encode()).decode()]


def test_no_secret_in_debug_logs_errors_or_database(guardian, clock, caplog, smtp_server_factory, tls_files,
                                                     gateway, secrets):
    caplog.set_level(logging.DEBUG)
    for name in CLIENT_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)

    # A gateway that answers 500 the first time, echoing the request's headers back in its
    # error text, as a careless provider might: the token must be scrubbed from last_error.
    def echo_headers(request):
        return Response(f"erreur interne ; reçu : {dict(request.headers)}", status=500)

    gateway.expect_oneshot_request("/v1/sms").respond_with_handler(echo_headers)
    gateway.expect_request("/v1/sms").respond_with_data("", status=200)
    server = smtp_server_factory("starttls", auth=True)

    outbox.enqueue(MessageKind.PASSWORD_RESET, Channel.EMAIL, guardian.email,
                   {"code": "111222", "link": "https://x.fr/r?t=1", "validity": "1 heure"}, account=guardian,
                   clock=clock)
    outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, guardian.mobile,
                   {"code": "333444", "validity": "30 minutes"}, account=guardian, clock=clock)
    senders = {
        Channel.EMAIL: SmtpSender(server.config(), secrets, tls_context=tls_files.client_context()),
        Channel.SMS: SmsGatewaySender(sms_config(gateway), secrets),
    }
    first = asyncio.run(deliver_due(senders, clock=clock))
    sms_row = OutboxMessage.get(OutboxMessage.channel == Channel.SMS)
    assert "erreur interne" in sms_row.last_error and "***" in sms_row.last_error  # scrubbed, not dropped
    clock.advance(hours=1)
    second = asyncio.run(deliver_due(senders, clock=clock))
    assert (first.sent, first.retrying, second.sent) == (1, 1, 1)
    assert server.mailbox.logins == [SMTP_USER]  # the password really was used
    assert all(req.headers["Authorization"] == f"Bearer {SMS_TOKEN_VALUE}" for req, _ in gateway.log)

    client_records = [r for r in caplog.records if r.name.split(".")[0] in CLIENT_LOGGERS or r.name == "root"]
    assert any(r.name.startswith("httpx") for r in client_records)  # httpx did log, at INFO
    assert any(r.name.startswith("httpcore") for r in client_records)  # and httpcore at DEBUG
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    stored = "\n".join(
        [str(m.last_error) for m in OutboxMessage.select()]
        + [str(e.details) for e in AuditEvent.select()] + [e.payload for e in JournalEntry.select()]
    )
    for secret in forms(SMTP_PASSWORD_VALUE) + forms(SMS_TOKEN_VALUE):
        assert secret not in logged
        assert secret not in stored
    assert "tok_" not in stored

"""E-mails delivered to a real SMTP server (aiosmtpd on 127.0.0.1): plain, STARTTLS, TLS, AUTH."""

from __future__ import annotations

import asyncio
import re

import pytest

from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import RetryPolicy, deliver_due
from educonnect_desktop.messaging.smtp import SmtpSender
from educonnect_desktop.messaging.templates import MessageKind
from educonnect_desktop.secret_store import SMTP_PASSWORD, MemorySecretStore
from educonnect_desktop.store.models import AuditEvent, OutboxMessage, OutboxStatus
from messaging_helpers import SMTP_USER, free_port

pytestmark = pytest.mark.timeout(30)

RESET_CONTEXT = {"code": "739204", "link": "https://services.exemple.fr/reset?t=AbC123", "validity": "1 heure"}


def deliver(senders, clock, **kwargs):
    return asyncio.run(deliver_due(senders, clock=clock, **kwargs))


def queue_reset(guardian, clock):
    return outbox.enqueue(MessageKind.PASSWORD_RESET, Channel.EMAIL, guardian.email, RESET_CONTEXT,
                          account=guardian, clock=clock)


def test_a_queued_message_arrives_in_the_mailbox_with_the_french_text(guardian, clock, smtp_server, secrets):
    row = queue_reset(guardian, clock)
    summary = deliver({Channel.EMAIL: SmtpSender(smtp_server.config(), secrets)}, clock)
    assert (summary.sent, summary.failed, summary.waiting) == (1, 0, 0)

    [received] = smtp_server.mailbox.messages
    assert smtp_server.mailbox.envelopes == [("secretariat@college-test.fr", ["claire.martin@exemple.fr"])]
    assert received["To"] == "claire.martin@exemple.fr"
    assert received["From"] == "Collège Victor Hugo <secretariat@college-test.fr>"
    assert received["Subject"] == "[Collège Victor Hugo] Réinitialisation de votre mot de passe EduConnect"
    assert received["Message-ID"] == f"<educonnect-{row.id}-20250902080000@college-test.fr>"
    text = received.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = received.get_body(("html",)).get_content()
    # The row keeps the same text with the code and link masked; the real ones were only in memory.
    assert text.replace("739204", "••••••").replace("https://services.exemple.fr/reset?t=AbC123",
                                                  "https://lien.masque.invalid/") == row.body_text
    assert text.startswith("Bonjour Claire,")
    # The link may not open a desktop program: the short code is always there too.
    assert "739204" in text and "https://services.exemple.fr/reset?t=AbC123" in text
    assert '<a href="https://services.exemple.fr/reset?t=AbC123">' in html and "739204" in html
    assert "valables 1 heure" in text

    sent = OutboxMessage.get_by_id(row.id)
    assert sent.status == OutboxStatus.SENT and sent.sent_at == clock.now and sent.attempts == 1
    assert sent.sealed is None  # the seal is dropped with the sending
    assert AuditEvent.select().where(AuditEvent.action == "outbox.sent").count() == 1
    assert deliver({Channel.EMAIL: SmtpSender(smtp_server.config(), secrets)}, clock).sent == 0


# aiosmtpd cannot see implicit TLS, hence "auth_require_tls=False" and its warning.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_encrypted_and_authenticated_with_the_keyring_password(guardian, clock, smtp_server_factory, tls_files,
                                                              security):
    server = smtp_server_factory(security, auth=True)
    queue_reset(guardian, clock)
    secrets = MemorySecretStore({SMTP_PASSWORD: "Sm7p-p4ss-QX9!vérifié"})
    sender = SmtpSender(server.config(), secrets, tls_context=tls_files.client_context())
    summary = deliver({Channel.EMAIL: sender}, clock)
    assert summary.sent == 1, summary.describe()
    assert server.mailbox.logins == [SMTP_USER]
    assert len(server.mailbox.messages) == 1


def test_the_ca_file_setting_trusts_a_local_authority(guardian, clock, smtp_server_factory, tls_files, secrets):
    from pathlib import Path

    server = smtp_server_factory("starttls", auth=True)
    queue_reset(guardian, clock)
    untrusted = SmtpSender(server.config(), secrets)  # system authorities only: the test cert is unknown
    summary = deliver({Channel.EMAIL: untrusted}, clock)
    assert summary.sent == 0 and summary.deferred == 1
    row = OutboxMessage.get()
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0
    assert "certificat" in row.last_error.lower() or "certificate" in row.last_error.lower()

    trusted = SmtpSender(server.config(ca_file=Path(tls_files.cert)), secrets)
    assert deliver({Channel.EMAIL: trusted}, clock).sent == 1


def test_wrong_password_keeps_the_message_queued(guardian, clock, smtp_server_factory, tls_files):
    server = smtp_server_factory("starttls", auth=True)
    queue_reset(guardian, clock)
    sender = SmtpSender(server.config(), MemorySecretStore({SMTP_PASSWORD: "wrong"}),
                        tls_context=tls_files.client_context())
    summary = deliver({Channel.EMAIL: sender}, clock)
    row = OutboxMessage.get()
    assert summary.sent == 0 and row.status == OutboxStatus.QUEUED and row.attempts == 0
    assert row.last_error.startswith("Authentification SMTP refusée (535")
    assert "wrong" not in row.last_error


def test_missing_password_or_plain_auth_means_the_channel_is_not_ready(guardian, clock, smtp_server):
    queue_reset(guardian, clock)
    no_password = SmtpSender(smtp_server.config(username=SMTP_USER, security="starttls"), MemorySecretStore())
    summary = deliver({Channel.EMAIL: no_password}, clock)
    assert "set-secret smtp" in summary.unavailable[Channel.EMAIL]
    plain_auth = SmtpSender(smtp_server.config(username=SMTP_USER), MemorySecretStore({SMTP_PASSWORD: "x"}))
    summary = deliver({Channel.EMAIL: plain_auth}, clock)
    assert "sans chiffrement" in summary.unavailable[Channel.EMAIL]
    row = OutboxMessage.get()
    assert row.status == OutboxStatus.QUEUED and row.attempts == 0 and smtp_server.mailbox.messages == []


def test_a_refused_recipient_fails_at_once(guardian, clock, smtp_server, secrets):
    smtp_server.mailbox.refused.add("claire.martin@exemple.fr")
    row = queue_reset(guardian, clock)
    summary = deliver({Channel.EMAIL: SmtpSender(smtp_server.config(), secrets)}, clock)
    assert summary.failed == 1
    row = OutboxMessage.get_by_id(row.id)
    assert row.status == OutboxStatus.FAILED and row.attempts == 1
    assert re.match(r"Adresse refusée par le serveur SMTP \(550 5\.1\.1 Destinataire inconnu\)", row.last_error)
    event = AuditEvent.get(AuditEvent.action == "outbox.failed")
    assert event.outcome == "failure" and "Destinataire inconnu" in event.details


def test_an_unreachable_server_keeps_messages_queued_without_spending_attempts(guardian, clock, secrets):
    from educonnect_desktop.config import SmtpConfig

    for _ in range(3):
        queue_reset(guardian, clock)
    closed = SmtpConfig(host="127.0.0.1", port=free_port(), security="plain",
                        from_address="secretariat@college-test.fr", timeout=2)
    summary = deliver({Channel.EMAIL: SmtpSender(closed, secrets)}, clock, policy=RetryPolicy())
    assert summary.deferred == 1 and summary.waiting == 3 and Channel.EMAIL in summary.paused
    assert "injoignable" in summary.unavailable[Channel.EMAIL]
    rows = list(OutboxMessage.select())
    assert {r.status for r in rows} == {OutboxStatus.QUEUED} and {r.attempts for r in rows} == {0}


def test_nothing_configured_leaves_every_message_queued(guardian, clock, secrets):
    from educonnect_desktop.messaging.delivery import build_senders
    from messaging_helpers import app_config

    queue_reset(guardian, clock)
    outbox.enqueue(MessageKind.ACTIVATION_CODE, Channel.SMS, guardian.mobile, {"code": "1", "validity": "1 heure"},
                   account=guardian, clock=clock)
    summary = deliver(build_senders(app_config(), secrets), clock)
    assert summary.attempted == 0 and summary.waiting == 2
    assert set(summary.unavailable) == {Channel.EMAIL, Channel.SMS}
    assert "En attente : 2" in summary.describe().replace("en attente", "En attente")
    assert {(r.status, r.attempts, r.last_error) for r in OutboxMessage.select()} == {
        (OutboxStatus.QUEUED, 0, None)}
    assert deliver({}, clock).unavailable[Channel.SMS] == "Canal non configuré."


def test_a_code_sealed_by_a_key_that_is_gone_fails_for_good_and_says_why(guardian, clock, smtp_server, secrets, db):
    """Without a keyring the outbox key lives in the process that queued the message."""
    from educonnect_desktop.store.keys import DatabaseKeys

    row = queue_reset(guardian, clock)
    db.educonnect_keys = DatabaseKeys()  # another process: another ephemeral key
    summary = deliver({Channel.EMAIL: SmtpSender(smtp_server.config(), secrets)}, clock)
    assert (summary.sent, summary.failed) == (0, 1)
    assert smtp_server.mailbox.messages == []
    failed = OutboxMessage.get_by_id(row.id)
    assert failed.status == OutboxStatus.FAILED and failed.last_error == outbox.SEAL_LOST

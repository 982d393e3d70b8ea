"""A process killed between the commit and the send loses nothing (at-least-once delivery).

The crashing process is a real child process, killed with SIGKILL: no `finally`, no
cleanup, exactly like a power cut or the task manager.
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from educonnect_desktop.core.clock import utc_now
from educonnect_desktop.messaging import outbox
from educonnect_desktop.messaging.channels import Channel
from educonnect_desktop.messaging.delivery import deliver_due
from educonnect_desktop.messaging.smtp import SmtpSender
from educonnect_desktop.messaging.templates import MessageKind, render
from educonnect_desktop.secret_store import MemorySecretStore
from educonnect_desktop.store import open_database
from educonnect_desktop.store.keys import DATABASE_KEY
from educonnect_desktop.store.models import OutboxMessage, OutboxStatus, database_proxy

pytestmark = [pytest.mark.timeout(60), pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

REPO = Path(__file__).resolve().parents[2]
CONTEXT = {"code": "310577", "link": "https://services.exemple.fr/c?t=Zz9", "validity": "24 heures"}
# Both processes find the same database key in "the keyring", as on a real workstation: the
# sealed code of a message queued by one survives its death and is sent by the other.
MASTER_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="


@pytest.fixture
def db(db_path):
    database = open_database(db_path, secrets=MemorySecretStore({DATABASE_KEY: MASTER_KEY}))
    yield database
    database.close()

# Queues a message in a service-like transaction, commits, and dies on the spot.
DIE_AFTER_COMMIT = textwrap.dedent("""
    import os, signal, sys
    from educonnect_desktop.store import open_database
    from educonnect_desktop.store.models import Account, EmailState, database_proxy
    from educonnect_desktop.messaging import outbox
    from educonnect_desktop.secret_store import MemorySecretStore
    open_database(sys.argv[1], secrets=MemorySecretStore({"database-key": sys.argv[2]}))
    with database_proxy.atomic():
        account = Account.get(Account.identifier == "c.martin")
        account.pending_email, account.email_state = "claire.m@exemple.fr", EmailState.PENDING
        account.save()
        outbox.enqueue("email_confirmation", "email", "claire.m@exemple.fr",
                       {"code": "310577", "link": "https://services.exemple.fr/c?t=Zz9",
                        "validity": "24 heures"}, account=account)
    os.kill(os.getpid(), signal.SIGKILL)
""")

# Starts delivering towards an SMTP server that never answers: killed while sending.
SEND_TO_A_SILENT_SERVER = textwrap.dedent("""
    import asyncio, sys
    from educonnect_desktop.config import AppConfig, SmtpConfig
    from educonnect_desktop.messaging.delivery import build_senders, deliver_due
    from educonnect_desktop.secret_store import MemorySecretStore
    from educonnect_desktop.store import open_database
    open_database(sys.argv[1], secrets=MemorySecretStore({"database-key": sys.argv[3]}))
    smtp = SmtpConfig(host="127.0.0.1", port=int(sys.argv[2]), security="plain",
                      from_address="secretariat@college-test.fr", timeout=120)
    asyncio.run(deliver_due(build_senders(AppConfig(smtp=smtp), MemorySecretStore())))
""")


def run_child(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def deliver(smtp_server, secrets, clock):
    sender = SmtpSender(smtp_server.config(), secrets)
    return asyncio.run(deliver_due({Channel.EMAIL: sender}, clock=clock))


def assert_received_exactly_as_queued(smtp_server, row, context):
    """What arrived is the message rendered with its real code and link; the row kept neither."""
    [received] = smtp_server.mailbox.messages
    expected = render(row.kind, row.channel, {"first_name": "Claire", "identifier": "c.martin",
                                              "establishment": "Collège Victor Hugo", **context})
    assert received["Subject"] == row.subject == expected.subject
    assert received["To"] == row.recipient
    assert received.get_body(("plain",)).get_content().replace("\r\n", "\n") == expected.text
    assert received.get_body(("html",)).get_content().replace("\r\n", "\n").strip() == expected.html.strip()
    sent = OutboxMessage.get_by_id(row.id)
    assert sent.sealed is None
    for secret in (context["code"], context["link"]):
        assert secret not in sent.body_text and secret not in (sent.body_html or "") and secret not in sent.context


def test_killed_right_after_the_commit(guardian, db_path, smtp_server, secrets):
    child = run_child(DIE_AFTER_COMMIT, str(db_path), MASTER_KEY)
    child.wait(timeout=30)
    assert child.returncode == -9, child.stderr.read().decode()

    row = OutboxMessage.get()
    assert row.status == OutboxStatus.QUEUED and row.kind == MessageKind.EMAIL_CONFIRMATION
    summary = deliver(smtp_server, secrets, utc_now)
    assert summary.sent == 1
    assert row.sealed and "310577" not in row.body_text
    assert_received_exactly_as_queued(smtp_server, row, CONTEXT)


def test_killed_while_sending_is_sent_again_once_the_lease_is_over(guardian, db_path, smtp_server, secrets):
    with database_proxy.atomic():
        queued = outbox.enqueue(MessageKind.PASSWORD_RESET, Channel.EMAIL, guardian.email, CONTEXT, account=guardian)

    with socket.socket() as silent:  # accepts the connection, never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        silent.settimeout(30)
        child = run_child(SEND_TO_A_SILENT_SERVER, str(db_path), str(silent.getsockname()[1]), MASTER_KEY)
        connection = None
        try:
            connection, _ = silent.accept()  # the child claimed the message and is sending it
            row = OutboxMessage.get_by_id(queued.id)
            assert row.status == OutboxStatus.SENDING and row.attempts == 1
        finally:
            child.kill()  # the connection stays open until then: the child is mid-send
            child.wait(timeout=30)
            if connection is not None:
                connection.close()
    assert child.returncode == -9

    # Another process looks now: the lease still runs, maybe the sender is alive: hands off.
    assert deliver(smtp_server, secrets, utc_now).attempted == 0
    assert smtp_server.mailbox.messages == []

    later = lambda: utc_now() + outbox.DEFAULT_LEASE + timedelta(seconds=1)  # noqa: E731
    summary = deliver(smtp_server, secrets, later)
    assert summary.sent == 1
    row = OutboxMessage.get_by_id(queued.id)
    assert row.status == OutboxStatus.SENT and row.attempts == 2
    assert_received_exactly_as_queued(smtp_server, row, CONTEXT)
    assert deliver(smtp_server, secrets, later).attempted == 0
    assert len(smtp_server.mailbox.messages) == 1  # exactly once in the mailbox

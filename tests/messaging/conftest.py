"""Real servers on 127.0.0.1 for the messaging tests: SMTP (aiosmtpd) and an HTTP SMS gateway."""

from __future__ import annotations

import email
import email.policy
import gc
import ssl
import sys
import threading
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from educonnect_desktop.config import SmtpConfig
from educonnect_desktop.secret_store import SMS_TOKEN, SMTP_PASSWORD, MemorySecretStore
from educonnect_desktop.store.models import Account, AccountKind, Establishment
from messaging_helpers import (
    FROM_ADDRESS, SMS_TOKEN_VALUE, SMTP_PASSWORD_VALUE, SMTP_USER, FakeClock, free_port,
)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    """Qt objects left in reference cycles by earlier GUI tests must die here, on the GUI
    thread, not in one of our server or resolver threads ("QObject::~QObject: Timers cannot
    be stopped from another thread"). Only worth its cost once Qt is loaded."""
    if "PySide6.QtCore" in sys.modules:
        gc.collect()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def secrets() -> MemorySecretStore:
    return MemorySecretStore({SMTP_PASSWORD: SMTP_PASSWORD_VALUE, SMS_TOKEN: SMS_TOKEN_VALUE})


@pytest.fixture
def guardian(db) -> Account:
    school = Establishment.create(uai="0751234A", name="Collège Victor Hugo")
    return Account.create(kind=AccountKind.GUARDIAN, identifier="c.martin", first_name="Claire",
                          last_name="Martin", establishment=school, email="claire.martin@exemple.fr",
                          mobile="+33612345678")


# --- TLS material, generated once per run ------------------------------------------------

@dataclass(frozen=True)
class TlsFiles:
    cert: str
    key: str

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """Verifies the server's certificate against this test authority (no shortcut)."""
        return ssl.create_default_context(cafile=self.cert)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory) -> TlsFiles:
    from tls_support import make_self_signed

    return TlsFiles(*make_self_signed(tmp_path_factory.mktemp("tls")))


# --- SMTP server ---------------------------------------------------------------------------

@dataclass
class Mailbox:
    """What the SMTP server received, parsed."""

    messages: list[email.message.EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)  # recipients answered 550

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 Destinataire inconnu"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    port: int
    mailbox: Mailbox
    security: str
    username: str | None

    def config(self, **overrides) -> SmtpConfig:
        values = dict(host="127.0.0.1", port=self.port, security=self.security, username=self.username,
                      from_address=FROM_ADDRESS, timeout=5.0)
        values.update(overrides)
        return SmtpConfig(**values)


@pytest.fixture
def smtp_server_factory(tls_files):
    """start(security="plain"|"starttls"|"tls", auth=False) -> a running SmtpServer."""
    controllers = []

    def start(security: str = "plain", *, auth: bool = False) -> SmtpServer:
        mailbox = Mailbox()
        kwargs = {}
        ssl_context = None
        if security == "starttls":
            kwargs.update(tls_context=tls_files.server_context(), require_starttls=True)
        elif security == "tls":
            ssl_context = tls_files.server_context()
        if auth:
            def authenticator(server, session, envelope, mechanism, auth_data):
                login = auth_data.login.decode()
                ok = login == SMTP_USER and auth_data.password.decode() == SMTP_PASSWORD_VALUE
                if ok:
                    mailbox.logins.append(login)
                return AuthResult(success=ok, handled=False)

            # With implicit TLS aiosmtpd does not see the TLS layer itself: the connection is
            # encrypted from the start, so it must not ask for STARTTLS before AUTH.
            kwargs.update(authenticator=authenticator, auth_required=True,
                          auth_require_tls=security != "tls")
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, ssl_context=ssl_context, **kwargs)
        controller.start()
        controllers.append(controller)
        return SmtpServer(port, mailbox, security, SMTP_USER if auth else None)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_server_factory) -> SmtpServer:
    return smtp_server_factory("plain")


# --- SMS gateway (pytest-httpserver: a real HTTP server on 127.0.0.1) -------------------

@pytest.fixture
def gateway(httpserver):
    """The shared HTTP server, with a way to make a handler hang that is always released."""
    release = threading.Event()
    httpserver.hang_release = release
    yield httpserver
    release.set()
    httpserver.clear()

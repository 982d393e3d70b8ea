"""Helpers of the central server tests: a real server subprocess, the CLIs in subprocesses."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

SUPPORT = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`educonnect-central serve` in a subprocess on a loopback port; can be killed and restarted."""

    def __init__(self, url: str, log_path: Path, env: dict | None = None, tls: tuple[str, str] | None = None) -> None:
        self.url, self.log_path, self.extra_env, self.tls = url, log_path, env or {}, tls
        self.port = free_port()
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        env = dict(os.environ, EDUCONNECT_CENTRAL_DATABASE_URL=self.url, **self.extra_env)
        self.log = open(self.log_path, "ab")
        tls = ["--tls-cert", self.tls[0], "--tls-key", self.tls[1]] if self.tls else []
        self.process = subprocess.Popen([str(VENV_BIN / "educonnect-central"), "serve", "--port", str(self.port), *tls],
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/v1/health", timeout=1,
                             verify=ssl.create_default_context(cafile=self.tls[0]) if self.tls else True
                             ).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("central server did not start: " + self.log_path.read_text(errors="replace")[-2000:])

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()  # SIGKILL: no clean shutdown, like a crash
            self.process.wait()
            self.process = None
            self.log.close()

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace")


def central_cli(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(VENV_BIN / "educonnect-central"), "--database-url", url, *args],
                          capture_output=True, text=True, timeout=60)


def workstation_env(tmp: Path) -> dict:
    """A CLI subprocess with its own keyring file, user directories and no display."""
    return dict(os.environ, PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
                PYTHONPATH=str(SUPPORT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                EDUCONNECT_TEST_KEYRING=str(tmp / "keyring.json"), XDG_DATA_HOME=str(tmp / "data"),
                XDG_CONFIG_HOME=str(tmp / "config"), QT_QPA_PLATFORM="offscreen")


def desk_cli(tmp: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(VENV_BIN / "educonnect"), "--db", str(tmp / "educonnect.sqlite"), *args],
                          capture_output=True, text=True, timeout=120, input=stdin, env=workstation_env(tmp))


# -- in-process workstations ---------------------------------------------------------------------

ADMIN_PASSWORD = "Un-mot-de-passe-solide-42!"


class FaultyTransport(httpx.BaseTransport):
    """Real HTTP to the real server, with faults injected around it (for fault-injection tests):
    `before(request)` may raise or return a response instead of sending; `after(request, response)`
    may raise (the server acted, the answer is lost) or replace the answer. Every body sent is
    kept in `sent` so a test can check what left the workstation."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.before = None
        self.after = None
        self.sent: list[tuple[str, str, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append((request.method, request.url.path, request.content))
        if self.before is not None:
            replaced = self.before(request)
            if replaced is not None:
                return replaced
        response = self.inner.handle_request(request)
        if self.after is not None:
            response.read()
            replaced = self.after(request, response)
            if replaced is not None:
                return replaced
        return response


class Desk:
    """One workstation in this process: its own SQLite file and secret store; `use()` binds it."""

    def __init__(self, path: Path, admin_last_name: str, hashing) -> None:
        from educonnect_desktop.secret_store import MemorySecretStore
        from educonnect_desktop.services.setup import create_first_administrator
        from educonnect_desktop.store import open_database

        self.path, self.hashing = path, hashing
        self.secrets = MemorySecretStore()
        self.faults = FaultyTransport()
        self.db = open_database(path)
        from educonnect_desktop.store.models import Account

        identifier = create_first_administrator("Admin", admin_last_name, ADMIN_PASSWORD, hashing=hashing).identifier
        self.admin_uuid = Account.get(Account.identifier == identifier).uuid

    @property
    def admin(self) -> str:
        """The administrator's identifier now (the server renames it if another machine had it first)."""
        from educonnect_desktop.store.models import Account

        self.use()
        return Account.get(Account.uuid == self.admin_uuid).identifier

    def use(self) -> "Desk":
        from educonnect_desktop.store.models import database_proxy

        database_proxy.initialize(self.db)
        return self

    def enroll(self, base: str, code: str):
        from educonnect_desktop.sync import engine

        actor = self.staff().actor  # enrolling is an administrator's act, audited under their name
        return engine.enroll(base, code, actor=actor, secrets=self.secrets, transport=self.transport(base))

    def transport(self, base: str | None = None):
        from educonnect_desktop.store.database import head_version
        from educonnect_desktop.sync import state
        from educonnect_desktop.sync.engine import transport_for
        from educonnect_desktop.sync.transport import Transport

        client = httpx.Client(base_url=base or state.get("server"), transport=self.faults, timeout=10,
                              headers=_protocol_headers(head_version()))
        if base is not None:
            return Transport(base, schema_version=head_version(), client=client, backoff=0.01)
        return transport_for(state.enrollment(), self.secrets, client=client, backoff=0.01)

    def sync(self):
        from educonnect_desktop.sync import engine

        self.use()
        return engine.run(secrets=self.secrets, transport=self.transport())

    def staff(self):
        from educonnect_desktop.services.staff import staff_login

        self.use()
        return staff_login(self.admin, ADMIN_PASSWORD, hashing=self.hashing)

    def create_staff(self, first: str, last: str):
        from educonnect_desktop.services.staff import create_staff

        session = self.staff()
        return create_staff(session, first, last, "secretariat", hashing=self.hashing)

    def accounts(self) -> dict[str, tuple]:
        from educonnect_desktop.store.models import Account

        self.use()
        return {a.uuid: (a.identifier, a.state, a.first_name, a.last_name, a.email) for a in Account.select()}

    def close(self) -> None:
        self.db.close()


def _protocol_headers(schema: int) -> dict:
    from educonnect_desktop import __version__
    from educonnect_desktop.protocol import APP_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER

    return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(schema), APP_HEADER: __version__}


def enroll_code(url: str, uai: str, name: str) -> str:
    result = central_cli(url, "workstation", "enroll", "--establishment", uai, "--name", name)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def add_school(url: str, uai: str, name: str = "Collège de test") -> None:
    result = central_cli(url, "establishment", "add", uai, name)
    assert result.returncode == 0, result.stderr


def rename_offline(changes: list[tuple["Desk", str]], identifier: str) -> None:
    """Each workstation corrects the first name of `identifier` offline, as a service would
    (one journaled operation, audited under its administrator): two of them make a conflict."""
    from educonnect_desktop.services import audit
    from educonnect_desktop.store.models import Account, database_proxy

    for desk, first_name in changes:
        desk.use()
        account = Account.get(Account.identifier == identifier)
        account.first_name = first_name
        account.save()
        with database_proxy.atomic():
            audit.journal(account, "update", ["first_name"])
            audit.record("account.renamed", actor=desk.admin, target=account.identifier)

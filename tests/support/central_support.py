"""Helpers of the central server tests: a real server subprocess, the CLIs in subprocesses."""

from __future__ import annotations

import os
import socket
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

    def __init__(self, url: str, log_path: Path, env: dict | None = None) -> None:
        self.url, self.log_path, self.extra_env = url, log_path, env or {}
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        env = dict(os.environ, EDUCONNECT_CENTRAL_DATABASE_URL=self.url, **self.extra_env)
        self.log = open(self.log_path, "ab")
        self.process = subprocess.Popen([str(VENV_BIN / "educonnect-central"), "serve", "--port", str(self.port)],
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/v1/health", timeout=1).status_code == 200:
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

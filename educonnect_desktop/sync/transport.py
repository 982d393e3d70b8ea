"""HTTP to the central server (httpx): TLS verified, retries with backoff, token refresh.

Plain http is accepted only towards the loopback address (tests, a server on the same machine).
A 401 gets a fresh access token from the credential and the *same* request again: safe, since
every push is idempotent on the server.
"""

from __future__ import annotations

import logging
import ssl
import time
from typing import Any, Callable
from urllib.parse import urlsplit

import httpx

from .. import __version__
from ..core.messages import QT_TRANSLATE_NOOP
from ..protocol import APP_HEADER, ERR_TOO_OLD, PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER
from .errors import CaFileUnreadable, CertificateRefused, ClientTooOld, Refused, SyncError, Unreachable
from .refusals import refusal_text

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def check_server_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Adresse de serveur invalide : « {url} » (attendu : https://serveur:8470).")
                .format(url=url.strip()))
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise SyncError(QT_TRANSLATE_NOOP(
            "StaffMessages", "Le serveur central doit être joint en https (http n'est accepté que vers 127.0.0.1)."))
    return url.strip().rstrip("/")


class Transport:
    def __init__(self, base_url: str, *, schema_version: int, ca_file: str | None = None,
                 credential: Callable[[], tuple[str, str]] | None = None, timeout: float = 15.0,
                 attempts: int = 4, backoff: float = 0.3, client: httpx.Client | None = None) -> None:
        self.base_url = check_server_url(base_url)
        self.credential = credential
        self.attempts, self.backoff = attempts, backoff
        self.token: str | None = None
        verify: Any = _ca_context(ca_file) if ca_file else True
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: str(schema_version),
                   APP_HEADER: __version__}
        self.client = client or httpx.Client(base_url=self.base_url, verify=verify, timeout=timeout,
                                             headers=headers)

    def close(self) -> None:
        self.client.close()

    def _refresh_token(self) -> None:
        workstation_id, secret = self.credential()
        data = self._send("POST", "/v1/token", {"workstation_id": workstation_id, "credential": secret},
                          None, authenticated=False)
        self.token = data["access_token"]

    def call(self, method: str, path: str, body: Any = None, params: dict | None = None) -> Any:
        """An authenticated request; a refused token is refreshed once and the request resent."""
        if self.token is None:
            self._refresh_token()
        try:
            return self._send(method, path, body, params, authenticated=True)
        except Refused as exc:
            if exc.status != 401 or exc.code == "revoked":
                raise
        self._refresh_token()
        return self._send(method, path, body, params, authenticated=True)

    def anonymous(self, method: str, path: str, body: Any = None) -> Any:
        return self._send(method, path, body, None, authenticated=False)

    def _send(self, method: str, path: str, body: Any, params: dict | None, *, authenticated: bool) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if authenticated else {}
        last_problem = ""
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(min(self.backoff * 2 ** (attempt - 1), 5.0))
            try:
                response = self.client.request(method, path, json=body, params=params, headers=headers)
            except httpx.ConnectError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):  # not a network hiccup: do not retry
                    raise CertificateRefused(QT_TRANSLATE_NOOP("StaffMessages",
                        "Le certificat du serveur central ({server}) n'est pas reconnu. Si le serveur "
                        "utilise une autorité privée, inscrivez le poste avec --ca-file FICHIER.pem.")
                        .format(server=self.base_url)) from None
                last_problem = type(exc).__name__
                log.info("sync: %s %s failed (%s), attempt %d", method, path, last_problem, attempt + 1)
                continue
            except httpx.TransportError as exc:
                last_problem = type(exc).__name__
                log.info("sync: %s %s failed (%s), attempt %d", method, path, last_problem, attempt + 1)
                continue
            if response.status_code >= 500:
                last_problem = f"HTTP {response.status_code}"
                log.info("sync: %s %s answered %d, attempt %d", method, path, response.status_code, attempt + 1)
                continue
            if response.status_code >= 400:
                raise _refusal(response)
            return response.json()
        raise Unreachable(QT_TRANSLATE_NOOP("StaffMessages", "Serveur central injoignable ({server} : {problem}). "
                            "Le travail de ce poste est conservé ; réessayez plus tard.")
                          .format(server=self.base_url, problem=last_problem))


def _ca_context(ca_file: str) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise CaFileUnreadable(QT_TRANSLATE_NOOP(
            "StaffMessages", "Certificat d'autorité illisible ({file}) : {reason}.")
                               .format(file=ca_file, reason=str(reason))) from None


def _refusal(response: httpx.Response) -> Refused:
    try:
        data = response.json()
        code, message = str(data.get("code", "")), str(data.get("message", ""))
        expected = data.get("expected_seq")
    except (ValueError, AttributeError):
        code, message, expected = "", "", None
    # The server's own message is its French (it has no window language): ours where we have one.
    message = refusal_text(response.status_code, code, message) or QT_TRANSLATE_NOOP(
        "StaffMessages", "Le serveur central a refusé la demande (HTTP {status}).").format(status=response.status_code)
    cls = ClientTooOld if code == ERR_TOO_OLD else Refused
    return cls(response.status_code, code, message, expected)

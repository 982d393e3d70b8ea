"""Running the API with uvicorn (TLS when a certificate is given)."""

from __future__ import annotations

import os

import uvicorn

from .db import URL_ENV


def app_from_environment():
    """uvicorn factory for `--workers N`: each process builds its app from the environment."""
    from .app import create_app

    return create_app(os.environ[URL_ENV])


def serve(url: str, *, host: str, port: int, tls_cert: str | None = None, tls_key: str | None = None,
          workers: int = 1) -> None:
    os.environ[URL_ENV] = url
    uvicorn.run("educonnect_desktop.central.server:app_from_environment", factory=True, host=host, port=port,
                ssl_certfile=tls_cert, ssl_keyfile=tls_key, workers=workers, log_level="info",
                # The access log shows method, path and status only: no body, no header, no token.
                access_log=True)

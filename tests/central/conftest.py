"""Central server fixtures: a fresh PostgreSQL database per test session, a real uvicorn server.

Every test makes its own establishments (unique UAI codes), so tests share the session's
database and server without seeing each other's rows.
"""

from __future__ import annotations

import itertools
import os
import time
import uuid

import psycopg
import pytest

from central_support import Server

from educonnect_desktop.central.db import connect, migrate

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="session")
def central_url():
    name = f"educonnect_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    conn = connect(url)
    migrate(conn)
    conn.close()
    yield url
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def central_server(central_url, tmp_path_factory):
    server = Server(central_url, tmp_path_factory.mktemp("central") / "server.log").start()
    yield server
    server.kill()


_uai_numbers = itertools.count(int(time.time()) % 1000 * 1000)


@pytest.fixture
def new_uai():
    def make() -> str:
        return f"{next(_uai_numbers) % 10_000_000:07d}{'ABCDEFGHJK'[os.getpid() % 10]}"
    return make


@pytest.fixture
def central_conn(central_url):
    conn = connect(central_url)
    yield conn
    conn.close()

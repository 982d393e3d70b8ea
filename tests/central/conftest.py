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


@pytest.fixture
def desks(tmp_path, central_url, central_server, fast_hashing):
    """`make(uai, name)` -> an enrolled in-process workstation of that school."""
    from central_support import Desk, enroll_code

    made = []

    def make(uai: str, last_name: str) -> Desk:
        desk = Desk(tmp_path / f"{last_name}.sqlite", last_name, fast_hashing)
        desk.enroll(central_server.base, enroll_code(central_url, uai, f"{last_name}-{uuid.uuid4().hex[:6]}"))
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()

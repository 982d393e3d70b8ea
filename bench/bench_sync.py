"""Central server: 20 workstations x 500 operations pushed concurrently, against a raw PostgreSQL
insert of the same rows in the same run; then the first sync of a 5,000-account establishment.

Run: .venv/bin/python bench/bench_sync.py   (PostgreSQL on 127.0.0.1:5432, trust, user postgres)
Writes its figures in bench/README.md (section "Central server: push throughput and first sync").
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg
from psycopg.types.json import Jsonb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_actors import bench_administrator  # noqa: E402
from bench_report import machine_lines, replace_section  # noqa: E402

from educonnect_desktop.central import admin  # noqa: E402
from educonnect_desktop.central.db import connect, migrate  # noqa: E402
from educonnect_desktop.protocol import PROTOCOL_HEADER, to_wire, Change, Operation  # noqa: E402

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
BIN = Path(sys.executable).parent
FIRST = ["Léa", "Hugo", "Chloé", "Jules", "Inès", "Louis", "Emma", "Gabriel", "Jade", "Raphaël"]
LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"]
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$Z2V0IHRoZSBoYXNoIG9mIGl0IGFsbCBoZXJlIG9r"


def account_fields(ws: int, i: int) -> dict:
    """A pupil, or one time in three a guardian with a mobile and an address (as an import pushes
    them: the server looks each new guardian up in the other schools, central/sharing.py)."""
    first, last = FIRST[i % 10], LAST[(i // 10) % 10]
    if i % 3 == 2:
        return {**_pupil(ws, i, first, last), "kind": "guardian", "birth_date": None, "class_code": None,
                "siecle_eleve_id": None, "siecle_personne_id": str(i), "mobile": f"+336{ws:02d}{i:06d}",
                "email": f"{first.lower()}.{last.lower()}.{ws}.{i}@exemple.fr", "email_state": "pending"}
    return _pupil(ws, i, first, last)


def _pupil(ws: int, i: int, first: str, last: str) -> dict:
    return {"kind": "student", "identifier": f"{first[0].lower()}.{last.lower()}{ws * 100_000 + i}",
            "first_name": first, "last_name": last, "usage_name": None, "birth_date": "2012-03-04",
            "class_code": "6 A", "state": "provisional", "staff_role": None, "password_hash": HASH,
            "provisional_expires_at": "2027-03-01T00:00:00", "must_change_password": True,
            "charter_accepted_at": None, "email": None, "email_state": "none", "pending_email": None,
            "mobile": None, "mobile_confirmed": False, "siecle_eleve_id": str(i), "siecle_personne_id": None,
            "ine": None, "last_login_at": None, "left_at": None, "created_at": "2026-12-01T10:00:00",
            "updated_at": "2026-12-01T10:00:00", "in_school": True}


def operations(ws: int, count: int) -> list[dict]:
    return [to_wire(Operation(seq=i + 1, name="account.create", actor="s.secretariat1", app_version="bench",
                              schema_version=6, changes=[Change("account", uuid.uuid4().hex, "insert", None,
                                                                account_fields(ws, i))]))
            for i in range(count)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, EDUCONNECT_CENTRAL_DATABASE_URL=url)
    proc = subprocess.Popen([str(BIN / "educonnect-central"), "serve", "--port", str(port), "--workers", str(workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def enroll(conn, base: str, uai: str, name: str) -> httpx.Client:
    code = admin.enroll_workstation(conn, uai, name, actor="bench")
    headers = {PROTOCOL_HEADER: "1"}
    data = httpx.post(base + "/v1/enroll", json={"code": code}, headers=headers).json()
    token = httpx.post(base + "/v1/token", headers=headers, json={"workstation_id": data["workstation_id"],
                                                                   "credential": data["credential"]}).json()
    return httpx.Client(base_url=base, timeout=120,
                        headers={**headers, "Authorization": f"Bearer {token['access_token']}"})


def push_all(client: httpx.Client, ops: list[dict], batch: int) -> None:
    for start in range(0, len(ops), batch):
        r = client.post("/v1/push", json={"operations": ops[start:start + batch]})
        r.raise_for_status()


def run_concurrently(jobs) -> float:
    threads = [threading.Thread(target=job) for job in jobs]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - began


def raw_insert(url: str, all_ops: list[list[dict]], est_ids: list[int], batch: int) -> float:
    """The anchor: the same rows, same batches and concurrency, straight INSERTs into a table of
    the account table's shape (no HTTP, no rule, no idempotency record)."""
    with psycopg.connect(url, autocommit=True) as c:
        c.execute("DROP TABLE IF EXISTS raw_account")
        c.execute("CREATE TABLE raw_account (uuid TEXT PRIMARY KEY, establishment_id BIGINT NOT NULL, "
                  "identifier TEXT NOT NULL UNIQUE, fields JSONB NOT NULL, field_versions JSONB NOT NULL, "
                  "version BIGINT NOT NULL)")
        c.execute("CREATE INDEX raw_account_feed ON raw_account (establishment_id, version)")

    def job(ops, est):
        with psycopg.connect(url) as c:
            for start in range(0, len(ops), batch):
                with c.cursor() as cur:
                    cur.executemany("INSERT INTO raw_account VALUES (%s, %s, %s, %s, %s, %s)", [
                        (ch["uuid"], est, ch["fields"]["identifier"], Jsonb(ch["fields"]), Jsonb({}), op["seq"])
                        for op in ops[start:start + batch] for ch in op["changes"]])
                c.commit()

    return run_concurrently([lambda o=o, e=e: job(o, e) for o, e in zip(all_ops, est_ids)])


def first_sync(conn, base: str, url: str, accounts: int) -> tuple[float, int]:
    admin.add_establishment(conn, "0750001B", "Lycée de mesure", actor="bench")
    loader = enroll(conn, base, "0750001B", "chargeur")
    push_all(loader, [dict(op) for op in operations(99, accounts)], 500)
    from educonnect_desktop.secret_store import MemorySecretStore
    from educonnect_desktop.store import open_database
    from educonnect_desktop.store.models import Account
    from educonnect_desktop.sync import engine

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "poste.sqlite")
        secrets = MemorySecretStore()
        code = admin.enroll_workstation(conn, "0750001B", "nouveau-poste", actor="bench")
        engine.enroll(base, code, actor=bench_administrator(), secrets=secrets)
        began = time.perf_counter()
        engine.run(secrets=secrets)
        elapsed = time.perf_counter() - began
        count = Account.select().count()
        db.close()
    return elapsed, count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workstations", type=int, default=20)
    parser.add_argument("--operations", type=int, default=500)
    parser.add_argument("--schools", default="4,20", help="scenarios: the workstations spread over N schools")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    name = f"educonnect_bench_{os.getpid()}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    proc = None
    try:
        conn = connect(url)
        migrate(conn)
        proc, base = start_server(url, args.workers)
        total = args.workstations * args.operations
        scenarios = []
        for k, schools in enumerate(int(n) for n in args.schools.split(",")):
            uais = [f"07{k}{n:04d}A" for n in range(schools)]
            for uai in uais:
                admin.add_establishment(conn, uai, f"Collège {uai}", actor="bench")
            clients = [enroll(conn, base, uais[w % schools], f"poste-{k}-{w}") for w in range(args.workstations)]
            all_ops = [operations(k * 1000 + w, args.operations) for w in range(args.workstations)]
            est_ids = [admin.establishment_id(conn, uais[w % schools]) for w in range(args.workstations)]
            before = conn.execute("SELECT count(*) AS n FROM applied_operation").fetchone()["n"]
            raw = raw_insert(url, all_ops, est_ids, args.batch)
            pushed = run_concurrently([lambda c=c, o=o: push_all(c, o, args.batch) for c, o in zip(clients, all_ops)])
            stored = conn.execute("SELECT count(*) AS n FROM applied_operation").fetchone()["n"] - before
            assert stored == total, stored
            replay = run_concurrently([lambda c=c, o=o: push_all(c, o, args.batch) for c, o in zip(clients, all_ops)])
            assert conn.execute("SELECT count(*) AS n FROM applied_operation").fetchone()["n"] - before == total
            scenarios.append((schools, raw, pushed, replay))

        sync_time, synced = first_sync(conn, base, url, args.accounts)
        server_version = conn.info.server_version
        conn.close()
    finally:
        if proc is not None:
            proc.kill()
            proc.wait()
        with psycopg.connect(ADMIN_URL, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    lines = [
        f"`.venv/bin/python bench/bench_sync.py` (PostgreSQL {server_version // 10000}, "
        f"{args.workers} uvicorn worker(s), server and clients on this machine).",
        "",
        *machine_lines(f"load before {load_before:.2f}"),
        "",
        f"{args.workstations} workstations each push {args.operations} `account.create` operations (two pupils, "
        "then a guardian with a mobile and an address, whom the server looks up in the other schools) in batches "
        f"of {args.batch}, all at once, over HTTP on loopback, spread over 4 schools (5 workstations of a school "
        "push one after the other: the school's row lock that orders the pull cursor) or over 20. The anchor "
        f"inserts the same {total} rows, same batches, same concurrency, straight into a table of the same "
        "shape, in the same run. Then every batch is sent again (a replay).",
        "",
        "```",
        *[line for schools, raw, pushed, replay in scenarios for line in (
            f"{schools:2d} schools: raw PostgreSQL insert {raw:6.2f} s {total / raw:7.0f} rows/s | sync push "
            f"(HTTP + rules + idempotency) {pushed:6.2f} s {total / pushed:6.0f} ops/s | ratio {pushed / raw:4.2f}x "
            f"(target within 3x: {'met' if pushed / raw <= 3 else 'NOT met'}) | replay {replay:5.2f} s, "
            "nothing applied twice",)],
        f"first sync of {synced} accounts: {sync_time:5.2f} s (a newly enrolled workstation: pull pages + one "
        f"SQLite transaction; target < 5 s: {'met' if sync_time < 5 else 'NOT met'})",
        "```",
    ]
    print("\n".join(lines))
    if not args.no_write:
        replace_section("Central server: push throughput and first sync", lines)


if __name__ == "__main__":
    main()

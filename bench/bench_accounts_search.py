"""Accounts table at 100,000 accounts: latency of a filter change (count + first page).

Run: .venv/bin/python bench/bench_accounts_search.py [--accounts 100000]
Writes its figures in bench/README.md (section "Accounts search at 100,000 accounts").
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report import machine_lines, replace_section  # noqa: E402

from educonnect_desktop.services.account_search import AccountFilter, count_accounts, search_accounts  # noqa: E402
from educonnect_desktop.store import open_database  # noqa: E402
from educonnect_desktop.store.database import refresh_statistics  # noqa: E402
from educonnect_desktop.store.models import Account, Establishment, database_proxy  # noqa: E402

LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
        "N'Diaye", "Benali", "Nguyen", "Da Silva", "Le Gall", "Ferreira", "Haddad", "Traoré", "Kowalski", "Muller"]
FIRST = ["Léa", "Hugo", "Chloé", "Jules", "Inès", "Louis", "Emma", "Gabriel", "Jade", "Raphaël", "Louise",
         "Arthur", "Alice", "Adam", "Lina", "Noé", "Rose", "Ethan", "Anna", "Nathan", "Mila", "Tom", "Zoé",
         "Sacha", "Jean", "Sophie", "Karim", "Claire", "Marc", "Aminata"]
CLASSES = [f"{level} {letter}" for level in (6, 5, 4, 3) for letter in "ABCDEFGH"]


def populate(n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    school = Establishment.create(uai="0759999Z", name="Collège de mesure")
    now = datetime(2026, 11, 23)
    rows, counters = [], {}
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if i % 4 == 0:
            last = last.upper()  # SIECLE exports often write names in capitals
        stem = f"{first[0].lower()}.{last.lower()}"
        counters[stem] = counters.get(stem, 0) + 1
        student = i % 3 != 2
        rows.append(dict(uuid=f"{i:032x}", kind="student" if student else "guardian",
                         identifier=f"{stem}{counters[stem]}", first_name=first, last_name=last,
                         birth_date=date(2010 + i % 5, 1 + i % 12, 1 + i % 28) if student else None,
                         establishment=school.id, class_code=rng.choice(CLASSES) if student else None,
                         state=rng.choice(["provisional", "active", "active", "locked", "disabled"]),
                         must_change_password=True, email_state="none", mobile_confirmed=False,
                         created_at=now, updated_at=now))
    with database_proxy.atomic():
        for start in range(0, n, 2000):
            Account.insert_many(rows[start:start + 2000]).execute()


FILTERS = {
    "no filter": AccountFilter(),
    "text 'dup'": AccountFilter(text="dup"),
    "text 'lefèvre léa'": AccountFilter(text="lefèvre léa"),
    "text 'j.dupont12'": AccountFilter(text="j.dupont12"),
    "class '4 C'": AccountFilter(class_code="4 C"),
    "kind guardian + state locked": AccountFilter(kind="guardian", state="locked"),
    "text 'ma' + class '3 A'": AccountFilter(text="ma", class_code="3 A"),
    "kind student": AccountFilter(kind="student"),
    "state provisional": AccountFilter(state="provisional"),
}


def anchor_ms(repeats: int) -> float:
    """The same work with no filter, no join and no French order: a bare rowid walk in SQL."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        database_proxy.execute_sql('SELECT COUNT(*) FROM "account"').fetchone()
        database_proxy.execute_sql('SELECT * FROM "account" ORDER BY "id" LIMIT 200').fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(repeats: int) -> list[tuple[str, int, float, float]]:
    results = []
    for label, flt in FILTERS.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            total = count_accounts(flt)
            search_accounts(flt, limit=200)  # the first page the table shows
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        results.append((label, total, statistics.median(times), times[int(0.99 * (len(times) - 1))]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        started = time.perf_counter()
        populate(args.accounts)
        refresh_statistics()  # as the roster import does after writing
        load_s = time.perf_counter() - started
        results = measure(args.repeats)
        anchor = anchor_ms(args.repeats)
        db.close()
        # The price of French order on writes: the same load without the two `fr` name indexes.
        db = open_database(Path(tmp) / "binary.sqlite")
        for index in ("account_kind_name_fr", "account_name_fr"):
            db.execute_sql(f'DROP INDEX "{index}"')
        started = time.perf_counter()
        populate(args.accounts)
        plain_load_s = time.perf_counter() - started
        db.close()
    lines = [f"{args.accounts:,} accounts (loaded in {load_s:.1f} s; {plain_load_s:.1f} s without the French-order "
             f"name indexes, so {load_s / plain_load_s:.1f}× for the Python collation on inserts); each figure is one filter change: "
             "`count_accounts` + the first page of 200 rows (`search_accounts`), the accounts table fetching "
             "further pages only when scrolled; statistics refreshed after loading (as an import does), "
             f"{args.repeats} repeats. Rows in French order (`fr` collation, case and accents ignored: "
             "a quarter of the last names in capitals, as SIECLE writes them). Anchor: a bare "
             f"`COUNT(*)` + 200 rows by rowid in SQL, {anchor:.1f} ms p50, in the same process.", "",
             "| filter | matches | p50 (ms) | p99 (ms) | p50 / anchor |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {label} | {total:,} | {p50:.1f} | {p99:.1f} | {p50 / anchor:.1f} |"
              for label, total, p50, p99 in results]
    print("\n".join(lines))
    if not args.no_write:
        replace_section("Accounts search at 100,000 accounts", machine_lines() + [""] + lines)


if __name__ == "__main__":
    main()

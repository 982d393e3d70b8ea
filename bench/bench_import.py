"""Time a full roster import against the Argon2 lower bound.

Run: .venv/bin/python bench/bench_import.py [--runs 3] [--no-readme]

Generates a SIECLE export of 1,500 students and 2,800 guardians
(bench/roster_generator.py), then, per run, imports it into a fresh SQLite file
with the default (OWASP) Argon2id parameters, giving a provisional password to
every student and every legal guardian. Reported per run: the total wall time
(preview + apply), the parse time (reading + diff), the hashing time and the
database write time.

Lower bound: hashed accounts x one Argon2 hash (median of sequential hashes,
measured right before the run) / os.cpu_count(). The target is a total within
1.3x of it. The machine may be shared: the load average is printed beside
each run, and the median run is the one reported.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from roster_generator import generate_siecle  # noqa: E402

from educonnect_desktop.core.hashing import PasswordHashing  # noqa: E402
from educonnect_desktop.services.roster_import import apply_import, preview_import  # noqa: E402
from educonnect_desktop.store import open_database  # noqa: E402

README = ROOT / "bench" / "README.md"
SECTION = "Roster import (1,500 students, 2,800 guardians)"
TARGET = 1.3
TODAY = date(2024, 12, 1)  # inside the generated school year


def one_hash_seconds(hashing: PasswordHashing, samples: int = 30) -> float:
    hashing.hash("échauffement")
    times = []
    for i in range(samples):
        started = time.perf_counter()
        hashing.hash(f"Provisoire-{i}!")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run_once(eleves: bytes, responsables: bytes) -> dict:
    hashing = PasswordHashing()
    load_before = os.getloadavg()[0]
    t_one = one_hash_seconds(hashing)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "ElevesSansAdresses.xml").write_bytes(eleves)
        (folder / "ResponsablesAvecAdresses.xml").write_bytes(responsables)
        db = open_database(folder / "bench.sqlite")
        try:
            started, cpu_started = time.perf_counter(), time.process_time()
            preview = preview_import([folder / "ElevesSansAdresses.xml", folder / "ResponsablesAvecAdresses.xml"],
                                     today=TODAY)
            parsed = time.perf_counter()
            result = apply_import(preview, actor="bench", provisional_for_guardians=True, hashing=hashing)
            total = time.perf_counter() - started
            cpu = time.process_time() - cpu_started  # every thread of this process
        finally:
            db.close()
    hashed = result.passwords_issued
    bound = hashed * t_one / (os.cpu_count() or 1)
    return {
        "hashed": hashed, "students": result.students_created, "guardians": result.guardians_created,
        "t_one_ms": t_one * 1000, "bound": bound, "total": total, "parse": parsed - started,
        "hashing": result.hashing_seconds, "writing": result.writing_seconds, "ratio": total / bound,
        "cpu": cpu, "cpu_ratio": cpu / (hashed * t_one), "cores_used": cpu / total,
        "load": (load_before, os.getloadavg()[0]),
    }


def table(runs: list[dict]) -> str:
    head = (f"{'run':>6} | {'accounts hashed':>15} | {'1 hash ms':>9} | {'bound s':>7} | {'total s':>7} | "
            f"{'parse s':>7} | {'hashing s':>9} | {'writes s':>8} | {'ratio':>5} | {'CPU s':>6} | {'CPU/work':>8} | "
            f"{'cores got':>9} | load before/after")
    lines = [head, "-" * len(head)]
    for name, r in runs:
        lines.append(f"{name:>6} | {r['hashed']:>15} | {r['t_one_ms']:>9.1f} | {r['bound']:>7.1f} | "
                     f"{r['total']:>7.1f} | {r['parse']:>7.2f} | {r['hashing']:>9.1f} | {r['writing']:>8.2f} | "
                     f"{r['ratio']:>5.2f} | {r['cpu']:>6.1f} | {r['cpu_ratio']:>8.2f} | {r['cores_used']:>9.2f} | "
                     f"{r['load'][0]:.2f} / {r['load'][1]:.2f}")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.machine()}, {os.cpu_count()} CPU ({cpu}), Python {platform.python_version()}, "
            f"SQLite {__import__('sqlite3').sqlite_version}")


def write_readme(text: str) -> None:
    current = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    section = f"## {SECTION}\n\n{text.rstrip()}\n"
    pattern = re.compile(rf"^## {re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _m: section + "\n", current, count=1).rstrip() + "\n"
    else:
        updated = current.rstrip() + "\n\n" + section
    README.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--students", type=int, default=1500)
    parser.add_argument("--guardians", type=int, default=2800)
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args()

    eleves, responsables = generate_siecle(students=args.students, guardians=args.guardians, seed=0)
    runs = []
    for index in range(args.runs):
        result = run_once(eleves, responsables)
        runs.append((str(index + 1), result))
        print(table(runs[-1:]).splitlines()[-1], flush=True)
    median = sorted((r for _, r in runs), key=lambda r: r["ratio"])[len(runs) // 2]
    rows = table([*runs, ("median", median)])
    met = median["ratio"] <= TARGET
    verdict = (f"Target total <= {TARGET}x the lower bound: **{'met' if met else 'NOT met'}** "
               f"(median run {median['ratio']:.2f}x).")
    print(rows)
    print(verdict)
    if args.no_readme:
        return
    text = "\n".join([
        "`.venv/bin/python bench/bench_import.py` (3 runs), 2026-11-23.",
        "",
        f"Machine: {machine()}. Shared with other processes: load average (1 min) before / after each run "
        "in the last column.",
        "",
        f"A generated SIECLE export (`bench/roster_generator.py`, seed 0) of {args.students} students and "
        f"{args.guardians} guardians imported into a fresh SQLite file with the default Argon2id parameters "
        f"(t=2, m=19 MiB, p=1), a provisional password for every student and every legal guardian: "
        f"{median['students']} students + {median['guardians']} legal guardians = {median['hashed']} hashes "
        f"(the other guardians are non-legal contacts: no account). *bound* = hashes x one hash "
        f"(median of 30 sequential hashes measured just before the run) / {os.cpu_count()} cores. *total* = "
        "preview (read + diff) + apply (hashing on `hash_many`'s thread pool, then one transaction). Seconds. "
        "*CPU s*: CPU time of the process (all threads) during the run; *CPU/work* = CPU s / (hashes x one "
        "hash), the import's own overhead (1.00 = nothing but hashing); *cores got* = CPU s / total, how much "
        f"of the {os.cpu_count()} cores the run actually obtained from the shared machine.",
        "",
        "```",
        rows,
        "```",
        "",
        verdict,
    ])
    write_readme(text)
    print(f"written to {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

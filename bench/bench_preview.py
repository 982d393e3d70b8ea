"""Time the import preview of a large establishment against a bare defusedxml parse.

Run: .venv/bin/python bench/bench_preview.py [--repeat 5] [--no-readme] [--profile]

Generates a SIECLE export of 6,000 students and 11,000 guardians, then times, in the same
process and alternately: the anchor, a bare `defusedxml.ElementTree.parse` of both files
(what any reader of these files must at least do), and `preview_import` (read + diff,
nothing written) in two situations: a first import (empty database) and a re-import into a
database that already holds this roster (every account loaded and compared). The target is
a preview within 1.5x of the anchor. Best of `--repeat` for each, since the machine is
shared; the load average is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import defusedxml.ElementTree as safe_etree  # noqa: E402
from bench_actors import bench_administrator  # noqa: E402
from bench_report import machine, write_section  # noqa: E402
from roster_generator import generate_siecle  # noqa: E402

from educonnect_desktop.core.hashing import HashParameters, PasswordHashing  # noqa: E402
from educonnect_desktop.importers.archives import plain_file  # noqa: E402
from educonnect_desktop.importers.fields import clear_caches  # noqa: E402
from educonnect_desktop.importers.siecle import read_siecle  # noqa: E402
from educonnect_desktop.importers.siecle_guardians import LINK_PATH, PERSON_PATH  # noqa: E402
from educonnect_desktop.importers.siecle_students import STRUCTURE_PATH, STUDENT_PATH  # noqa: E402
from educonnect_desktop.importers.xml_safety import stream_records  # noqa: E402
from educonnect_desktop.services.roster_import import apply_import, preview_import  # noqa: E402
from educonnect_desktop.store import open_database  # noqa: E402

SECTION = "Import preview (6,000 students, 11,000 guardians)"
TARGET = 1.5
TODAY = date(2024, 12, 1)
# Only to fill the database for the re-import case: the preview never hashes.
CHEAP = HashParameters(time_cost=1, memory_cost=8, parallelism=1)


RECORDS = {"BEE_ELEVES": (STUDENT_PATH, STRUCTURE_PATH), "BEE_RESPONSABLES": (PERSON_PATH, LINK_PATH)}


def streamed_parse_only(files: list[Path]) -> None:
    """The previews' own parse (xml_safety.stream_records), each record built then dropped unread."""
    for path in files:
        export = plain_file(path)
        with export.open() as stream:
            stream_records(export, stream, None, lambda root: {record: _drop for record in RECORDS[root]})


def _drop(_record) -> None:
    return None


WHY = (
    "Where the time goes (issue 14): *streamed parse only* is the previews' own parse with every "
    "record built and dropped unread; *reading* adds, for each of the 35,000 records, reading and "
    "cleaning its fields, checking names, dates, INE, e-mail and mobile, and building the record; "
    "*first import* adds the diff against an empty database, *re-import* reading the 16,435 "
    "accounts and the diff against them. Done in this round: defusedxml's parser reads only the "
    "prolog (it refuses any DTD before the other parser sees it) and ElementTree's C parser and C "
    "TreeBuilder build the records, cut from the tree between 64 KiB chunks: the parse went from "
    "0.9x to 0.4x the anchor; a record's fields read in one pass instead of a call per field; "
    "records built through their `__dict__` (`core/frozen.py`: a frozen dataclass's `__init__` "
    "cost 1.6 us more per record than a plain one, over 50,000 records); the existing links read "
    "through the covering index instead of a join on the accounts; the fingerprint marshalled "
    "instead of repr'd; no per-record progress call (the bytes read already give it). What is left "
    "is Python work per record (cleaning and checking its fields, building it: about 10 us a "
    "record) and, for a re-import, reading 16,435 accounts from SQLite (about 0.08 s for the "
    "three queries, most of it in sqlite3 making Python values) and comparing them. Before this "
    "round the same bench measured 1.57x (first import) and 1.71x (re-import) on a quiet machine "
    "(load 0.5-0.8), 2.0x and 2.3x on this one at load 0.5 at the start of the round. The margin "
    "is thin: the re-import's CPU ratio was 1.50 in the run of 2026-12-02 recorded here, and runs "
    "during the last changes of this round (load 0.8-1.4) gave 1.48x to 1.56x."
)


def best_pair(anchor, function, repeat: int) -> tuple[float, float, float]:
    """Best of `repeat` for both, run alternately so that a burst of load hits both alike:
    (anchor wall, function wall, ratio of their best CPU times) in seconds.

    CPU time (the process's) leaves out the waits for a core on the shared machine; the
    target is judged on wall time, as before.
    """
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, work in enumerate((anchor, function)):
            if index:
                clear_caches()  # each preview starts cold, as the first one of a session does
            started, cpu_started = time.perf_counter(), time.process_time()
            work()
            walls[index].append(time.perf_counter() - started)
            cpus[index].append(time.process_time() - cpu_started)
    return min(walls[0]), min(walls[1]), min(cpus[1]) / min(cpus[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=6000)
    parser.add_argument("--guardians", type=int, default=11000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--profile", action="store_true", help="print a profile of one re-import preview")
    args = parser.parse_args()

    eleves, responsables = generate_siecle(students=args.students, guardians=args.guardians, seed=0)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        files = [folder / "ElevesSansAdresses.xml", folder / "ResponsablesAvecAdresses.xml"]
        files[0].write_bytes(eleves)
        files[1].write_bytes(responsables)
        sizes = [f.stat().st_size for f in files]

        def anchor() -> None:
            for path in files:
                safe_etree.parse(path, forbid_dtd=True)

        db = open_database(folder / "bench.sqlite")
        try:
            anchor_stream, stream_only, cpu_stream = best_pair(anchor, lambda: streamed_parse_only(files), args.repeat)
            anchor_read, read, cpu_read = best_pair(anchor, lambda: read_siecle(files, today=TODAY), args.repeat)
            anchor_first, first, cpu_first = best_pair(anchor, lambda: preview_import(files, today=TODAY), args.repeat)
            preview = preview_import(files, establishment_name="Collège du banc d'essai", today=TODAY)
            apply_import(preview, actor=bench_administrator(), provisional_for_guardians=True,
                         hashing=PasswordHashing(CHEAP))
            accounts = preview.counts.new_students + preview.counts.new_guardians
            anchor_again, again, cpu_again = best_pair(anchor, lambda: preview_import(files, today=TODAY), args.repeat)
            if args.profile:
                clear_caches()
                profile = cProfile.Profile()
                profile.runcall(preview_import, files, today=TODAY)
                pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        finally:
            db.close()
    load_after = os.getloadavg()[0]
    rows = [
        ("streamed parse only (records dropped unread)", anchor_stream, stream_only, cpu_stream),
        ("reading (read_siecle, no database)", anchor_read, read, cpu_read),
        ("first import (empty database)", anchor_first, first, cpu_first),
        (f"re-import ({accounts:,} accounts in the database)", anchor_again, again, cpu_again),
    ]
    head = f"{'case':<44} | {'anchor s':>8} | {'preview s':>9} | {'ratio':>5} | {'CPU ratio':>9}"
    lines = [head, "-" * len(head)]
    for name, a, p, cpu in rows:
        lines.append(f"{name:<44} | {a:>8.3f} | {p:>9.3f} | {p / a:>5.2f} | {cpu:>9.2f}")
    worst = max(p / a for _, a, p, _cpu in rows[2:])  # the target is about the previews
    verdict = (f"Target preview <= {TARGET}x the bare parse: **{'met' if worst <= TARGET else 'NOT met'}** "
               f"(worst {worst:.2f}x).")
    table = "\n".join(lines)
    print(table)
    print(verdict)
    if args.no_readme:
        return
    uptime = os.popen("uptime").read().strip()
    text = "\n".join([
        f"`.venv/bin/python bench/bench_preview.py --repeat {args.repeat}`, {date.today().isoformat()}.",
        "",
        f"Machine: {machine()}. `uptime` before the run: load {load_before:.2f}; after: {uptime}.",
        "",
        f"A generated SIECLE export (seed 0) of {args.students:,} students and {args.guardians:,} guardians "
        f"({sizes[0] / 2**20:.1f} + {sizes[1] / 2**20:.1f} MiB, ISO-8859-15). *anchor*: a bare "
        "`defusedxml.ElementTree.parse` of both files, in the same process, alternately with the previews. "
        "*preview*: `preview_import` (encoding check, streamed parse, field cleaning, e-mail and phone "
        "validation, reading the accounts, diff, summary); nothing is written. Best of "
        f"{args.repeat}, seconds; *CPU ratio*: the same with the process's CPU time (no wait for a core on "
        "the shared machine); the target is judged on the wall-time ratio.",
        "",
        "```",
        table,
        "```",
        "",
        verdict,
        "",
        WHY,
    ])
    write_section(SECTION, text)


if __name__ == "__main__":
    main()

"""Time 300 notification letters (PDF) against a bare QPdfWriter + drawText, and the cancel latency.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_letters.py [--letters 300] [--repeat 3]
     [--no-readme] [--profile]

*anchor*: the same number of A4 pages written with a bare QPdfWriter and QPainter.drawText,
one call per text line of the letter (same font, same words, no layout; paragraphs cut into
lines of at most 110 characters, a little longer than the letter's own lines, so the anchor
makes no more calls than the letter has lines): what any PDF of these letters must at least
cost. Until 2026-12-02 the anchor cut each paragraph at 110 characters instead, dropping a
tenth of the words (1,421 of 1,567 characters drawn), which made it cheaper than "the same
words". *letters*: `write_letters_pdf` (QTextDocument layout,
tables, QR code). Best of `--repeat`, alternately. Then the cancel latency: a batch runs on
a worker thread, `cancelled()` turns true at a random moment, and the time until
`LettersCancelled` reaches the caller is measured (30 times). The same is measured for an
import: hashing the provisional passwords of 1,500 students (`apply_import`) and reading a
6,000-student export (`preview_import`).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import tempfile
import threading
import zlib
import time
from datetime import date
from html import unescape
from pathlib import Path
import re
import textwrap

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_actors import bench_administrator  # noqa: E402
from bench_report import machine, write_section  # noqa: E402
from PySide6.QtCore import QMarginsF, QPointF  # noqa: E402
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter  # noqa: E402
from roster_generator import generate_siecle  # noqa: E402

from educonnect_desktop.importers import ImportCancelled  # noqa: E402
from educonnect_desktop.letters import content  # noqa: E402
from educonnect_desktop.letters.data import LetterData  # noqa: E402
from educonnect_desktop.letters.errors import LettersCancelled  # noqa: E402
from educonnect_desktop.letters.fonts import SANS, ensure_letter_fonts  # noqa: E402
from educonnect_desktop.letters.pdf import RESOLUTION, write_letters_pdf  # noqa: E402
from educonnect_desktop.letters.qt_app import ensure_gui_application  # noqa: E402

SECTION = "Letters PDF (300 letters) and cancel latency"
TARGET = 2.0
CANCEL_TARGET_MS = 200
ANCHOR_LINE = 110  # characters of one anchor line


WHY = (
    "Where the rest goes (issue 14): QR codes, headers, captions and the steps and advice are laid "
    "out once per batch, and the personal part (names, identifier, password, validity) once per "
    "shape of letter, its texts then replaced in place (`letters/refill.py`; before, parsing its "
    "HTML and laying its tables out were 0.9 of 2.2 ms a letter, now the *laid out again* row). "
    "Both writers use the same settings (A4, no margins, 300 dpi, Qt's own stream compression, "
    "which QPdfWriter does not let one change), and both draw the same 1,555 glyphs a page, each "
    "written by Qt's PDF engine as its own `Td`/`Tj`; what our page has more is state: 191 `q`/`Q` "
    "against 32 (146 since this round), 56 pen changes, 37 filled rectangles (the tables' borders "
    "and fills) and 47 text runs against 28 (format changes), hence the page stream row, which "
    "`newPage` compresses. Done in this round: each document laid out at its place on the page and "
    "drawn with no painter translation, which Qt's PDF engine wrote again around every text item "
    "(97 `cm` a page; 2.07x before, measured the same day at load about 1.6). Measured and left: "
    "drawing the steps and advice from Qt's glyph runs, with no layout walk and no decoration, "
    "saved only about a quarter of their `drawContents` (the cost is in emitting the glyphs and "
    "their state); fixed column widths in the personal tables saved a tenth of its relayout (the "
    "*laid out again* row), a percent of a letter, for a risk on long identifiers. Going further "
    "would mean writing fewer, larger text runs than QTextDocument emits, that is drawing the "
    "letter by hand with QPainter (another layout to keep identical to this one). Until issue 14 the anchor "
    "cut paragraphs at 110 characters and so drew only 1,421 of a letter's 1,567 characters (the "
    "2.62x published then); against this anchor, the code before issue 14 measured 3.1 to 3.3x "
    "(CPU time, 2026-12-02, load about 3, same process layout)."
)


def letters(count: int) -> list[LetterData]:
    rnd = random.Random(0)
    out = []
    for i in range(count):
        guardian = i % 3 == 0
        out.append(LetterData(
            establishment_name="Collège Jean Moulin", establishment_uai="0751234A",
            first_name=rnd.choice(["Léa", "Noé", "Aïssatou", "François", "Chloé"]),
            last_name=rnd.choice(["MARTIN", "N'DIAYE", "LEFÈVRE-ŒHLER", "DURAND"]),
            kind="guardian" if guardian else "student", class_code=None if guardian else "4 B",
            identifier=f"l.martin{i}", provisional_password=f"Prov-{rnd.randrange(10**8):08d}!",
            valid_until=date(2025, 1, 31), services_url="https://educonnect.exemple.fr/activer",
            children=("Léa MARTIN (4 B)",) if guardian else (),
        ))
    return out


def plain_lines(letter: LetterData) -> list[str]:
    html = content.header_html(letter) + content.qr_caption_html(letter) + content.body_html(letter)
    text = re.sub(r"<(br|/p|/tr|/li)[^>]*>", "\n", html)
    return [line.strip() for line in unescape(re.sub(r"<[^>]+>", " ", text)).splitlines() if line.strip()]


def anchor_lines(letter: LetterData) -> list[str]:
    """The letter's words in lines of at most ANCHOR_LINE characters (made before the timing)."""
    return [line for paragraph in plain_lines(letter) for line in textwrap.wrap(paragraph, ANCHOR_LINE)]


def bare_pdf(pages: list[list[str]], path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(RESOLUTION)
    painter = QPainter(writer)
    painter.setFont(QFont(SANS, 11))
    step = RESOLUTION * 11 / 72 * 1.4
    for index, lines in enumerate(pages):
        if index:
            writer.newPage()
        y = 200.0
        for line in lines:
            painter.drawText(QPointF(200, y), line)
            y += step
    painter.end()


def best_pair(anchor, function, repeat: int) -> tuple[float, float, float, float]:
    """Best of `repeat`, alternately: (anchor wall, ours wall, anchor CPU, ours CPU) seconds.

    CPU time (the process's) leaves out the waits for a core on the shared machine; the
    target is judged on wall time, as before.
    """
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, work in enumerate((anchor, function)):
            started, cpu_started = time.perf_counter(), time.process_time()
            work()
            walls[index].append(time.perf_counter() - started)
            cpus[index].append(time.process_time() - cpu_started)
    return min(walls[0]), min(walls[1]), min(cpus[0]), min(cpus[1])


# What write_letters_pdf spends its time on, by the Qt calls cProfile sees (C++ calls: the
# profiler's own overhead falls on the Python lines, which are a small share here).
COSTS = {
    "QTextDocument.drawContents (text, tables, lists to the PDF painter)": "drawContents",
    "QPdfWriter.newPage (the finished page's stream, compressed)": "newPage",
    "the personal part laid out again (endEditBlock)": "endEditBlock",
    "QPainter.end (fonts subset and embedded)": "'end' of 'PySide6.QtGui.QPainter'",
}


def page_stream_kib(path: Path, pages: int) -> float:
    """Mean size of a page's content stream once inflated: what the painter wrote for it."""
    data = path.read_bytes()
    total = 0
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:  # an image or a font, not compressed by zlib alone
            continue
        if b" Tj" in content:
            total += len(content)
    return total / pages / 1024


def cost_shares(batch: list[LetterData], path: Path) -> list[tuple[str, float]]:
    """(what, share of write_letters_pdf's time) for COSTS and the rest, from one profiled run."""
    profile = cProfile.Profile()
    profile.runcall(write_letters_pdf, batch, path)
    stats = pstats.Stats(profile)
    total = stats.total_tt
    shares = []
    for what, needle in COSTS.items():
        spent = sum(row[2] for key, row in stats.stats.items() if needle in key[2])
        shares.append((what, spent / total))
    shares.append(("everything else (Python, QR code, painter state)", 1 - sum(share for _, share in shares)))
    return shares


def cancel_latency(run, cancel_error, samples: int, earliest: float, latest: float) -> list[float]:
    """ms from `cancelled()` turning true to the error reaching the caller, on a worker thread."""
    rnd = random.Random(1)
    latencies = []
    for _ in range(samples):
        flag = threading.Event()
        asked_at: list[float] = []
        ended: list[float] = []

        def work() -> None:
            try:
                run(flag.is_set)
            except cancel_error:
                ended.append(time.perf_counter())

        thread = threading.Thread(target=work)
        thread.start()
        time.sleep(rnd.uniform(earliest, latest))
        asked_at.append(time.perf_counter())
        flag.set()
        thread.join()
        if ended:  # else the work ended before the cancel: not a sample
            latencies.append((ended[0] - asked_at[0]) * 1000)
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cancels", type=int, default=30)
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    ensure_gui_application()
    ensure_letter_fonts()
    batch = letters(args.letters)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        pages = [anchor_lines(letter) for letter in batch]
        anchor, ours, anchor_cpu, ours_cpu = best_pair(lambda: bare_pdf(pages, folder / "bare.pdf"),
                                                       lambda: write_letters_pdf(batch, folder / "letters.pdf"),
                                                       args.repeat)
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(write_letters_pdf, batch, folder / "p.pdf")
            pstats.Stats(profile).sort_stats("tottime").print_stats(20)
        shares = cost_shares(batch, folder / "shares.pdf")
        streams = (page_stream_kib(folder / "bare.pdf", len(batch)), page_stream_kib(folder / "letters.pdf", len(batch)))
        letters_cancel = cancel_latency(lambda stop: write_letters_pdf(batch, folder / "c.pdf", cancelled=stop),
                                        LettersCancelled, args.cancels, 0.05, max(0.1, ours * 0.8))
        import_cancel = import_cancel_latencies(folder, args.cancels)
    load_after = os.getloadavg()[0]
    rows = [f"{'what':<46} | {'anchor ms/letter':>16} | {'ours ms/letter':>14} | {'ratio':>5}",
            ]
    rows.append("-" * len(rows[0]))
    rows.append(f"{f'{args.letters} letters':<46} | {anchor * 1000 / args.letters:>16.2f} | "
                f"{ours * 1000 / args.letters:>14.2f} | {ours / anchor:>5.2f}")
    rows.append(f"{f'{args.letters} letters, CPU time':<46} | {anchor_cpu * 1000 / args.letters:>16.2f} | "
                f"{ours_cpu * 1000 / args.letters:>14.2f} | {ours_cpu / anchor_cpu:>5.2f}")
    rows.append(f"{'page stream, KiB per page (inflated)':<46} | {streams[0]:>16.1f} | {streams[1]:>14.1f} | "
                f"{streams[1] / streams[0]:>5.2f}")
    cancel_rows = [f"{'cancel of':<46} | {'samples':>7} | {'p50 ms':>7} | {'p99 ms':>7} | {'max ms':>7}"]
    cancel_rows.append("-" * len(cancel_rows[0]))
    worst_cancel = 0.0
    for name, values in [("a letters batch (write_letters_pdf)", letters_cancel), *import_cancel]:
        if not values:
            continue
        worst_cancel = max(worst_cancel, max(values))
        cancel_rows.append(f"{name:<46} | {len(values):>7} | {statistics.median(values):>7.1f} | "
                           f"{percentile(values, 0.99):>7.1f} | {max(values):>7.1f}")
    verdict = (f"Target letters within {TARGET}x of the bare writer: **{'met' if ours / anchor <= TARGET else 'NOT met'}** "
               f"({ours / anchor:.2f}x). Target cancel under {CANCEL_TARGET_MS} ms: "
               f"**{'met' if worst_cancel < CANCEL_TARGET_MS else 'NOT met'}** (worst {worst_cancel:.0f} ms).")
    share_rows = [f"{'where the time of write_letters_pdf goes (cProfile)':<70} | share"]
    share_rows.append("-" * len(share_rows[0]))
    share_rows += [f"{what:<70} | {share:>5.0%}" for what, share in shares]
    table = "\n".join(rows) + "\n\n" + "\n".join(cancel_rows) + "\n\n" + "\n".join(share_rows)
    print(table)
    print(verdict)
    if args.no_readme:
        return
    text = "\n".join([
        f"`QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_letters.py --repeat {args.repeat}`, "
        f"{date.today().isoformat()}.",
        "",
        f"Machine: {machine()}; load average {load_before:.2f} before, {load_after:.2f} after; "
        f"`uptime`: {os.popen('uptime').read().strip()}.",
        "",
        "*anchor*: the same pages with a bare `QPdfWriter` + `QPainter.drawText`, one call per text line "
        "of each letter (same font and words, paragraphs cut at the last space before 110 characters, "
        "lines made before the timing; no layout, no QR code). *ours*: `write_letters_pdf`. Best of "
        f"{args.repeat}, run alternately; the *CPU time* row is the process's CPU time (no wait for a core "
        "on the shared machine), the target is judged on the wall time of the first row. Cancel: the "
        "work runs on a worker thread and `cancelled()` turns "
        "true at a random moment; the figure is the time until the cancel error reaches the caller.",
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


def import_cancel_latencies(folder: Path, samples: int) -> list[tuple[str, list[float]]]:
    from educonnect_desktop.services.roster_import import ApplyCancelled, apply_import, preview_import
    from educonnect_desktop.store import open_database

    eleves, responsables = generate_siecle(students=6000, guardians=11000, seed=0)
    files = [folder / "ElevesSansAdresses.xml", folder / "ResponsablesAvecAdresses.xml"]
    files[0].write_bytes(eleves)
    files[1].write_bytes(responsables)
    small = folder / "Eleves1500.xml"
    small.write_bytes(generate_siecle(students=1500, guardians=2800, seed=0)[0])
    today = date(2024, 12, 1)
    db = open_database(folder / "cancel.sqlite")
    try:
        actor = bench_administrator()
        reading = cancel_latency(lambda stop: preview_import(files, today=today, cancelled=stop),
                                 ImportCancelled, samples, 0.05, 0.5)
        preview = preview_import([small], establishment_name="Collège du banc d'essai", today=today)
        hashing = cancel_latency(lambda stop: apply_import(preview, actor=actor, cancelled=stop),
                                 ApplyCancelled, samples, 0.05, 2.0)
    finally:
        db.close()
    return [("an import, while reading 6,000 + 11,000", reading),
            ("an import, while hashing 1,500 passwords", hashing)]


if __name__ == "__main__":
    main()

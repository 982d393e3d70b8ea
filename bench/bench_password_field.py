"""GUI-thread time per keystroke in the real PasswordField.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_password_field.py [--samples N]

Types passwords key by key into a shown PasswordField (QKeyEvents sent to the
QLineEdit), for lengths 8..256 and several kinds of text (random, accented,
repeated patterns, dictionary words, dates, keyboard walks). Keys are posted from
inside a running event loop, as a keyboard's would be; for each key it
measures, on the GUI thread, the time from posting the key events to the end
of their processing (the synchronous policy check and checklist, the layout
and the repaint, and the waits for the GIL). The slot that applies an estimate (also on the GUI
thread) is timed separately.

Three passes per password:
- stress: no debounce, keys back to back: the worker thread is always busy
  when a key arrives (the worst case for GIL contention);
- typing: the default debounce, bursts of keys, the first key after each
  pause landing on the estimate the pause started;
- paced: no debounce, after each key wait for the estimate of that exact
  text, so the apply slot runs once per keystroke at every length.

Prints p50 / p99 / max per length and writes them to bench/README.md, in the
section "Password field: GUI-thread time per keystroke" (other sections are
left as they are).
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer, qInstallMessageHandler, qVersion  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from educonnect_desktop.core.passwords import warm_up  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_report import README, machine, write_section  # noqa: E402
from sample_text import cycle, word_chain  # noqa: E402
from educonnect_desktop.ui.password_field import PasswordField  # noqa: E402

LENGTHS = (8, 16, 32, 64, 128, 256)
USER_INPUTS = ("j.dupont1", "Jean", "Dupont", "12/03/2011")
PRINTABLE = string.ascii_letters + string.digits + string.punctuation
ACCENTED = "aàâbcçdeéèêëfghiîïjklmnoôpqrstuùûvwxyzAÀÉÈÇ0123456789!?*+-=%@ "
SECTION = "Password field: GUI-thread time per keystroke"
BENCH_DATE = datetime.date.today()

def _words(length: int, rnd: random.Random) -> str:
    return word_chain(length, rnd, capitalize=True, separators="!-1. ")


KINDS = {
    "random ascii": lambda n, r: "".join(r.choice(PRINTABLE) for _ in range(n)),
    "random accented": lambda n, r: "".join(r.choice(ACCENTED) for _ in range(n)),
    "'aA1!' repeated": lambda n, r: cycle("aA1!", n, r),
    "word chain": _words,
    "dates": lambda n, r: cycle("12/03/2011-1990", n, r),
    "keyboard walk": lambda n, r: cycle("azertyuiopqsdfghjklm1234567890", n, r),
    "name + digits": lambda n, r: cycle("Dupont2011!", n, r),
}


class TimedField(PasswordField):
    """The real widget, with its estimate-applying slot timed."""

    def __init__(self, *args, **kwargs) -> None:
        self.apply_times: list[float] = []
        self.estimates_started = 0
        super().__init__(*args, **kwargs)

    def _start_estimate(self) -> None:
        was_running = self._in_flight
        super()._start_estimate()
        self.estimates_started += self._in_flight and not was_running

    def _on_strength_ready(self, generation, result) -> None:
        start = time.perf_counter()
        super()._on_strength_ready(generation, result)
        self.apply_times.append((time.perf_counter() - start) * 1000)


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen plugin says this on every size-hint change of a top-level window.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


# CPU time the GUI thread itself spent on each key (no waiting, no preemption).
CPU_TIMES: list[float] = []


class Typist:
    """Types `text` into a cleared field from inside a running event loop.

    Like a keyboard: each key's press and release are posted to the event queue
    and the loop (which releases the GIL while in Qt, as in the application)
    delivers them; a zero timer queued right after them marks the end of the
    key's processing. Modes:

    stress: keys back to back (with no debounce, an estimate is always running);
    typing: bursts of 1..12 keys; after each, wait until the debounced estimate
            has started, then type on at once, so the next key lands on it;
    paced:  after each key, wait for the estimate of that exact text.
    """

    def __init__(self, field: TimedField, text: str, mode: str, rnd: random.Random) -> None:
        self.field, self.text, self.mode, self.rnd = field, text, mode, rnd
        self.times: list[float] = []
        self._next = 0
        self._burst = rnd.randint(1, 12)
        self._estimates = 0
        self._started: tuple[float, float] | None = None
        self._deadline = 0.0
        self._loop = QEventLoop()

    def run(self) -> list[float]:
        self.field.clear()
        self._deadline = time.perf_counter() + 60
        QTimer.singleShot(0, self._step)
        self._loop.exec()
        if self._next < len(self.text) or self._busy():
            raise RuntimeError("strength estimate never arrived")
        if self.field.password() != self.text:
            raise RuntimeError(f"typed {self.field.password()!r}, expected {self.text!r}")
        return self.times

    def _busy(self) -> bool:
        return self.field._in_flight or self.field._debounce.isActive()

    def _step(self) -> None:
        if self._started is not None:  # the previous key has been processed
            wall, cpu = self._started
            self.times.append((time.perf_counter() - wall) * 1000)
            CPU_TIMES.append((time.thread_time() - cpu) * 1000)
            self._started = None
        if time.perf_counter() > self._deadline:  # exceptions would not leave the loop
            self._loop.quit()
            return
        if self._next == len(self.text) or self.mode == "paced":
            if self._busy():  # wait, untimed, for the estimate
                QTimer.singleShot(1, self._step)
                return
            if self._next == len(self.text):
                self._loop.quit()
                return
        if self.mode == "typing" and self._burst == 0:
            if self.field.estimates_started == self._estimates:  # pause until one starts
                QTimer.singleShot(1, self._step)
                return
            self._burst = self.rnd.randint(1, 12)
        ch = self.text[self._next]
        self._estimates = self.field.estimates_started
        self._next += 1
        self._burst -= 1
        edit = self.field.password_edit
        self._started = (time.perf_counter(), time.thread_time())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.postEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        QTimer.singleShot(0, self._step)


def _type(field: TimedField, text: str, mode: str, rnd: random.Random) -> list[float]:
    return Typist(field, text, mode, rnd).run()


def _summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99, ordered[-1]


def _machine() -> str:
    return machine(f"Qt {qVersion()}, PySide6 {PySide6.__version__}, "
                   f"platform {os.environ.get('QT_QPA_PLATFORM')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2, help="passwords per kind and length")
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args()

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv)
    warm_up()
    fields = {
        "stress": TimedField(user_inputs=USER_INPUTS, strength_delay_ms=0),
        "typing": TimedField(user_inputs=USER_INPUTS),  # the default debounce
        "paced": TimedField(user_inputs=USER_INPUTS, strength_delay_ms=0),
    }
    for field in fields.values():
        field.resize(520, 420)
        field.show()
    app.processEvents()
    rnd = random.Random(20261123)
    # Warm Qt's caches (fonts, style sheets) so the first measured key is not special.
    for mode, field in fields.items():
        _type(field, "Warm-up 2026!", mode, rnd)

    machine = _machine()
    load_before = os.getloadavg()[0]
    print(f"machine: {machine}")
    print(f"{args.samples} password(s) per kind and length, {len(KINDS)} kinds; times in ms\n")
    header = (f"{'length':>6} | {'stress p50':>10} {'p99':>6} {'max':>6} | "
              f"{'typing p50':>10} {'p99':>6} {'max':>6} | "
              f"{'paced p50':>9} {'p99':>6} {'max':>6} | "
              f"{'apply p50':>9} {'p99':>6} {'max':>6} | "
              f"{'CPU p50':>7} {'p99':>6} {'max':>6} | {'keys':>5}")
    rows = [header, "-" * len(header)]
    print("\n".join(rows))
    worst_p99 = 0.0
    for length in LENGTHS:
        times: dict[str, list[float]] = {mode: [] for mode in fields}
        applied: list[float] = []
        CPU_TIMES.clear()
        for field in fields.values():
            field.apply_times.clear()
        for make in KINDS.values():
            for _ in range(args.samples):
                text = make(length, rnd)
                for mode, field in fields.items():
                    times[mode] += _type(field, text, mode, rnd)
        for field in fields.values():
            applied += field.apply_times
        stats = [_summary(times[mode]) for mode in fields] + [_summary(applied)]
        worst_p99 = max(worst_p99, *(p99 for _p50, p99, _max in stats))
        stats.append(_summary(CPU_TIMES))
        cells = " | ".join(f"{p50:>{w}.2f} {p99:>6.2f} {top:>6.2f}"
                           for (p50, p99, top), w in zip(stats, (10, 10, 9, 9, 7)))
        line = f"{length:>6} | {cells} | {sum(map(len, times.values())):>5}"
        rows.append(line)
        print(line, flush=True)
    load = f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after"
    verdict = "met" if worst_p99 < 16 else "NOT met"
    print(f"\n{load}\ntarget p99 < 16 ms at every length: {verdict} (worst p99 {worst_p99:.2f} ms)")
    for field in fields.values():
        field.close()
        field.deleteLater()
    app.processEvents()

    if not args.no_readme:
        write_section(SECTION, 
            f"`QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_password_field.py` "
            f"(`--samples {args.samples}`), {BENCH_DATE.isoformat()}.\n\n"
            f"Machine: {machine}; {load}.\n\n"
            "Keys typed one by one into the real `PasswordField` (shown, offscreen), "
            f"{len(KINDS)} kinds of text ({', '.join(KINDS)}), "
            f"{args.samples} password(s) per kind and length. A key's time runs from posting its "
            "press and release events, inside the running event loop, to the end of their "
            "processing: policy check, "
            "checklist, layout, repaint, any estimate applied meanwhile, and the waits for "
            "the GIL while the estimate runs on its worker thread. *stress*: no debounce and "
            "keys back to back, so every key lands on a running estimate; *typing*: the "
            "default debounce, bursts of 1 to 12 keys, the first key after each pause "
            "landing on the estimate it started; *paced*: each key waits for its own "
            "estimate, no overlap. *apply*: the slot that shows an estimate (GUI thread), "
            "over the three passes. *CPU*: the CPU time the GUI thread itself used per key, "
            "over the three passes (what the widget costs, without waits and preemption). "
            "Milliseconds.\n\n"
            "```\n" + "\n".join(rows) + "\n```\n\n"
            f"Target p99 < 16 ms at every length: **{verdict}** (worst p99 {worst_p99:.2f} ms).\n")
        print(f"written to {README.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

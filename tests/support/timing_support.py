"""Comparing the response times of two branches (an existing account, an unknown one).

The two kinds are interleaved (A, B, A, B...) so that a load spike on the shared machine hits
both alike; `setup` runs outside the timed part (e.g. clearing throttle counters).

`clock="wall"` measures what a person at the kiosk sees (needed where the design is a fixed
minimum duration: a sleep costs no CPU). `clock="cpu"` measures the work the thread did
(`time.thread_time`): where the design is "the same work on every branch", this is what must
match, and other processes on a loaded 2-core machine cannot blur it the way they blur wall time.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Timings:
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def quantile(self, q: float) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


CLOCKS = {"wall": time.perf_counter, "cpu": time.thread_time}


def _timed(action: Callable[[], object], now: Callable[[], float]) -> float:
    start = now()
    try:
        action()
    except Exception:  # refusals are the point: both kinds usually end in one
        pass
    return now() - start


def interleaved(first: Callable[[], object], second: Callable[[], object], *, tries: int = 50,
                setup: Callable[[], object] = lambda: None, warm_up: int = 3,
                clock: str = "wall") -> tuple[Timings, Timings]:
    now = CLOCKS[clock]
    for _ in range(warm_up):
        setup(), _timed(first, now), setup(), _timed(second, now)
    a, b = [], []
    for _ in range(tries):
        setup()
        a.append(_timed(first, now))
        setup()
        b.append(_timed(second, now))
    return Timings(tuple(a)), Timings(tuple(b))


def assert_indistinguishable(a: Timings, b: Timings, *, tolerance: float = 0.10) -> None:
    """Medians within `tolerance` of each other, and the p10-p90 ranges overlap."""
    low, high = sorted((a.median, b.median))
    assert high <= low * (1 + tolerance), f"medians differ: {a.median * 1000:.2f} ms vs {b.median * 1000:.2f} ms"
    assert a.quantile(0.1) <= b.quantile(0.9) and b.quantile(0.1) <= a.quantile(0.9), (
        f"p10-p90 do not overlap: {a.quantile(0.1) * 1000:.2f}-{a.quantile(0.9) * 1000:.2f} ms vs "
        f"{b.quantile(0.1) * 1000:.2f}-{b.quantile(0.9) * 1000:.2f} ms")

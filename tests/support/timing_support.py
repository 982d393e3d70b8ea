"""Comparing the response times of two branches (an existing account, an unknown one).

The two kinds are interleaved (A, B, A, B...) so that a load spike on the shared machine hits
both alike; `setup` runs outside the timed part (e.g. clearing throttle counters).
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


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    try:
        action()
    except Exception:  # refusals are the point: both kinds usually end in one
        pass
    return time.perf_counter() - start


def interleaved(first: Callable[[], object], second: Callable[[], object], *, tries: int = 50,
                setup: Callable[[], object] = lambda: None, warm_up: int = 3) -> tuple[Timings, Timings]:
    for _ in range(warm_up):
        setup(), _timed(first), setup(), _timed(second)
    a, b = [], []
    for _ in range(tries):
        setup()
        a.append(_timed(first))
        setup()
        b.append(_timed(second))
    return Timings(tuple(a)), Timings(tuple(b))


def assert_indistinguishable(a: Timings, b: Timings, *, tolerance: float = 0.10) -> None:
    """Medians within `tolerance` of each other, and the p10-p90 ranges overlap."""
    low, high = sorted((a.median, b.median))
    assert high <= low * (1 + tolerance), f"medians differ: {a.median * 1000:.2f} ms vs {b.median * 1000:.2f} ms"
    assert a.quantile(0.1) <= b.quantile(0.9) and b.quantile(0.1) <= a.quantile(0.9), (
        f"p10-p90 do not overlap: {a.quantile(0.1) * 1000:.2f}-{a.quantile(0.9) * 1000:.2f} ms vs "
        f"{b.quantile(0.1) * 1000:.2f}-{b.quantile(0.9) * 1000:.2f} ms")

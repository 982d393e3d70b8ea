"""Time estimate_strength() on ordinary and adversarial passwords.

Run: .venv/bin/python bench/bench_strength.py [--samples N] [--repeat R]

The UI calls the estimate on every keystroke, so the worst case matters as
much as the median. For each length, N passwords of each kind are timed; each
password's time is the best of R runs (--repeat), which filters out pauses
caused by other processes on a shared machine. The table gives p50 / p99 / max
in milliseconds over those passwords, for random passwords and for the
adversarial kinds (designed to make zxcvbn slow).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_text import cycle, word_chain  # noqa: E402
from educonnect_desktop.core.passwords import estimate_strength, warm_up  # noqa: E402

LENGTHS = (8, 16, 32, 64, 72, 128, 256)
USER_INPUTS = ("j.dupont1", "Jean", "Dupont", "12/03/2011")
PRINTABLE = string.ascii_letters + string.digits + string.punctuation




# Each kind: (length, rng) -> password of exactly that length.
RANDOM_KINDS = {
    "random ascii": lambda n, r: "".join(r.choice(PRINTABLE) for _ in range(n)),
    "random unicode": lambda n, r: "".join(chr(r.randrange(32, 0x3000)) for _ in range(n)),
}
ADVERSARIAL_KINDS = {
    "l33t symbols": lambda n, r: cycle("4@8(3!|1$5+7%2{[<69", n, r),
    "l33t mixed": lambda n, r: "".join(r.choice("@$!|013457894a8e") for _ in range(n)),
    "'1a' repeated": lambda n, r: cycle("1a", n, r),
    "date digits": lambda n, r: cycle("19901231", n, r),
    "random digits": lambda n, r: "".join(r.choice(string.digits) for _ in range(n)),
    "dates with /": lambda n, r: cycle("1/1/91-", n, r),
    "word chain": word_chain,
    "same char": lambda n, r: r.choice("a1!") * n,
    "two letters": lambda n, r: "".join(r.choice("ab") for _ in range(n)),
    "digit+symbol": lambda n, r: cycle("1!2@3#4$", n, r),
    "repeat + suffix": lambda n, r: cycle("motdepasse", n - 2, r) + "1!",
    "keyboard rows": lambda n, r: cycle("azertyuiopqsdfghjklmwxcvbn", n, r),
}


def _time_ms(password: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        estimate_strength(password, user_inputs=USER_INPUTS)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _summary(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99, ordered[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="passwords per kind and length")
    parser.add_argument("--repeat", type=int, default=3, help="runs per password, best kept")
    args = parser.parse_args()
    rnd = random.Random(20261123)
    warm_up()

    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPU, Python {python}")
    print(
        f"{args.samples} passwords per kind and length, best of {args.repeat} runs each;"
        " times in ms\n"
    )
    header = (
        f"{'length':>6} | {'random p50':>10} {'p99':>6} {'max':>6} | "
        f"{'advers. p50':>11} {'p99':>6} {'max':>6} | slowest kind"
    )
    print(header)
    print("-" * len(header))
    for length in LENGTHS:
        random_times = [
            _time_ms(make(length, rnd), args.repeat)
            for make in RANDOM_KINDS.values()
            for _ in range(args.samples)
        ]
        worst_kind, worst = "", 0.0
        adversarial_times = []
        for kind, make in ADVERSARIAL_KINDS.items():
            times = [_time_ms(make(length, rnd), args.repeat) for _ in range(args.samples)]
            adversarial_times += times
            if max(times) > worst:
                worst_kind, worst = kind, max(times)
        r50, r99, rmax = _summary(random_times)
        a50, a99, amax = _summary(adversarial_times)
        print(
            f"{length:>6} | {r50:>10.2f} {r99:>6.2f} {rmax:>6.2f} | "
            f"{a50:>11.2f} {a99:>6.2f} {amax:>6.2f} | {worst_kind}"
        )


if __name__ == "__main__":
    main()

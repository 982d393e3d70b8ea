"""Time estimate_strength() on ordinary and adversarial passwords.

Run: .venv/bin/python bench/bench_strength.py [--samples N] [--repeat R] [--no-readme]

The UI calls the estimate on every keystroke, so the worst case matters as
much as the median. For each length, N passwords of each kind are timed; each
password's time is the best of R runs (--repeat), which filters out pauses
caused by other processes on a shared machine. The table gives p50 / p99 / max
in milliseconds over those passwords, for random passwords and for the
adversarial kinds (designed to make zxcvbn slow). Anchor: plain zxcvbn on the same
random passwords (up to 72 characters, the longest it accepts), in the same run.

Then the quality, on bench/strength_sets.py: the share of weak French passwords scored at
most 1 and of strong ones scored at least 3, ours beside plain zxcvbn, on the tuning set
and on the held-out test set; and the French lexicon's size and load time.
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
from bench_report import machine, write_section  # noqa: E402
from strength_sets import test_set, tuning_set  # noqa: E402
from zxcvbn import zxcvbn  # noqa: E402

from educonnect_desktop.core import french_lexicon  # noqa: E402
from educonnect_desktop.core.passwords import estimate_strength, warm_up  # noqa: E402

SECTION = "Password strength estimate"

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


def _zxcvbn_ms(password: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        zxcvbn(password[:72], user_inputs=list(USER_INPUTS))
        best = min(best, time.perf_counter() - start)
    return best * 1000


def quality_lines() -> list[str]:
    lines = [f"{'set':<22} | {'weak':>5} | {'ours <= 1':>9} | {'zxcvbn <= 1':>11} | {'strong':>6} | "
             f"{'ours >= 3':>9} | {'zxcvbn >= 3':>11}"]
    lines.append("-" * len(lines[0]))
    for name, (weak, strong) in (("tuning", tuning_set()), ("test (held out)", test_set())):
        ours_weak = sum(estimate_strength(c.password, user_inputs=c.user_inputs).score <= 1 for c in weak)
        zx_weak = sum(zxcvbn(c.password[:72], user_inputs=list(c.user_inputs))["score"] <= 1 for c in weak)
        ours_strong = sum(estimate_strength(c.password, user_inputs=c.user_inputs).score >= 3 for c in strong)
        zx_strong = sum(zxcvbn(c.password[:72], user_inputs=list(c.user_inputs))["score"] >= 3 for c in strong)
        lines.append(f"{name:<22} | {len(weak):>5} | {100 * ours_weak / len(weak):>8.1f}% | "
                     f"{100 * zx_weak / len(weak):>10.1f}% | {len(strong):>6} | "
                     f"{100 * ours_strong / len(strong):>8.1f}% | {100 * zx_strong / len(strong):>10.1f}%")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30, help="passwords per kind and length")
    parser.add_argument("--repeat", type=int, default=3, help="runs per password, best kept")
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args()
    rnd = random.Random(20261123)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    words = french_lexicon.corpus_words()
    lexicon_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    warm_up()
    warm_up_ms = (time.perf_counter() - started) * 1000
    lexicon_kib = french_lexicon.LEXICON_FILE.stat().st_size / 1024
    out: list[str] = []

    python = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPU, Python {python}")
    print(
        f"{args.samples} passwords per kind and length, best of {args.repeat} runs each;"
        " times in ms\n"
    )
    header = (
        f"{'length':>6} | {'random p50':>10} {'p99':>6} {'max':>6} | {'zxcvbn p50':>10} {'ratio':>5} | "
        f"{'advers. p50':>11} {'p99':>6} {'max':>6} | slowest kind"
    )
    out += [header, "-" * len(header)]
    worst_all = 0.0
    for length in LENGTHS:
        randoms = [make(length, rnd) for make in RANDOM_KINDS.values() for _ in range(args.samples)]
        random_times = [_time_ms(password, args.repeat) for password in randoms]
        zx_times = [_zxcvbn_ms(password, 1) for password in randoms] if length <= 72 else []
        worst_kind, worst = "", 0.0
        adversarial_times = []
        for kind, make in ADVERSARIAL_KINDS.items():
            times = [_time_ms(make(length, rnd), args.repeat) for _ in range(args.samples)]
            adversarial_times += times
            if max(times) > worst:
                worst_kind, worst = kind, max(times)
        r50, r99, rmax = _summary(random_times)
        a50, a99, amax = _summary(adversarial_times)
        worst_all = max(worst_all, rmax, amax)
        zx = f"{statistics.median(zx_times):>10.2f} {r50 / statistics.median(zx_times):>5.2f}" if zx_times \
            else f"{'(> 72)':>10} {'':>5}"
        out.append(
            f"{length:>6} | {r50:>10.2f} {r99:>6.2f} {rmax:>6.2f} | {zx} | "
            f"{a50:>11.2f} {a99:>6.2f} {amax:>6.2f} | {worst_kind}"
        )
        print(out[-1], flush=True)
    quality = quality_lines()
    print("\n".join(quality))
    if args.no_readme:
        return
    text = "\n".join([
        f"`.venv/bin/python bench/bench_strength.py --samples {args.samples} --repeat {args.repeat}`, "
        f"{time.strftime('%Y-%m-%d')}.",
        "",
        f"Machine: {machine()}; load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
        f"`uptime`: {os.popen('uptime').read().strip()}.",
        "",
        f"French lexicon (`resources/lexicon/fr_words.txt.gz`, CC BY-SA 4.0, see its NOTICE): "
        f"{len(words):,} words, {lexicon_kib:.0f} KiB, read in {lexicon_ms:.1f} ms; the whole lexicon "
        f"(zxcvbn's lists + ours, merged) built in {warm_up_ms:.0f} ms by `warm_up()`, which the password "
        "field runs on its worker thread at start, never on the GUI thread.",
        "",
        f"Speed: `estimate_strength()` with the person's data, {args.samples} passwords per kind and length, "
        f"best of {args.repeat}; *zxcvbn*: plain `zxcvbn()` on the same random passwords (it refuses more "
        "than 72 characters), *ratio* = ours / zxcvbn. Adversarial kinds as before (l33t symbols, date "
        "digits, repeats, word chains, AZERTY rows...). Milliseconds.",
        "",
        "```",
        *out,
        "```",
        "",
        f"Worst case: {worst_all:.1f} ms (target < 50 ms at any length up to 256).",
        "",
        "Quality (`bench/strength_sets.py`): weak = realistic French passwords that pass the EduConnect "
        "rule (a word, first name, pet, town or club + year + symbol; AZERTY rows, columns and interleaved "
        "walks; SMS French; the person's own identifier, names and birth date in l33t); strong = random "
        "12-16 printable characters, or 4-5 random words among the 7,776 most frequent French words. The "
        "*tuning* set is what the word lists and matchers were adjusted on; the *test* set is held out "
        "(other words, names, clubs, walks and l33t forms, other seeds) and was run once at the end.",
        "",
        "```",
        *quality,
        "```",
    ])
    write_section(SECTION, text)


if __name__ == "__main__":
    main()

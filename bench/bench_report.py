"""Shared by the benchmarks: describe the machine, write a section of bench/README.md."""

from __future__ import annotations

import os
import platform
import re
import sqlite3
from datetime import date
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine(extra: str = "") -> str:
    text = (f"{platform.machine()}, {os.cpu_count()} CPU ({cpu_model()}), Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}")
    return f"{text}, {extra}" if extra else text


def machine_lines(extra: str = "") -> list[str]:
    load = os.getloadavg()
    return [f"Measured {date.today().isoformat()} on {machine(extra)}; load average {load[0]:.2f}."]


def write_section(title: str, text: str) -> None:
    """Replace (or append) the `## title` section of bench/README.md, leaving the others alone."""
    current = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    section = f"## {title}\n\n{text.rstrip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _m: section + "\n", current, count=1).rstrip() + "\n"
    else:
        updated = current.rstrip() + "\n\n" + section
    README.write_text(updated, encoding="utf-8")


def replace_section(title: str, lines: list[str]) -> None:
    write_section(title, "\n".join(lines))

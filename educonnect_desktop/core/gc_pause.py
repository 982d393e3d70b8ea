"""Pausing Python's cyclic garbage collector around a burst of allocations that makes no cycles.

An import preview allocates half a million container objects (elements, tuples, records)
that reference counting frees on its own. The cyclic collector, triggered by their number,
ran full collections that walked the whole heap again and again: a fifth of a re-import
preview. Paused, nothing is kept longer: only cycles would wait, and the code paused here
makes none. The collector is process-wide, so pauses from several threads nest: it starts
again when the last one ends, and never if it was already off before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

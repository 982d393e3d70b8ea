"""Password hashing with Argon2id (argon2-cffi)."""

from __future__ import annotations

import os
import queue
import secrets
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Sequence

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# Each worker holds memory_cost KiB while hashing: cap the pool so that a
# large batch does not take hundreds of MiB on a many-core machine.
_MAX_DEFAULT_WORKERS = 8

# How often a batch looks at `cancelled` while hashes are running.
_CANCEL_POLL_SECONDS = 0.02
# Progress crosses to the GUI thread: a few reports a second are enough.
_PROGRESS_SECONDS = 0.1


@dataclass(frozen=True)
class HashParameters:
    """Argon2id cost; the defaults are the OWASP recommendation (m=19 MiB, t=2, p=1)."""

    time_cost: int = 2
    memory_cost: int = 19456  # KiB
    parallelism: int = 1


_DUMMY_HASHES: dict[HashParameters, str] = {}


class HashingCancelled(Exception):
    """A batch of hashes was stopped before the end at the caller's request."""


class PasswordHashing:
    """Hashes and verifies passwords; never raises for a wrong password or a bad hash."""

    def __init__(self, parameters: HashParameters = HashParameters()) -> None:
        self.parameters = parameters
        self._hasher = PasswordHasher(
            time_cost=parameters.time_cost,
            memory_cost=parameters.memory_cost,
            parallelism=parameters.parallelism,
            type=Type.ID,
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError, ValueError, TypeError):
            # ValueError also covers hashes or passwords that cannot be encoded.
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        """True when the hash was not made with the current parameters (or is unreadable)."""
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError, TypeError):
            return True

    def verify_and_upgrade(self, stored_hash: str, password: str) -> tuple[bool, str | None]:
        """Verify, and on success return a new hash if the parameters changed.

        The login is the only moment the clear password is known, hence the
        upgrade there.
        """
        if not self.verify(stored_hash, password):
            return False, None
        if self.needs_rehash(stored_hash):
            return True, self.hash(password)
        return True, None

    def dummy_verify(self, password: str) -> bool:
        """Spend about the time of a real verification; always False.

        Used for unknown identifiers, so response time does not reveal whether
        an account exists.
        """
        # Built once per parameter set for the whole process (services create a hasher per
        # call): building it costs a hash, which would make unknown identifiers twice as slow.
        dummy = _DUMMY_HASHES.get(self.parameters)
        if dummy is None:
            dummy = _DUMMY_HASHES.setdefault(self.parameters, self.hash(secrets.token_urlsafe(16)))
        self.verify(dummy, password)
        return False

    def hash_many(
        self,
        passwords: Sequence[str],
        *,
        max_workers: int | None = None,
        on_progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[str]:
        """Hash a batch on a thread pool (argon2 releases the GIL), keeping the order.

        `on_progress(done)` and `cancelled()` are called from the calling
        thread only; `done` is the number of hashes finished so far, reported at
        most every `_PROGRESS_SECONDS` and once at the end. When `cancelled()`
        turns true, `HashingCancelled` is raised once the running hashes (at most
        `max_workers`) are left to end on their own: the caller gets it within
        `_CANCEL_POLL_SECONDS` (or one hash time, when the cancel comes while a result is
        being handled).

        The pool is fed lazily: at most `2 x workers` hashes are submitted at a
        time, and finished ones come back through a queue, so the calling thread
        does O(1) work per hash (waiting on every pending future after each
        result, as `concurrent.futures.wait` does, is O(n) per hash and held the
        GIL for seconds on large batches).
        """
        total = len(passwords)
        if total == 0:
            return []
        if cancelled is not None and cancelled():
            raise HashingCancelled()
        workers = max_workers or min(os.cpu_count() or 1, _MAX_DEFAULT_WORKERS)
        workers = max(1, min(workers, total))

        results: list[str | None] = [None] * total
        finished: queue.SimpleQueue[tuple[int, Future[str]]] = queue.SimpleQueue()
        feed = iter(enumerate(passwords))
        in_flight = 0
        done = 0
        last_report = float("-inf")  # the first hash is reported at once
        executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="argon2")

        def submit_next() -> bool:
            nonlocal in_flight
            item = next(feed, None)
            if item is None:
                return False
            index, password = item
            future = executor.submit(self.hash, password)
            future.add_done_callback(lambda f, i=index: finished.put((i, f)))
            in_flight += 1
            return True

        finished_normally = False
        try:
            for _ in range(2 * workers):
                if not submit_next():
                    break
            while in_flight:
                try:
                    index, future = finished.get(timeout=_CANCEL_POLL_SECONDS)
                except queue.Empty:
                    if cancelled is not None and cancelled():
                        raise HashingCancelled() from None
                    continue
                in_flight -= 1
                results[index] = future.result()
                done += 1
                if cancelled is not None and cancelled():
                    raise HashingCancelled()
                submit_next()
                now = time.monotonic()
                if on_progress is not None and (done == total or now - last_report >= _PROGRESS_SECONDS):
                    last_report = now
                    on_progress(done)
            finished_normally = True
        finally:
            # On a cancel (or an error) the running hashes are not waited for: their results
            # are dropped, their threads end within one hash time.
            executor.shutdown(wait=finished_normally, cancel_futures=True)
        return results  # type: ignore[return-value]  # every slot is filled

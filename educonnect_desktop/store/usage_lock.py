"""Who has the database open: a shared lock beside the file, held while it is in use.

Every process (GUI, CLI) holds a shared `flock` on `NAME.lock` while its connection is
open. Encrypting a clear file in place takes the lock exclusively and without waiting:
if another program still has the clear file open it would go on writing to the replaced
file and lose its writes, so the encryption waits for an opening when nobody else is in.
`flock` locks belong to each open of the file, so this works between threads and
processes alike. On Windows a file open elsewhere cannot be replaced anyway (the rename
fails, see `encryption.encrypt_clear_file`), so the lock is not needed there.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ..private_files import make_private, private_umask

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


class UsageLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None
        self._guard = threading.Lock()  # one open / close of the descriptor at a time

    def _open(self) -> int | None:
        if fcntl is None:
            return None
        if self._fd is None:
            with private_umask():
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            make_private(self.path)
        return self._fd

    def shared(self) -> None:
        """Wait for any encryption in progress, then mark the database as in use."""
        with self._guard:
            fd = self._open()
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_SH)

    def try_exclusive(self) -> bool:
        """True when nobody else has the database open (and nobody can open it until `shared`)."""
        with self._guard:
            fd = self._open()
            if fd is None:
                return True
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True

    def release(self) -> None:
        with self._guard:
            if self._fd is not None:
                fd, self._fd = self._fd, None
                os.close(fd)  # closing drops the flock

    def __del__(self) -> None:  # a failed opening must not keep the database marked in use
        try:
            self.release()
        except OSError:  # at interpreter exit the descriptor may be gone already
            pass

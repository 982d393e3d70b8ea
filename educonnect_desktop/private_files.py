"""Files private to the user who runs the application.

The database (and its WAL and SHM), migration backups, the configuration and the letters
PDFs (which carry provisional passwords) hold minors' data: on POSIX they are created
0600 in 0700 directories, so another account on the workstation cannot read them. The
umask is narrowed while the file is created (SQLite creates the WAL and SHM itself, with
the process umask), and the mode is set again afterwards for a file that already existed.

On Windows, files created under the user's profile (%LOCALAPPDATA%, Documents) inherit
its ACL, which grants only the user, SYSTEM and Administrators: no chmod is needed there
and `os.chmod` could only toggle the read-only flag, so these helpers do nothing on
Windows (see docs/threat-model.md).
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIRECTORY_MODE = 0o700
_PRIVATE_UMASK = 0o077
_umask_lock = threading.RLock()  # the umask is process-wide: one narrowing at a time


@contextmanager
def private_umask() -> Iterator[None]:
    """Files and directories created inside are private (POSIX); a no-op elsewhere."""
    if not POSIX:
        yield
        return
    with _umask_lock:
        previous = os.umask(_PRIVATE_UMASK)
        try:
            yield
        finally:
            os.umask(previous)


def make_private(path: Path | str) -> None:
    """chmod 0600 an existing file (0700 a directory); silently skip what is absent."""
    if not POSIX:
        return
    target = Path(path)
    try:
        os.chmod(target, DIRECTORY_MODE if target.is_dir() else FILE_MODE)
    except FileNotFoundError:
        pass


def private_directory(path: Path | str) -> Path:
    """Create `path` (and its missing parents) 0700; an existing one is left as it is
    unless it is the application's own folder (the caller decides by calling make_private)."""
    target = Path(path)
    with private_umask():
        target.mkdir(parents=True, exist_ok=True)
    return target


def write_private_bytes(path: Path | str, data: bytes) -> None:
    """Write `data` to a new or existing file that ends up 0600."""
    target = Path(path)
    with private_umask():
        with open(target, "wb") as handle:
            handle.write(data)
    make_private(target)


__all__ = ["private_umask", "make_private", "private_directory", "write_private_bytes",
           "FILE_MODE", "DIRECTORY_MODE", "POSIX"]

"""Getting at the bytes of an export: a plain file, or the members of a zip archive.

Nothing here reads a whole file into memory. An `ExportFile` is opened as a stream
that counts what it yields and stops, with a French message, past the size limit:
the XML readers parse it as it comes (`xml_stream`), the CSV readers read the small
files they accept at once.

SIECLE exports are often downloaded zipped. A zip is recognised by its signature,
not its name. A member is skipped on its first bytes (`head`), never after being
decompressed; its real decompressed size is counted while it is read, since the
header can lie ("zip bomb").
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..core.messages import QT_TRANSLATE_NOOP
from .errors import ImportFormatError

# The largest XML file accepted, plain or decompressed. A real SIECLE export with
# addresses weighs about 4 KB per student: 100 MiB is a 25,000-student file, several
# times the largest establishment. The readers also cap the number of records
# (`limits`), so memory is bounded whatever the file holds.
MAX_MEMBER_BYTES = 100 * 1024 * 1024
# Real XML exports compress about 10 to 30 times; far beyond that is a crafted file.
MAX_RATIO = 200
MAX_MEMBERS = 50
_MIB = 1024 * 1024


@dataclass(frozen=True)
class ExportFile:
    """One file to read: its label in messages, and a way to open it as a capped stream."""

    label: str  # "ElevesSansAdresses.xml (archive export.zip)"
    size: int  # its size (decompressed, as the zip header says it): for the progress bar
    limit: int  # at most this many bytes are read from it
    _opener: Callable[[], AbstractContextManager[BinaryIO]]
    claimed: int = 0  # the size its zip header announces (the real one is counted while reading)

    @contextmanager
    def open(self, on_read: Callable[[int], None] | None = None) -> Iterator[BinaryIO]:
        """The whole file, as a stream: refused at once if its header already says it is too big."""
        if self.claimed > self.limit:
            raise _bomb(self.label)
        with self._opener() as raw:
            yield _CappedReader(raw, self.label, self.limit, on_read)

    def head(self, count: int = 256) -> bytes:
        """The first bytes only (the rest is never decompressed): enough to tell XML from anything else.

        Works even on a member that `open` would refuse: a member that is skipped is not refused.
        """
        with self._opener() as raw:
            return _CappedReader(raw, self.label, count, None).read(count)

    def read_all(self) -> bytes:
        """For the small CSV files: the whole content, within the size limit."""
        with self.open() as stream:
            return stream.read()


def is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise _unreadable(path.name, exc) from None


def plain_file(path: Path, *, max_bytes: int | None = None) -> ExportFile:
    limit = MAX_MEMBER_BYTES if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    if size > limit:
        raise too_big(path.name, limit)

    @contextmanager
    def opener():
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise _unreadable(path.name, exc) from None
        with handle:
            yield handle

    return ExportFile(path.name, size, limit, opener)


def zip_members(path: Path) -> list[ExportFile]:
    """Every file member of the archive, unopened: nothing is decompressed here."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir() and not _is_noise(i.filename)]
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : l'archive zip est endommagée ou incomplète.").format(file=path.name)) from None
    except OSError as exc:
        raise _unreadable(path.name, exc) from None
    if len(infos) > MAX_MEMBERS:
        raise ImportFormatError(QT_TRANSLATE_NOOP(
            "StaffMessages", "{file} : l'archive contient trop de fichiers ({count}) pour être un export SIECLE.")
                                .format(file=path.name, count=len(infos)))
    return [_member(path, info) for info in infos]


def _member(path: Path, info: zipfile.ZipInfo) -> ExportFile:
    label = f"{info.filename.rsplit('/', 1)[-1]} (archive {path.name})"
    # Both the header's size and the real one (counted while reading) must stay under this.
    limit = min(MAX_MEMBER_BYTES, MAX_RATIO * max(info.compress_size, 1024))

    @contextmanager
    def opener():
        if info.flag_bits & 0x1:
            raise ImportFormatError(QT_TRANSLATE_NOOP(
                "StaffMessages", "{file} : le fichier est protégé par un mot de passe.").format(file=label))
        try:
            with zipfile.ZipFile(path) as archive, archive.open(info) as member:
                yield member
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, ValueError) as exc:
            raise _undecompressable(label, exc) from None
        except OSError as exc:
            raise _unreadable(label, exc) from None

    return ExportFile(label, min(info.file_size, limit), limit, opener, info.file_size)


def _is_noise(name: str) -> bool:
    """Metadata that macOS and Windows add to archives."""
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith("._") or base in ("Thumbs.db", ".DS_Store")


class _CappedReader(io.RawIOBase):
    """A read-only stream that refuses to yield more than `limit` bytes and says so in French."""

    def __init__(self, raw: BinaryIO, label: str, limit: int, on_read: Callable[[int], None] | None) -> None:
        super().__init__()
        self._raw, self._label, self._limit, self._on_read = raw, label, limit, on_read
        self.position = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        want = self._limit + 1 - self.position if size is None or size < 0 else min(size, self._limit + 1 - self.position)
        try:
            chunk = self._raw.read(max(want, 1))
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise _undecompressable(self._label, exc) from None
        except OSError as exc:
            raise _unreadable(self._label, exc) from None
        self.position += len(chunk)
        if self.position > self._limit:
            raise _bomb(self._label) if "(archive " in self._label else too_big(self._label, self._limit)
        if self._on_read is not None and chunk:
            self._on_read(len(chunk))
        return chunk

    def readinto(self, buffer) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def too_big(label: str, limit: int) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP(
        "StaffMessages", "{file} : le fichier est trop volumineux pour être un export (au plus {size} Mo acceptés).")
                             .format(file=label, size=limit // _MIB))


def _bomb(label: str) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP("StaffMessages",
        "{file} : le fichier décompressé serait anormalement volumineux ; l'archive est refusée par sécurité."
    ).format(file=label))


def _unreadable(label: str, exc: OSError) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP(
        "StaffMessages", "{file} : lecture impossible ({reason}).").format(file=label, reason=exc.strerror))


def _undecompressable(label: str, exc: Exception) -> ImportFormatError:
    return ImportFormatError(QT_TRANSLATE_NOOP(
        "StaffMessages", "{file} : décompression impossible ({reason}).").format(file=label, reason=str(exc)))

"""Reading the bytes of an export: a plain file, or the members of a zip archive.

SIECLE exports are often downloaded zipped. A zip is recognised by its signature,
not its name, and is read with limits so that a "zip bomb" is refused instead of
filling the memory.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ImportFormatError

MAX_MEMBER_BYTES = 200 * 1024 * 1024
# Real XML exports compress about 10 to 30 times; far beyond that is a crafted file.
MAX_RATIO = 200
MAX_MEMBERS = 50
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class LoadedFile:
    label: str  # file name as shown in messages: "ElevesSansAdresses.xml (archive export.zip)"
    data: bytes


def is_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def read_plain(path: Path) -> LoadedFile:
    try:
        size = path.stat().st_size
        if size > MAX_MEMBER_BYTES:
            raise ImportFormatError(
                f"{path.name} : le fichier est trop volumineux ({size // 1024 // 1024} Mo) "
                "pour être un export."
            )
        return LoadedFile(path.name, path.read_bytes())
    except OSError as exc:
        raise ImportFormatError(f"{path.name} : lecture impossible ({exc.strerror}).") from None


def read_zip_members(path: Path) -> list[LoadedFile]:
    """Every file member of the archive, read within the size limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir() and not _is_noise(i.filename)]
            if len(infos) > MAX_MEMBERS:
                raise ImportFormatError(
                    f"{path.name} : l'archive contient trop de fichiers ({len(infos)}) "
                    "pour être un export SIECLE."
                )
            return [_read_member(archive, info, path.name) for info in infos]
    except zipfile.BadZipFile:
        raise ImportFormatError(f"{path.name} : l'archive zip est endommagée ou incomplète.") from None
    except OSError as exc:
        raise ImportFormatError(f"{path.name} : lecture impossible ({exc.strerror}).") from None


def _is_noise(name: str) -> bool:
    """Metadata that macOS and Windows add to archives."""
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith("._") or base in ("Thumbs.db", ".DS_Store")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, zip_name: str) -> LoadedFile:
    label = f"{info.filename.rsplit('/', 1)[-1]} (archive {zip_name})"
    if info.flag_bits & 0x1:
        raise ImportFormatError(f"{label} : le fichier est protégé par un mot de passe.")
    # The sizes in the header are checked first, then the real decompressed size is
    # counted while reading: the header can lie.
    if info.file_size > MAX_MEMBER_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise _bomb(label)
    limit = min(MAX_MEMBER_BYTES, MAX_RATIO * max(info.compress_size, 1024))
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise _bomb(label)
                chunks.append(chunk)
    except (zipfile.BadZipFile, NotImplementedError, EOFError) as exc:
        raise ImportFormatError(f"{label} : décompression impossible ({exc}).") from None
    return LoadedFile(label, b"".join(chunks))


def _bomb(label: str) -> ImportFormatError:
    return ImportFormatError(
        f"{label} : le fichier décompressé serait anormalement volumineux ; "
        "l'archive est refusée par sécurité."
    )

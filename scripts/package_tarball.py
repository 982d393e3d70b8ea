"""Pack the one-folder bundle for distribution, with its SHA-256 beside it.

    python scripts/package_tarball.py dist/educonnect-desktop VERSION

Linux: dist/educonnect-desktop-VERSION-linux-x86_64.tar.gz holding
`educonnect-desktop-VERSION/` = the bundle (`educonnect-desktop/`), `install.sh`, the menu
entry and the icons (`share/`). Windows: the same as a .zip (no install.sh: see
docs/packaging.md). The archive is reproducible: entries sorted, owner root, times set to
SOURCE_DATE_EPOCH (default: the version's commit time is not known here, so 2026-01-01).
`NAME.sha256` has the `sha256sum` format, so `sha256sum -c NAME.sha256` checks it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import platform
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "educonnect_desktop" / "resources" / "icons"
DEFAULT_EPOCH = 1767225600  # 2026-01-01T00:00:00Z


def _machine() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def _system() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def members(bundle: Path, top: str) -> list[tuple[str, Path]]:
    """(name in the archive, file on disk), sorted, directories included."""
    entries = [(f"{top}/educonnect-desktop/{path.relative_to(bundle).as_posix()}", path)
               for path in bundle.rglob("*")]
    entries.append((f"{top}/educonnect-desktop", bundle))
    extra = {
        "share/applications/educonnect-desktop.desktop": ROOT / "packaging/linux/educonnect-desktop.desktop",
        "share/icons/hicolor/scalable/apps/educonnect-desktop.svg": ICONS / "educonnect-desktop.svg",
        "share/icons/hicolor/256x256/apps/educonnect-desktop.png": ICONS / "educonnect-desktop.png",
    }
    if _system() == "linux":
        extra["install.sh"] = ROOT / "packaging/linux/install.sh"
    for name, path in extra.items():
        entries.append((f"{top}/{name}", path))
    return sorted(entries)


def write_tar(target: Path, entries: list[tuple[str, Path]], epoch: int) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        names = {name for name, _ in entries}
        for parent in sorted({"/".join(n.split("/")[:i]) for n in names for i in range(1, n.count("/") + 1)} - names):
            info = tarfile.TarInfo(parent)
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            _normalise(info, epoch)
            tar.addfile(info)
        for name, path in entries:
            info = tar.gettarinfo(str(path), arcname=name)
            if info.isreg():
                info.mode = 0o755 if os.access(path, os.X_OK) else 0o644
            elif info.isdir():
                info.mode = 0o755
            _normalise(info, epoch)
            if info.isreg():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)
    with target.open("wb") as out, gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=epoch,
                                                  compresslevel=9) as gz:
        gz.write(raw.getvalue())


def _normalise(info: tarfile.TarInfo, epoch: int) -> None:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = epoch


def write_zip(target: Path, entries: list[tuple[str, Path]], epoch: int) -> None:
    import time

    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot store times before 1980
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, path in entries:
            if path.is_dir():
                continue
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            archive.writestr(info, path.read_bytes())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, version = Path(argv[0]), argv[1]
    if not (bundle / ("educonnect.exe" if _system() == "windows" else "educonnect")).exists():
        print(f"{bundle} is not a built bundle (run `make package`)", file=sys.stderr)
        return 2
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH))
    top = f"educonnect-desktop-{version}"
    stem = f"{top}-{_system()}-{_machine()}"
    entries = members(bundle, top)
    if _system() == "windows":
        target = bundle.parent / f"{stem}.zip"
        write_zip(target, entries, epoch)
    else:
        target = bundle.parent / f"{stem}.tar.gz"
        write_tar(target, entries, epoch)
    checksum = target.with_name(target.name + ".sha256")
    checksum.write_text(f"{sha256_of(target)}  {target.name}\n", encoding="ascii")
    print(target)
    print(checksum)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

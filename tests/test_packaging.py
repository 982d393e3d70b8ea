"""The packaging files: the lock covers the dependencies, the archive is reproducible and
checkable with sha256sum, the icons and the menu entry are what the bundle ships.
(The bundle itself is built and checked frozen by .ci/run: `make package`, scripts/check_bundle.sh.)"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[ <>=!~;\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def locked() -> dict[str, str]:
    text = (ROOT / "requirements" / "bundle.lock").read_text(encoding="utf-8")
    return {m.group(1).lower(): m.group(2) for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", text, re.M)}


def test_the_lock_pins_every_dependency_of_the_bundle_with_hashes():
    """Fails after a dependency is added to pyproject.toml until `make lock` is rerun."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    wanted |= {_name(line) for line in (ROOT / "requirements" / "bundle.in").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    pins = locked()
    missing = sorted(name for name in wanted if name not in pins)
    assert not missing, f"not in requirements/bundle.lock (run `make lock`): {missing}"
    text = (ROOT / "requirements" / "bundle.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", text.split("\n", 2)[2])
    assert all("--hash=sha256:" in block for block in blocks if "==" in block)
    # the Windows and macOS keyring's needs are in the same (universal) lock
    assert "pywin32-ctypes" in pins and re.search(r"^pywin32-ctypes==\S+ ; sys_platform == 'win32'", text, re.M)


def test_the_central_server_stack_is_not_locked_for_the_workstation():
    assert not {"fastapi", "uvicorn", "psycopg", "psycopg2"} & set(locked())


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "educonnect-desktop"
    (bundle / "_internal" / "educonnect_desktop").mkdir(parents=True)
    for program in ("educonnect", "educonnect-desktop"):
        (bundle / program).write_bytes(b"\x7fELF fake")
        (bundle / program).chmod(0o755)
    (bundle / "_internal" / "educonnect_desktop" / "data.txt").write_text("données\n", encoding="utf-8")
    return bundle


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils' sha256sum")
def test_the_tarball_is_reproducible_and_its_checksum_checks(tmp_path, monkeypatch):
    tarball = _load_script("package_tarball")
    monkeypatch.setattr(tarball, "_system", lambda: "linux")
    monkeypatch.setattr(tarball, "_machine", lambda: "x86_64")
    digests = []
    for attempt in ("one", "two"):
        bundle = _fake_bundle(tmp_path / attempt)
        assert tarball.main([str(bundle), "9.8.7"]) == 0
        archive = bundle.parent / "educonnect-desktop-9.8.7-linux-x86_64.tar.gz"
        check = subprocess.run(["sha256sum", "-c", archive.name + ".sha256"], cwd=archive.parent,
                               capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout.strip().endswith(": OK")
        digests.append((archive.parent / (archive.name + ".sha256")).read_text().split()[0])
    assert digests[0] == digests[1]  # same inputs, same bytes (times, owners, order fixed)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        members = {m.name: m for m in tar.getmembers()}
    top = "educonnect-desktop-9.8.7"
    for expected in ("educonnect-desktop/educonnect", "educonnect-desktop/educonnect-desktop", "install.sh",
                     "share/applications/educonnect-desktop.desktop",
                     "share/icons/hicolor/scalable/apps/educonnect-desktop.svg",
                     "share/icons/hicolor/256x256/apps/educonnect-desktop.png"):
        assert f"{top}/{expected}" in names
    assert members[f"{top}/educonnect-desktop/educonnect"].mode == 0o755
    assert members[f"{top}/install.sh"].mode == 0o755
    assert {m.uname for m in members.values()} == {"root"}


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path, capsys):
    tarball = _load_script("package_tarball")
    assert tarball.main([str(tmp_path), "1.0"]) == 2
    assert "is not a built bundle" in capsys.readouterr().err


def test_the_icons_are_real_images_of_the_shipped_sizes(qapp):
    from PySide6.QtGui import QImage, QImageReader

    from educonnect_desktop.paths import resources_dir

    icons = resources_dir() / "icons"
    assert (icons / "educonnect-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    png = QImage(str(icons / "educonnect-desktop.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 40).name() == "#000091"  # blue France background
    for name, fmt in (("educonnect-desktop.ico", b"ico"), ("educonnect-desktop.icns", b"icns")):
        reader = QImageReader(str(icons / name), fmt)
        widths = []
        for index in range(max(reader.imageCount(), 1)):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), reader.errorString()
            widths.append(image.width())
        assert max(widths) >= 256


def test_the_menu_entry_opens_the_application_and_the_kiosk():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "educonnect-desktop.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application" and main["Exec"] == "educonnect-desktop"
    assert main["Icon"] == "educonnect-desktop" and main["Terminal"] == "false"
    assert main["StartupWMClass"] == "educonnect-desktop"  # = QGuiApplication.desktopFileName
    assert entry["Desktop Action kiosk"]["Exec"] == "educonnect-desktop --kiosk"


def test_the_spec_keeps_the_central_server_out_and_reads_the_version_from_pyproject():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"educonnect_desktop.central"' in spec and '"fastapi"' in spec and '"uvicorn"' in spec
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec

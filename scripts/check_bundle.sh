#!/bin/sh
# Check the built tarball the way a school receives it: checksum, unpacked into an empty
# folder, run with an empty environment (no checkout, no venv, no PYTHONPATH), offscreen.
#   scripts/check_bundle.sh [dist/educonnect-desktop-VERSION-linux-x86_64.tar.gz]
# Fails on: a wrong checksum, a bundled library missing one of its dependencies, a failed
# self-check, a CLI command or a first window that does not work frozen.
set -eu
ARCHIVE=${1:-$(ls dist/educonnect-desktop-*-linux-*.tar.gz | tail -n 1)}
ARCHIVE=$(cd "$(dirname "$ARCHIVE")" && pwd)/$(basename "$ARCHIVE")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

(cd "$(dirname "$ARCHIVE")" && sha256sum -c "$(basename "$ARCHIVE").sha256")
tar -xzf "$ARCHIVE" -C "$WORK"
APP=$(ls -d "$WORK"/educonnect-desktop-*/educonnect-desktop)
echo "Bundle: $APP ($(du -sh "$APP" | cut -f1) on disk, $(du -h "$ARCHIVE" | cut -f1) compressed)"

# Every library of the bundle finds what it links to. The desktop's own libraries (Wayland,
# X11, OpenGL) come from the workstation and may be absent on a build server: only what the
# bundle itself must carry (Qt, Python, ICU, the libraries build.spec may drop) is checked.
MISSING=$(find "$APP/_internal" -name '*.so*' -type f | while read -r lib; do
    LD_LIBRARY_PATH="$APP/_internal:$APP/_internal/PySide6/Qt/lib" ldd "$lib" 2>/dev/null \
        | grep "not found" | grep -v -e "libwayland-" -e "libxcb" -e "libX" -e "libGL" -e "libEGL" \
        -e "libxkbcommon" | sed "s#^#$lib: #"
done)
if [ -n "$MISSING" ]; then
    echo "Libraries with missing dependencies:"; echo "$MISSING"; exit 1
fi

HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR"
run() {
    env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
cd "$WORK"
run "$APP/educonnect-desktop" --self-check --db "$WORK/check.sqlite"
run "$APP/educonnect" --db "$WORK/check.sqlite" self-check >/dev/null
run "$APP/educonnect" version
printf 'Secretariat-Demo-42\n' | run "$APP/educonnect" --db "$WORK/school.sqlite" init --first-name Anne --last-name Martin
# Once a staff account exists, a state-changing command names who runs it (--as, password on stdin).
printf 'Secretariat-Demo-42\n' | run "$APP/educonnect" --db "$WORK/school.sqlite" --as a.martin1 demo >/dev/null
run "$APP/educonnect" --db "$WORK/school.sqlite" accounts list | head -n 3
run "$APP/educonnect-desktop" --db "$WORK/school.sqlite" --quit-after-show 2>/dev/null
run "$APP/educonnect-desktop" --db "$WORK/school.sqlite" --kiosk --quit-after-show 2>/dev/null
if command -v xvfb-run >/dev/null; then  # the real X11 platform plugin, not only offscreen
    env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a "$APP/educonnect-desktop" --db "$WORK/school.sqlite" --quit-after-show 2>/dev/null
fi
echo "Bundle checked: self-check, CLI, first window and kiosk all work frozen."

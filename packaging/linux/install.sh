#!/bin/sh
# Install EduConnect Desktop from this unpacked folder (the bundle, the menu entry, the icon).
#   sudo ./install.sh            for every user: /opt/educonnect-desktop, /usr/local/bin
#   ./install.sh                 for you only:   ~/.local/opt/educonnect-desktop, ~/.local/bin
#   PREFIX=/srv/apps ./install.sh
# Running it again replaces the previous version (databases and settings are elsewhere, in each
# user's data and configuration folders, and are left alone).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then
    PREFIX=${PREFIX:-/opt}; BIN=${BIN:-/usr/local/bin}; SHARE=${SHARE:-/usr/local/share}
else
    PREFIX=${PREFIX:-$HOME/.local/opt}; BIN=${BIN:-$HOME/.local/bin}; SHARE=${SHARE:-$HOME/.local/share}
fi
TARGET="$PREFIX/educonnect-desktop"

"$HERE/educonnect-desktop/educonnect" version >/dev/null  # refuse a damaged copy before replacing anything
mkdir -p "$PREFIX" "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps" "$SHARE/icons/hicolor/256x256/apps"
rm -rf "$TARGET.new"
cp -a "$HERE/educonnect-desktop" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sf "$TARGET/educonnect-desktop" "$BIN/educonnect-desktop"
ln -sf "$TARGET/educonnect" "$BIN/educonnect"
sed "s#^Exec=educonnect-desktop#Exec=$TARGET/educonnect-desktop#; s#^TryExec=.*#TryExec=$TARGET/educonnect-desktop#" \
    "$HERE/share/applications/educonnect-desktop.desktop" > "$SHARE/applications/educonnect-desktop.desktop"
cp "$HERE/share/icons/hicolor/scalable/apps/educonnect-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/"
cp "$HERE/share/icons/hicolor/256x256/apps/educonnect-desktop.png" "$SHARE/icons/hicolor/256x256/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" 2>/dev/null || true
echo "EduConnect Desktop installé dans $TARGET."
echo "Vérifiez l'installation : $BIN/educonnect-desktop --self-check"

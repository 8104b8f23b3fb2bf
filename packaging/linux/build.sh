#!/usr/bin/env bash
# One command: the one-folder bundle dist/qcoder/ and the Debian package dist/qcoder_<version>_amd64.deb.
#
#   packaging/linux/build.sh
#
# Builds in a virtual environment of its own (build/linux-venv, made on first use from the
# package index or pip's cache: qcoder[media,survey] + PyInstaller), or in the one named by
# QCODER_BUILD_PYTHON (a python that already has those). Needs Python 3.11+, dpkg-deb, binutils
# (strip, readelf). The .deb installs the bundle to /opt/qcoder with /usr/bin/qcoder, a menu
# entry, file types for .qcoder and .qdpx, and icons. The bundle itself runs from any folder.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$REPO/packaging/linux
cd "$REPO"
started=$(date +%s)
say() { echo "[build.sh $(( $(date +%s) - started ))s] $*" >&2; }

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
[ "$ARCH" = amd64 ] || { echo "build.sh: builds amd64 packages only (this machine: $ARCH)" >&2; exit 1; }

PY=${QCODER_BUILD_PYTHON:-}
if [ -z "$PY" ]; then
    PY=$REPO/build/linux-venv/bin/python
    if [ ! -x "$PY" ]; then
        say "making the build environment build/linux-venv"
        python3 -m venv "$REPO/build/linux-venv"
        "$PY" -m pip install -q --upgrade pip
    fi
    say "installing qcoder[media,survey] and PyInstaller into it"
    "$PY" -m pip install -q "$REPO[media,survey]" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
fi

say "freezing with PyInstaller: dist/qcoder/"
rm -rf "$REPO/dist/qcoder" "$REPO/build/pyinstaller"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$REPO/dist" --workpath "$REPO/build/pyinstaller" "$REPO/packaging/qcoder.spec"
"$REPO/dist/qcoder/qcoder" --version >/dev/null  # the bundle starts

say "staging the package tree"
ROOT=$REPO/build/deb/qcoder_${VERSION}_${ARCH}
rm -rf "$ROOT"
install -d "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/mime/packages" "$ROOT/usr/share/doc/qcoder" "$ROOT/usr/share/icons/hicolor/scalable/apps" \
    "$ROOT/usr/share/icons/hicolor/scalable/mimetypes"
cp -a "$REPO/dist/qcoder" "$ROOT/opt/qcoder"
install -m 755 "$HERE/qcoder.sh" "$ROOT/usr/bin/qcoder"
install -m 644 "$HERE/qcoder.desktop" "$ROOT/usr/share/applications/qcoder.desktop"
install -m 644 "$HERE/qcoder-mime.xml" "$ROOT/usr/share/mime/packages/qcoder.xml"
ICONS=$REPO/resources/icons
install -m 644 "$ICONS/qcoder.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/qcoder.svg"
for mime in application-x-qcoder-project application-x-refi-qda-project; do
    install -m 644 "$ICONS/qcoder.svg" "$ROOT/usr/share/icons/hicolor/scalable/mimetypes/$mime.svg"
done
for n in 16 24 32 48 64 128 256 512; do
    install -d "$ROOT/usr/share/icons/hicolor/${n}x${n}/apps" "$ROOT/usr/share/icons/hicolor/${n}x${n}/mimetypes"
    install -m 644 "$ICONS/qcoder-$n.png" "$ROOT/usr/share/icons/hicolor/${n}x${n}/apps/qcoder.png"
    for mime in application-x-qcoder-project application-x-refi-qda-project; do
        install -m 644 "$ICONS/qcoder-$n.png" "$ROOT/usr/share/icons/hicolor/${n}x${n}/mimetypes/$mime.png"
    done
done
cat >"$ROOT/usr/share/doc/qcoder/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: qcoder
License: MIT (qcoder). /opt/qcoder/_internal carries Python, Qt (LGPL-3.0) through PySide6,
 spaCy and the other libraries qcoder uses, each under its own licence (see the *.dist-info
 folders there).
COPYRIGHT
install -m 755 "$HERE/postinst" "$HERE/postrm" "$ROOT/DEBIAN/"
SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE/" "$HERE/control.in" >"$ROOT/DEBIAN/control"

say "dpkg-deb: dist/qcoder_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$ROOT" "$REPO/dist/qcoder_${VERSION}_${ARCH}.deb" >/dev/null
rm -rf "$ROOT"
say "done: dist/qcoder/ ($(du -sh "$REPO/dist/qcoder" | cut -f1)), dist/qcoder_${VERSION}_${ARCH}.deb ($(du -h "$REPO/dist/qcoder_${VERSION}_${ARCH}.deb" | cut -f1), installed ${SIZE} KiB)"

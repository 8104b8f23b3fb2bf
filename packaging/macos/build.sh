#!/usr/bin/env bash
# Build qcoder for macOS in one command: dist/qcoder-<version>-<arch>.dmg holding qcoder.app.
#
#   packaging/macos/build.sh            (on a Mac; PYTHON=/path/to/python3.11 to choose the Python)
#
# One architecture per build, the one of the Mac (or runner) it runs on: arm64 on Apple silicon
# (GitHub's macos-14), x86_64 on Intel (GitHub's macos-15-intel). PySide6 and numpy ship
# universal2 or per-architecture wheels, but spaCy, sqlcipher3, lxml and pyreadstat do not all
# ship universal2 ones, so a universal2 bundle would need two builds glued with lipo: not done.
#
# Steps: a fresh venv in build/venv-macos-<arch>; pip install .[media,survey] + PyInstaller;
# pyinstaller packaging/qcoder.spec (the spec BUNDLEs dist/qcoder.app with the Info.plist keys
# of packaging/platform_bits.py); a code signature; the .dmg (compressed, UDZO) with the app and
# a link to /Applications; hdiutil verify.
#
# Signing and notarization:
# - By default the app is signed ad hoc (codesign --force --deep -s -): Apple silicon runs only
#   signed code, and a consistent ad-hoc signature is what keeps macOS from calling the app
#   "damaged". Gatekeeper still asks, the first time, whether to open an app from an unidentified
#   developer: right-click -> Open (macOS 15: System Settings -> Privacy & Security -> Open Anyway).
# - With an Apple Developer ID, set CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#   and the app is signed with it, hardened runtime and packaging/macos/entitlements.plist.
#   Then, if APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an app-specific password) are set
#   too, the .dmg is notarized (xcrun notarytool submit --wait) and the ticket stapled to it.
#   Without those variables nothing is sent to Apple.
#
# Built and smoke-tested by .github/workflows/installers.yml; not run on the developers' Linux
# machine. Exits non-zero, naming the step, at the first failure.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
ARCH=$(uname -m)
SPEC=packaging/qcoder.spec
ENTITLEMENTS=packaging/macos/entitlements.plist
VENV=build/venv-macos-$ARCH
APP=dist/qcoder.app
PLISTBUDDY=${PLISTBUDDY:-/usr/libexec/PlistBuddy}

step() { printf '==> %s\n' "$*"; }
die() {
  printf 'packaging/macos/build.sh: %s\n' "$*" >&2
  exit 1
}
trap 'die "failed at line $LINENO: $BASH_COMMAND"' ERR

[ "$(uname -s)" = Darwin ] || die "this builds the macOS app and runs on macOS only"
case "$ARCH" in
  arm64 | x86_64) ;;
  *) die "unknown architecture $ARCH" ;;
esac
[ -f "$SPEC" ] || die "$SPEC is missing"

step "virtual environment $VENV (from $PYTHON)"
"$PYTHON" -m venv --clear "$VENV"
PY="$ROOT/$VENV/bin/python"
step "installing qcoder[media,survey] and PyInstaller"
"$PY" -m pip install --quiet --upgrade pip
"$PY" -m pip install --quiet ".[media,survey]" pyinstaller pyinstaller-hooks-contrib
VERSION=$("$PY" -c "import importlib.metadata as m; print(m.version('qcoder'))")
DMG=dist/qcoder-$VERSION-$ARCH.dmg
step "qcoder $VERSION for $ARCH"

step "PyInstaller: $SPEC"
rm -rf "$APP"
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath "build/pyinstaller-macos-$ARCH" "$SPEC"
[ -d "$APP" ] || die "PyInstaller did not leave $APP (the spec must BUNDLE qcoder.app on macOS)"
PLIST=$APP/Contents/Info.plist
[ "$("$PLISTBUDDY" -c 'Print :CFBundleIdentifier' "$PLIST")" = org.qcoder.qcoder ] \
  || die "$PLIST lacks CFBundleIdentifier org.qcoder.qcoder (platform_bits.macos_info_plist not used?)"
"$PLISTBUDDY" -c 'Print :CFBundleDocumentTypes' "$PLIST" >/dev/null \
  || die "$PLIST lacks the document types"
step "needs macOS $("$PLISTBUDDY" -c 'Print :LSMinimumSystemVersion' "$PLIST") or later (from the bundled wheels)"
EXE=$APP/Contents/MacOS/$("$PLISTBUDDY" -c 'Print :CFBundleExecutable' "$PLIST")
lipo -archs "$EXE" | grep -qw "$ARCH" || die "$EXE is not built for $ARCH"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  step "signing with $CODESIGN_IDENTITY (hardened runtime)"
  codesign --force --deep --options runtime --timestamp --entitlements "$ENTITLEMENTS" \
    -s "$CODESIGN_IDENTITY" "$APP"
else
  step "signing ad hoc"
  codesign --force --deep -s - "$APP"
fi
codesign --verify --deep --strict "$APP"
step "the app starts: qcoder --version"
"$EXE" --version

step "disk image $DMG"
STAGE=build/dmg-$ARCH
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/qcoder.app"
ln -s /Applications "$STAGE/Applications"
# hdiutil on CI runners now and then fails with "Resource busy": try three times
for attempt in 1 2 3; do
  if hdiutil create -volname "qcoder $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"; then
    break
  fi
  [ "$attempt" -lt 3 ] || die "hdiutil create failed three times"
  sleep 10
done
hdiutil verify "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
  && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  step "notarizing $DMG (Apple's notary service; takes minutes)"
  codesign --force --timestamp -s "$CODESIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
else
  step "not notarized (set CODESIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD to notarize)"
fi

step "built $DMG ($(du -h "$DMG" | cut -f1))"

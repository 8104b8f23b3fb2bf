#!/usr/bin/env bash
# Smoke test of the Debian package built by packaging/linux/build.sh (run as root; it installs
# the package with dpkg -i and removes it afterwards with dpkg -r).
#
#   packaging/linux/smoke.sh [dist/qcoder_<version>_amd64.deb] [OUT_DIR]
#
# For the installed package (/usr/bin/qcoder) and for a copy unpacked with dpkg-deb -x into a
# fresh folder: `qcoder --help`, build the demo project (`qcoder demo --no-gui`), export a Word
# report (`qcoder report`), open the project in the window on a virtual screen (Xvfb, display
# :93 unless SMOKE_DISPLAY says otherwise), time until the window shows, take a screenshot, close
# the window. Screenshots and timings go to OUT_DIR (default build/smoke): look at the pictures.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DEB=${1:-$(ls "$REPO"/dist/qcoder_*_amd64.deb | tail -1)}
OUT=${2:-$REPO/build/smoke}
DISPLAY_NO=${SMOKE_DISPLAY:-:93}
rm -rf "$OUT"; mkdir -p "$OUT"
say() { echo "[smoke] $*" >&2; }
installed() { dpkg-query -W -f='${Status}' qcoder 2>/dev/null | grep -q "ok installed"; }
need() { command -v "$1" >/dev/null || { echo "smoke.sh needs $1 (apt-get install $2)" >&2; exit 1; }; }
need Xvfb xvfb; need xdotool xdotool; need import imagemagick

Xvfb "$DISPLAY_NO" -screen 0 1440x900x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
WM=""
cleanup() {
    [ -n "$WM" ] && kill "$WM" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    if installed && [ -n "${INSTALLED_BY_SMOKE:-}" ]; then dpkg -r qcoder >/dev/null || true; fi
}
trap cleanup EXIT
export DISPLAY=$DISPLAY_NO
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if command -v openbox >/dev/null; then openbox >"$OUT/wm.log" 2>&1 & WM=$!; fi
unset QT_QPA_PLATFORM

drop_caches() {  # a cold start, where permitted (root outside a restricted container)
    sync; if echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then echo cold; else echo warm; fi
}

# run_window NAME QCODER PROJECT: start the window, time until it is visible, screenshot, close
run_window() {
    local name=$1 qcoder=$2 project=$3 state t0 t1 win pid
    state=$(drop_caches)
    t0=$(date +%s.%N)
    "$qcoder" gui "$project" >"$OUT/$name-window.log" 2>&1 &
    pid=$!
    win=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" --name 'qcoder|demo' | head -1)
    t1=$(date +%s.%N)
    printf '%s: window visible after %.2f s (%s start)\n' "$name" "$(echo "$t1 - $t0" | bc)" "$state" | tee -a "$OUT/timings.txt" >&2
    sleep 3  # let the first paint and the project load settle
    import -window root "$OUT/$name-start.png"
    # the first run asks who is coding (a modal prompt with a suggested name): accept it, then
    # open the first document of the list
    xdotool key --clearmodifiers Return; sleep 1
    xdotool mousemove 100 200 click 1; sleep 2
    import -window root "$OUT/$name-window.png"
    say "$name: screenshot $OUT/$name-window.png"
    xdotool windowactivate --sync "$win" key --clearmodifiers ctrl+q 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
        say "$name: the window did not close on Ctrl+Q; closing it through the window manager"
        xdotool windowclose "$win" 2>/dev/null || true
        sleep 2; kill "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    say "$name: closed"
}

# exercise NAME QCODER: the command line and the window of one copy of the bundle
exercise() {
    local name=$1 qcoder=$2 work=$OUT/$1
    mkdir -p "$work"
    "$qcoder" --help | grep -q "usage: qcoder" && say "$name: qcoder --help works"
    "$qcoder" --version | tee -a "$OUT/timings.txt" >&2
    "$qcoder" demo --no-gui --out "$work/demo" >"$work/demo.log" 2>&1
    grep -q "imported 15 transcripts (0 failed" "$work/demo.log" && say "$name: demo project built"
    "$qcoder" documents --json "$work/demo/demo.qcoder" >"$work/documents.json"
    "$qcoder" report "$work/demo/demo.qcoder" -o "$work/report.docx" --by stakeholder_group >&2
    [ -s "$work/report.docx" ] && say "$name: report exported ($(du -h "$work/report.docx" | cut -f1))"
    "$qcoder" words "$work/demo/demo.qcoder" --top 5 >"$work/words.txt" 2>&1
    grep -qw know "$work/words.txt" && say "$name: lemmas from spacy-lookups-data ('knows'/'knew' -> 'know')"
    run_window "$name" "$qcoder" "$work/demo/demo.qcoder"
}

say "installing $DEB with dpkg -i"
if installed; then echo "qcoder is already installed; remove it first (dpkg -r qcoder)" >&2; exit 1; fi
INSTALLED_BY_SMOKE=1
if ! dpkg -i "$DEB" >"$OUT/dpkg-i.log" 2>&1; then
    say "dpkg -i: missing dependencies; apt-get -f install"; apt-get -f install -y -qq >>"$OUT/dpkg-i.log" 2>&1
fi
dpkg -s qcoder | grep -E '^(Version|Installed-Size)' | tee -a "$OUT/timings.txt" >&2
echo "installed size on disk: $(du -sm /opt/qcoder | cut -f1) MiB (/opt/qcoder)" | tee -a "$OUT/timings.txt" >&2
[ -f /usr/share/mime/packages/qcoder.xml ] && [ -f /usr/share/applications/qcoder.desktop ] && say "menu entry and file types installed"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/qcoder.desktop && say "qcoder.desktop is valid"; fi
exercise installed /usr/bin/qcoder
run_window installed-again /usr/bin/qcoder "$OUT/installed/demo/demo.qcoder"  # a second cold start
dpkg -r qcoder >"$OUT/dpkg-r.log" 2>&1 && say "removed with dpkg -r"
dpkg --purge qcoder >>"$OUT/dpkg-r.log" 2>&1 || true  # and its record in dpkg's database
[ ! -e /opt/qcoder ] && [ ! -e /usr/bin/qcoder ] && say "nothing left in /opt/qcoder or /usr/bin/qcoder"
INSTALLED_BY_SMOKE=

say "unpacking with dpkg-deb -x into a fresh folder"
EXTRACT=$(mktemp -d /tmp/qcoder-smoke-XXXXXX)
dpkg-deb -x "$DEB" "$EXTRACT"
mv "$EXTRACT/opt/qcoder" "$EXTRACT/elsewhere"  # the bundle runs from wherever it is
exercise extracted "$EXTRACT/elsewhere/qcoder"
rm -rf "$EXTRACT"
say "done; timings in $OUT/timings.txt:"
cat "$OUT/timings.txt" >&2

"""Crash safety, the long version: SIGKILL qcoder many times at random moments during bursts of
codings and during large imports; after every kill the project must pass the full integrity
check and hold every acknowledged coding/document (tests/safety/test_crash.py does a few).
Also times the checks and backups that protect a large project.

    python bench/bench_crash.py [--coding-kills 40] [--import-kills 15] [--large bench/out/large.qcoder]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qcoder.app.safety import check_project, open_project  # noqa: E402
from qcoder.store import backup_files  # noqa: E402
from tests.safety.crash_harness import coding_kills, import_kills, make_coding_project  # noqa: E402


def timings(large: Path) -> None:
    if not large.exists():
        print(f"(no {large}: run bench/generate_project.py for the large-project timings)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "large.qcoder"
        backup_files.online_backup(large, copy, None)
        size = copy.stat().st_size / 2**20
        for full in (False, True):
            t = time.perf_counter()
            report = check_project(copy, full=full)
            print(
                f"integrity check ({'full' if full else 'quick, as on open'}) of a {size:.0f} MB project: "
                f"{time.perf_counter() - t:.2f} s, ok={report.ok}"
            )
        t = time.perf_counter()
        with open_project(copy, backup=False):
            pass
        print(f"open with the check, no backup: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        info = backup_files.make_backup(copy, None, "manual")
        print(f"online backup + verification: {time.perf_counter() - t:.2f} s ({info.size / 2**20:.0f} MB)")
        try:
            from qcoder.app.safety import encrypt_project

            t = time.perf_counter()
            encrypt_project(copy, "benchmark passphrase")
            print(f"encrypting it (with its backup): {time.perf_counter() - t:.2f} s")
            t = time.perf_counter()
            with open_project(copy, passphrase="benchmark passphrase", backup=False):
                pass
            print(f"open encrypted, with the check: {time.perf_counter() - t:.2f} s")
            t = time.perf_counter()
            check_project(copy, "benchmark passphrase", full=True)
            print(f"full check encrypted: {time.perf_counter() - t:.2f} s")
        except Exception as exc:  # noqa: BLE001 - no SQLCipher here
            print(f"(encryption timings skipped: {exc})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coding-kills", type=int, default=40)
    ap.add_argument("--import-kills", type=int, default=15)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--large", type=Path, default=ROOT / "bench" / "out" / "large.qcoder")
    args = ap.parse_args()
    timings(args.large)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "codings.qcoder"
        make_coding_project(path)
        t = time.perf_counter()
        stats = coding_kills(path, args.coding_kills, seed=args.seed, max_delay=2.0)
        print(
            f"codings: {stats.kills} SIGKILLs, {stats.acknowledged} acknowledged codings, all present "
            f"({stats.present} in the project), integrity ok after every kill; kill delays median "
            f"{statistics.median(stats.seconds):.2f} s; {time.perf_counter() - t:.0f} s in all"
        )
        t = time.perf_counter()
        istats = import_kills(
            Path(tmp) / "import.qcoder",
            Path(tmp) / "src",
            args.import_kills,
            seed=args.seed,
            files_per_run=15,
            chars=200_000,
            max_delay=4.0,
        )
        print(
            f"import: {istats.kills} SIGKILLs ({istats.finished_before_kill} runs finished first), "
            f"{istats.acknowledged} acknowledged documents all present, {istats.present} documents in the project, "
            f"none partial; {time.perf_counter() - t:.0f} s in all"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

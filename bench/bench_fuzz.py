"""Hostile input, the long version: the hostile corpus with several seeds, a 50 MB text file
imported into a project, and the hypothesis fuzz tests with many examples.

    python bench/bench_fuzz.py [--examples 2000] [--seeds 5]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.safety import hostile  # noqa: E402
from tests.safety.test_fuzz_importers import run_worker  # noqa: E402


def corpus(seeds: int) -> None:
    outcomes: Counter[str] = Counter()
    slowest: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(seeds):
            files = hostile.write_hostile(Path(tmp) / f"s{seed}", random.Random(seed))
            for name, r in run_worker(files, seconds=120).items():
                outcomes[r["outcome"]] += 1
                slowest.append((r["seconds"], name))
                if r["outcome"] not in ("ok", "ImportFailed") or r.get("problems"):
                    print(f"  PROBLEM seed {seed} {name}: {r}")
    slowest.sort(reverse=True)
    print(f"hostile corpus x{seeds}: {dict(outcomes)}; slowest: " + ", ".join(f"{n} {s:.2f} s" for s, n in slowest[:4]))


def big_import() -> None:
    from qcoder.app.importing import import_paths
    from qcoder.app.safety import check_project, create_project

    with tempfile.TemporaryDirectory() as tmp:
        big = hostile.write_big_text(Path(tmp) / "big.txt", 50, random.Random(1))
        t = time.perf_counter()
        with create_project(Path(tmp) / "p.qcoder") as project:
            report = import_paths(project, [big])
        took = time.perf_counter() - t
        item = report.imported[0] if report.imported else None
        print(
            f"50 MB text file into a project: {took:.1f} s "
            f"({item.chars if item else 0:,} characters, {item.turns if item else 0:,} turns, "
            f"failed: {[p.reason for p in report.failed]})"
        )
        t = time.perf_counter()
        ok = check_project(Path(tmp) / "p.qcoder", full=True).ok
        print(f"full integrity check after it: {time.perf_counter() - t:.1f} s, ok={ok}")


def hypothesis_runs(examples: int) -> None:
    env = dict(os.environ, QCODER_FUZZ_EXAMPLES=str(examples), PYTHONPATH=str(ROOT))
    for test in (
        "tests/safety/test_fuzz_importers.py",
        "tests/safety/test_fuzz_tables.py",
        "tests/safety/test_fuzz_projects.py",
    ):
        t = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                test,
                "-k",
                "random or truncated or csv or sheet",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        last = (result.stdout.strip().splitlines() or ["?"])[-1]
        print(f"{test} with {examples} examples per property: {last} ({time.perf_counter() - t:.0f} s)")
        if result.returncode != 0:
            print(result.stdout[-4000:])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--seeds", type=int, default=5)
    args = ap.parse_args()
    corpus(args.seeds)
    big_import()
    hypothesis_runs(args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())

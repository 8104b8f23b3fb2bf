"""The scaling table of README: import, listing and statistics at 143, 1,000 and 10,000 documents.

For each size, builds a project with bench/generate_scale.py (interviews of ~6,000 words mixed
with short survey answers; 143 documents are all interviews; 50 codings per 1,000 characters
of interview at the largest size), then times whole commands as a user runs them (process start
included, median of ``--repeat``): ``qcoder documents P --json``, ``qcoder stats P`` and
``qcoder --help``.

    python bench/bench_scale.py [--sizes 143,1000,10000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_scale import generate  # noqa: E402

CODINGS_PER_DOCUMENT = 50  # 500k codings at 10,000 documents


def whole_command(args: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qcoder.cli", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 2)


def measure(size: int, folder: Path, repeat: int) -> dict[str, float]:
    path = folder / f"scale{size}.qcoder"
    every = 1 if size <= 143 else 10
    row: dict[str, float] = {"documents": size}
    row.update(generate(path, size, CODINGS_PER_DOCUMENT * size, interview_every=every))
    subprocess.run([sys.executable, "-m", "qcoder.cli", "documents", str(path)], check=True, capture_output=True)
    row["documents_json_s"] = whole_command(["documents", str(path), "--json"], repeat)
    row["stats_s"] = whole_command(["stats", str(path)], repeat)
    row["help_s"] = whole_command(["--help"], repeat)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="143,1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", help="keep the projects in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="qcoder-bench-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        rows = [measure(int(s), folder, args.repeat) for s in args.sizes.split(",")]
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print("documents  codings  import(s)  first100(ms/doc)  last100(ms/doc)  documents--json(s)  stats(s)  --help(s)")
    for r in rows:
        print(
            f"{r['documents']:>9,.0f}  {r['codings']:>7,.0f}  {r['import_s']:>9.1f}  {r['first_100_ms']:>16.1f}  "
            f"{r['last_100_ms']:>15.1f}  {r['documents_json_s']:>18.2f}  {r['stats_s']:>8.2f}  {r['help_s']:>9.2f}"
        )
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

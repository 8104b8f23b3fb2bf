"""Time the foundation on the large benchmark project: open, list documents, load one
document with its codings, and run stats. Generates the project first if missing.

    python bench/bench_foundation.py [--regenerate]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_project import ROOT, generate  # noqa: E402

from qcoder.analysis.frequencies import stats_json  # noqa: E402
from qcoder.app import Project  # noqa: E402


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    path = ROOT / "bench" / "out" / "large.qcoder"
    if args.regenerate or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        generate(path, 150, 60_000, 30_000)
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}")

    def open_close() -> None:
        Project.open(path).close()

    project = Project.open(path)
    docs = project.documents()
    doc = docs[len(docs) // 2]

    def load_one() -> None:
        project.document(doc.id)
        project.codings(document_id=doc.id)
        project.turns(doc.id)

    snapshot = project.snapshot()
    results = {
        "open project": timed(open_close),
        "list documents (150)": timed(project.documents),
        f"load one document ({doc.chars:,} chars, {doc.codings} codings, turns)": timed(load_one),
        "snapshot of whole project": timed(project.snapshot, 3),
        "stats by stakeholder_group,site (on snapshot)": timed(
            lambda: stats_json(snapshot, ["stakeholder_group", "site"]), 3
        ),
    }
    project.close()
    print(f"{len(docs)} documents, {sum(d.codings for d in docs):,} codings")
    for name, seconds in results.items():
        print(f"{name:<70} {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark coding queries on the 150-document benchmark project (issue 17: any query < 0.5 s).

The project of bench_analysis/bench_agreement (150 documents × ~60,000 characters, 10 themes ×
5 sub-themes, 3 coders, 30,000 codings). Each query runs on a *fresh* engine (nothing cached:
the codes' regions, sentence and paragraph boundaries are computed in the time shown), then
again on a warm one (the window's second run). Best of ``--repeat`` runs, wall clock and CPU.
"records": making a record of every excerpt (what JSON output needs; the window makes the
rows it shows).

    PYTHONPATH=. python bench/bench_query.py [--repeat 3] [--docs 150] [--codings 30000]
"""

from __future__ import annotations

import argparse
import os
import time

from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.query import QueryEngine, QueryOptions
from qcoder.analysis.query_parse import parse_scope
from qcoder.analysis.synthetic import synthetic_project

TARGET = 0.5
QUERIES = [
    ('"Theme 01 > Subtheme 01.1"', "overlap", {}),
    ('"Theme 01"', "overlap", {}),
    ('"Theme 01" AND "Theme 02"', "overlap", {}),
    ('"Theme 01" OR "Theme 02" OR "Theme 03"', "overlap", {}),
    ('"Theme 01" AND NOT "Theme 02"', "overlap", {}),
    ('"Theme 01" NEAR "Theme 02"', "200", {}),
    ('"Theme 01" AND "Theme 02"', "sentence", {}),
    ('"Theme 01" AND "Theme 02"', "turn", {}),
    ('"Theme 01" AND "Theme 02"', "paragraph", {}),
    ('"Theme 01" AND "Theme 02"', "document", {}),
    ('"Theme 01" FOLLOWED BY "Theme 02"', "turn", {}),
    ('"Theme 01" AND NOT "Theme 02"', "turn", {}),
    ('NOT "Theme 01"', "overlap", {}),
    ('NOT "Theme 01"', "sentence", {}),
    ('("Theme 01" OR "Theme 02") AND NOT ("Theme 03" NEAR/turn "Theme 04")', "document", {}),
    ('"Theme 01" AND "Theme 02"', "turn", {"where": {"stakeholder_group": frozenset({"law_enforcement"})}}),
    ('"Theme 01"', "overlap", {"text": "trust"}),
]


def best(fn: object, repeat: int) -> tuple[float, float, object]:
    assert callable(fn)
    wall = cpu = float("inf")
    result: object = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
    return wall, cpu, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--codings", type=int, default=30_000)
    args = ap.parse_args()
    snap = synthetic_project(documents=args.docs, chars=args.chars, codings=args.codings)
    print(
        f"synthetic project: {len(snap.documents)} documents, {sum(len(d.text) for d in snap.documents):,} "
        f"characters, {len(snap.codings):,} codings, {len(snap.turns):,} turns; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    index = ProjectIndex(snap)
    index.coding_arrays()
    index.turn_arrays()  # built with the index in the window and the CLI
    warm = QueryEngine(index)
    slowest = 0.0
    for query, within, extra in QUERIES:
        options = QueryOptions(scope=parse_scope(within), **extra)  # type: ignore[arg-type]
        cold_wall, cold_cpu, result = best(lambda q=query, o=options: QueryEngine(index).run(q, o), args.repeat)
        warm_wall, _, _ = best(lambda q=query, o=options: warm.run(q, o), args.repeat)
        slowest = max(slowest, cold_wall)
        count = getattr(result, "count", 0)
        label = f"{query} --within {within}" + (f" {next(iter(extra))}" if extra else "")
        records, _, _ = best(lambda r=result: [r.excerpt(i) for i in range(getattr(r, "count", 0))], 1)
        times = f"cold {cold_wall:6.3f} s (cpu {cold_cpu:5.3f})  warm {warm_wall:6.3f} s  records {records:6.3f} s"
        print(f"{label[:72]:<72} {count:>7} excerpts  {times}")
    verdict = "ok" if slowest < TARGET else "OVER"
    print(f"slowest query (cold): {slowest:.3f} s; target < {TARGET} s: {verdict}")


if __name__ == "__main__":
    main()

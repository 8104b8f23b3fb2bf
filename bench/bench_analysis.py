"""Benchmark theme statistics and exports on a large synthetic project.

150 documents × ~60,000 characters, 60 codes in a 2-level tree (10 themes × 5 sub-themes),
3 coders, 30,000 codings, participants with stakeholder_group, documents with site.

Targets: stats < 0.2 s, XLSX export < 3 s, DOCX report < 5 s. Each figure is the best of
``--repeat`` runs (wall clock; CPU time beside it, which other processes disturb less).

    PYTHONPATH=. python bench/bench_analysis.py [--repeat 3] [--docs 150] [--codings 30000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from qcoder.analysis.cooccurrence import cooccurrence
from qcoder.analysis.frequencies import stats_json, stats_tables
from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.synthetic import synthetic_project
from qcoder.exporters.codebook_docs import export_codebook_docx, export_codebook_xlsx
from qcoder.exporters.docx_report import export_report
from qcoder.exporters.xlsx_export import export_csv_tables, export_xlsx

BY = ["stakeholder_group", "site"]


def measure(label: str, fn: Callable[[], object], repeat: int, target: float | None = None) -> object:
    best_wall = best_cpu = float("inf")
    result: object = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:g} s: {'ok' if best_wall < target else 'OVER'}"
    print(f"{label:<44} {best_wall:7.3f} s  (cpu {best_cpu:6.3f} s){verdict}", flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--chars", type=int, default=60_000)
    ap.add_argument("--codings", type=int, default=30_000)
    args = ap.parse_args()

    t = time.perf_counter()
    snap = synthetic_project(documents=args.docs, chars=args.chars, codings=args.codings)
    chars = sum(len(d.text) for d in snap.documents)
    print(
        f"synthetic project: {len(snap.documents)} documents, {chars:,} characters, {len(snap.codes)} codes, "
        f"{len(snap.coders)} coders, {len(snap.codings):,} codings, {len(snap.turns):,} turns, "
        f"{len(snap.participants)} participants (built in {time.perf_counter() - t:.1f} s)"
    )
    coder = snap.coders[0].name
    print(
        f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(wall times above the cores' load are inflated; CPU times much less)"
    )

    measure("index (ProjectIndex)", lambda: ProjectIndex(snap), args.repeat)
    rows = measure("stats_json, 2 attributes, all coders", lambda: stats_json(snap, BY), args.repeat, 0.2)
    assert isinstance(rows, list)
    measure("stats_json, 2 attributes, one coder", lambda: stats_json(snap, BY, coders=[coder]), args.repeat, 0.2)
    index = ProjectIndex(snap)
    measure("stats_json on a built index (GUI refresh)", lambda: stats_json(index, BY), args.repeat, 0.2)
    measure("stats_tables incl. group x site", lambda: stats_tables(snap, BY), args.repeat)
    measure("co-occurrence, overlap", lambda: cooccurrence(snap, "overlap"), args.repeat)
    measure("co-occurrence, same turn", lambda: cooccurrence(snap, "turn"), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        measure("XLSX export (all sheets)", lambda: export_xlsx(snap, out / "a.xlsx", by=BY), args.repeat, 3.0)
        measure("CSV tables", lambda: export_csv_tables(snap, out / "csv", by=BY), args.repeat)
        measure("DOCX theme report", lambda: export_report(snap, out / "r.docx"), args.repeat, 5.0)
        measure("codebook DOCX", lambda: export_codebook_docx(snap, out / "cb.docx"), args.repeat)
        measure("codebook XLSX", lambda: export_codebook_xlsx(snap, out / "cb.xlsx"), args.repeat)
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    print("file sizes: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sorted(sizes.items())))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    top = rows[0]
    print(
        f"check: {top['code']}: {top['excerpts']} excerpts, {top['documents']} documents, "
        f"{top['participants']} participants, sites {top.get('sites')}"
    )


if __name__ == "__main__":
    main()

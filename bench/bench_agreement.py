"""Benchmark: agreement statistics on a large synthetic project.

150 documents x 60,000 characters x 60 codes x 3 coders (~100,000 spans). Coders mostly
agree, with jittered boundaries, some omissions, some spurious spans and some
overlapping spans of their own. Target: all character-level statistics under 1 s.

    PYTHONPATH=. python bench/bench_agreement.py [--seed N]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from qcoder.analysis.agreement import AgreementData, Pooling, Unit, compute_agreement
from qcoder.analysis.agreement.confidence import CIOptions
from qcoder.analysis.agreement.disagreements import find_disagreements
from qcoder.analysis.agreement.inputs import Span, SpanKey

N_DOCS, DOC_LEN, N_CODES, CODERS = 150, 60_000, 60, ("A", "B", "C")
T = TypeVar("T")


def generate(seed: int) -> AgreementData:
    rng = np.random.default_rng(seed)
    spans: dict[SpanKey, list[Span]] = {}
    lengths = {f"doc{d:03d}": DOC_LEN for d in range(N_DOCS)}
    for d in lengths:
        for c in range(N_CODES):
            code = f"code{c:02d}"
            n_base = rng.poisson(4)
            starts = rng.integers(0, DOC_LEN - 2000, n_base)
            lens = rng.integers(50, 1500, n_base)
            for r in CODERS:
                out: list[Span] = []
                for s, ln in zip(starts.tolist(), lens.tolist(), strict=True):
                    if rng.random() < 0.08:  # omission
                        continue
                    js = max(0, s + int(rng.integers(-25, 26)))
                    je = min(DOC_LEN, s + ln + int(rng.integers(-25, 26)))
                    out.append((js, je))
                    if rng.random() < 0.05:  # the coder's own overlapping span
                        out.append((js + 10, min(DOC_LEN, je + 40)))
                if rng.random() < 0.05:  # spurious span
                    s = int(rng.integers(0, DOC_LEN - 500))
                    out.append((s, s + int(rng.integers(20, 400))))
                if out:
                    spans[(d, code, r)] = out
    return AgreementData(spans=spans, doc_lengths=lengths)


def timed(label: str, fn: Callable[[], T], repeat: int = 3) -> T:
    """Run ``fn`` ``repeat`` times; print the best wall time, the worst, and the best CPU
    time of this process (on a shared, loaded machine the CPU time is the steadier
    figure; on an idle one they agree)."""
    walls, cpus = [], []
    out = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(f"{label:<62} wall best {min(walls):6.3f} s  worst {max(walls):6.3f} s  cpu best {min(cpus):6.3f} s")
    assert out is not None
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    data = timed("generate", lambda: generate(args.seed), repeat=1)
    n_spans = sum(len(v) for v in data.spans.values())
    print(f"{N_DOCS} docs x {DOC_LEN} chars x {N_CODES} codes x {len(CODERS)} coders, {n_spans} spans")
    group = [f"code{c:02d}" for c in range(5)]
    # warm-up (imports, numpy first calls) so the figure below is the steady state
    compute_agreement(data, CODERS[:2], documents=list(data.doc_lengths)[:2])
    timed(
        "character, 3 coders, pooled, all breakdowns + nominal group",
        lambda: compute_agreement(data, CODERS, exclusive_groups=[group]),
    )
    timed(
        "same + --ci (1,000 bootstrap draws per pooled figure, SEs)",
        lambda: compute_agreement(data, CODERS, exclusive_groups=[group], ci=CIOptions()),
    )
    groups = {d: f"site{i % 5}" for i, d in enumerate(data.doc_lengths)}
    gdata = AgreementData(spans=data.spans, doc_lengths=data.doc_lengths, groups=groups)
    timed(
        "same + --ci with 5 sites (per site and per site x code)",
        lambda: compute_agreement(gdata, CODERS, exclusive_groups=[group], ci=CIOptions()),
    )
    timed(
        "character, 3 coders, averaged, all breakdowns",
        lambda: compute_agreement(data, CODERS, pooling=Pooling.AVERAGED),
    )
    timed("character, 2 coders, pooled", lambda: compute_agreement(data, CODERS[:2]))
    timed(
        "character, 3 coders, pooled + unitized alphas (2004 per code x doc, 2016 per code and group)",
        lambda: compute_agreement(data, CODERS, unitized=True, exclusive_groups=[group]),
    )
    rep = compute_agreement(data, CODERS)
    print("overall (pooled):", {k: round(v, 4) for k, v in rep.overall.as_dict().items() if isinstance(v, float)})
    units = {d: [(i, min(i + 120, DOC_LEN)) for i in range(0, DOC_LEN, 120)] for d in data.doc_lengths}
    sdata = AgreementData(spans=data.spans, doc_lengths=data.doc_lengths, units=units)
    timed("sentence units (500/doc), 3 coders, pooled", lambda: compute_agreement(sdata, CODERS, unit=Unit.SENTENCE))
    timed("document units, 3 coders, pooled", lambda: compute_agreement(data, CODERS, unit=Unit.DOCUMENT))
    dis = timed("disagreement list, 3 coders (all documents)", lambda: find_disagreements(data, CODERS), repeat=1)
    print(f"{len(dis)} disagreements")


if __name__ == "__main__":
    main()

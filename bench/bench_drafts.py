"""How often the framework matrix's draft picks a sentence a coder starred as an exemplar.

On the demo project (``qcoder demo --no-gui --out DIR``, whose exemplars are starred by the
rule in :mod:`qcoder.app.demo`): for every cell (cases × themes) with at least one starred
excerpt, whether the draft's sentences include one from a starred excerpt, and the share of
draft sentences that do. Two baselines take as many sentences as the draft does: at random
(the expected figures, computed exactly) and the cell's first sentences in document order.

    python bench/bench_drafts.py [PROJECT] [--cases site]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from qcoder.analysis.drafts import split_sentences
from qcoder.analysis.framework import draft_sources
from qcoder.app import Project
from qcoder.app.demo import build_demo
from qcoder.app.framework import project_framework


def measure(path: Path, cases: str) -> dict[str, float | int]:
    with Project.open(path) as project:
        framework = project_framework(project, cases)
    cells = hits = picked = picked_starred = first_hits = first_starred = 0
    baseline = random_sentences = 0.0
    for cell in framework.cells:
        if cell.draft is None or not cell.draft.sentences:
            continue
        sources = draft_sources(framework.data, framework.matrix, cell.theme.code_id, cell.case.column)
        unique = {(s.document, s.start, s.text): s for s in sources}.values()
        flags_in_order = [s.exemplar for s in unique for _ in split_sentences(s.text)]
        starred, total = sum(flags_in_order), len(flags_in_order)
        if not starred:
            continue
        cells += 1
        flags = [s.exemplar for s in cell.draft.sentences]
        hits += any(flags)
        picked += len(flags)
        picked_starred += sum(flags)
        # chance that k random sentences include a starred one
        k = len(flags)
        random_sentences += k * starred / total
        first_hits += any(flags_in_order[:k])
        first_starred += sum(flags_in_order[:k])
        miss = 1.0
        for i in range(k):
            miss *= max(0.0, (total - starred - i) / (total - i))
        baseline += 1 - miss
    return {
        "cells_with_starred_excerpts": cells,
        "cells_whose_draft_has_a_starred_sentence": hits,
        "share": hits / cells if cells else 0.0,
        "random_share": baseline / cells if cells else 0.0,
        "first_sentences_share": first_hits / cells if cells else 0.0,
        "draft_sentences_from_starred": picked_starred / picked if picked else 0.0,
        "random_sentences_from_starred": random_sentences / picked if picked else 0.0,
        "first_sentences_from_starred": first_starred / picked if picked else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", nargs="?")
    parser.add_argument("--cases", default="site")
    args = parser.parse_args()
    if args.project:
        path = Path(args.project)
    else:
        folder = Path(tempfile.mkdtemp())
        path = build_demo(folder).path
    figures = measure(path, args.cases)
    if not figures["cells_with_starred_excerpts"]:
        print("no cell has a starred excerpt: star exemplars (the excerpts list) to measure")
    for key, value in figures.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()

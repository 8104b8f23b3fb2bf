"""Code co-occurrence: which codes are applied to the same passages or the same turns.

Both modes work on the excerpts of :mod:`qcoder.analysis.excerpts` (merged regions per
code, document and coder, parents rolling up their subtree; interviewer speech left out
unless included) and only ever pair excerpts **of the same coder in the same document**:
two coders' codings are two opinions, not a co-occurrence.

* ``mode="overlap"``: ``matrix[a][b]`` (a != b) is the number of pairs (excerpt of a,
  excerpt of b) that share at least one character. A long excerpt of a overlapping two
  separate excerpts of b makes two pairs. The diagonal is the number of excerpts of the code.
* ``mode="turn"``: ``matrix[a][b]`` (a != b) is the number of (coder, speaker turn) pairs in
  which both a and b have an excerpt, each excerpt belonging to the single turn it is
  attributed to (the respondent turn it overlaps most). Text outside every turn -- a
  whole document without turns -- is one pseudo-turn per document. The diagonal is the
  number of (coder, turn) pairs with an excerpt of the code.

The matrix is symmetric. A parent and its own child trivially co-occur; pass ``codes`` to
choose the rows and columns (for instance leaf codes only).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from qcoder.analysis.excerpts import excerpt_arrays
from qcoder.analysis.index import IntArray, ProjectIndex, Selection, as_index, make_selection
from qcoder.analysis.tables import CellValue, Table
from qcoder.core.snapshot import ProjectSnapshot

Mode = Literal["overlap", "turn"]


@dataclass(frozen=True)
class CooccurrenceMatrix:
    mode: Mode
    code_ids: list[str]
    paths: list[str]
    counts: list[list[int]]

    def get(self, a: str, b: str) -> int:
        return self.counts[self.code_ids.index(a)][self.code_ids.index(b)]

    def to_table(self) -> Table:
        cols = ["code", *self.paths]
        rows: list[list[CellValue]] = [[p, *r] for p, r in zip(self.paths, self.counts, strict=True)]
        title = "Code co-occurrence (" + ("overlapping excerpts" if self.mode == "overlap" else "same turn") + ")"
        return Table(f"cooccurrence_{self.mode}", title, cols, rows, tuple(self.paths))


def _pairs_within(key: IntArray, limit: IntArray) -> tuple[IntArray, IntArray]:
    """All (i, j) with i < j < limit[i] (``key`` only sizes the arrays)."""
    k = np.maximum(limit - np.arange(len(key)) - 1, 0)
    total = int(k.sum())
    i = np.repeat(np.arange(len(key)), k)
    j = i + 1 + (np.arange(total) - np.repeat(np.cumsum(k) - k, k))
    return i, j


def compute_cooccurrence(index: ProjectIndex, selection: Selection, mode: Mode = "overlap") -> CooccurrenceMatrix:
    if mode not in ("overlap", "turn"):
        raise ValueError(f"unknown co-occurrence mode {mode!r}")
    rows = index.rows(selection)
    code_pos = {cid: i for i, cid in enumerate(index.code_order)}
    n = len(rows)
    row_of = np.full(len(index.code_order) + 1, -1, dtype=np.int64)
    for r, cid in enumerate(rows):
        row_of[code_pos[cid]] = r
    ex = excerpt_arrays(index, selection)
    ex = ex.subset(row_of[ex.code] >= 0)
    code = row_of[ex.code]
    n_coders = max(len(index.coder_order), 1)
    group = ex.doc * n_coders + ex.coder
    counts = np.zeros((n, n), dtype=np.int64)
    if len(code):
        if mode == "overlap":
            order = np.lexsort((ex.start, group))
            g, s, e, c = group[order], ex.start[order], ex.end[order], code[order]
            stride = int(e.max()) + 1
            gs, ge = g * stride + s, g * stride + e
            # partners of i: later excerpts (same document and coder) starting before i ends
            i, j = _pairs_within(gs, np.searchsorted(gs, ge, side="left"))
            diag = np.bincount(c, minlength=n)
        else:
            turn_key = (group * (index.max_turns() + 1) + ex.turn + 1) * n + code
            u = np.unique(turn_key)  # one entry per (document, coder, turn, code), sorted
            t, c = u // n, u % n
            bounds = np.searchsorted(t, t, side="right")
            i, j = _pairs_within(t, bounds)
            diag = np.bincount(c, minlength=n)
        a, b = c[i], c[j]
        m = a != b
        np.add.at(counts, (a[m], b[m]), 1)
        np.add.at(counts, (b[m], a[m]), 1)
        counts[np.arange(n), np.arange(n)] = diag
    return CooccurrenceMatrix(mode, rows, [index.paths[c] for c in rows], counts.tolist())


def cooccurrence(
    project: ProjectSnapshot | ProjectIndex,
    mode: Mode = "overlap",
    *,
    coders: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    include_interviewers: bool = False,
) -> CooccurrenceMatrix:
    """Code × code co-occurrence matrix (definitions in the module docstring); filters as
    in :func:`qcoder.analysis.frequencies.theme_frequencies`."""
    index = as_index(project)
    selection = make_selection(index, coders, documents, document_attributes, codes, include_interviewers)
    return compute_cooccurrence(index, selection, mode)

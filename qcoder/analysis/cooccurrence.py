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
import numpy.typing as npt

from qcoder.analysis.excerpts import ExcerptArrays, excerpt_arrays
from qcoder.analysis.index import IntArray, ProjectIndex, Selection, as_index, clean_value, make_selection
from qcoder.analysis.tables import CellValue, Table
from qcoder.core.snapshot import ProjectSnapshot

Mode = Literal["overlap", "turn"]
Unit = Literal["excerpts", "documents"]


@dataclass(frozen=True)
class CooccurrenceMatrix:
    mode: Mode
    code_ids: list[str]
    paths: list[str]
    counts: list[list[int]]
    unit: Unit = "excerpts"

    def get(self, a: str, b: str) -> int:
        return self.counts[self.code_ids.index(a)][self.code_ids.index(b)]

    def to_table(self) -> Table:
        cols = ["code", *self.paths]
        rows: list[list[CellValue]] = [[p, *r] for p, r in zip(self.paths, self.counts, strict=True)]
        title = "Code co-occurrence (" + ("overlapping excerpts" if self.mode == "overlap" else "same turn") + ")"
        if self.unit == "documents":
            return Table(f"cooccurrence_{self.mode}_documents", f"{title}, documents", cols, rows, tuple(self.paths))
        return Table(f"cooccurrence_{self.mode}", title, cols, rows, tuple(self.paths))


def _pairs_within(key: IntArray, limit: IntArray) -> tuple[IntArray, IntArray]:
    """All (i, j) with i < j < limit[i] (``key`` only sizes the arrays)."""
    k = np.maximum(limit - np.arange(len(key)) - 1, 0)
    total = int(k.sum())
    i = np.repeat(np.arange(len(key)), k)
    j = i + 1 + (np.arange(total) - np.repeat(np.cumsum(k) - k, k))
    return i, j


@dataclass(frozen=True)
class _Pairs:
    """The excerpts counted (``ex``, with ``code`` their matrix row) and the co-occurring pairs
    as indexes into them (``first``, ``second``: different codes)."""

    ex: ExcerptArrays
    code: IntArray
    first: IntArray
    second: IntArray
    n: int


def _in_groups(index: ProjectIndex, ex: ExcerptArrays, where: Mapping[str, Iterable[str]]) -> npt.NDArray[np.bool_]:
    """Excerpts whose speaker (participant, else document) has one of the values of each attribute."""
    wanted = {a: {clean_value(v) for v in values} for a, values in where.items()}
    ok = np.array([all(p.value(a) in vs for a, vs in wanted.items()) for p in index.profiles] or [True], dtype=bool)
    return ok[ex.profile] if len(ex) else np.zeros(0, dtype=bool)


def _pairs(
    index: ProjectIndex, selection: Selection, mode: Mode, where: Mapping[str, Iterable[str]] | None = None
) -> _Pairs:
    if mode not in ("overlap", "turn"):
        raise ValueError(f"unknown co-occurrence mode {mode!r}")
    rows = index.rows(selection)
    code_pos = {cid: i for i, cid in enumerate(index.code_order)}
    n = len(rows)
    row_of = np.full(len(index.code_order) + 1, -1, dtype=np.int64)
    for r, cid in enumerate(rows):
        row_of[code_pos[cid]] = r
    ex = excerpt_arrays(index, selection)
    keep = row_of[ex.code] >= 0
    if where:
        keep &= _in_groups(index, ex, where)
    ex = ex.subset(keep)
    code = row_of[ex.code]
    none = np.zeros(0, dtype=np.int64)
    if not len(code):
        return _Pairs(ex, code, none, none, n)
    group = ex.doc * max(len(index.coder_order), 1) + ex.coder
    if mode == "overlap":
        order = np.lexsort((ex.start, group))
        g, s, e = group[order], ex.start[order], ex.end[order]
        stride = int(e.max()) + 1
        gs, ge = g * stride + s, g * stride + e
        # partners of i: later excerpts (same document and coder) starting before i ends
        i, j = _pairs_within(gs, np.searchsorted(gs, ge, side="left"))
        first, second = order[i], order[j]
    else:
        turn_key = (group * (index.max_turns() + 1) + ex.turn + 1) * n + code
        u, where_first = np.unique(turn_key, return_index=True)  # one per (document, coder, turn, code)
        t = u // n
        i, j = _pairs_within(t, np.searchsorted(t, t, side="right"))
        first, second = where_first[i], where_first[j]
    m = code[first] != code[second]
    return _Pairs(ex, code, first[m], second[m], n)


def compute_cooccurrence(
    index: ProjectIndex,
    selection: Selection,
    mode: Mode = "overlap",
    unit: Unit = "excerpts",
    where: Mapping[str, Iterable[str]] | None = None,
) -> CooccurrenceMatrix:
    """The matrix (module docstring). ``unit="documents"`` counts documents instead: off the
    diagonal those with at least one co-occurrence of the pair, on it those with an excerpt of
    the code. ``where``: only excerpts whose speaker has these attribute values (a participant's
    value, else the document's: the rule of the analysis matrix)."""
    p = _pairs(index, selection, mode, where)
    n = p.n
    counts = np.zeros((n, n), dtype=np.int64)
    if len(p.code):
        a, b = p.code[p.first], p.code[p.second]
        if unit == "documents":
            n_docs = max(len(index.document_order), 1)
            lo, hi = np.minimum(a, b), np.maximum(a, b)
            pairs = np.unique((lo * n + hi) * n_docs + p.ex.doc[p.first]) // n_docs
            a, b = pairs // n, pairs % n
            diag = np.bincount(np.unique(p.code * n_docs + p.ex.doc) // n_docs, minlength=n)
        elif mode == "overlap":
            diag = np.bincount(p.code, minlength=n)
        else:
            turns = (p.ex.doc * max(len(index.coder_order), 1) + p.ex.coder) * (index.max_turns() + 1) + p.ex.turn + 1
            diag = np.bincount(np.unique(turns * n + p.code) % n, minlength=n)
        np.add.at(counts, (a, b), 1)
        np.add.at(counts, (b, a), 1)
        counts[np.arange(n), np.arange(n)] = diag
    rows = index.rows(selection)
    return CooccurrenceMatrix(mode, rows, [index.paths[c] for c in rows], counts.tolist(), unit)


@dataclass(frozen=True)
class Meeting:
    """Where two codes meet: a document and coder, the passage to show (the union of the two
    excerpts when they overlap, the turn for ``mode="turn"``) and the two excerpts."""

    document_id: str
    coder_id: str
    start: int
    end: int
    first: tuple[int, int]
    second: tuple[int, int]


def meetings(
    index: ProjectIndex,
    selection: Selection,
    code_a: str,
    code_b: str,
    mode: Mode = "overlap",
    where: Mapping[str, Iterable[str]] | None = None,
) -> list[Meeting]:
    """Every co-occurrence of ``code_a`` and ``code_b`` counted in the matrix cell, in
    document order (one per excerpt pair, or per coder and turn)."""
    p = _pairs(index, selection, mode, where)
    rows = index.rows(selection)
    ra, rb = rows.index(code_a), rows.index(code_b)
    ca, cb = p.code[p.first], p.code[p.second]
    hit = ((ca == ra) & (cb == rb)) | ((ca == rb) & (cb == ra))
    out: list[Meeting] = []
    for f, s in zip(p.first[hit].tolist(), p.second[hit].tolist(), strict=True):
        if p.code[f] != ra:
            f, s = s, f
        doc_id = index.document_order[int(p.ex.doc[f])]
        a_span = (int(p.ex.start[f]), int(p.ex.end[f]))
        b_span = (int(p.ex.start[s]), int(p.ex.end[s]))
        start, end = min(a_span[0], b_span[0]), max(a_span[1], b_span[1])
        turn = int(p.ex.turn[f])
        if mode == "turn" and turn >= 0:
            start, end = index.turn_span(doc_id, turn)
        out.append(Meeting(doc_id, index.coder_order[int(p.ex.coder[f])], start, end, a_span, b_span))
    order = {d: i for i, d in enumerate(index.document_order)}
    return sorted(out, key=lambda m: (order[m.document_id], m.start, m.coder_id))


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

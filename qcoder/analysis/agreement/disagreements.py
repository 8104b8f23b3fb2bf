"""Disagreements between coders, for reconciliation, and pure helpers to resolve them.

A document is cut at every boundary of every coder's (merged) spans; in each piece every
coder holds a constant set of codes. Pieces where the coders present hold different sets
are disagreements, classified per code ``c`` applied by some coders (S) and not by others
(R), in this order of precedence:

* ``confusion``: a coder in R applied, on that text, a code that a coder in S did not
  (different codes on the same text). All codes in confusion on a piece form one item.
* ``boundary``: a coder in R applied ``c`` on a span overlapping the span of ``c`` (of a
  coder in S) that holds the piece: same code, different extents.
* ``omission``: otherwise: the coders in R applied neither ``c`` nor anything in its
  place there (codes that every coder applied are agreements and do not count).

Adjacent pieces with the same kind, codes and per-coder values join into one region.
Coders not assigned a document are left out there; documents with fewer than two
assigned coders have no disagreements.

Implementation: the per-(document, code) sweep of :func:`tables.sweep` gives the runs
where only a subset S of the coders applied a code; for each subset S seen, the
"confusion zone" (text where some coder outside S applied a code nobody in S applied)
is the union of the sweep runs whose coder mask avoids S; each run is cut by that zone
into confusion pieces (then joined across codes into one item per region) and single-code
pieces (boundary or omission, decided once per run). All of it is array work except
building the result objects. ``tests/analysis/test_disagreements_reference.py`` keeps
the plain per-boundary sweep this replaced and checks both agree.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement import intervals
from qcoder.analysis.agreement.inputs import AgreementData
from qcoder.analysis.agreement.intervals import IntArray
from qcoder.analysis.agreement.tables import Prepared, prepare, sweep
from qcoder.core.errors import InvalidValue
from qcoder.core.text import Span

BoolArray = npt.NDArray[np.bool_]
Values = tuple[tuple[str, tuple[str, ...]], ...]


class Kind(StrEnum):
    OMISSION = "omission"
    BOUNDARY = "boundary"
    CONFUSION = "confusion"


class Method(StrEnum):
    ACCEPT = "accept"  # accept one coder's version
    UNION = "union"
    INTERSECTION = "intersection"


class Disagreement(NamedTuple):
    """One region to reconcile (immutable; a named tuple because there are many)."""

    document: str
    kind: Kind
    codes: tuple[str, ...]
    coders: tuple[str, ...]  # the coders present on the document
    start: int
    end: int
    values: tuple[tuple[str, tuple[str, ...]], ...]  # per coder: which of ``codes`` it applied here

    @property
    def characters(self) -> int:
        return self.end - self.start

    def as_dict(self) -> dict[str, object]:
        return {
            "document": self.document,
            "kind": self.kind.value,
            "codes": list(self.codes),
            "coders": list(self.coders),
            "start": self.start,
            "end": self.end,
            "characters": self.characters,
            "values": {c: list(v) for c, v in self.values},
        }


def _pieces_split(
    run_doc: IntArray,
    run_s: IntArray,
    run_e: IntArray,
    zone_doc: IntArray,
    zone_s: IntArray,
    zone_e: IntArray,
    big: int,
) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray, IntArray]:
    """Cut each run by the zones of its document (sorted, disjoint per document).

    Returns ``(run, start, end)`` of the pieces inside a zone and of those outside."""
    lo = np.searchsorted(zone_doc * big + zone_e, run_doc * big + run_s, side="right")
    hi = np.searchsorted(zone_doc * big + zone_s, run_doc * big + run_e, side="left")
    cnt = np.maximum(hi - lo, 0)
    n_runs, n_in = len(run_s), int(cnt.sum())
    in_run = np.repeat(np.arange(n_runs), cnt)
    zi = np.arange(n_in) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(lo, cnt)
    in_s = np.maximum(run_s[in_run], zone_s[zi])
    in_e = np.minimum(run_e[in_run], zone_e[zi])
    # outside: run start then the inside ends, paired with the inside starts then run end
    rank = np.arange(n_in) - np.repeat(np.cumsum(cnt) - cnt, cnt)  # 0.. within the run
    key_s = np.concatenate((np.arange(n_runs) * (n_in + 2), in_run * (n_in + 2) + rank + 1))
    key_e = np.concatenate((in_run * (n_in + 2) + rank, np.arange(n_runs) * (n_in + 2) + cnt))
    out_s = np.concatenate((run_s, in_e))[np.argsort(key_s, kind="stable")]
    out_e = np.concatenate((in_s, run_e))[np.argsort(key_e, kind="stable")]
    out_run = np.sort(np.concatenate((np.arange(n_runs), in_run)), kind="stable")
    keep = out_e > out_s
    return in_run, in_s, in_e, out_run[keep], out_s[keep], out_e[keep]


def _boundary(p: Prepared, r_tab: IntArray, r_s: IntArray, r_mask: IntArray, present: IntArray, big: int) -> BoolArray:
    """Per run: does some coder outside the run's subset have the code on a span that
    overlaps the span (of a coder in the subset) holding the run?"""
    n, n_codes = len(p.coder_ids), max(len(p.code_ids), 1)
    tab = p.doc * n_codes + p.code
    out = np.zeros(len(r_tab), dtype=bool)
    for x in range(n):
        in_s = ((r_mask >> x) & 1).astype(bool)
        if not in_s.any():
            continue
        mine = p.coder == x
        tx, sx, ex = tab[mine], p.start[mine], p.end[mine]
        i = np.searchsorted(tx * big + sx, r_tab[in_s] * big + r_s[in_s], side="right") - 1
        cs, ce = sx[i], ex[i]  # the span of x holding the run start
        for y in range(n):
            if y == x:
                continue
            rows = np.flatnonzero(in_s)
            other = (((r_mask[rows] >> y) & 1) == 0) & (((present[rows] >> y) & 1) == 1)
            theirs = p.coder == y
            ty, sy, ey = tab[theirs], p.start[theirs], p.end[theirs]
            j = np.searchsorted(ty * big + ey, r_tab[rows] * big + cs, side="right")
            jj = np.minimum(j, max(len(ty) - 1, 0))
            hit = (j < len(ty)) & (ty[jj] == r_tab[rows]) & (sy[jj] < ce) if len(ty) else np.zeros(len(rows), bool)
            out[rows[other & hit]] = True
    return out


class _Present:
    """(index, name) of the coders present on a document, cached per document."""

    def __init__(self, p: Prepared) -> None:
        self.p = p
        self._cache: dict[int, tuple[tuple[int, str], ...]] = {}

    def __call__(self, d: int) -> tuple[tuple[int, str], ...]:
        got = self._cache.get(d)
        if got is None:
            pm = int(self.p.present[d])
            names = self.p.coder_ids
            got = self._cache[d] = tuple((r, names[r]) for r in range(len(names)) if (pm >> r) & 1)
        return got


Pieces = list[tuple[IntArray, IntArray, IntArray]]  # (run index, start, end)


def _disagreements(p: Prepared) -> list[Disagreement]:
    n_codes = len(p.code_ids)
    if n_codes == 0:
        return []
    big = int(p.lengths.max(initial=0)) + 1
    tab, mask, start, end = sweep(p)
    doc = tab // n_codes
    present = p.present[doc]
    disagree = (mask != 0) & (mask != present)
    r_tab, r_mask, r_s, r_e = tab[disagree], mask[disagree], start[disagree], end[disagree]
    r_doc, r_present = doc[disagree], present[disagree]
    kinds = np.where(_boundary(p, r_tab, r_s, r_mask, r_present, big), 1, 0)  # 1 boundary, 0 omission
    single: Pieces = []
    conf: Pieces = []
    coded = mask != 0
    for subset in np.unique(r_mask).tolist():
        runs = np.flatnonzero(r_mask == subset)
        # the zone where some coder outside the subset applied a code nobody inside did
        z = coded & ((mask & subset) == 0)
        zd, zs, ze = intervals.merge_grouped(doc[z], start[z], end[z])
        in_run, in_s, in_e, out_run, out_s, out_e = _pieces_split(r_doc[runs], r_s[runs], r_e[runs], zd, zs, ze, big)
        conf.append((runs[in_run], in_s, in_e))
        single.append((runs[out_run], out_s, out_e))
    coders_of = _Present(p)
    out = _single_code_items(p, r_doc, r_tab, r_mask, kinds, single, coders_of)
    out.extend(_confusions(p, r_doc, r_tab, r_mask, conf, coders_of))
    return out


def _single_code_items(
    p: Prepared,
    r_doc: IntArray,
    r_tab: IntArray,
    r_mask: IntArray,
    kinds: IntArray,
    single: Pieces,
    coders_of: _Present,
) -> list[Disagreement]:
    """Omissions and boundary differences: pieces where only one code is in question."""
    n_codes = len(p.code_ids)
    kind_of = (Kind.OMISSION, Kind.BOUNDARY)
    s_run = np.concatenate([x[0] for x in single]) if single else np.zeros(0, dtype=np.int64)
    s_s = np.concatenate([x[1] for x in single]) if single else s_run
    s_e = np.concatenate([x[2] for x in single]) if single else s_run
    # everything but the offsets repeats a lot: build it once per (code, subset, coders present)
    shared: dict[tuple[int, int, int], tuple[tuple[str, ...], Values]] = {}
    doc_parts: dict[int, tuple[str, tuple[str, ...], int]] = {}
    out: list[Disagreement] = []
    for d, c, sm, k, s0, e0 in zip(
        r_doc[s_run].tolist(),
        (r_tab[s_run] % n_codes).tolist(),
        r_mask[s_run].tolist(),
        kinds[s_run].tolist(),
        s_s.tolist(),
        s_e.tolist(),
        strict=True,
    ):
        dp = doc_parts.get(d)
        if dp is None:
            dp = doc_parts[d] = (p.doc_ids[d], tuple(nm for _, nm in coders_of(d)), int(p.present[d]))
        parts = shared.get((c, sm, dp[2]))
        if parts is None:
            code = p.code_ids[c]
            values = tuple((name, (code,) if (sm >> r) & 1 else ()) for r, name in coders_of(d))
            parts = shared[(c, sm, dp[2])] = ((code,), values)
        out.append(Disagreement(dp[0], kind_of[k], parts[0], dp[1], s0, e0, parts[1]))
    return out


class _Regions:
    """Confusion items: one per maximal region where the active set of (code, coders who
    applied it) is constant."""

    def __init__(self, p: Prepared, coders_of: Callable[[int], tuple[tuple[int, str], ...]]) -> None:
        self.p = p
        self.coders_of = coders_of
        self.active: dict[int, int] = {}  # code -> coder subset, for the pieces covering the position
        self.state: tuple[tuple[int, int], ...] = ()  # the active set of the region opened at open_at
        self.open_at = 0
        self.out: list[Disagreement] = []
        self._shared: dict[tuple[tuple[tuple[int, int], ...], int], tuple[tuple[str, ...], Values]] = {}

    def settle(self, d: int, x: int) -> None:
        """Close the open region at ``x`` when the active set changed there."""
        new = tuple(sorted(self.active.items()))
        if new == self.state:
            return
        if self.state:
            p, state = self.p, self.state
            who = self.coders_of(d)
            pm = int(p.present[d])
            parts = self._shared.get((state, pm))
            if parts is None:
                names = tuple(p.code_ids[c] for c, _ in state)
                values = tuple((nm, tuple(p.code_ids[c] for c, sm in state if (sm >> r) & 1)) for r, nm in who)
                parts = self._shared[(state, pm)] = (names, values)
            coders = tuple(nm for _, nm in who)
            self.out.append(Disagreement(p.doc_ids[d], Kind.CONFUSION, parts[0], coders, self.open_at, x, parts[1]))
        self.state, self.open_at = new, x


def _confusions(
    p: Prepared,
    r_doc: IntArray,
    r_tab: IntArray,
    r_mask: IntArray,
    pieces: Pieces,
    coders_of: Callable[[int], tuple[tuple[int, str], ...]],
) -> list[Disagreement]:
    """Join the confusion pieces of all codes: one item per maximal region where the set
    of (code, coders who applied it) in confusion is constant."""
    if not pieces:
        return []
    run = np.concatenate([x[0] for x in pieces])
    ps = np.concatenate([x[1] for x in pieces])
    pe = np.concatenate([x[2] for x in pieces])
    if len(run) == 0:
        return []
    doc = r_doc[run]
    pos = np.concatenate((ps, pe))
    ev_doc = np.concatenate((doc, doc))
    ev_run = np.concatenate((run, run))
    ev_in = np.concatenate((np.ones(len(run), dtype=bool), np.zeros(len(run), dtype=bool)))
    order = np.lexsort((ev_in, pos, ev_doc))
    regions = _Regions(p, coders_of)
    at: tuple[int, int] | None = None  # (document, position) whose events are being applied
    run_code, run_mask = (r_tab % len(p.code_ids)).tolist(), r_mask.tolist()
    for d, x, ri, starting in zip(
        ev_doc[order].tolist(), pos[order].tolist(), ev_run[order].tolist(), ev_in[order].tolist(), strict=True
    ):
        if at != (d, x):
            if at is not None:
                regions.settle(*at)
            at = (d, x)
        if starting:
            regions.active[run_code[ri]] = run_mask[ri]
        else:
            del regions.active[run_code[ri]]
    if at is not None:
        regions.settle(*at)
    return regions.out


def find_disagreements(
    data: AgreementData,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    min_characters: int = 1,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 16,
) -> list[Disagreement]:
    """Disagreement regions between ``coders`` (two or more), largest first.

    Documents are processed ``batch`` at a time; ``progress(done, total)`` is called
    after each batch; to cancel, raise from it (e.g. :class:`qcoder.core.errors.Cancelled`):
    the exception propagates unchanged.
    """
    p = prepare(data, coders, codes=codes, documents=documents)
    docs = p.doc_ids
    out: list[Disagreement] = []
    # Building many small objects while the caller's span data is alive makes the cyclic
    # collector rescan that data again and again (measured: about half the time on the
    # benchmark). Nothing here creates reference cycles, so pause it meanwhile.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for lo in range(0, len(docs), max(batch, 1)):
            hi = min(lo + max(batch, 1), len(docs))
            out.extend(_disagreements(_documents(p, lo, hi)))
            if progress is not None:
                progress(hi, len(docs))
        return _largest_first([x for x in out if x.end - x.start >= min_characters], docs)
    finally:
        if was_enabled:
            gc.enable()


def _largest_first(items: list[Disagreement], docs: Sequence[str]) -> list[Disagreement]:
    """Sort by size (descending), then document order, start, kind and codes."""
    if not items:
        return items
    order = {d: i for i, d in enumerate(docs)}
    code_rank = {c: i for i, c in enumerate(sorted({x.codes for x in items}))}
    n = len(items)

    def column(values: Iterable[int]) -> IntArray:
        return np.fromiter(values, dtype=np.int64, count=n)

    start = column(x.start for x in items)
    size = column(x.end for x in items) - start
    idx = np.lexsort(
        (
            column(code_rank[x.codes] for x in items),
            column(_KIND_RANK[x.kind] for x in items),
            start,
            column(order[x.document] for x in items),
            -size,
        )
    )
    return [items[i] for i in idx.tolist()]


_KIND_RANK = {k: i for i, k in enumerate(sorted(Kind, key=lambda k: k.value))}


def _documents(p: Prepared, lo: int, hi: int) -> Prepared:
    """``p`` restricted to documents ``lo:hi`` (spans are sorted by document)."""
    a, b = np.searchsorted(p.doc, [lo, hi])
    return Prepared(
        p.unit,
        p.doc_ids[lo:hi],
        p.code_ids,
        p.coder_ids,
        p.present[lo:hi],
        p.lengths[lo:hi],
        p.doc[a:b] - lo,
        p.code[a:b],
        p.coder[a:b],
        p.start[a:b],
        p.end[a:b],
    )


def consensus_spans(
    spans_by_coder: Mapping[str, Sequence[Span]], method: Method, coder: str | None = None
) -> list[Span]:
    """Consensus of the coders' spans of one code in one document.

    ``accept``: ``coder``'s spans (merged); ``union``: characters any coder coded;
    ``intersection``: characters every given coder coded.
    """
    if method == Method.ACCEPT:
        if coder is None or coder not in spans_by_coder:
            raise InvalidValue("accepting a version needs one of the compared coders")
        return intervals.merge(spans_by_coder[coder])
    if method == Method.UNION:
        return intervals.union(*spans_by_coder.values())
    return intervals.intersection(*spans_by_coder.values())


def consensus_for(
    data: AgreementData, document: str, code: str, coders: Sequence[str], method: Method, coder: str | None = None
) -> list[Span]:
    """Consensus spans for a (document, code) pair over ``coders``."""
    by = {r: list(data.spans.get((document, code, r), ())) for r in coders}
    return consensus_spans(by, method, coder)


def resolve(item: Disagreement, data: AgreementData, method: Method, coder: str | None = None) -> dict[str, list[Span]]:
    """Consensus for one disagreement: per code of the item, the spans inside
    ``[item.start, item.end)``. Apply with :func:`intervals.splice` to the spans being
    reconciled."""
    out: dict[str, list[Span]] = {}
    for code in item.codes:
        spans = consensus_for(data, item.document, code, item.coders, method, coder)
        out[code] = intervals.clip(spans, item.start, item.end)
    return out

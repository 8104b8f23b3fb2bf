"""Sets of text regions as numpy arrays, and the operations a coding query combines them with.

A :class:`Regions` holds half-open spans in *global* coordinates ``group * stride + offset``,
where a group is one (coder, document) pair, ``group = coder * n_documents + document``, and
``stride`` exceeds every document's length; so a span never leaves its group and sorting by
the global start sorts by (coder, document, start). Within a group the spans of a set are
disjoint (they may touch), as the excerpts of :mod:`qcoder.analysis.excerpts` are: spans join
only when they share a character.

Proximity is tested in a *key* space where every span becomes a closed interval
``[klo, khi]`` and two spans are near exactly when their intervals intersect (see
:func:`keys`): ``[start, end - 1]`` for overlapping, ``[start, end + N]`` for within N
characters, the span's first and last unit for a sentence / turn / paragraph / document.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from qcoder.analysis.index import IntArray

BoolArray = np.ndarray


@dataclass(frozen=True)
class Regions:
    """Disjoint spans, sorted, in global coordinates (see the module docstring)."""

    start: IntArray
    end: IntArray

    def __len__(self) -> int:
        return len(self.start)

    def subset(self, mask: IntArray | BoolArray) -> Regions:
        return Regions(self.start[mask], self.end[mask])


def empty() -> Regions:
    z = np.zeros(0, dtype=np.int64)
    return Regions(z, z.copy())


def merge(start: IntArray, end: IntArray) -> Regions:
    """The union of spans; spans join only when they share a character."""
    if len(start) == 0:
        return empty()
    order = np.lexsort((end, start))
    s, e = start[order], end[order]
    reach = np.maximum.accumulate(e)
    new = np.empty(len(s), dtype=np.bool_)
    new[0] = True
    new[1:] = s[1:] >= reach[:-1]
    heads = np.flatnonzero(new)
    return Regions(s[heads], np.maximum.reduceat(e, heads))


def union(a: Regions, b: Regions) -> Regions:
    return merge(np.concatenate((a.start, b.start)), np.concatenate((a.end, b.end)))


def ranges(lo: IntArray, hi: IntArray) -> tuple[IntArray, IntArray]:
    """For each i the indices ``lo[i] .. hi[i] - 1``: (i repeated, index) pairs."""
    cnt = np.maximum(hi - lo, 0)
    total = int(cnt.sum())
    if total == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z.copy()
    which = np.repeat(np.arange(len(lo), dtype=np.int64), cnt)
    offs = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    return which, lo[which] + offs


def overlap_pairs(a: Regions, b: Regions) -> tuple[IntArray, IntArray]:
    """(i, j) for every span ``a[i]`` sharing a character with ``b[j]``, sorted by i then j."""
    lo = np.searchsorted(b.end, a.start, side="right")
    hi = np.searchsorted(b.start, a.end, side="left")
    return ranges(lo.astype(np.int64), hi.astype(np.int64))


def intersect(a: Regions, b: Regions) -> Regions:
    """The characters in both sets (one span per overlapping pair of spans)."""
    i, j = overlap_pairs(a, b)
    s = np.maximum(a.start[i], b.start[j])
    e = np.minimum(a.end[i], b.end[j])
    return Regions(s, e)


def difference(a: Regions, b: Regions) -> Regions:
    """The characters of ``a`` outside ``b``: each span of ``a`` cut where ``b`` covers it."""
    i, j = overlap_pairs(a, b)
    if len(i) == 0:
        return a
    n = len(a)
    first_j = np.full(n, -1, dtype=np.int64)
    heads = np.ones(len(i), dtype=np.bool_)
    heads[1:] = i[1:] != i[:-1]
    first_j[i[heads]] = j[heads]
    # the piece before the first cut (or the whole span when nothing cuts it)
    s1 = a.start
    e1 = np.where(first_j >= 0, b.start[np.maximum(first_j, 0)], a.end)
    # the piece after each cut, up to the next cut of the same span or the span's end
    last = np.ones(len(i), dtype=np.bool_)
    last[:-1] = i[1:] != i[:-1]
    nxt = np.where(last, a.end[i], b.start[np.minimum(j + 1, len(b) - 1)])
    s2 = b.end[j]
    e2 = np.minimum(nxt, a.end[i])
    s = np.concatenate((s1, s2))
    e = np.concatenate((np.minimum(e1, a.end), e2))
    keep = e > s
    s, e = s[keep], e[keep]
    order = np.argsort(s, kind="stable")
    return Regions(s[order], e[order])


@dataclass(frozen=True)
class Keys:
    """Closed intervals ``[lo, hi]`` of a set of spans in the key space of a scope."""

    lo: IntArray
    hi: IntArray


def near_pairs(a: Keys, b: Keys) -> tuple[IntArray, IntArray]:
    """(i, j) for every interval ``a[i]`` that intersects ``b[j]`` (both sorted by lo and by hi,
    as the keys of disjoint sorted spans are)."""
    lo = np.searchsorted(b.hi, a.lo, side="left")
    hi = np.searchsorted(b.lo, a.hi, side="right")
    return ranges(lo.astype(np.int64), hi.astype(np.int64))


def clusters(regions: Regions, keys: Keys) -> Regions:
    """Spans whose key intervals intersect, chained, each chain as the span covering it."""
    if len(regions) == 0:
        return empty()
    order = np.lexsort((keys.hi, keys.lo))
    lo, hi = keys.lo[order], keys.hi[order]
    s, e = regions.start[order], regions.end[order]
    reach = np.maximum.accumulate(hi)
    new = np.empty(len(lo), dtype=np.bool_)
    new[0] = True
    new[1:] = lo[1:] > reach[:-1]
    heads = np.flatnonzero(new)
    return merge(np.minimum.reduceat(s, heads), np.maximum.reduceat(e, heads))

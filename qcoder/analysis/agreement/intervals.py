"""Interval arithmetic on spans: small pure-Python helpers and a vectorized merge.

All spans are half-open ``(start, end)``. "Merged" spans are sorted, non-empty and
neither overlap nor touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from qcoder.core.text import Span

IntArray = npt.NDArray[np.int64]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Union of spans as merged spans (overlapping and touching spans join)."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def union(*span_lists: Iterable[Span]) -> list[Span]:
    return merge(s for spans in span_lists for s in spans)


def intersection(*span_lists: Iterable[Span]) -> list[Span]:
    """Characters covered by every list (an empty call gives no span)."""
    if not span_lists:
        return []
    acc = merge(span_lists[0])
    for other in span_lists[1:]:
        b = merge(other)
        out: list[Span] = []
        i = j = 0
        while i < len(acc) and j < len(b):
            s = max(acc[i][0], b[j][0])
            e = min(acc[i][1], b[j][1])
            if s < e:
                out.append((s, e))
            if acc[i][1] < b[j][1]:
                i += 1
            else:
                j += 1
        acc = out
    return acc


def subtract(spans: Iterable[Span], remove: Iterable[Span]) -> list[Span]:
    """Characters of ``spans`` not covered by ``remove``."""
    out: list[Span] = []
    rem = merge(remove)
    for s, e in merge(spans):
        cur = s
        for rs, re_ in rem:
            if re_ <= cur or rs >= e:
                continue
            if rs > cur:
                out.append((cur, rs))
            cur = max(cur, re_)
            if cur >= e:
                break
        if cur < e:
            out.append((cur, e))
    return out


def clip(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    return intersection(spans, [(start, end)])


def splice(base: Iterable[Span], start: int, end: int, replacement: Iterable[Span]) -> list[Span]:
    """``base`` with the region ``[start, end)`` replaced by ``replacement`` clipped to it."""
    return union(subtract(base, [(start, end)]), clip(replacement, start, end))


def total(spans: Sequence[Span]) -> int:
    return sum(e - s for s, e in spans)


def merge_grouped(group: IntArray, starts: IntArray, ends: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Vectorized :func:`merge` within each group id (any order in, sorted out).

    Returns ``(group, start, end)`` of the merged spans sorted by group then start.
    Needs non-negative groups and ``0 <= start < end``.
    """
    if len(group) == 0:
        return group, starts, ends
    order = np.lexsort((starts, group))
    g, s, e = group[order], starts[order], ends[order]
    big = np.int64(int(e.max()) + 1)
    # Running maximum of the end within each group: the group offset dominates the key,
    # so one global maximum.accumulate never leaks across groups.
    cm = np.maximum.accumulate(g * big + e)
    prev = np.empty_like(cm)
    prev[0] = -1
    prev[1:] = cm[:-1]
    new = (g * big + s) > prev  # strictly after everything so far: touching spans join
    first = np.flatnonzero(new)
    last = np.empty_like(first)
    last[:-1] = first[1:] - 1
    last[-1] = len(g) - 1
    mg = g[first]
    return mg, s[first], cm[last] - mg * big

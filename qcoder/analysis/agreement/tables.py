"""Interval sweeps: from spans to counts of units per subset of coders.

Each coder's spans of a code in a document are merged (union), then one vectorized sweep
over the sorted boundaries of all (document, code) tables gives runs of units with a
constant subset S of coders (a bitmask) who applied the code: no per-character work.
From those runs: ``subset_histogram`` (units per exact subset S, 2**n per table, for small
n) and ``binary_counts`` (units per number of coders present and number who coded, plus
2x2 tables per coder pair), the additive counts every coefficient is computed from.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement.inputs import MAX_CODERS, AgreementData, Unit
from qcoder.analysis.agreement.intervals import IntArray, merge_grouped
from qcoder.analysis.agreement.units import flatten_units, spans_to_unit_ranges
from qcoder.core.errors import InvalidOffsets, InvalidValue
from qcoder.core.text import Span


@dataclass(frozen=True, slots=True)
class Prepared:
    """Merged spans of the selected coders/codes/documents, in unit coordinates.

    With character units a position is a character offset; with other units it is the
    index of a unit within its document, and ``lengths`` counts units.
    """

    unit: Unit
    doc_ids: tuple[str, ...]
    code_ids: tuple[str, ...]
    coder_ids: tuple[str, ...]
    present: IntArray  # per document: bitmask of the coders assigned to it
    lengths: IntArray  # per document, in units
    doc: IntArray
    code: IntArray
    coder: IntArray
    start: IntArray
    end: IntArray


def _check_coders(coders: Sequence[str]) -> tuple[str, ...]:
    out = tuple(coders)
    if len(out) < 2:
        raise InvalidValue("agreement needs at least two coders")
    if len(set(out)) != len(out):
        raise InvalidValue("a coder is listed twice")
    if len(out) > MAX_CODERS:
        raise InvalidValue(f"agreement is computed for at most {MAX_CODERS} coders at once")
    return out


def prepare(
    data: AgreementData,
    coders: Sequence[str],
    *,
    unit: Unit = Unit.CHARACTER,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
) -> Prepared:
    """Select, check, map to units and merge the spans. Spans of a coder on a document
    the coder was not assigned are dropped (that coder is missing there)."""
    coder_ids = _check_coders(coders)
    doc_ids = _check_documents(data, documents)
    if codes is None:
        coder_set, doc_set = set(coder_ids), set(doc_ids)
        codes = sorted({c for (d, c, r) in data.spans if r in coder_set and d in doc_set})
    code_ids = tuple(codes)
    if len(set(code_ids)) != len(code_ids):
        raise InvalidValue("a code is listed twice")
    char_len = np.array([data.doc_lengths[d] for d in doc_ids], dtype=np.int64)
    present = _present(data, coder_ids, doc_ids)
    doc, code, coder, start, end = _selected_spans(data, coder_ids, doc_ids, code_ids, present, char_len)
    if unit == Unit.CHARACTER:
        lengths = char_len
    elif unit == Unit.DOCUMENT:
        lengths = np.ones(len(doc_ids), dtype=np.int64)
        start = np.zeros_like(start)
        end = np.ones_like(end)
    else:
        if data.units is None:
            raise InvalidValue(f"{unit.value} units need unit spans for every document")
        offsets, ustart, uend = flatten_units(doc_ids, data.units, [int(x) for x in char_len])
        lengths = np.diff(offsets)
        big = int(char_len.max(initial=0)) + 1
        keep, start, end = spans_to_unit_ranges(doc, start, end, offsets, ustart, uend, big)
        doc, code, coder = doc[keep], code[keep], coder[keep]
    n_codes, n_coders = max(len(code_ids), 1), len(coder_ids)
    group = (doc * n_codes + code) * n_coders + coder
    group, start, end = merge_grouped(group, start, end)
    coder = group % n_coders
    code = (group // n_coders) % n_codes
    doc = group // (n_coders * n_codes)
    return Prepared(unit, doc_ids, code_ids, coder_ids, present, lengths, doc, code, coder, start, end)


def _check_documents(data: AgreementData, documents: Sequence[str] | None) -> tuple[str, ...]:
    doc_ids = tuple(data.doc_lengths) if documents is None else tuple(documents)
    if len(set(doc_ids)) != len(doc_ids):
        raise InvalidValue("a document is listed twice")
    for d in doc_ids:
        if d not in data.doc_lengths:
            raise InvalidValue(f"no length given for document {d!r}")
    return doc_ids


def _present(data: AgreementData, coder_ids: tuple[str, ...], doc_ids: tuple[str, ...]) -> IntArray:
    """Per document, the bitmask of the coders assigned to it (everyone without assignments)."""
    present = np.zeros(len(doc_ids), dtype=np.int64)
    for bit, coder_id in enumerate(coder_ids):
        assigned = None if data.assignments is None else data.assignments.get(coder_id, set())
        for i, doc_id in enumerate(doc_ids):
            if assigned is None or doc_id in assigned:
                present[i] |= 1 << bit
    return present


def _selected_spans(
    data: AgreementData,
    coder_ids: tuple[str, ...],
    doc_ids: tuple[str, ...],
    code_ids: tuple[str, ...],
    present: IntArray,
    char_len: IntArray,
) -> tuple[IntArray, IntArray, IntArray, IntArray, IntArray]:
    """(doc, code, coder, start, end) arrays of the spans of the selection, checked against
    the documents' lengths."""
    coder_ix = {c: i for i, c in enumerate(coder_ids)}
    doc_ix = {d: i for i, d in enumerate(doc_ids)}
    code_ix = {c: i for i, c in enumerate(code_ids)}
    flat: list[Span] = []
    counts: list[int] = []
    keys: list[tuple[int, int, int]] = []
    present_py = present.tolist()  # Python ints: numpy scalars are slow in this loop
    for (d, c, r), spans in data.spans.items():
        di = doc_ix.get(d)
        ki = code_ix.get(c)
        ri = coder_ix.get(r)
        if di is None or ki is None or ri is None or not (present_py[di] >> ri) & 1 or not spans:
            continue
        keys.append((di, ki, ri))
        counts.append(len(spans))
        flat.extend(spans)
    arr = np.fromiter(itertools.chain.from_iterable(flat), dtype=np.int64, count=2 * len(flat)).reshape(-1, 2)
    key_arr = np.asarray(keys, dtype=np.int64).reshape(-1, 3)
    rep = np.asarray(counts, dtype=np.int64)
    doc = np.repeat(key_arr[:, 0], rep)
    code = np.repeat(key_arr[:, 1], rep)
    coder = np.repeat(key_arr[:, 2], rep)
    start, end = arr[:, 0], arr[:, 1]
    bad = (start < 0) | (start >= end) | (end > char_len[doc])
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InvalidOffsets(int(start[i]), int(end[i]), int(char_len[doc[i]]))
    return doc, code, coder, start, end


def sweep(p: Prepared) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    """The sweep: ``(table, coder mask, start, end)`` of every non-empty run between
    consecutive span boundaries of a (document, code) table (table = doc * n_codes +
    code), in table then position order. Runs where nobody coded are included, except
    before the first and after the last boundary of a table."""
    n_codes = len(p.code_ids)
    table = p.doc * n_codes + p.code
    bits = np.left_shift(np.int64(1), p.coder)
    pos = np.concatenate((p.start, p.end))
    tab = np.concatenate((table, table))
    delta = np.concatenate((bits, -bits))
    order = np.lexsort((pos, tab))
    pos, tab, delta = pos[order], tab[order], delta[order]
    mask = np.cumsum(delta)  # coder subset covering [pos[i], pos[i+1]); back to 0 after each table
    if len(pos) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    keep = (tab[1:] == tab[:-1]) & (pos[1:] > pos[:-1])
    return tab[:-1][keep], mask[:-1][keep], pos[:-1][keep], pos[1:][keep]


def _segments(p: Prepared) -> tuple[IntArray, IntArray, IntArray]:
    tab, mask, start, end = sweep(p)
    return tab, mask, end - start


def subset_histogram(p: Prepared) -> IntArray:
    """``hist[d, c, S]``: units of document ``d`` coded with code ``c`` by exactly the
    coder subset ``S`` (bitmask). Subsets never include absent coders; ``S = 0`` holds the
    units nobody present coded. Size 2**n per table: for small n."""
    n_docs, n_codes, n = len(p.doc_ids), len(p.code_ids), len(p.coder_ids)
    size = 1 << n
    tab, mask, seg = _segments(p)
    hist = np.rint(np.bincount(tab * size + mask, weights=seg, minlength=n_docs * n_codes * size))
    hist3 = hist.astype(np.int64).reshape(n_docs, n_codes, size)
    hist3[:, :, 0] = p.lengths[:, None] - hist3[:, :, 1:].sum(axis=2)
    return hist3


def pairs(n: int) -> list[tuple[int, int]]:
    return list(itertools.combinations(range(n), 2))


def binary_counts(p: Prepared) -> tuple[IntArray, IntArray]:
    """Additive summaries of every (document, code) table, from one sweep.

    ``w[d, c, m, k]``: units with ``m`` coders present of whom exactly ``k`` coded the code.
    ``pt[d, c, q, :]``: for coder pair ``q = (i, j)``, the 2x2 table over units where both
    are present, flattened as (both, i only, j only, neither).
    """
    n_docs, n_codes, n = len(p.doc_ids), len(p.code_ids), len(p.coder_ids)
    n_tab = n_docs * n_codes
    tab, mask, seg = _segments(p)
    segf = seg.astype(np.float64)
    coded = [((mask >> r) & 1).astype(bool) for r in range(n)]
    k = np.sum(coded, axis=0, dtype=np.int64) if n else np.zeros(len(mask), dtype=np.int64)

    def per_table(weights: npt.NDArray[np.float64], index: IntArray, size: int) -> IntArray:
        return np.rint(np.bincount(index, weights=weights, minlength=n_tab * size)).astype(np.int64)

    lengths = np.repeat(p.lengths, n_codes)  # per table
    nk = per_table(segf, tab * (n + 1) + k, n + 1).reshape(n_tab, n + 1)
    nk[:, 0] = lengths - nk[:, 1:].sum(axis=1)
    m_tab = np.repeat(np.array([bin(int(x)).count("1") for x in p.present], dtype=np.int64), n_codes)
    w = np.zeros((n_tab, n + 1, n + 1), dtype=np.int64)
    w[np.arange(n_tab), m_tab, :] = nk
    pr = pairs(n)
    pt = np.zeros((n_tab, len(pr), 4), dtype=np.int64)
    present_tab = np.repeat(p.present, n_codes)
    for q, (i, j) in enumerate(pr):
        ci, cj = coded[i], coded[j]
        pt[:, q, 0] = per_table(segf * (ci & cj), tab, 1)
        pt[:, q, 1] = per_table(segf * (ci & ~cj), tab, 1)
        pt[:, q, 2] = per_table(segf * (~ci & cj), tab, 1)
        pt[:, q, 3] = lengths - pt[:, q, :3].sum(axis=1)
        both = ((present_tab >> i) & 1).astype(bool) & ((present_tab >> j) & 1).astype(bool)
        pt[~both, q, :] = 0  # the pair has no unit in common on that document
    shape = (n_docs, n_codes)
    return w.reshape(shape + (n + 1, n + 1)), pt.reshape(shape + (len(pr), 4))

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
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from qcoder.analysis.agreement import intervals
from qcoder.analysis.agreement.inputs import AgreementData, Span
from qcoder.core.errors import InvalidOffsets, InvalidValue


class Kind(StrEnum):
    OMISSION = "omission"
    BOUNDARY = "boundary"
    CONFUSION = "confusion"


class Method(StrEnum):
    ACCEPT = "accept"  # accept one coder's version
    UNION = "union"
    INTERSECTION = "intersection"


@dataclass(frozen=True, slots=True)
class Disagreement:
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


def _overlaps(spans: list[Span], s: int, e: int) -> bool:
    """Whether merged ``spans`` overlap ``[s, e)``."""
    i = bisect.bisect_right(spans, (s, 1 << 62))  # spans starting at or before s
    if i > 0 and spans[i - 1][1] > s:
        return True
    return i < len(spans) and spans[i][0] < e


def _containing(spans: list[Span], pos: int) -> Span | None:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def _document(
    doc: str, length: int, coders: Sequence[str], merged: Mapping[tuple[str, str], list[Span]]
) -> list[Disagreement]:
    """One sweep over the document; code sets are bitmasks over the document's codes."""
    code_names = sorted({c for c, _ in merged})
    bit = {c: i for i, c in enumerate(code_names)}
    n = len(coders)
    by_bit: dict[tuple[int, int], list[Span]] = {}
    events: dict[int, list[tuple[int, int]]] = {}
    for (code, coder), spans in merged.items():
        r = coders.index(coder)
        b = bit[code]
        by_bit[(b, r)] = spans
        for s, e in spans:
            if e > length:
                raise InvalidOffsets(s, e, length)
            events.setdefault(s, []).append((r, 1 << b))
            events.setdefault(e, []).append((r, -(1 << b)))
    cur = [0] * n
    cache: dict[tuple[int, ...], tuple[int, list[tuple[int, int, list[int], list[int]]]]] = {}
    # open regions: single-code ones keyed (code bit, coders having it), with their kind
    # (constant along a run: the spans involved do not change); confusion ones keyed by
    # (codes, what each coder applied of them)
    open_single: dict[tuple[int, int], tuple[Kind, int]] = {}
    open_conf: dict[tuple[int, tuple[int, ...]], int] = {}
    found: list[tuple[Kind, int, tuple[int, ...], int, int]] = []
    positions = sorted(events)
    empty: dict[tuple[int, int], None] = {}
    for i, pos in enumerate(positions):
        for r, d in events[pos]:
            cur[r] += d
        end = positions[i + 1] if i + 1 < len(positions) else pos
        state = tuple(cur)
        singles: dict[tuple[int, int], None] = empty
        conf_key = None
        if end > pos and any(v != state[0] for v in state):
            got = cache.get(state)
            if got is None:
                got = cache[state] = _classify(state)
            confused, single = got
            if confused:
                conf_key = (confused, tuple(v & confused for v in state))
            singles = {(b, smask): None for b, smask, _, _ in single}
            for b, smask, s_idx, r_idx in single:
                if (b, smask) in open_single:
                    continue
                kind = Kind.OMISSION
                for x in s_idx:
                    span = _containing(by_bit[(b, x)], pos)
                    if span is not None and any(_overlaps(by_bit.get((b, y), []), *span) for y in r_idx):
                        kind = Kind.BOUNDARY
                        break
                open_single[(b, smask)] = (kind, pos)
        if open_single:
            for k in [k for k in open_single if k not in singles]:
                kind, s0 = open_single.pop(k)
                found.append((kind, 1 << k[0], tuple((1 << k[0]) if (k[1] >> r) & 1 else 0 for r in range(n)), s0, pos))
        if open_conf:
            for ck in [ck for ck in open_conf if ck != conf_key]:
                found.append((Kind.CONFUSION, ck[0], ck[1], open_conf.pop(ck), pos))
        if conf_key is not None and conf_key not in open_conf:
            open_conf[conf_key] = pos

    name_cache: dict[int, tuple[str, ...]] = {}

    def names(mask: int) -> tuple[str, ...]:
        got = name_cache.get(mask)
        if got is None:
            got = name_cache[mask] = tuple(code_names[b] for b in _bits(mask))
        return got

    all_coders = tuple(coders)
    return [
        Disagreement(doc, kind, names(codes), all_coders, s0, e0, tuple(zip(coders, map(names, vals), strict=True)))
        for kind, codes, vals, s0, e0 in found
    ]


def _classify(state: tuple[int, ...]) -> tuple[int, list[tuple[int, int, list[int], list[int]]]]:
    """Codes in confusion (bitmask) and, for the other differing codes, the coders who
    applied them (S) and who did not (R); boundary vs omission depends on position."""
    union = 0
    common = -1
    for v in state:
        union |= v
        common &= v
    confused = 0
    single: list[tuple[int, int, list[int], list[int]]] = []
    for b in _bits(union & ~common):
        s_idx: list[int] = []
        r_idx: list[int] = []
        s_codes = 0
        smask = 0
        for r, v in enumerate(state):
            if (v >> b) & 1:
                s_idx.append(r)
                s_codes |= v
                smask |= 1 << r
            else:
                r_idx.append(r)
        if any(state[r] & ~s_codes for r in r_idx):
            confused |= 1 << b
        else:
            single.append((b, smask, s_idx, r_idx))
    return confused, single


def find_disagreements(
    data: AgreementData,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    min_characters: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[Disagreement]:
    """Disagreement regions between ``coders`` (two or more), largest first.

    ``progress(done, total)`` is called after each document; to cancel, raise from it
    (e.g. :class:`qcoder.core.errors.Cancelled`): the exception propagates unchanged.
    """
    if len(coders) < 2 or len(set(coders)) != len(coders):
        raise InvalidValue("disagreements need at least two distinct coders")
    docs = list(data.doc_lengths) if documents is None else list(documents)
    for d in docs:
        if d not in data.doc_lengths:
            raise InvalidValue(f"no length given for document {d!r}")
    doc_set = set(docs)
    code_set = None if codes is None else set(codes)
    per_doc: dict[str, dict[tuple[str, str], list[Span]]] = {}
    for (d, c, r), spans in data.spans.items():
        if d not in doc_set or r not in coders or (code_set is not None and c not in code_set):
            continue
        if data.assignments is not None and d not in data.assignments.get(r, set()):
            continue
        for s, e in spans:
            if not 0 <= s < e:
                raise InvalidOffsets(s, e, data.doc_lengths.get(d, 0))
        per_doc.setdefault(d, {})[(c, r)] = intervals.merge(spans)
    out: list[Disagreement] = []
    # The sweep allocates many small tuples while the caller's span data is alive: the
    # cyclic collector would rescan that data over and over (measured: up to half the
    # time). Nothing here creates reference cycles, so pause it for the loop.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for done, d in enumerate(docs, 1):
            present = [r for r in coders if data.assignments is None or d in data.assignments.get(r, set())]
            if len(present) >= 2 and d in per_doc:
                out.extend(_document(d, data.doc_lengths[d], present, per_doc[d]))
            if progress is not None:
                progress(done, len(docs))
    finally:
        if was_enabled:
            gc.enable()
    order = {d: i for i, d in enumerate(docs)}
    out = [x for x in out if x.characters >= min_characters]
    out.sort(key=lambda x: (-x.characters, order[x.document], x.start, x.kind.value, x.codes))
    return out


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

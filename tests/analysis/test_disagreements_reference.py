"""The vectorized disagreement list against a straightforward reference implementation.

The reference below is the first, plain-Python version of ``find_disagreements``: one
sweep per document over every span boundary, holding each coder's set of codes (as a
bitmask) and classifying every piece where the sets differ. It follows the rules in the
``qcoder.analysis.agreement.disagreements`` docstring word for word and is checked
against per-character arrays in ``test_disagreements.py``'s property test too.
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Callable, Mapping, Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.agreement import intervals
from qcoder.analysis.agreement.disagreements import Disagreement, Kind, find_disagreements
from qcoder.analysis.agreement.inputs import AgreementData, Span, SpanKey
from qcoder.core.errors import InvalidOffsets, InvalidValue


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


def reference_disagreements(
    data: AgreementData,
    coders: Sequence[str],
    *,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    min_characters: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[Disagreement]:
    """The straightforward sweep: one Python loop over every boundary of a document."""
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


@st.composite
def projects(draw: st.DrawFn) -> tuple[AgreementData, list[str]]:
    coders = ["A", "B", "C", "D"][: draw(st.integers(2, 4))]
    lengths = {f"d{i}": draw(st.integers(1, 50)) for i in range(draw(st.integers(1, 3)))}
    spans: dict[SpanKey, list[Span]] = {}
    for d, n in lengths.items():
        for c in ("k1", "k2", "k3", "k4"):
            for r in coders:
                out = []
                for _ in range(draw(st.integers(0, 3))):
                    s = draw(st.integers(0, n - 1))
                    out.append((s, draw(st.integers(s + 1, n))))
                if out:
                    spans[(d, c, r)] = out
    assignments = None
    if draw(st.booleans()):
        assignments = {r: {d for d in lengths if draw(st.integers(0, 3)) > 0} for r in coders}
    return AgreementData(spans, lengths, assignments), coders


def key(x: Disagreement) -> tuple[object, ...]:
    return (x.document, x.start, x.end, x.kind.value, x.codes, x.coders, x.values)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_vectorized_equals_reference(case: tuple[AgreementData, list[str]]) -> None:
    data, coders = case
    got = find_disagreements(data, coders)
    want = reference_disagreements(data, coders)
    assert sorted(map(key, got)) == sorted(map(key, want))
    assert [x.characters for x in got] == sorted((x.characters for x in got), reverse=True)


def test_bench_like_document_equals_reference() -> None:
    import random

    rng = random.Random(7)
    spans: dict[SpanKey, list[Span]] = {}
    n = 5000
    for c in range(12):
        base = [(s, s + rng.randint(20, 400)) for s in (rng.randint(0, n - 500) for _ in range(4))]
        for r in "ABC":
            out = []
            for s, e in base:
                if rng.random() < 0.1:
                    continue
                out.append((max(0, s + rng.randint(-15, 15)), min(n, e + rng.randint(-15, 15))))
            if out:
                spans[("d", f"k{c}", r)] = out
    data = AgreementData(spans, {"d": n})
    got = find_disagreements(data, ["A", "B", "C"])
    want = reference_disagreements(data, ["A", "B", "C"])
    assert len(got) > 50
    assert sorted(map(key, got)) == sorted(map(key, want))

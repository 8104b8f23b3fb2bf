"""Disagreement list and reconciliation helpers."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.agreement import AgreementData
from qcoder.analysis.agreement.disagreements import (
    Kind,
    Method,
    consensus_for,
    consensus_spans,
    find_disagreements,
    resolve,
)
from qcoder.analysis.agreement.inputs import Span, SpanKey
from qcoder.analysis.agreement.intervals import merge, splice
from qcoder.core.errors import Cancelled, InvalidValue


def data(spans: dict[SpanKey, list[Span]], length: int = 100, **kw: object) -> AgreementData:
    return AgreementData(spans, {"d": length}, **kw)  # type: ignore[arg-type]


def test_omission() -> None:
    items = find_disagreements(data({("d", "k", "A"): [(10, 20)]}), ["A", "B"])
    assert len(items) == 1
    it = items[0]
    assert (it.kind, it.codes, it.start, it.end, it.characters) == (Kind.OMISSION, ("k",), 10, 20, 10)
    assert dict(it.values) == {"A": ("k",), "B": ()}
    assert it.coders == ("A", "B")
    assert it.as_dict()["kind"] == "omission"


def test_boundary_both_sides_largest_first() -> None:
    items = find_disagreements(data({("d", "k", "A"): [(0, 20)], ("d", "k", "B"): [(5, 28)]}), ["A", "B"])
    assert [(i.kind, i.start, i.end) for i in items] == [(Kind.BOUNDARY, 20, 28), (Kind.BOUNDARY, 0, 5)]
    assert dict(items[1].values) == {"A": ("k",), "B": ()}


def test_confusion_is_one_item_for_both_codes() -> None:
    items = find_disagreements(data({("d", "k1", "A"): [(0, 10)], ("d", "k2", "B"): [(0, 10)]}), ["A", "B"])
    assert len(items) == 1
    assert (items[0].kind, items[0].codes, items[0].start, items[0].end) == (Kind.CONFUSION, ("k1", "k2"), 0, 10)
    assert dict(items[0].values) == {"A": ("k1",), "B": ("k2",)}


def test_confusion_takes_precedence_over_boundary() -> None:
    spans = {("d", "k1", "A"): [(0, 20)], ("d", "k1", "B"): [(10, 20)], ("d", "k2", "B"): [(0, 10)]}
    items = find_disagreements(data(spans), ["A", "B"])
    assert [(i.kind, i.codes, i.start, i.end) for i in items] == [(Kind.CONFUSION, ("k1", "k2"), 0, 10)]


def test_missing_code_where_others_agree_is_an_omission() -> None:
    spans = {("d", "k1", "A"): [(0, 10)], ("d", "k2", "A"): [(0, 10)], ("d", "k2", "B"): [(0, 10)]}
    items = find_disagreements(data(spans), ["A", "B"])
    assert [(i.kind, i.codes) for i in items] == [(Kind.OMISSION, ("k1",))]


def test_three_coders_and_missing_assignment() -> None:
    spans = {("d", "k", "A"): [(0, 10)], ("d", "k", "B"): [(0, 10)], ("d", "k", "C"): [(50, 60)]}
    items = find_disagreements(data(spans), ["A", "B", "C"])
    assert sorted((i.kind, i.start) for i in items) == [(Kind.OMISSION, 0), (Kind.OMISSION, 50)]
    first = next(i for i in items if i.start == 0)
    assert dict(first.values) == {"A": ("k",), "B": ("k",), "C": ()}
    # C not assigned the document: A and B agree, nothing to reconcile
    assigned = data(spans, assignments={"A": {"d"}, "B": {"d"}, "C": set()})
    assert find_disagreements(assigned, ["A", "B", "C"]) == []
    # one coder only on a document: nothing
    assert find_disagreements(data(spans, assignments={"A": {"d"}}), ["A", "B"]) == []
    with pytest.raises(InvalidValue):
        find_disagreements(data(spans), ["A"])


def test_min_characters_and_filters() -> None:
    spans = {("d", "k", "A"): [(0, 3), (10, 40)], ("d", "j", "B"): [(80, 90)]}
    items = find_disagreements(data(spans), ["A", "B"], min_characters=5)
    assert [(i.start, i.end) for i in items] == [(10, 40), (80, 90)]
    assert [i.codes for i in find_disagreements(data(spans), ["A", "B"], codes=["j"])] == [("j",)]


def test_progress_and_cancel() -> None:
    spans = {(d, "k", "A"): [(0, 10)] for d in ("d1", "d2", "d3")}
    d = AgreementData(spans, {"d1": 20, "d2": 20, "d3": 20})
    seen: list[tuple[int, int]] = []
    assert len(find_disagreements(d, ["A", "B"], progress=lambda i, n: seen.append((i, n)), batch=1)) == 3
    assert seen == [(1, 3), (2, 3), (3, 3)]
    seen.clear()
    find_disagreements(d, ["A", "B"], progress=lambda i, n: seen.append((i, n)), batch=2)
    assert seen == [(2, 3), (3, 3)]

    def stop(i: int, n: int) -> None:
        if i == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        find_disagreements(d, ["A", "B"], progress=stop, batch=1)
    import gc

    assert gc.isenabled()  # the collector pause is undone on the way out


def test_consensus_and_resolution() -> None:
    spans = {("d", "k", "A"): [(0, 20), (15, 30)], ("d", "k", "B"): [(10, 40)]}
    by = {"A": spans[("d", "k", "A")], "B": spans[("d", "k", "B")]}
    assert consensus_spans(by, Method.ACCEPT, "A") == [(0, 30)]
    assert consensus_spans(by, Method.UNION) == [(0, 40)]
    assert consensus_spans(by, Method.INTERSECTION) == [(10, 30)]
    with pytest.raises(InvalidValue):
        consensus_spans(by, Method.ACCEPT, "Z")
    d = data(spans)
    assert consensus_for(d, "d", "k", ["A", "B"], Method.INTERSECTION) == [(10, 30)]
    items = find_disagreements(d, ["A", "B"])
    assert [(i.kind, i.start, i.end) for i in items] == [(Kind.BOUNDARY, 0, 10), (Kind.BOUNDARY, 30, 40)]
    right = items[1]
    assert resolve(right, d, Method.ACCEPT, "A") == {"k": []}
    assert resolve(right, d, Method.UNION) == {"k": [(30, 40)]}
    assert resolve(right, d, Method.INTERSECTION) == {"k": []}
    # reconciling into A's version: accept B's extent on the right-hand region
    final = splice(merge(spans[("d", "k", "A")]), right.start, right.end, resolve(right, d, Method.ACCEPT, "B")["k"])
    assert final == [(0, 40)]


@st.composite
def random_data(draw: st.DrawFn) -> tuple[AgreementData, list[str]]:
    coders = ["A", "B", "C"][: draw(st.integers(2, 3))]
    n = draw(st.integers(1, 40))
    spans: dict[SpanKey, list[Span]] = {}
    for c in ("k1", "k2", "k3"):
        for r in coders:
            out = []
            for _ in range(draw(st.integers(0, 3))):
                s = draw(st.integers(0, n - 1))
                out.append((s, draw(st.integers(s + 1, n))))
            if out:
                spans[("d", c, r)] = out
    return AgreementData(spans, {"d": n}), coders


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_data())
def test_regions_cover_exactly_the_disagreeing_characters(case: tuple[AgreementData, list[str]]) -> None:
    d, coders = case
    n = d.doc_lengths["d"]
    merged = {(c, r): merge(d.spans.get(("d", c, r), [])) for c in ("k1", "k2", "k3") for r in coders}
    sets = [[{c for c in ("k1", "k2", "k3") if any(s <= i < e for s, e in merged[(c, r)])} for r in coders]
            for i in range(n)]  # fmt: skip
    items = find_disagreements(d, coders)
    assert all(a.characters >= b.characters for a, b in zip(items, items[1:], strict=False))
    for c in ("k1", "k2", "k3"):
        covering: dict[int, list[Kind]] = {}
        for it in items:
            if c in it.codes:
                for i in range(it.start, it.end):
                    covering.setdefault(i, []).append(it.kind)
        for i in range(n):
            have = [c in s for s in sets[i]]
            if all(have) or not any(have):
                assert i not in covering, (c, i)
                continue
            assert len(covering.get(i, [])) == 1, (c, i)  # exactly one item per code and character
            kind = covering[i][0]
            s_idx = [r for r in range(len(coders)) if have[r]]
            r_idx = [r for r in range(len(coders)) if not have[r]]
            s_codes = set().union(*(sets[i][r] for r in s_idx))
            if any(sets[i][r] - s_codes for r in r_idx):
                assert kind == Kind.CONFUSION
                continue
            boundary = False
            for x in s_idx:
                (span,) = [sp for sp in merged[(c, coders[x])] if sp[0] <= i < sp[1]]
                for y in r_idx:
                    if any(s < span[1] and e > span[0] for s, e in merged[(c, coders[y])]):
                        boundary = True
            assert kind == (Kind.BOUNDARY if boundary else Kind.OMISSION)

"""The 2016 unitizing alphas (Krippendorff, Mathet, Bouvry & Widlöcher, Quality & Quantity 50)
against an independent implementation: lindanna/unitized_alpha on GitHub (commit 11637e7,
``u_alpha(spans, length, "nominal")``), whose figures for the examples below are quoted here
(that implementation counts touching spans of one label as separate units; the examples have
none, as qcoder merges them first)."""

from __future__ import annotations

import pytest

from qcoder.analysis.agreement import AgreementData, compute_agreement
from qcoder.analysis.agreement.inputs import Span, SpanKey
from qcoder.analysis.agreement.tables import prepare
from qcoder.analysis.agreement.unitized import unitized_alpha
from qcoder.analysis.agreement.unitized2016 import group_unitizing


def data(spans: list[tuple[str, str, int, int]], length: int) -> AgreementData:
    out: dict[SpanKey, list[Span]] = {}
    for coder, code, start, end in spans:
        out.setdefault(("d", code, coder), []).append((start, end))
    return AgreementData(out, {"d": length})


# (spans as (coder, code, start, end), length, |uα, uα, cuα, (x)uα, (y)uα) as that implementation
# prints them; the first is its README example (the README shows figures of an older version)
CASES = [
    (
        [("Alex", "x", 2, 5), ("Paul", "x", 2, 5), ("Paul", "y", 10, 20), ("Susan", "y", 2, 5), ("Susan", "y", 15, 20)],
        60,
        (0.5238010446343782, 0.3982981423791392, 0.3571428571428571, 0.3125000000000001, 0.390625),
    ),
    (
        [("A", "x", 0, 10), ("A", "y", 20, 35), ("A", "x", 50, 70), ("B", "x", 2, 10), ("B", "y", 18, 36)]
        + [("B", "y", 55, 70)],
        80,
        (0.7624528598365807, 0.5384251343429409, 0.3282399547255235, 0.3052375997225114, 0.34408602150537626),
    ),
    (
        [("A", "x", 0, 10), ("A", "y", 20, 35), ("A", "x", 50, 70), ("B", "x", 2, 12), ("B", "y", 20, 36)]
        + [("B", "x", 52, 70), ("C", "x", 0, 9), ("C", "x", 20, 30), ("C", "y", 30, 35), ("C", "y", 60, 75)],
        90,
        (0.696514329029734, 0.5127522491500234, 0.31959937024754626, 0.3159902878945542, 0.3245718837116687),
    ),
]


@pytest.mark.parametrize(("spans", "length", "want"), CASES)
def test_family_matches_the_independent_implementation(spans, length, want) -> None:  # type: ignore[no-untyped-def]
    d = data(spans, length)
    coders = list(dict.fromkeys(s[0] for s in spans))
    got = group_unitizing(prepare(d, coders, codes=["x", "y"]), ["x", "y"])
    bar, u, cu, cx, cy = want
    assert got.bar_u_alpha == pytest.approx(bar, abs=1e-12)
    assert got.u_alpha == pytest.approx(u, abs=1e-12)
    assert got.cu_alpha == pytest.approx(cu, abs=1e-12)
    assert got.as_dict()["Cu_alpha"] == pytest.approx({"x": cx, "y": cy}, abs=1e-12)


def test_one_code_against_gaps() -> None:
    spans = [("A", "x", 5, 30), ("A", "x", 40, 60), ("B", "x", 8, 30), ("B", "x", 45, 70), ("C", "x", 5, 25)]
    d = data(spans, 100)
    rep = compute_agreement(d, ["A", "B", "C"], unitized=True)
    assert rep.unitized is not None
    # the independent implementation: uα = |uα = 0.4749613728470111 for a single label
    assert rep.unitized.u_alpha["x"] == pytest.approx(0.4749613728470111, abs=1e-12)
    # the 1995/2004 form is kept beside it: one document, so per code = that document's
    by_coder = [[(s, e) for c, _, s, e in spans if c == r] for r in "ABC"]
    assert rep.unitized.by_code["x"] == pytest.approx(unitized_alpha(by_coder, 0, 100))


def test_perfect_agreement_and_pooling_over_documents() -> None:
    spans: dict[SpanKey, list[Span]] = {}
    for doc in ("d1", "d2"):
        for coder in ("A", "B"):
            spans[(doc, "x", coder)] = [(0, 10)]
            spans[(doc, "y", coder)] = [(20, 30)]
    d = AgreementData(spans, {"d1": 50, "d2": 40})
    got = group_unitizing(prepare(d, ["A", "B"], codes=["x", "y"]), ["x", "y"])
    assert (got.u_alpha, got.bar_u_alpha, got.cu_alpha) == (pytest.approx(1.0), pytest.approx(1.0), pytest.approx(1.0))
    # a coder not assigned a document is absent there (their spans there are ignored)
    extra: dict[SpanKey, list[Span]] = {("d1", "x", "C"): [(0, 10)], ("d1", "y", "C"): [(20, 30)]}
    extra[("d2", "x", "C")] = [(30, 40)]
    assigned = {"A": {"d1", "d2"}, "B": {"d1", "d2"}, "C": {"d1"}}
    d2 = AgreementData({**spans, **extra}, {"d1": 50, "d2": 40}, assigned)
    again = group_unitizing(prepare(d2, ["A", "B", "C"], codes=["x", "y"]), ["x", "y"])
    assert again.u_alpha == pytest.approx(1.0) and again.cu_alpha == pytest.approx(1.0)

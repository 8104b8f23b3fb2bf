"""Krippendorff's unitizing alpha (alpha_U) against published worked examples.

Sources: Krippendorff, K. (2004) Content Analysis: An Introduction to Its Methodology,
2nd ed., section 12.4, worked example p. 254 (two observers, continuum [150, 450),
categories c and k): D_o(c) = .0144, D_e(c) = .0532, alpha(c) = .7286, alpha(k) = 1,
alpha = .859. Krippendorff, K. (1995) On the reliability of unitizing continuous data,
Sociological Methodology 25:47-76, p. 57, four pairs of observers A-D on 24 positions.
The units and figures are as transcribed in DKPro Statistics' tests
(Krippendorff2004Test, Krippendorff1995Test), an independent Java implementation: that
suite notes the 1995 expected disagreements carry a small error in the original and
checks them on a stretched continuum with tolerance .005 (alpha .02); we do the same.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.agreement import AgreementData, compute_agreement
from qcoder.analysis.agreement.inputs import Span
from qcoder.analysis.agreement.unitized import (
    disagreements,
    distance,
    unitized_alpha,
    unitized_alpha_categories,
)


def u(begin: int, length: int) -> Span:
    return (begin, begin + length)


C_2004 = [[u(225, 70), u(370, 30)], [u(220, 80), u(355, 20), u(400, 20)]]
K_2004 = [[u(180, 60), u(300, 50)], [u(180, 60), u(300, 50)]]


def test_distance_metric_krippendorff_2004() -> None:
    # (begin, length, is_unit); values from Krippendorff (2004) figure 12.x via DKPro
    assert distance((2, 3, False), (2, 2, True)) + distance((5, 6, True), (4, 7, False)) == 40
    assert distance((3, 2, False), (3, 2, True)) + distance((5, 6, True), (5, 6, False)) == 40
    assert distance((5, 6, True), (4, 2, True)) == 26
    assert distance((5, 6, True), (5, 2, True)) == 16
    assert distance((5, 6, True), (6, 2, True)) == 10
    assert distance((5, 6, True), (7, 2, True)) == 8
    assert distance((5, 6, True), (6, 4, True)) == 2
    assert distance((5, 6, True), (5, 6, True)) == 0
    assert distance((225, 70, True), (220, 80, True)) == 50
    assert distance((370, 30, True), (355, 20, True)) == 850
    assert distance((400, 50, False), (400, 20, True)) == 400


def test_krippendorff_2004_worked_example() -> None:
    d_o, d_e = disagreements(C_2004, 150, 300) or (0.0, 0.0)
    assert d_o == pytest.approx(0.0144, abs=1e-4)
    assert d_e == pytest.approx(0.0532, abs=1e-4)
    assert unitized_alpha(C_2004, 150, 300) == pytest.approx(0.7286, abs=1e-4)
    k = disagreements(K_2004, 150, 300)
    assert k is not None and k[0] == 0.0 and k[1] == pytest.approx(0.0490, abs=1e-4)
    assert unitized_alpha(K_2004, 150, 300) == pytest.approx(1.0)
    assert unitized_alpha_categories({"c": C_2004, "k": K_2004}, 150, 300) == pytest.approx(0.859, abs=5e-4)


def example_1995(stretch: float) -> tuple[dict[str, list[list[Span]]], int]:
    def s(b: int, ln: int) -> Span:
        return (int(b * stretch), int(b * stretch) + int(ln * stretch))

    cats = {
        "A": [[s(2, 8), s(14, 6)], [s(4, 4), s(15, 2)]],
        "B": [[s(0, 18)], [s(0, 2), s(2, 1), s(3, 1), s(4, 1), s(5, 1), s(6, 3), s(9, 1)]],
        "C": [[s(2, 6), s(10, 2), s(14, 4), s(20, 2)], [s(0, 2), s(4, 4), s(10, 4), s(16, 2), s(20, 2)]],
        "D": [
            [s(0, 2), s(2, 8), s(10, 4), s(14, 6), s(20, 4)],
            [s(0, 4), s(4, 4), s(8, 7), s(15, 2), s(17, 7)],
        ],
    }
    return cats, int(24 * stretch)


def test_krippendorff_1995_examples() -> None:
    cats, length = example_1995(1)
    observed = {"A": 0.03125, "B": 2.26736, "C": 0.02777, "D": 0.38715}
    for name, want in observed.items():
        got = disagreements(cats[name], 0, length)
        assert got is not None and got[0] == pytest.approx(want, abs=1e-5), name
    half, half_len = example_1995(0.5)
    got = disagreements(half["C"], 0, half_len)
    assert got is not None and got[1] == pytest.approx(0.05494, abs=1e-5)
    big, big_len = example_1995(1_200_000 / 24)
    expected = {"A": 0.06990, "B": 1.17731, "C": 0.08642, "D": 0.41445}
    alphas = {"A": 0.553, "B": -0.926, "C": 0.679, "D": 0.066}
    for name in expected:
        got = disagreements(big[name], 0, big_len)
        assert got is not None and got[1] == pytest.approx(expected[name], abs=5e-3), name
        assert unitized_alpha(big[name], 0, big_len) == pytest.approx(alphas[name], abs=0.02), name


def test_undefined_and_checks() -> None:
    assert unitized_alpha([[], []], 0, 100) is None  # nobody coded: no unit
    assert unitized_alpha([[(0, 5)]], 0, 100) is None  # one coder
    # Both coders one unit over the whole continuum: the published D_e is still > 0 (its
    # first term counts placements of equal-length units), so alpha_U is 1, not undefined.
    assert unitized_alpha([[(0, 100)], [(0, 100)]], 0, 100) == pytest.approx(1.0)
    assert disagreements([[], []], 0, 0) is None  # no length
    with pytest.raises(ValueError):
        unitized_alpha([[(0, 5), (3, 8)], []], 0, 100)


def test_through_compute_agreement() -> None:
    spans = {("d", "c", "i"): list(C_2004[0]), ("d", "c", "j"): list(C_2004[1])}
    spans |= {("d", "k", "i"): list(K_2004[0]), ("d", "k", "j"): list(K_2004[1])}
    # the example's continuum is [150, 450): shift it to a document of 300 characters
    shifted = {key: [(s - 150, e - 150) for s, e in v] for key, v in spans.items()}
    data = AgreementData(shifted, {"d": 300, "blank": 10}, assignments={"i": {"d", "blank"}, "j": {"d"}})
    rep = compute_agreement(data, ["i", "j"], unitized=True)
    assert rep.unitized is not None
    assert rep.unitized.by_code_document[("c", "d")] == pytest.approx(0.7286, abs=1e-4)
    assert rep.unitized.by_document["d"] == pytest.approx(0.859, abs=5e-4)
    assert rep.unitized.by_document["blank"] is None  # only one coder assigned
    out = rep.to_json_dict({}, {})
    assert out["documents"][0]["stats"]["unitized_alpha"] == pytest.approx(0.859, abs=5e-4)  # type: ignore[index]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, 99), st.integers(1, 20)), max_size=6),
)
def test_identical_codings_agree_perfectly(raw: list[tuple[int, int]]) -> None:
    from qcoder.analysis.agreement.intervals import merge

    units = merge((s, min(100, s + ln)) for s, ln in raw)
    alpha = unitized_alpha([units, units, units], 0, 100)
    if alpha is not None:
        assert alpha == pytest.approx(1.0)


@st.composite
def projects(draw: st.DrawFn) -> tuple[AgreementData, list[str]]:
    coders = ["A", "B", "C", "D"][: draw(st.integers(2, 4))]
    lengths = {f"d{i}": draw(st.integers(1, 60)) for i in range(draw(st.integers(1, 3)))}
    spans: dict[tuple[str, str, str], list[Span]] = {}
    for d, n in lengths.items():
        for c in ("k1", "k2"):
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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_vectorized_matches_scalar(case: tuple[AgreementData, list[str]]) -> None:
    from qcoder.analysis.agreement.intervals import merge

    data, coders = case
    rep = compute_agreement(data, coders, codes=["k1", "k2"], unitized=True)
    assert rep.unitized is not None
    for d, n in data.doc_lengths.items():
        present = [r for r in coders if data.assignments is None or d in data.assignments.get(r, set())]
        cats = {}
        for c in ("k1", "k2"):
            units = [merge(data.spans.get((d, c, r), [])) for r in present]
            want = unitized_alpha(units, 0, n)
            got = rep.unitized.by_code_document[(c, d)]
            assert (got is None) == (want is None), (c, d)
            if want is not None:
                assert got == pytest.approx(want, abs=1e-9)
            if any(units):
                cats[c] = units
        want_d = unitized_alpha_categories(cats, 0, n) if len(present) >= 2 else None
        got_d = rep.unitized.by_document[d]
        assert (got_d is None) == (want_d is None)
        if want_d is not None:
            assert got_d == pytest.approx(want_d, abs=1e-9)

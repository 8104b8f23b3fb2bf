"""The 2016 unitizing alphas against a slow, literal reading of the definitions (sections,
intersections and squared lengths, loop by loop; written here, not copied), on random
unitizings.

Two readings of the cuα correction exist in public implementations and both are checked:

* per other coder: T_c = 1/(m - 1) Σ_i Σ_{g of i, value c} Σ_{j ≠ i} |g ∩ units of j|²
  (lindanna/unitized_alpha, and qcoder);
* union of the other coders: T_c = Σ_i Σ_{g of i, value c} |g ∩ ∪_{j ≠ i} units of j|²
  (quallmer/quallmer's ``reliability_alpha_u``, R, citing Krippendorff 2019 §12.6.5).

For two coders they are the same quantity (one other coder, 1/(m - 1) = 1), so every figure
agrees with both implementations there. For three or more coders only cuα and Cuα differ:
uα and |uα do not use T. The paper's own worked examples (Krippendorff, Mathet, Bouvry &
Widlöcher 2016) were not available to decide between the two; qcoder keeps the per-coder
reading, which reproduces lindanna/unitized_alpha's published figures (see
test_agreement_unitized2016.py), and this test pins the size of the difference on one example.
"""

from __future__ import annotations

import random

import pytest

from qcoder.analysis.agreement import AgreementData
from qcoder.analysis.agreement.inputs import Span, SpanKey
from qcoder.analysis.agreement.tables import prepare
from qcoder.analysis.agreement.unitized2016 import UnitizingAlphas, group_unitizing

Unit3 = tuple[int, int, str]


def _sections(units: list[Unit3], length: int) -> list[Unit3]:
    out: list[Unit3] = []
    pos = 0
    for s, e, v in sorted(units):
        if s > pos:
            out.append((pos, s, ""))
        out.append((s, e, v))
        pos = e
    if pos < length:
        out.append((pos, length, ""))
    return out


def _covered(units: list[Unit3], a: int, b: int) -> set[int]:
    return {x for s, e, v in units if v for x in range(max(a, s), min(b, e))}


def _correction(coders: list[list[Unit3]], secs: list[list[Unit3]], union: bool) -> dict[str, float]:
    m = len(coders)
    t: dict[str, float] = {}
    for i, mine in enumerate(secs):
        others = [u for j, u in enumerate(coders) if j != i]
        for a, b, v in mine:
            if not v:
                continue
            if union:
                add = float(len(set().union(*(_covered(u, a, b) for u in others))) ** 2)
            else:
                add = sum(len(_covered(u, a, b)) ** 2 for u in others) / (m - 1)
            t[v] = t.get(v, 0.0) + add
    return t


def reference(
    coders: list[list[Unit3]], length: int, union: bool = False
) -> tuple[float, float, float, dict[str, float]]:
    """(uα, |uα, cuα, {value: (c)uα}) for one continuum; "" is the gap."""
    m = len(coders)
    secs = [_sections(u, length) for u in coders]
    values = sorted({v for s in secs for _, _, v in s})
    ell = {(c, k): 0.0 for c in values for k in values}
    for i in range(m):
        for j in range(m):
            if i != j:
                for a, b, v in secs[i]:
                    for c, d, w in secs[j]:
                        ell[(v, w)] += max(0, min(b, d) - max(a, c)) / (m - 1)
    row = {c: sum(ell[(c, k)] for k in values) for c in values}
    total = sum(row.values())
    squares = {c: 0.0 for c in values}
    for s in secs:
        for a, b, v in s:
            squares[v] += (b - a) ** 2 if v else b - a
    den = total - sum(squares.values()) / total
    eps = {(c, k): (row[c] * row[k] - (squares[c] if c == k else 0.0)) / den for c in values for k in values}
    u = 1 - (total - sum(ell[(c, c)] for c in values)) / (total - sum(eps[(c, c)] for c in values))
    bar = 1 - (row[""] - ell[("", "")]) / (sum(eps[("", k)] for k in values) - eps[("", "")])
    inner = [c for c in values if c]
    t = _correction(coders, secs, union)
    margin = {c: sum(ell[(c, k)] for k in inner) for c in inner}
    n = sum(margin.values())
    den2 = n - sum(t.values()) / n
    e = {(c, k): (margin[c] * margin[k] - (t.get(c, 0.0) if c == k else 0.0)) / den2 for c in inner for k in inner}
    cu = 1 - (n - sum(ell[(c, c)] for c in inner)) / (n - sum(e[(c, c)] for c in inner))
    per = {}
    for c in inner:
        e_c = sum(e[(c, k)] for k in inner)
        per[c] = 1 - (e_c / margin[c]) * (margin[c] - ell[(c, c)]) / (e_c - e[(c, c)])
    return u, bar, cu, per


def _random_coder(rng: random.Random, length: int, values: str) -> list[Unit3]:
    """Non-overlapping units of random values; touching units always differ in value (qcoder
    merges touching spans of one code first)."""
    units: list[Unit3] = []
    pos = rng.randrange(0, 6)
    while pos < length - 3:
        end = min(length, pos + rng.randrange(2, 15))
        value = rng.choice(values)
        if units and units[-1][1] == pos and units[-1][2] == value:
            pos += 1
            continue
        units.append((pos, end, value))
        pos = end + rng.choice((0, 0, 1, 3, 8))
    return units


def _qcoder(coders: list[list[Unit3]], length: int, values: str) -> UnitizingAlphas:
    spans: dict[SpanKey, list[Span]] = {}
    names = [f"c{i}" for i in range(len(coders))]
    for name, units in zip(names, coders, strict=True):
        for s, e, v in units:
            spans.setdefault(("d", v, name), []).append((s, e))
    d = AgreementData(spans, {"d": length})
    return group_unitizing(prepare(d, names, codes=list(values)), list(values))


def _check(got: UnitizingAlphas, want: tuple[float, float, float, dict[str, float]]) -> None:
    u, bar, cu, per = want
    assert got.u_alpha == pytest.approx(u, abs=1e-9)
    assert got.bar_u_alpha == pytest.approx(bar, abs=1e-9)
    assert got.cu_alpha == pytest.approx(cu, abs=1e-9)
    assert got.as_dict()["Cu_alpha"] == pytest.approx(per, abs=1e-9)


@pytest.mark.parametrize("seed", range(12))
def test_two_coders_agree_with_both_readings(seed: int) -> None:
    rng = random.Random(seed)
    length = rng.randrange(40, 120)
    coders = [_random_coder(rng, length, "xy") for _ in range(2)]
    if {v for u in coders for _, _, v in u} != {"x", "y"}:
        pytest.skip("a value unused by both coders")
    got = _qcoder(coders, length, "xy")
    _check(got, reference(coders, length, union=False))
    _check(got, reference(coders, length, union=True))


@pytest.mark.parametrize("seed", range(8))
def test_three_or_four_coders_follow_the_per_coder_reading(seed: int) -> None:
    rng = random.Random(100 + seed)
    length = rng.randrange(40, 120)
    coders = [_random_coder(rng, length, "xyz") for _ in range(3 + seed % 2)]
    if {v for u in coders for _, _, v in u} != {"x", "y", "z"}:
        pytest.skip("a value nobody used")
    _check(_qcoder(coders, length, "xyz"), reference(coders, length, union=False))


def test_where_the_two_readings_part_with_three_coders() -> None:
    # the three-coder example of test_agreement_unitized2016.py (lindanna/unitized_alpha's figures)
    coders = [
        [(0, 10, "x"), (20, 35, "y"), (50, 70, "x")],
        [(2, 12, "x"), (20, 36, "y"), (52, 70, "x")],
        [(0, 9, "x"), (20, 30, "x"), (30, 35, "y"), (60, 75, "y")],
    ]
    got = _qcoder(coders, 90, "xy")
    assert got.cu_alpha == pytest.approx(0.31959937024754626, abs=1e-12)  # per coder (qcoder, lindanna)
    u, bar, cu_union, per_union = reference(coders, 90, union=True)
    assert (got.u_alpha, got.bar_u_alpha) == (pytest.approx(u), pytest.approx(bar))  # T is not used there
    assert cu_union == pytest.approx(0.3380229792650655, abs=1e-12)  # the union reading (quallmer)
    assert per_union["y"] == pytest.approx(got.as_dict()["Cu_alpha"]["y"])  # y: every overlap is with one coder

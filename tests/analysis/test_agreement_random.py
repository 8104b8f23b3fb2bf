"""Random span sets: the interval sweep against independent implementations run on
per-character (or per-unit) arrays expanded here in the test.

References: krippendorff (Krippendorff's alpha, nominal), statsmodels (Fleiss' kappa),
scikit-learn (Cohen's kappa), irrCAC (Gwet's AC1; rounds to 5 decimals).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.agreement import AgreementData, Pooling, Unit, compute_agreement
from qcoder.analysis.agreement.inputs import Span, SpanKey
from qcoder.analysis.agreement.report import Stats

krippendorff = pytest.importorskip("krippendorff")
inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
sk_metrics = pytest.importorskip("sklearn.metrics")
try:  # optional: irrCAC pins an old SciPy, so it may be absent; AC1 is then not cross-checked
    import pandas as pd
    from irrCAC import raw as irr_raw
except ImportError:  # pragma: no cover - depends on the test environment
    irr_raw = None

CODES = ("c0", "c1", "c2")


@dataclass
class Case:
    data: AgreementData
    coders: list[str]
    codes: list[str]


@st.composite
def cases(draw: st.DrawFn, with_units: bool = False) -> Case:
    n_coders = draw(st.integers(2, 4))
    coders = [f"r{i}" for i in range(n_coders)]
    n_docs = draw(st.integers(1, 3))
    lengths = {f"d{i}": draw(st.integers(1, 30)) for i in range(n_docs)}
    codes = list(CODES[: draw(st.integers(1, 3))])
    spans: dict[SpanKey, list[Span]] = {}
    for d, n in lengths.items():
        for c in codes:
            for r in coders:
                k = draw(st.integers(0, 3))
                out = []
                for _ in range(k):
                    s = draw(st.integers(0, n - 1))
                    e = draw(st.integers(s + 1, n))
                    out.append((s, e))
                if out:
                    spans[(d, c, r)] = out
    assignments = None
    if draw(st.booleans()):
        assignments = {r: {d for d in lengths if draw(st.integers(0, 3)) > 0} for r in coders}
    units = None
    if with_units:
        units = {}
        for d, n in lengths.items():
            cuts = sorted(draw(st.sets(st.integers(0, n), min_size=2, max_size=8)))
            pieces = list(zip(cuts[:-1], cuts[1:], strict=True))
            units[d] = [p for p in pieces if draw(st.integers(0, 4)) > 0]  # leave some gaps
    return Case(AgreementData(spans, lengths, assignments, units), coders, codes)


def expand(case: Case, code: str, doc: str, unit: Unit = Unit.CHARACTER) -> np.ndarray:
    """coders x units matrix: 1/0 coded, NaN where the coder was not assigned."""
    n = case.data.doc_lengths[doc]
    rows = []
    for r in case.coders:
        assigned = case.data.assignments is None or doc in case.data.assignments.get(r, set())
        chars = np.zeros(n, dtype=bool)
        for s, e in case.data.spans.get((doc, code, r), []):
            chars[s:e] = True
        if unit == Unit.CHARACTER:
            v = chars.astype(float)
        else:
            assert case.data.units is not None
            v = np.array([float(chars[s:e].any()) for s, e in case.data.units[doc]])
        rows.append(v if assigned else np.full(len(v), np.nan))
    return np.array(rows).reshape(len(case.coders), -1)


def reference(x: np.ndarray) -> dict[str, float | None]:
    """Every binary coefficient on a coders x units matrix, by other implementations."""
    n = x.shape[0]
    rated = (~np.isnan(x)).sum(axis=0)
    pair = x[:, rated >= 2]
    used = bool(np.nansum(x) > 0)
    out: dict[str, float | None] = dict.fromkeys(
        ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")
    )
    if not used or pair.shape[1] == 0:
        return out
    agree = [len(set(col[~np.isnan(col)])) == 1 for col in pair.T]
    out["percent_agreement"] = float(np.mean(agree))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            a = krippendorff.alpha(reliability_data=x, level_of_measurement="nominal", value_domain=[0.0, 1.0])
            out["krippendorff_alpha"] = None if np.isnan(a) else float(a)
        except ValueError:
            pass
        full = x[:, rated == n]
        if full.shape[1]:
            yes = full.sum(axis=0)
            f = inter_rater.fleiss_kappa(np.column_stack((n - yes, yes)))
            out["fleiss_kappa"] = None if np.isnan(f) else float(f)
        if n == 2 and full.shape[1]:
            k = sk_metrics.cohen_kappa_score(full[0], full[1], labels=[0.0, 1.0])
            out["cohen_kappa"] = None if np.isnan(k) else float(k)
        out["gwet_ac1"] = gwet_ac1_by_hand(x)
        if irr_raw is not None and (rated >= 1).sum() >= 2:  # irrCAC's variance divides by n - 1
            frame = pd.DataFrame(x.T)
            out["gwet_ac1 (irrCAC)"] = float(
                irr_raw.CAC(frame, categories=[0.0, 1.0]).gwet()["est"]["coefficient_value"]
            )
    return out


def gwet_ac1_by_hand(x: np.ndarray) -> float:
    """Gwet (2008) AC1, q = 2, written out on the raw matrix (missing ratings allowed, as
    in Gwet's Handbook: p_a over units with >= 2 ratings, pi over units with >= 1)."""
    r = (~np.isnan(x)).sum(axis=0)
    ones = np.nansum(x, axis=0)
    zeros = r - ones
    two = r >= 2
    pa = np.mean((ones * (ones - 1) + zeros * (zeros - 1))[two] / (r * (r - 1))[two])
    pi = np.mean(ones[r >= 1] / r[r >= 1])
    pe = 2 * pi * (1 - pi)
    return float((pa - pe) / (1 - pe))


def check(got: Stats, x: np.ndarray) -> None:
    ref = reference(x)
    for name, want in ref.items():
        value = got.value(name.split(" ")[0])
        tol = 1e-5 if "irrCAC" in name else 1e-9  # irrCAC rounds to 5 decimals
        if want is None:
            assert value is None, (name, value)
        else:
            assert value == pytest.approx(want, abs=tol), name


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(cases())
def test_character_units_match_independent_implementations(case: Case) -> None:
    rep = compute_agreement(case.data, case.coders, codes=case.codes)
    docs = list(case.data.doc_lengths)
    mats = {(c, d): expand(case, c, d) for c in case.codes for d in docs}
    for (c, d), x in mats.items():
        check(rep.by_code_document[(c, d)], x)
    for c in case.codes:
        check(rep.by_code[c], np.hstack([mats[(c, d)] for d in docs]))
    for d in docs:
        check(rep.by_document[d], np.hstack([mats[(c, d)] for c in case.codes]))
    check(rep.overall, np.hstack(list(mats.values())))
    # pairwise Cohen's kappa on the characters both coders were assigned
    allx = np.hstack(list(mats.values()))
    for p in rep.pairwise:
        i, j = case.coders.index(p.coder_a), case.coders.index(p.coder_b)
        both = allx[[i, j]][:, ~np.isnan(allx[[i, j]]).any(axis=0)]
        assert p.units == both.shape[1]
        if not both.any():
            assert p.cohen_kappa is None and p.percent_agreement is None
            continue
        assert p.percent_agreement == pytest.approx(np.mean(both[0] == both[1]))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            k = sk_metrics.cohen_kappa_score(both[0], both[1], labels=[0.0, 1.0])
        assert (p.cohen_kappa is None) == bool(np.isnan(k))
        if p.cohen_kappa is not None:
            assert p.cohen_kappa == pytest.approx(k)


@SETTINGS
@given(cases(with_units=True))
def test_sentence_units_any_overlap(case: Case) -> None:
    rep = compute_agreement(case.data, case.coders, codes=case.codes, unit=Unit.SENTENCE)
    docs = list(case.data.doc_lengths)
    mats = {(c, d): expand(case, c, d, Unit.SENTENCE) for c in case.codes for d in docs}
    for (c, d), x in mats.items():
        check(rep.by_code_document[(c, d)], x)
    check(rep.overall, np.hstack(list(mats.values())))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_averaged_is_mean_of_defined_tables(case: Case) -> None:
    pooled = compute_agreement(case.data, case.coders, codes=case.codes)
    avg = compute_agreement(case.data, case.coders, codes=case.codes, pooling=Pooling.AVERAGED)
    for name in ("percent_agreement", "krippendorff_alpha", "fleiss_kappa", "gwet_ac1"):
        vals = [s.value(name) for s in pooled.by_code_document.values()]
        defined = [v for v in vals if v is not None]
        got = avg.overall.value(name)
        if defined:
            assert got == pytest.approx(np.mean(defined))
        else:
            assert got is None
        assert avg.overall.undefined[name] == len(vals) - len(defined)
        for c in case.codes:
            per = [pooled.by_code_document[(c, d)].value(name) for d in case.data.doc_lengths]
            ok = [v for v in per if v is not None]
            assert avg.by_code[c].value(name) == (pytest.approx(np.mean(ok)) if ok else None)


def nominal_matrix(case: Case, group: Sequence[str]) -> np.ndarray:
    """coders x characters (all documents): a value id per coded combination, NaN missing."""
    ids: dict[frozenset[str], int] = {frozenset(): 0}
    cols = []
    for d, n in case.data.doc_lengths.items():
        block = []
        for r in case.coders:
            if case.data.assignments is not None and d not in case.data.assignments.get(r, set()):
                block.append([np.nan] * n)
                continue
            sets: list[set[str]] = [set() for _ in range(n)]
            for c in group:
                for s, e in case.data.spans.get((d, c, r), []):
                    for i in range(s, e):
                        sets[i].add(c)
            block.append([float(ids.setdefault(frozenset(x), len(ids))) for x in sets])
        cols.append(np.array(block).reshape(len(case.coders), n))
    return np.hstack(cols)


def _assert_group_alpha(got: Any, x: np.ndarray) -> None:
    """The group's units and nominal α equal the krippendorff package's on the matrix ``x``."""
    rated = (~np.isnan(x)).sum(axis=0)
    assert got.units == int((rated >= 2).sum())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = krippendorff.alpha(reliability_data=x, level_of_measurement="nominal")
        except ValueError:
            want = float("nan")
    if got.krippendorff_alpha is None:
        assert np.isnan(want) or (rated >= 2).sum() == 0
    else:
        assert got.krippendorff_alpha == pytest.approx(want)


@SETTINGS
@given(cases())
def test_nominal_alpha_over_group(case: Case) -> None:
    rep = compute_agreement(case.data, case.coders, codes=case.codes, exclusive_groups=[case.codes], none_category=True)
    x = nominal_matrix(case, case.codes)
    _assert_group_alpha(rep.nominal[0].overall, x)


@SETTINGS
@given(cases())
def test_nominal_alpha_with_none_as_missing(case: Case) -> None:
    """By default a character a coder left without any code of the group is missing for
    that coder: the krippendorff package on the same matrix with "none" as NaN."""
    rep = compute_agreement(case.data, case.coders, codes=case.codes, exclusive_groups=[case.codes])
    x = nominal_matrix(case, case.codes)
    x[x == 0] = np.nan
    _assert_group_alpha(rep.nominal[0].overall, x)


@pytest.mark.skipif(irr_raw is None, reason="irrCAC not installed")
def test_nominal_ac1_matches_irrcac_on_characters() -> None:
    # a fixed case with a combination value ("c0+c1") and missing data
    spans: dict[SpanKey, list[Span]] = {
        ("d0", "c0", "r0"): [(0, 10)],
        ("d0", "c1", "r0"): [(8, 14)],
        ("d0", "c0", "r1"): [(2, 9)],
        ("d0", "c1", "r2"): [(9, 20)],
        ("d1", "c1", "r1"): [(0, 5)],
        ("d1", "c0", "r2"): [(3, 7)],
    }
    assign = {"r0": {"d0"}, "r1": {"d0", "d1"}, "r2": {"d0", "d1"}}
    case = Case(AgreementData(spans, {"d0": 25, "d1": 12}, assign), ["r0", "r1", "r2"], ["c0", "c1"])
    rep = compute_agreement(case.data, case.coders, codes=case.codes, exclusive_groups=[case.codes], none_category=True)
    x = nominal_matrix(case, case.codes)
    # ids: none=0, then first seen; categories = none, c0, c1 and the observed combination
    frame = pd.DataFrame(x.T)
    cats = sorted({v for v in x.ravel() if not np.isnan(v)} | {0.0})
    assert len(cats) == 4  # none, c0, c1, c0+c1 (all observed here)
    want = irr_raw.CAC(frame, categories=cats).gwet()["est"]["coefficient_value"]
    assert rep.nominal[0].overall.gwet_ac1 == pytest.approx(want, abs=1e-5)
    assert rep.nominal[0].multi_coded_units == 2  # characters 8, 9 by r0 (both pairable)

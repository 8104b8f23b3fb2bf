"""Confidence intervals and standard errors (issue 15, ``--ci``), checked against an
independent port of the KALPHA macro's bootstrap, statsmodels and published figures."""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence

import numpy as np
import pytest

from qcoder.analysis.agreement import AgreementData, Pooling, compute_agreement
from qcoder.analysis.agreement.confidence import CIOptions, cohen_kappa_se, fleiss_kappa_se
from qcoder.analysis.agreement.nominal import nominal_stats
from qcoder.core.errors import InvalidValue
from tests.analysis.test_agreement_published import FLEISS_1971, units_as_documents

inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", data C: 4 observers,
# 12 units, nominal alpha = 0.743.
KRIPP_C: dict[str, list[int | None]] = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def kalpha_macro(data: Sequence[Sequence[Hashable | None]], draws: int, seed: int) -> np.ndarray:
    """The bootstrap of Hayes' KALPHA macro (SPSS, version 3.0, 2011), ported loop for loop
    for nominal data: uniform numbers fall into the cumulated segments of the coincidence
    matrix's upper triangle (off-diagonal cells doubled), the matched delta is summed over M
    draws; then the macro's corrections. Returns the sorted resampled alphas."""
    units = [[v for v in col if v is not None] for col in zip(*data, strict=True)]
    units = [u for u in units if len(u) > 1]
    values = sorted({v for u in units for v in u}, key=str)
    ix = {v: i for i, v in enumerate(values)}
    c = len(values)
    coinc = np.zeros((c, c))
    for u in units:
        for i, a in enumerate(u):
            for j, b in enumerate(u):
                if i != j:
                    coinc[ix[a], ix[b]] += 1 / (len(u) - 1)
    n_c = coinc.sum(axis=1)
    n = n_c.sum()
    delta = 1 - np.eye(c)
    expect = np.outer(n_c, n_c) / (n - 1) - np.diag(n_c) / (n - 1)
    expdis = (expect * delta).sum() / n
    pairs = sum(len(u) * (len(u) - 1) / 2 for u in units)
    q = int((coinc > 0).sum())
    nzero = int((np.diag(coinc) > 0).sum())
    m = int(min(25 * q, (len(data) - 1) * n / 2))
    seg, dl = [0.0], [0.0]
    for i in range(c):
        for j in range(i, c):
            seg.append(seg[-1] + (coinc[j, i] / n) * (1 if i == j else 2))
            dl.append(delta[j, i])
    rng = np.random.default_rng(seed)
    out = []
    numone = 0
    for _ in range(draws):
        numsum = 0.0
        for r in rng.random(m):
            for k in range(1, len(seg)):
                if seg[k - 1] <= r <= seg[k]:
                    numsum += dl[k]
                    break
        alpha = max(1 - numsum / (expdis * m), -1.0)
        if alpha == 1 and nzero == 1:
            alpha = 0.0
        elif alpha == 1:
            numone += 1
        out.append(alpha)
    nx = round(draws * float(((np.diag(coinc) / n) ** pairs).sum()))
    for k in [i for i, a in enumerate(out) if a == 1][: min(nx, numone)]:
        out[k] = 0.0
    return np.sort(np.array(out))


def test_bootstrap_interval_follows_the_kalpha_macro() -> None:
    data = list(KRIPP_C.values())
    opts = CIOptions(draws=4000, seed=11)
    st = nominal_stats(data, ci=opts)
    assert st.krippendorff_alpha == pytest.approx(0.743, abs=5e-4)
    interval = st.ci["krippendorff_alpha"]
    macro = kalpha_macro(data, 4000, seed=99)  # other random numbers: the same distribution
    # the macro reads ranks trunc(.025 B) and trunc(.975 B) + 1 of the sorted resamples
    low, high = macro[100 - 1], macro[3901 - 1]
    step = 1 / 60  # alpha moves by 1 / (M D_e) per drawn disagreement; here about 0.02
    assert abs(interval.low - low) <= 2 * step and abs(interval.high - high) <= 2 * step
    assert interval.low < st.krippendorff_alpha < interval.high
    assert (interval.level, interval.draws, interval.seed) == (0.95, 4000, 11)


def test_bootstrap_is_reproducible_and_bounded() -> None:
    data = list(KRIPP_C.values())
    a = nominal_stats(data, ci=CIOptions(seed=5)).ci["krippendorff_alpha"]
    b = nominal_stats(data, ci=CIOptions(seed=5)).ci["krippendorff_alpha"]
    assert a == b
    wide = nominal_stats(data, ci=CIOptions(level=0.99)).ci["krippendorff_alpha"]
    narrow = nominal_stats(data, ci=CIOptions(level=0.80)).ci["krippendorff_alpha"]
    assert wide.low <= narrow.low <= narrow.high <= wide.high <= 1
    with pytest.raises(InvalidValue):
        CIOptions(draws=0)
    with pytest.raises(InvalidValue):
        CIOptions(level=1.5)


def test_perfect_agreement_on_one_value_resamples_to_zero_as_the_macro() -> None:
    # a single value on the diagonal: alpha is undefined, no interval
    assert nominal_stats([[1, 1, 1], [1, 1, 1]], ci=CIOptions()).ci == {}


@pytest.mark.parametrize(
    "table",
    [
        [[20, 5], [10, 15]],
        [[22, 3, 1], [4, 30, 2], [1, 5, 12]],
    ],
)
def test_cohen_kappa_se_matches_statsmodels(table: list[list[int]]) -> None:
    want = inter_rater.cohens_kappa(np.array(table))
    assert cohen_kappa_se(table) == pytest.approx(want.std_kappa, rel=1e-9)


def test_fleiss_kappa_se_matches_irr_on_fleiss_1971() -> None:
    # R irr::kappam.fleiss(diagnoses) prints Kappa = 0.43, z = 17.7 (its SE is Fleiss, Nee &
    # Landis 1979 under kappa = 0): https://rdrr.io/cran/irr/man/kappam.fleiss.html
    counts, _ = inter_rater.aggregate_raters(np.array(FLEISS_1971))
    se = fleiss_kappa_se(30, 6, counts.sum(axis=0) / (30 * 6))
    assert se is not None and 0.4302445 / se == pytest.approx(17.7, abs=0.05)
    raters = [f"R{i}" for i in range(6)]
    matrix: dict[str, list[int | None]] = {r: [row[i] for row in FLEISS_1971] for i, r in enumerate(raters)}
    codes = [f"v{i}" for i in range(1, 6)]
    rep = compute_agreement(units_as_documents(matrix), raters, exclusive_groups=[codes], ci=CIOptions())
    assert rep.nominal[0].overall.se["fleiss_kappa"] == pytest.approx(se)


def test_binary_tables_get_intervals_and_json_shape() -> None:
    spans = {
        ("d1", "k", "A"): [(0, 40), (60, 80)],
        ("d1", "k", "B"): [(5, 45), (70, 90)],
        ("d2", "k", "A"): [(0, 10)],
        ("d2", "k", "B"): [(0, 12)],
    }
    data = AgreementData(spans, {"d1": 100, "d2": 50})
    rep = compute_agreement(data, ["A", "B"], ci=CIOptions(draws=500, seed=3))
    st = rep.by_code["k"]
    iv = st.ci["krippendorff_alpha"]
    assert st.krippendorff_alpha is not None and iv.low <= st.krippendorff_alpha <= iv.high
    # the binary 2x2 pooled table against statsmodels' asymptotic SE
    w = inter_rater.cohens_kappa(np.array([[55, 15], [17, 63]]))
    assert st.cohen_kappa == pytest.approx(w.kappa)
    assert st.se["cohen_kappa"] == pytest.approx(w.std_kappa)
    out = rep.to_json_dict({"k": "Trust"}, {})
    json.dumps(out)
    code_stats = out["codes"][0]["stats"]  # type: ignore[index]
    assert set(code_stats["ci"]["krippendorff_alpha"]) == {"low", "high", "level", "draws", "seed"}
    assert set(code_stats["se"]) == {"cohen_kappa", "fleiss_kappa"}
    assert "ci" in out["overall"]  # type: ignore[operator]
    assert "ci" not in out["codes"][0]["documents"][0]["stats"]  # type: ignore[index]
    with pytest.raises(InvalidValue, match="pooled"):
        compute_agreement(data, ["A", "B"], pooling=Pooling.AVERAGED, ci=CIOptions())

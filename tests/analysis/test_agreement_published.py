"""Agreement coefficients against published worked examples.

Each test cites its source. Where a figure is quoted from memory it is also recomputed
with an independent implementation (statsmodels, scikit-learn, krippendorff, irrCAC).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from qcoder.analysis.agreement import AgreementData, Unit, compute_agreement
from qcoder.analysis.agreement.inputs import Span, SpanKey
from qcoder.analysis.agreement.nominal import nominal_stats
from qcoder.analysis.agreement.stats import alpha_nominal, fleiss_kappa_counts

# Independent implementations: test-only dependencies (irrCAC optional, per test below).
krippendorff = pytest.importorskip("krippendorff")
inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
sk_metrics = pytest.importorskip("sklearn.metrics")


def runs(flags: Sequence[int]) -> list[Span]:
    """Spans covering the positions whose flag is set (one character per unit)."""
    return [(i, i + 1) for i, f in enumerate(flags) if f]


def one_doc(coded: dict[str, Sequence[int]], code: str = "k") -> AgreementData:
    """Each position is one character of a single document."""
    n = len(next(iter(coded.values())))
    spans: dict[SpanKey, list[Span]] = {("d", code, r): runs(v) for r, v in coded.items() if any(v)}
    return AgreementData(spans=spans, doc_lengths={"d": n})


def units_as_documents(matrix: dict[str, Sequence[int | None]]) -> AgreementData:
    """A reliability data matrix with missing values: each unit becomes a 1-character
    document, a coder is assigned the units they rated, value v is code "v<v>"."""
    n_units = len(next(iter(matrix.values())))
    spans: dict[SpanKey, list[Span]] = {}
    assignments: dict[str, set[str]] = {r: set() for r in matrix}
    for r, values in matrix.items():
        for u, v in enumerate(values):
            if v is None:
                continue
            assignments[r].add(f"u{u:02d}")
            spans[(f"u{u:02d}", f"v{v}", r)] = [(0, 1)]
    return AgreementData(spans=spans, doc_lengths={f"u{u:02d}": 1 for u in range(n_units)}, assignments=assignments)


# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
# for Communication, University of Pennsylvania. Section "A. Binary or dichotomous data,
# two observers, no missing data": alpha = 0.095.
KRIPP_A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
KRIPP_B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]


def test_krippendorff_2011_binary_two_observers() -> None:
    rep = compute_agreement(one_doc({"A": KRIPP_A, "B": KRIPP_B}), ["A", "B"])
    s = rep.overall
    assert s.krippendorff_alpha == pytest.approx(0.095, abs=5e-4)
    assert s.krippendorff_alpha == pytest.approx(
        krippendorff.alpha(reliability_data=[KRIPP_A, KRIPP_B], level_of_measurement="nominal")
    )
    assert s.percent_agreement == pytest.approx(0.6)
    # Cohen: pA = .2, pB = .4, p_e = .2*.4 + .8*.6 = .56, kappa = (.6-.56)/.44
    assert s.cohen_kappa == pytest.approx(0.04 / 0.44)
    assert s.cohen_kappa == pytest.approx(sk_metrics.cohen_kappa_score(KRIPP_A, KRIPP_B))
    # Fleiss' kappa for two raters is Scott's pi: p = 6/20, p_e = .09 + .49 = .58
    assert s.fleiss_kappa == pytest.approx((0.6 - 0.58) / 0.42)


# Krippendorff (2011), section "C. Nominal data, any number of observers, missing data":
# 4 observers, 12 units, values 1..5, alpha = 0.743. The same matrix is the "raw_4raters"
# example of Gwet's Handbook of Inter-Rater Reliability, reproduced in the irrCAC
# package's documentation with AC1 = 0.77544 and Krippendorff's alpha = 0.74342.
KRIPP_NOMINAL: dict[str, list[int | None]] = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def test_krippendorff_2011_nominal_with_missing_data() -> None:
    matrix = list(KRIPP_NOMINAL.values())
    assert alpha_nominal(matrix) == pytest.approx(0.743, abs=5e-4)
    st = nominal_stats(matrix)
    assert st.krippendorff_alpha == pytest.approx(0.74342, abs=5e-6)
    assert st.gwet_ac1 == pytest.approx(0.77544, abs=5e-6)
    as_float = [[np.nan if v is None else v for v in row] for row in matrix]
    assert st.krippendorff_alpha == pytest.approx(
        krippendorff.alpha(reliability_data=as_float, level_of_measurement="nominal")
    )
    # through spans: each unit a 1-character document, missing = not assigned
    codes = [f"v{i}" for i in range(1, 6)]
    rep = compute_agreement(units_as_documents(KRIPP_NOMINAL), list(KRIPP_NOMINAL), exclusive_groups=[codes])
    nom = rep.nominal[0]
    assert nom.alpha == pytest.approx(0.743421, abs=1e-6)
    assert nom.overall.units == 11  # unit 12 has a single value: not pairable
    # Fleiss over the units all four observers rated (units 2-9), checked with statsmodels
    complete = [[row[u] for row in matrix] for u in range(12) if all(row[u] is not None for row in matrix)]
    table, _ = inter_rater.aggregate_raters(np.array(complete))
    assert nom.overall.fleiss_kappa == pytest.approx(inter_rater.fleiss_kappa(table))


def test_gwet_ac1_through_spans_matches_irrcac_with_none_category() -> None:
    irr = pytest.importorskip("irrCAC.raw")
    pd = pytest.importorskip("pandas")
    codes = [f"v{i}" for i in range(1, 6)]
    rep = compute_agreement(
        units_as_documents(KRIPP_NOMINAL), list(KRIPP_NOMINAL), exclusive_groups=[codes], none_category=True
    )
    # the group's scale has a sixth category, "none" (unobserved here), so q = 6
    frame = pd.DataFrame({r: [np.nan if v is None else v for v in vals] for r, vals in KRIPP_NOMINAL.items()})
    want = irr.CAC(frame, categories=[0, 1, 2, 3, 4, 5]).gwet()["est"]["coefficient_value"]
    assert rep.nominal[0].overall.gwet_ac1 == pytest.approx(want, abs=5e-6)


def test_gwet_ac1_through_spans_with_none_missing_has_q_of_the_declared_codes() -> None:
    irr = pytest.importorskip("irrCAC.raw")
    pd = pytest.importorskip("pandas")
    codes = [f"v{i}" for i in range(1, 6)]
    rep = compute_agreement(units_as_documents(KRIPP_NOMINAL), list(KRIPP_NOMINAL), exclusive_groups=[codes])
    # "none" is no category by default: q = the 5 declared codes
    frame = pd.DataFrame({r: [np.nan if v is None else v for v in vals] for r, vals in KRIPP_NOMINAL.items()})
    want = irr.CAC(frame, categories=[1, 2, 3, 4, 5]).gwet()["est"]["coefficient_value"]
    assert rep.nominal[0].overall.gwet_ac1 == pytest.approx(want, abs=5e-6)


# Fleiss' kappa, Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters,
# 5 categories, kappa = 0.210 (statsmodels' test suite checks the same table).
WIKI_FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]

# Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
# Bulletin 76(5): 30 patients, 6 psychiatrists each, 5 diagnoses; kappa = 0.430
# (0.4302445 from R irr::kappam.fleiss, as in statsmodels' tests, which give this
# raw matrix: the paper only prints the counts).
FLEISS_1971 = [
    [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5],
    [2, 2, 2, 4, 4, 4], [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4],
    [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5], [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4],
    [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5], [3, 3, 3, 3, 3, 5],
    [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
    [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4],
    [1, 4, 4, 4, 4, 5], [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
]  # fmt: skip


def test_fleiss_wikipedia_example() -> None:
    assert fleiss_kappa_counts(WIKI_FLEISS) == pytest.approx(0.210, abs=5e-4)
    assert fleiss_kappa_counts(WIKI_FLEISS) == pytest.approx(inter_rater.fleiss_kappa(np.array(WIKI_FLEISS)))


def test_fleiss_1971_through_spans() -> None:
    raters = [f"R{i}" for i in range(6)]
    matrix: dict[str, list[int | None]] = {r: [row[i] for row in FLEISS_1971] for i, r in enumerate(raters)}
    codes = [f"v{i}" for i in range(1, 6)]
    rep = compute_agreement(units_as_documents(matrix), raters, exclusive_groups=[codes])
    assert rep.nominal[0].overall.fleiss_kappa == pytest.approx(0.4302445, abs=1e-7)
    # binary, per diagnosis: the same as statsmodels on the dichotomized table
    counts, _ = inter_rater.aggregate_raters(np.array(FLEISS_1971))
    for i, code in enumerate(codes):
        dich = np.column_stack((6 - counts[:, i], counts[:, i]))
        assert rep.by_code[code].fleiss_kappa == pytest.approx(inter_rater.fleiss_kappa(dich))


def test_cohen_wikipedia_2x2() -> None:
    # Wikipedia "Cohen's kappa", simple example: 50 proposals, both yes 20, A yes / B no 5,
    # A no / B yes 10, both no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4.
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    rep = compute_agreement(one_doc({"A": a, "B": b}), ["A", "B"])
    assert rep.overall.cohen_kappa == pytest.approx(0.4)
    assert rep.overall.percent_agreement == pytest.approx(0.7)
    assert rep.pairwise[0].cohen_kappa == pytest.approx(0.4)
    assert rep.overall.cohen_kappa == pytest.approx(sk_metrics.cohen_kappa_score(a, b))


def test_nvivo_percentage_agreement_counts_uncoded_characters() -> None:
    # NVivo's coding comparison: agreement = characters both coded + characters neither
    # coded, over all characters of the source. Hand example: 100 characters, A codes
    # [0, 40), B codes [20, 60): both 20 + neither 40 -> 60 %.
    # Kappa by NVivo's formula (p_e summed over yes and no): pA = pB = .4,
    # p_e = .16 + .36 = .52, kappa = (.6 - .52) / (1 - .52) = 1/6.
    data = AgreementData(spans={("d", "k", "A"): [(0, 40)], ("d", "k", "B"): [(20, 60)]}, doc_lengths={"d": 100})
    s = compute_agreement(data, ["A", "B"]).overall
    assert s.percent_agreement == pytest.approx(0.60)
    assert s.cohen_kappa == pytest.approx(1 / 6)
    assert s.units == 100


def test_gwet_ac1_two_raters_by_hand_and_irrcac() -> None:
    # Gwet (2008), BJMSP 61:29-48, two raters, two categories: AC1 = (p_a - p_e)/(1 - p_e)
    # with p_e = 2 pi (1 - pi), pi = (pA + pB) / 2. Cohen's Wikipedia table above:
    # p_a = .7, pi = (.5 + .6)/2 = .55, p_e = .495, AC1 = .205/.505.
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    s = compute_agreement(one_doc({"A": a, "B": b}), ["A", "B"]).overall
    assert s.gwet_ac1 == pytest.approx(0.205 / 0.505)
    irr_table = pytest.importorskip("irrCAC.table")
    pd = pytest.importorskip("pandas")
    tab = pd.DataFrame([[20, 5], [10, 15]], index=["yes", "no"], columns=["yes", "no"])
    assert s.gwet_ac1 == pytest.approx(irr_table.CAC(tab).gwet()["est"]["coefficient_value"], abs=5e-6)


def test_document_units_binary() -> None:
    # 10 documents, one per unit of Krippendorff's binary example: same alpha.
    spans: dict[SpanKey, list[Span]] = {}
    for r, flags in (("A", KRIPP_A), ("B", KRIPP_B)):
        for u, f in enumerate(flags):
            if f:
                spans[(f"d{u}", "k", r)] = [(3, 5)]  # anywhere in the document
    data = AgreementData(spans=spans, doc_lengths={f"d{u}": 50 for u in range(10)})
    s = compute_agreement(data, ["A", "B"], unit=Unit.DOCUMENT).overall
    assert s.krippendorff_alpha == pytest.approx(0.0952, abs=1e-4)
    assert s.units == 10

"""Confidence intervals and standard errors for the agreement coefficients.

* Krippendorff's alpha: the bootstrap of Hayes & Krippendorff (2007), "Answering the call for
  a standard reliability measure for coding data", *Communication Methods and Measures* 1(1),
  as their KALPHA macro (version 3.0, 2011) computes it, after Krippendorff's "Algorithm for
  bootstrapping a distribution of alpha" (2006, rev. 2011): the expected disagreement D_e is
  kept; each resample draws M pairs of values from the observed coincidences (cell c,k with
  probability o_ck/n, unordered), M = min(25 q, (coders - 1) n / 2) with q the non-empty
  cells of the coincidence matrix; alpha* = 1 - (sum of the drawn differences) / (M D_e),
  floored at -1. A resample of only matching pairs (alpha* = 1) is set to 0 when the data
  hold a single value; otherwise round(draws * sum_c (o_cc/n)^P) of them are set to 0, P the
  number of pairable pairs (the macro's correction for samples too small to show a
  disagreement). The interval is read off the sorted resamples at ranks
  trunc((1 - level)/2 * draws) and trunc((1 + level)/2 * draws) + 1, as in the macro.
  For nominal data every difference is 0 or 1, so the sum of M draws is binomial with the
  share of off-diagonal coincidences: drawn as such here (same distribution, no M-long loop).
  Each table draws from its own generator seeded with ``seed``, so an interval depends only
  on that table's counts, the seed and the number of draws.
* Cohen's kappa: the large-sample standard error of Fleiss, Cohen & Everitt (1969), "Large
  sample standard errors of kappa and weighted kappa", *Psychological Bulletin* 72(5) (the
  ``std_kappa`` of statsmodels' ``cohens_kappa``).
* Fleiss' kappa: the standard error under kappa = 0 of Fleiss, Nee & Landis (1979), "Large
  sample variance of kappa in the case of different sets of raters", *Psychological
  Bulletin* 86(5) (the one irr's ``kappam.fleiss`` divides by for its z).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcoder.core.errors import InvalidValue

FloatArray = npt.NDArray[np.float64]

DEFAULT_DRAWS = 1000
DEFAULT_SEED = 2007
MAX_DRAWS = 100_000


@dataclass(frozen=True, slots=True)
class CIOptions:
    """How intervals are computed: number of bootstrap resamples, seed, coverage."""

    draws: int = DEFAULT_DRAWS
    seed: int = DEFAULT_SEED
    level: float = 0.95

    def __post_init__(self) -> None:
        if not 1 <= self.draws <= MAX_DRAWS:
            raise InvalidValue(f"the number of bootstrap draws must be between 1 and {MAX_DRAWS:,}")
        if not 0 < self.level < 1:
            raise InvalidValue("the confidence level must be between 0 and 1 (e.g. 0.95)")
        if self.seed < 0:
            raise InvalidValue("the seed must be a non-negative integer")


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    level: float
    draws: int
    seed: int

    def as_dict(self) -> dict[str, object]:
        return {"low": self.low, "high": self.high, "level": self.level, "draws": self.draws, "seed": self.seed}


def _ranks(level: float, draws: int) -> tuple[int, int]:
    """0-based indices of the macro's lower and upper bounds (1-based ranks
    trunc(.025 B) and trunc(.975 B) + 1 at 95 %), kept inside the sample."""
    lo = math.trunc(round((1 - level) / 2 * draws, 9))
    hi = math.trunc(round((1 + level) / 2 * draws, 9)) + 1
    return min(max(lo, 1), draws) - 1, min(max(hi, 1), draws) - 1


def bootstrap_alpha_nominal(
    diagonal: npt.ArrayLike,
    values: npt.ArrayLike,
    cells: int,
    coders: int,
    pairs: float,
    options: CIOptions,
) -> Interval | None:
    """KALPHA's bootstrap interval of nominal alpha.

    ``diagonal``: o_cc per value; ``values``: n_c per value (pairable values); ``cells``:
    non-empty cells of the full coincidence matrix; ``coders``: coders compared; ``pairs``:
    pairs of values within units (sum of m_u (m_u - 1) / 2). None where alpha is undefined.
    """
    n_c = np.asarray(values, dtype=np.float64)
    o_cc = np.asarray(diagonal, dtype=np.float64)
    n = float(n_c.sum())
    if n <= 1:
        return None
    d_e = (n * n - float((n_c * n_c).sum())) / (n * (n - 1))
    if d_e <= 0:
        return None
    p_dis = min(max(1.0 - float(o_cc.sum()) / n, 0.0), 1.0)
    m = max(int(min(25 * cells, (coders - 1) * n / 2)), 1)
    rng = np.random.default_rng(options.seed)
    alphas = np.maximum(1.0 - rng.binomial(m, p_dis, options.draws) / (d_e * m), -1.0)
    ones = np.flatnonzero(alphas == 1.0)
    if int((o_cc > 0).sum()) == 1:
        alphas[ones] = 0.0
    else:
        with np.errstate(under="ignore"):
            expected_ones = float((np.clip(o_cc / n, 0.0, 1.0) ** pairs).sum())
        alphas[ones[: min(math.floor(options.draws * expected_ones + 0.5), len(ones))]] = 0.0
    alphas.sort()
    lo, hi = _ranks(options.level, options.draws)
    return Interval(float(alphas[lo]), float(alphas[hi]), options.level, options.draws, options.seed)


def cohen_kappa_se(table: npt.ArrayLike) -> float | None:
    """Large-sample standard error of Cohen's kappa for a C x C table of counts (rows: one
    coder, columns: the other), Fleiss, Cohen & Everitt (1969)."""
    t = np.asarray(table, dtype=np.float64)
    total = float(t.sum())
    if total <= 0:
        return None
    p = t / total
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    p_o, p_e = float(np.trace(p)), float((rows * cols).sum())
    if p_e >= 1:
        return None
    kappa = (p_o - p_e) / (1 - p_e)
    diag = np.diag(p)
    a = float((diag * (1 - (rows + cols) * (1 - kappa)) ** 2).sum())
    off = p * (cols[:, None] + rows[None, :]) ** 2
    b = (1 - kappa) ** 2 * float(off.sum() - np.trace(off))
    c = (kappa - p_e * (1 - kappa)) ** 2
    var = (a + b - c) / ((1 - p_e) ** 2 * total)
    return math.sqrt(max(var, 0.0))


def fleiss_kappa_se(subjects: float, raters: int, proportions: npt.ArrayLike) -> float | None:
    """Standard error of Fleiss' kappa under kappa = 0 (Fleiss, Nee & Landis 1979):
    ``subjects`` rated by ``raters`` each, ``proportions`` p_j of all ratings per category."""
    p = np.asarray(proportions, dtype=np.float64)
    q = 1 - p
    pq = float((p * q).sum())
    if subjects <= 0 or raters < 2 or pq <= 0:
        return None
    var = 2.0 / (pq**2 * subjects * raters * (raters - 1)) * (pq**2 - float((p * q * (q - p)).sum()))
    return math.sqrt(max(var, 0.0))


def binary_intervals(
    w: npt.NDArray[np.int64], pt: npt.NDArray[np.int64], options: CIOptions
) -> tuple[Interval | None, dict[str, float | None]]:
    """Alpha's bootstrap interval and the kappa standard errors of one binary table:
    ``w[m, k]`` units with m coders present of whom k coded, ``pt[pair, 4]`` pair tables."""
    n = w.shape[-1] - 1
    m = np.arange(n + 1, dtype=np.float64)[:, None]
    k = np.arange(n + 1, dtype=np.float64)[None, :]
    wf = w.astype(np.float64) * ((m >= 2) & (k <= m))
    mm1 = np.where(m >= 2, m - 1, 1.0)
    o11 = float((wf * k * (k - 1) / mm1).sum())
    o01 = float((wf * k * (m - k) / mm1).sum())
    o00 = float((wf * (m - k) * (m - k - 1) / mm1).sum())
    cells = int(o00 > 0) + int(o11 > 0) + 2 * int(o01 > 0)
    pairs = float((wf * m * (m - 1) / 2).sum())
    used = float((wf * k).sum()) > 0
    ci = bootstrap_alpha_nominal([o00, o11], [o00 + o01, o11 + o01], cells, n, pairs, options) if used else None
    se: dict[str, float | None] = {"cohen_kappa": None, "fleiss_kappa": None}
    if n == 2 and used:
        both, first, second, neither = (float(x) for x in pt[0])
        se["cohen_kappa"] = cohen_kappa_se([[both, first], [second, neither]])
    full = w[n].astype(np.float64)
    subjects = float(full.sum())
    if used and subjects > 0:
        yes = float((full * np.arange(n + 1)).sum()) / (subjects * n)
        se["fleiss_kappa"] = fleiss_kappa_se(subjects, n, [yes, 1 - yes])
    return ci, se

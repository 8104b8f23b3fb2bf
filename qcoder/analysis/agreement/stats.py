"""Agreement coefficients from additive counts, vectorized over any number of tables.

Binary data (a code applied or not) is summarized per table by ``w[..., m, k]``: the
number of units rated by ``m`` coders of whom ``k`` applied the code; and by pairwise 2x2
tables. Every coefficient below is a function of those counts. Undefined values are NaN
here and become ``None`` in reports; they are never replaced by 0 or 1.

Definitions (q = 2 categories):

* percent agreement: share of units rated by >= 2 coders on which all of them agree
  (for 2 coders: (both + neither) / units, NVivo's figure with characters as units).
* Cohen's kappa (2 coders only; Cohen 1960): p_e = pA*pB + (1-pA)*(1-pB).
* Fleiss' kappa (Fleiss 1971): only over units rated by *all* selected coders (it needs
  the same number of raters per unit).
* Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
  coincidences over pairable values; units with a single rater are dropped, units with
  missing raters count with their m_u values.
* Gwet's AC1 (Gwet 2008; multi-rater form with missing ratings as in Gwet 2014 and the
  irrCAC package): p_a over units with >= 2 raters, pi_k over units with >= 1 rater,
  p_e = sum_k pi_k (1 - pi_k) / (q - 1).

A table in which no coder applied the code gives None for every statistic (nothing was
coded, so there is nothing to agree about), as does a table with no pairable unit. When
every coder coded every unit, percent agreement is 1 and kappa, Fleiss and alpha are
None (p_e = 1); Gwet's AC1 is 1 there, since its p_e = 2*pi*(1-pi) is 0, not 1.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

STAT_NAMES = ("percent_agreement", "cohen_kappa", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")


def _div(num: FloatArray, den: FloatArray, ok: npt.NDArray[np.bool_]) -> FloatArray:
    out = np.full(np.broadcast(num, den).shape, np.nan)
    np.divide(num, den, out=out, where=ok & (den != 0))
    return out


def _fleiss(wf: FloatArray, n: int, ok: npt.NDArray[np.bool_]) -> FloatArray:
    """Fleiss' kappa over the units rated by all ``n`` coders."""
    wn = wf[..., n, :]
    kk = np.arange(n + 1, dtype=np.float64)
    n_full = wn.sum(axis=-1)
    yes = (wn * kk).sum(axis=-1)
    agree_i = (kk * (kk - 1) + (n - kk) * (n - kk - 1)) / (n * (n - 1))
    p_bar = _div((wn * agree_i).sum(axis=-1), n_full, ok)
    p_yes = _div(yes, n * n_full, ok)
    pe_f = p_yes**2 + (1 - p_yes) ** 2
    f_ok = ok & (n_full > 0) & (yes > 0) & (yes < n * n_full)
    return _div(p_bar - pe_f, 1 - pe_f, f_ok)


def binary_stats(w: npt.NDArray[np.int64], pt: npt.NDArray[np.int64]) -> dict[str, FloatArray]:
    """All coefficients for binary tables. ``w[..., m, k]``, ``pt[..., pair, 4]`` with the
    pair table flattened as (both, first only, second only, neither)."""
    n = w.shape[-1] - 1
    m = np.arange(n + 1, dtype=np.float64)[:, None]
    k = np.arange(n + 1, dtype=np.float64)[None, :]
    wf = w.astype(np.float64)
    valid = (m <= n) & (k <= m)
    pairable = (m >= 2) & valid
    rated = (m >= 1) & valid
    mm1 = np.where(m >= 2, m - 1, 1.0)

    units2 = (wf * pairable).sum(axis=(-2, -1))
    used = (w * ((k >= 1) & rated)).sum(axis=(-2, -1)) > 0
    ok = used & (units2 > 0)

    # percent agreement: unanimous units
    unanimous = pairable & ((k == 0) | (k == m))
    pa_pct = _div((wf * unanimous).sum(axis=(-2, -1)), units2, ok)

    # Krippendorff's alpha from the coincidence matrix of pairable values
    o11 = (wf * pairable * (k * (k - 1) / mm1)).sum(axis=(-2, -1))
    o01 = (wf * pairable * (k * (m - k) / mm1)).sum(axis=(-2, -1))
    o00 = (wf * pairable * ((m - k) * (m - k - 1) / mm1)).sum(axis=(-2, -1))
    n1, n0 = o11 + o01, o00 + o01
    nn = n0 + n1
    alpha = 1.0 - _div((nn - 1.0) * o01, n0 * n1, ok & (n0 > 0) & (n1 > 0))

    fleiss = _fleiss(wf, n, ok)

    # Gwet's AC1
    units1 = (wf * rated).sum(axis=(-2, -1))
    pi1 = _div((wf * rated * (k / np.where(m >= 1, m, 1.0))).sum(axis=(-2, -1)), units1, ok)
    pe_g = 2 * pi1 * (1 - pi1)
    agree_u = (k * (k - 1) + (m - k) * (m - k - 1)) / np.where(m >= 2, m * (m - 1), 1.0)
    pa_g = _div((wf * pairable * agree_u).sum(axis=(-2, -1)), units2, ok)
    ac1 = _div(pa_g - pe_g, 1 - pe_g, ok)

    # Cohen's kappa: two coders only
    if n == 2:
        cohen = cohen_kappa_tables(pt[..., 0, :])
        cohen = np.where(ok, cohen, np.nan)
    else:
        cohen = np.full(units2.shape, np.nan)
    return {
        "percent_agreement": pa_pct,
        "cohen_kappa": cohen,
        "fleiss_kappa": fleiss,
        "krippendorff_alpha": alpha,
        "gwet_ac1": ac1,
    }


def cohen_kappa_tables(t: npt.NDArray[np.int64]) -> FloatArray:
    """Cohen's kappa for 2x2 tables ``t[..., (both, A only, B only, neither)]``.

    NaN where there is no unit or p_e = 1 (both coders coded every unit, or none)."""
    a11, a10, a01, a00 = (t[..., i].astype(np.float64) for i in range(4))
    nn = a11 + a10 + a01 + a00
    ra, cb = a11 + a10, a11 + a01
    safe = np.where(nn > 0, nn, 1.0)
    pa, pb = ra / safe, cb / safe
    po = (a11 + a00) / safe
    pe = pa * pb + (1 - pa) * (1 - pb)  # a sum, not a product
    degenerate = ((ra == 0) & (cb == 0)) | ((ra == nn) & (cb == nn))
    return _div(po - pe, 1 - pe, (nn > 0) & ~degenerate)


def pair_stats(pt: npt.NDArray[np.int64]) -> dict[str, FloatArray]:
    """Percent agreement and Cohen's kappa for pair tables; None-worthy (NaN) where the
    pair has no unit in common or neither coder applied the code."""
    used = (pt[..., 0] + pt[..., 1] + pt[..., 2]) > 0
    nn = pt.sum(axis=-1).astype(np.float64)
    pct = _div((pt[..., 0] + pt[..., 3]).astype(np.float64), nn, used)
    kappa = np.where(used, cohen_kappa_tables(pt), np.nan)
    return {"percent_agreement": pct, "cohen_kappa": kappa}


def fleiss_kappa_counts(counts: Sequence[Sequence[float]]) -> float | None:
    """Fleiss' kappa from a subjects x categories table of rater counts (equal row sums)."""
    a = np.asarray(counts, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] == 0:
        return None
    r = a.sum(axis=1)
    if not np.all(r == r[0]) or r[0] < 2:
        raise ValueError("Fleiss' kappa needs the same number (>= 2) of raters per subject")
    nr, n_sub = float(r[0]), a.shape[0]
    p_i = ((a * (a - 1)).sum(axis=1)) / (nr * (nr - 1))
    p_j = a.sum(axis=0) / (n_sub * nr)
    pe = float((p_j**2).sum())
    if pe >= 1.0:
        return None
    return float((p_i.mean() - pe) / (1 - pe))


def alpha_nominal_from_units(units: Iterable[tuple[Mapping[Hashable, int], float]]) -> float | None:
    """Nominal Krippendorff's alpha from per-unit value counts.

    Each item is ``(counts of each value among the unit's coders, weight)``; the weight
    repeats identical units (e.g. a run of characters). Units with fewer than two values
    are not pairable and are skipped.
    """
    n_c: dict[Hashable, float] = {}
    o_same = 0.0
    for counts, weight in units:
        m = sum(counts.values())
        if m < 2:
            continue
        for v, c in counts.items():
            n_c[v] = n_c.get(v, 0.0) + weight * c
            o_same += weight * c * (c - 1) / (m - 1)
    n = sum(n_c.values())
    d_e = n * n - sum(x * x for x in n_c.values())
    if n <= 1 or d_e <= 0:
        return None
    return float(1.0 - (n - 1) * (n - o_same) / d_e)


def alpha_nominal(data: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Nominal alpha from a reliability data matrix (coders x units, None = missing)."""
    if not data:
        return None
    units: list[tuple[Mapping[Hashable, int], float]] = []
    for col in zip(*data, strict=True):
        counts: dict[Hashable, int] = {}
        for v in col:
            if v is not None:
                counts[v] = counts.get(v, 0) + 1
        units.append((counts, 1.0))
    return alpha_nominal_from_units(units)


def to_optional(x: float) -> float | None:
    return None if np.isnan(x) else float(x)

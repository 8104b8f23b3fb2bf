"""The unitizing alphas of Krippendorff, Mathet, Bouvry & Widlöcher (2016), "On the reliability
of unitizing textual continua: Further developments", *Quality & Quantity* 50: 2347–2364.

Each coder cuts a continuum (here: a document's characters) into sections: units carrying a
value c (a code of the group; combinations of codes, where a coder broke the exclusivity, are
values of their own) and the gaps between them (value 0). With m coders and l.. = m L values:

* observed coincidences l_ck = 1/(m - 1) Σ_{i≠j} Σ |g ∩ h| over the sections g of coder i
  with value c and h of coder j with value k (the character coincidences, gaps included);
* expected coincidences e_ck = l.. (l_c. l_.k - [c = k] S_c) / (l..² - S), S_c the sum of the
  squared lengths of the units with value c (a gap counts its length, not its square: a gap has
  no inner structure), S = Σ_c S_c;
* uα = 1 - (l.. - Σ l_cc) / (l.. - Σ e_cc) (all of the continuum, nominal);
* |uα: the same with every value taken as one "relevant" value against the gaps,
  1 - (l_0. - l_00) / (e_0. - e_00);
* cuα: only where units of two coders intersect: l_ck for c, k ≠ 0, margins l_c = l_c. - l_c0,
  n = Σ_c l_c, expected e_ck = (l_c l_k - [c = k] T_c / (m - 1)) / (n - T / (n (m - 1))) with
  T_c the sum over the units g with value c of coder i and every other coder j of the squared
  length of g covered by j's units; cuα = 1 - (n - Σ l_cc) / (n - Σ e_cc);
* (c)uα, per value c (ATLAS.ti's "Cu-alpha"): 1 - (e_c / l_c) (l_c - l_cc) / (e_c - e_cc) over
  the cuα coincidences.

These equations are read from the paper as the independent implementation
``lindanna/unitized_alpha`` (GitHub) implements them; the tests reproduce the figures that
implementation publishes for its example, and a literal loop-by-loop reading of the
definitions on random unitizings (tests/analysis/test_agreement_unitized2016_reference.py).
A second public implementation, ``quallmer/quallmer``'s ``reliability_alpha_u`` (R, citing
Krippendorff 2019, *Content Analysis* 4th ed., §12.6), reads T_c differently: the squared
length of g covered by the union of the other coders' units, not divided by m - 1. For two
coders the readings are the same quantity and all figures agree; for three or more only cuα
and (c)uα differ (0.320 here against 0.338 on the tests' three-coder example). The paper's own
worked examples (and ATLAS.ti's figures for them) could not be obtained here to decide
between the two; the per-coder reading is kept. Every sum is additive over documents, so several documents are pooled by
summing (a coder absent from a document contributes nothing there; the 1/(m - 1) factors use
the coders present on each document). Undefined figures are None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from qcoder.analysis.agreement.intervals import IntArray
from qcoder.analysis.agreement.nominal import group_segments
from qcoder.analysis.agreement.stats import FloatArray
from qcoder.analysis.agreement.tables import Prepared


@dataclass(frozen=True, slots=True)
class UnitizingSums:
    """Additive sums over the continua of one group of values (value 0 = gap)."""

    coinc: FloatArray  # [V, V] l_ck
    squares: FloatArray  # [V] S_c (gaps: lengths)
    covered: FloatArray  # [V] T_c / (m - 1) (value 0 unused)

    def __add__(self, other: UnitizingSums) -> UnitizingSums:
        return UnitizingSums(self.coinc + other.coinc, self.squares + other.squares, self.covered + other.covered)


@dataclass(frozen=True, slots=True)
class UnitizingAlphas:
    u_alpha: float | None
    bar_u_alpha: float | None  # |uα
    cu_alpha: float | None
    by_value: dict[int, float | None]  # (c)uα per value c != 0
    labels: tuple[tuple[str, ...], ...] = ()  # per value c != 0: the codes it stands for

    def as_dict(self, code_names: dict[str, str] | None = None) -> dict[str, object]:
        names = code_names or {}

        def label(v: int) -> str:
            codes = self.labels[v - 1] if 0 < v <= len(self.labels) else (str(v),)
            return "+".join(names.get(c, c) for c in codes)

        return {
            "u_alpha": self.u_alpha,
            "|u_alpha": self.bar_u_alpha,
            "cu_alpha": self.cu_alpha,
            "Cu_alpha": {label(v): a for v, a in self.by_value.items()},
        }


def _one_minus(num: float, den: float) -> float | None:
    return None if den <= 1e-12 else 1.0 - num / den


def unitizing_sums(seg_doc: IntArray, seg_len: IntArray, values: IntArray, n_values: int) -> UnitizingSums:
    """Sums over continua (documents) from their elementary segments, in document order and
    in order within each, a coder's value constant inside each: ``seg_doc[s]``,
    ``seg_len[s]``, ``values[s, coder]`` in 0..n_values-1 (0 = gap), -1 where the coder is
    absent (for a whole document)."""
    coinc = np.zeros(n_values * n_values)
    squares = np.zeros(n_values)
    covered = np.zeros(n_values)
    present = values >= 0
    m = present.sum(axis=1).astype(np.float64)
    share = np.where(m >= 2, seg_len / np.where(m >= 2, m - 1, 1.0), 0.0)  # length / (m - 1)
    n = values.shape[1]
    new_doc = np.concatenate(([True], seg_doc[1:] != seg_doc[:-1])) if len(seg_doc) else np.zeros(0, dtype=bool)
    for i in range(n):
        vi = values[:, i]
        for j in range(n):
            if i != j:
                both = present[:, i] & present[:, j]
                coinc += np.bincount(vi[both] * n_values + values[both, j], share[both], n_values * n_values)
        # sections of coder i: maximal runs of one value within a document
        mine = present[:, i] & (m >= 2)
        starts = (new_doc | np.concatenate(([True], vi[1:] != vi[:-1])))[mine]
        section = np.cumsum(starts) - 1
        sec_value = vi[mine][starts]
        sec_len = np.bincount(section, weights=seg_len[mine].astype(np.float64), minlength=len(sec_value))
        sec_len = sec_len.astype(np.float64)
        squares += np.bincount(sec_value, np.where(sec_value > 0, sec_len**2, sec_len), n_values)
        valued = sec_value > 0
        for j in range(n):
            if i != j:
                inside = np.bincount(section, (share * (values[:, j] > 0))[mine], len(sec_value))
                # share = length / (m - 1): the square carries (m - 1)^2, hence the factor
                per = inside * inside * (m[mine][starts] - 1)
                covered += np.bincount(sec_value[valued], per[valued], n_values)
    return UnitizingSums(coinc.reshape(n_values, n_values), squares, covered)


def unitizing_alphas(sums: UnitizingSums) -> UnitizingAlphas:
    """uα, |uα, cuα and (c)uα from pooled sums."""
    obs = sums.coinc
    n_all = float(obs.sum())
    margins = obs.sum(axis=1)
    s_total = float(sums.squares.sum())
    den = n_all * n_all - s_total
    values = range(1, len(margins))
    if n_all <= 0 or den <= 0:
        return UnitizingAlphas(None, None, None, {v: None for v in values})
    e = n_all * (np.outer(margins, margins) - np.diag(sums.squares)) / den
    u = _one_minus(n_all - float(np.trace(obs)), n_all - float(np.trace(e)))
    bar = _one_minus(float(margins[0] - obs[0, 0]), float(e[0].sum() - e[0, 0])) if len(margins) > 1 else None
    cu, by_value = _coding_within_units(sums)
    return UnitizingAlphas(u, bar, cu, by_value)


def _coding_within_units(sums: UnitizingSums) -> tuple[float | None, dict[int, float | None]]:
    obs = sums.coinc[1:, 1:]
    margins = obs.sum(axis=1)
    n = float(margins.sum())
    t = sums.covered[1:]
    values = list(range(1, len(sums.coinc)))
    if n <= 0 or len(values) < 2:
        return None, {v: None for v in values}
    den = n - float(t.sum()) / n
    if den <= 0:
        return None, {v: None for v in values}
    e = (np.outer(margins, margins) - np.diag(t)) / den
    cu = _one_minus(n - float(np.trace(obs)), n - float(np.trace(e)))
    e_c = e.sum(axis=1)
    by_value: dict[int, float | None] = {}
    for k, v in enumerate(values):
        inner = _one_minus(float(margins[k] - obs[k, k]), float(e_c[k] - e[k, k]))
        by_value[v] = None if inner is None or margins[k] <= 0 else float(1.0 - (e_c[k] / margins[k]) * (1.0 - inner))
    return cu, by_value


def group_unitizing(p: Prepared, codes: Sequence[str]) -> UnitizingAlphas:
    """The 2016 family over the codes of one group (one code: its units against the gaps),
    pooled over the documents, for the coders present on each (character units)."""
    ix = {c: i for i, c in enumerate(p.code_ids)}
    seg_doc, seg_len, masks = group_segments(p, [ix[c] for c in codes])
    present = masks >= 0
    kinds = np.unique(np.concatenate(([0], masks[present])))  # 0 (gap) first
    values = np.where(present, np.searchsorted(kinds, np.where(present, masks, 0)), -1)
    alphas = unitizing_alphas(unitizing_sums(seg_doc, seg_len, values, len(kinds)))
    labels = tuple(tuple(c for b, c in enumerate(codes) if (int(k) >> b) & 1) for k in kinds[1:].tolist())
    return UnitizingAlphas(alphas.u_alpha, alphas.bar_u_alpha, alphas.cu_alpha, alphas.by_value, labels)

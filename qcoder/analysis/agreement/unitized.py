"""Krippendorff's unitizing alpha (alpha_U) for span boundaries.

Implemented: alpha_U of Krippendorff (1995) "On the reliability of unitizing continuous
data", Sociological Methodology 25:47-76, in the form of Krippendorff (2004) Content
Analysis, 2nd ed., section 12.4: per category, over one continuum, for two or more
coders, each coder's continuum cut into units (of the category) and gaps. Several
categories combine by averaging the observed and the expected disagreements over the
categories, then alpha = 1 - D_o / D_e (as in Krippendorff 2004's worked example, which
gives 0.859 overall). Checked against the 2004 worked example (p. 254) and the 1995
examples as reproduced in DKPro Statistics' tests.

Undefined (None): fewer than two coders, an empty continuum, no unit at all, or D_e = 0.
Note that the published D_e stays positive when every coder made one unit spanning the
whole continuum, so alpha_U is 1 there (unlike the chance-corrected binary coefficients,
whose p_e = 1 makes them undefined).

In qcoder a coder's spans of a code are merged first (touching spans become one unit).
A document is one continuum; figures are given per (code, document) and per document.
No pooling across documents: the formula is defined for one continuum, and laying
documents end to end would join their edge gaps.

The 2016 family of Krippendorff, Mathet, Bouvry & Widlöcher ("On the reliability of
unitizing textual continua: Further developments", Quality & Quantity 50) — uα, |uα, cuα
and (c)uα — is in :mod:`~qcoder.analysis.agreement.unitized2016`; this 1995/2004 form is kept
and labelled ``alpha_2004``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement.inputs import Unit
from qcoder.analysis.agreement.intervals import IntArray
from qcoder.analysis.agreement.stats import FloatArray
from qcoder.analysis.agreement.tables import Prepared
from qcoder.analysis.agreement.unitized2016 import UnitizingAlphas, group_unitizing
from qcoder.core.errors import InvalidValue
from qcoder.core.text import Span

Section = tuple[int, int, bool]  # begin, length, is a unit


def _sections(units: Sequence[Span], begin: int, length: int) -> list[Section]:
    out: list[Section] = []
    pos = begin
    for s, e in sorted(units):
        if s > pos:
            out.append((pos, s - pos, False))
        out.append((s, e - s, True))
        pos = e
    if pos < begin + length:
        out.append((pos, begin + length - pos, False))
    return out


def distance(g: Section, h: Section) -> int:
    """Squared distance between two intersecting sections (Krippendorff 2004, 12.4)."""
    bg, lg, ug = g
    bh, lh, uh = h
    d = bg - bh
    if ug and uh and -lg < d < lh:
        return d * d + (bg + lg - bh - lh) ** 2
    if ug and not uh and 0 <= d <= lh - lg:
        return lg * lg
    if uh and not ug and lh - lg <= d <= 0:
        return lh * lh
    return 0


def _check(units: Sequence[Span], begin: int, length: int) -> None:
    prev = begin
    for s, e in sorted(units):
        if s < prev or e <= s or e > begin + length:
            raise ValueError("units of one coder must be non-empty, non-overlapping and inside the continuum")
        prev = e


def disagreements(units_by_coder: Sequence[Sequence[Span]], begin: int, length: int) -> tuple[float, float] | None:
    """``(D_o, D_e)`` for one category on the continuum ``[begin, begin + length)``.

    Each coder's units must not overlap (adjacent units stay separate units). None when
    there are fewer than two coders, no length, or no unit at all."""
    m = len(units_by_coder)
    for u in units_by_coder:
        _check(u, begin, length)
    all_units = [e - s for u in units_by_coder for s, e in u]
    if m < 2 or length <= 0 or not all_units:
        return None
    sections = [_sections(u, begin, length) for u in units_by_coder]
    observed = 0
    for a, b in itertools.combinations(sections, 2):
        i = j = 0
        while i < len(a) and j < len(b):
            observed += distance(a[i], b[j])
            if a[i][0] + a[i][1] <= b[j][0] + b[j][1]:
                i += 1
            else:
                j += 1
    d_o = 2.0 * observed / (m * (m - 1) * length * length)

    n_c = len(all_units)
    gaps = sorted(ln for secs in sections for _, ln, unit in secs if not unit)
    suffix = [0] * (len(gaps) + 1)
    for k in range(len(gaps) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + gaps[k]
    total = 0.0
    for ln in all_units:
        k = bisect.bisect_left(gaps, ln)  # gaps at least as long as the unit
        fits = suffix[k] - (ln - 1) * (len(gaps) - k)  # sum over those gaps of (gap - l + 1)
        total += (n_c - 1) * (2 * ln**3 - 3 * ln**2 + ln) / 3.0 + ln * ln * fits
    denominator = m * length * (m * length - 1) - sum(ln * (ln - 1) for ln in all_units)
    d_e = total * 2.0 / length / denominator if denominator > 0 else 0.0
    return d_o, d_e


def unitized_alpha(units_by_coder: Sequence[Sequence[Span]], begin: int, length: int) -> float | None:
    """alpha_U for one category; None where undefined (no unit, D_e = 0, < 2 coders)."""
    got = disagreements(units_by_coder, begin, length)
    if got is None or got[1] <= 0:
        return None
    return 1.0 - got[0] / got[1]


def unitized_alpha_categories(
    categories: Mapping[str, Sequence[Sequence[Span]]], begin: int, length: int
) -> float | None:
    """alpha_U over several categories: mean D_o over mean D_e (categories with no unit
    are left out)."""
    parts = [d for units in categories.values() if (d := disagreements(units, begin, length)) is not None]
    if not parts:
        return None
    d_e = sum(p[1] for p in parts) / len(parts)
    if d_e <= 0:
        return None
    return 1.0 - (sum(p[0] for p in parts) / len(parts)) / d_e


@dataclass(frozen=True, slots=True)
class UnitizedResult:
    by_code_document: Mapping[tuple[str, str], float | None]
    by_document: Mapping[str, float | None]  # all codes of the document together
    by_code: Mapping[str, float | None] = field(default_factory=dict)  # over its documents
    u_alpha: Mapping[str, float | None] = field(default_factory=dict)  # 2016 uα per code
    groups: tuple[UnitizingAlphas, ...] = ()  # 2016 family per exclusive group

    def to_json_dict(self, code_names: Mapping[str, str], group_labels: Sequence[str]) -> dict[str, object]:
        """``{"codes": {PATH: {"alpha_2004", "u_alpha"}}, "groups": {LABEL: {"u_alpha",
        "|u_alpha", "cu_alpha", "Cu_alpha": {code: value}}}}``."""
        return {
            "codes": {
                code_names.get(c, c): {"alpha_2004": a, "u_alpha": self.u_alpha.get(c)} for c, a in self.by_code.items()
            },
            "groups": {label: g.as_dict(dict(code_names)) for label, g in zip(group_labels, self.groups, strict=True)},
        }


def _rev_cumsum(x: FloatArray) -> FloatArray:
    out = np.zeros(len(x) + 1)
    out[:-1] = np.cumsum(x[::-1])[::-1]
    return out


def unitized_tables(p: Prepared) -> tuple[FloatArray, FloatArray, npt.NDArray[np.bool_]]:
    """Vectorized ``(D_o, D_e, has_units)`` per (document, code), shape (D, C), over the
    coders present on each document (character units; merged spans are the units)."""
    n_docs, n_codes = len(p.doc_ids), len(p.code_ids)
    n_tab = n_docs * n_codes
    length = np.repeat(p.lengths.astype(np.float64), n_codes)  # per table
    m = np.repeat(np.array([bin(int(x)).count("1") for x in p.present], dtype=np.float64), n_codes)
    big = np.int64(int(p.lengths.max(initial=0)) + 1)
    tab = p.doc * n_codes + p.code
    ok = (m >= 2) & (length > 0)
    d_o = np.zeros(n_tab)
    np.divide(2.0 * _observed(p, tab, big, n_tab), m * (m - 1) * length * length, out=d_o, where=ok)
    total, n_c = _expected_total(p, tab, big, n_tab, m, length)
    ln = (p.end - p.start).astype(np.float64)
    denominator = m * length * (m * length - 1) - np.bincount(tab, weights=ln * (ln - 1), minlength=n_tab)
    d_e = np.zeros(n_tab)
    np.divide(total * 2.0, length * denominator, out=d_e, where=ok & (denominator > 0))
    has = (n_c > 0) & ok
    shape = (n_docs, n_codes)
    return d_o.reshape(shape), d_e.reshape(shape), has.reshape(shape)


def _observed(p: Prepared, tab: IntArray, big: np.int64, n_tab: int) -> FloatArray:
    """Per table, the observed disagreement sum: overlapping unit pairs of two coders, and
    units overlapping nothing of a coder who was present."""
    st, en = p.start, p.end
    observed = np.zeros(n_tab)
    for i, j in itertools.combinations(range(len(p.coder_ids)), 2):
        a = p.coder == i
        b = p.coder == j
        ta, sa, ea = tab[a], st[a], en[a]
        tb, sb, eb = tab[b], st[b], en[b]
        lo = np.searchsorted(tb * big + eb, ta * big + sa, side="right")  # first b-unit ending after
        hi = np.searchsorted(tb * big + sb, ta * big + ea, side="left")  # b-units starting before the end
        cnt = np.maximum(hi - lo, 0)
        ia = np.repeat(np.arange(len(ta)), cnt)
        ib = np.arange(int(cnt.sum())) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(lo, cnt)
        d2 = (sa[ia] - sb[ib]).astype(np.float64) ** 2 + (ea[ia] - eb[ib]).astype(np.float64) ** 2
        observed += np.bincount(ta[ia], weights=d2, minlength=n_tab)
        both = ((p.present[p.doc[a]] >> j) & 1).astype(bool)  # j present: a-units alone lie in j's gaps
        alone_a = (cnt == 0) & both
        observed += np.bincount(ta[alone_a], weights=((ea - sa)[alone_a].astype(np.float64)) ** 2, minlength=n_tab)
        hit_b = np.zeros(len(tb), dtype=bool)
        hit_b[ib] = True
        both_b = ((p.present[p.doc[b]] >> i) & 1).astype(bool)
        alone_b = ~hit_b & both_b
        observed += np.bincount(tb[alone_b], weights=((eb - sb)[alone_b].astype(np.float64)) ** 2, minlength=n_tab)
    return observed


def _expected_total(
    p: Prepared, tab: IntArray, big: np.int64, n_tab: int, m: FloatArray, length: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """Per table, the expected-disagreement sum (units of all coders against the gaps of all
    coders) and the number of units."""
    n_codes, n = len(p.code_ids), len(p.coder_ids)
    st, en = p.start, p.end
    ln = (en - st).astype(np.float64)
    grp = tab * n + p.coder  # prepare() sorted the spans by (doc, code, coder, start)
    first = np.ones(len(grp), dtype=bool)
    first[1:] = grp[1:] != grp[:-1]
    last = np.ones(len(grp), dtype=bool)
    last[:-1] = grp[1:] != grp[:-1]
    prev_end = np.where(first, 0, np.concatenate(([0], en[:-1])))
    gap_t = np.concatenate((tab, tab[last]))
    gap_l = np.concatenate((st - prev_end, (np.repeat(p.lengths, n_codes)[tab[last]] - en[last])))
    gap_w = np.ones(len(gap_l))
    # present coders who made no unit in a table: one gap the whole document long
    idle = m - np.bincount(tab[first], minlength=n_tab)
    gap_t = np.concatenate((gap_t, np.arange(n_tab)))
    gap_l = np.concatenate((gap_l, length.astype(np.int64)))
    gap_w = np.concatenate((gap_w, idle))
    keep = (gap_l > 0) & (gap_w > 0)
    gap_t, gap_l, gap_w = gap_t[keep], gap_l[keep], gap_w[keep]
    order = np.argsort(gap_t * big + gap_l, kind="stable")
    gkey = (gap_t * big + gap_l)[order]
    w_rev = _rev_cumsum(gap_w[order])
    g_rev = _rev_cumsum((gap_w * gap_l)[order].astype(np.float64))
    lo = np.searchsorted(gkey, tab * big + (en - st), side="left")  # gaps >= the unit length
    hi = np.searchsorted(gkey, (tab + 1) * big, side="left")
    fits = (g_rev[lo] - g_rev[hi]) - (ln - 1) * (w_rev[lo] - w_rev[hi])
    n_c = np.bincount(tab, minlength=n_tab).astype(np.float64)
    per_unit = (n_c[tab] - 1) * (2 * ln**3 - 3 * ln**2 + ln) / 3.0 + ln * ln * fits
    return np.bincount(tab, weights=per_unit, minlength=n_tab).astype(np.float64), n_c


def unitized_report(p: Prepared, exclusive_groups: Sequence[Sequence[str]] = ()) -> UnitizedResult:
    """alpha_U per (code, document), per document (mean D_o over mean D_e across the codes
    with a unit) and per code (the same across its documents) for the coders assigned each
    document; and the 2016 family (:mod:`~qcoder.analysis.agreement.unitized2016`): uα per
    code, and uα, |uα, cuα and (c)uα per group of exclusive codes."""
    if p.unit != Unit.CHARACTER:
        raise InvalidValue("unitizing alpha is defined on the character continuum")
    d_o, d_e, has = unitized_tables(p)
    alpha = np.full(d_o.shape, np.nan)
    np.divide(d_o, d_e, out=alpha, where=has & (d_e > 0))
    alpha = 1.0 - alpha
    by_cd: dict[tuple[str, str], float | None] = {}
    for di, d in enumerate(p.doc_ids):
        row = alpha[di].tolist()
        for ci, c in enumerate(p.code_ids):
            by_cd[(c, d)] = None if row[ci] != row[ci] else row[ci]
    by_d = dict(zip(p.doc_ids, _combined(d_o, d_e, has, axis=1), strict=True))
    by_c = dict(zip(p.code_ids, _combined(d_o, d_e, has, axis=0), strict=True))
    u_alpha = {c: group_unitizing(p, [c]).u_alpha for c in p.code_ids}
    groups = tuple(group_unitizing(p, g) for g in exclusive_groups)
    return UnitizedResult(by_cd, by_d, by_c, u_alpha, groups)


def _combined(d_o: FloatArray, d_e: FloatArray, has: npt.NDArray[np.bool_], axis: int) -> list[float | None]:
    """1 - mean D_o / mean D_e over the tables with units along ``axis`` (the codes of a
    document, or the documents of a code), as Krippendorff (2004) combines categories."""
    cnt = has.sum(axis=axis)
    mean_o = np.where(cnt > 0, (d_o * has).sum(axis=axis) / np.maximum(cnt, 1), np.nan)
    mean_e = np.where(cnt > 0, (d_e * has).sum(axis=axis) / np.maximum(cnt, 1), np.nan)
    ok = (cnt > 0) & (mean_e > 0)
    return [
        float(1.0 - o / e) if k else None for o, e, k in zip(mean_o.tolist(), mean_e.tolist(), ok.tolist(), strict=True)
    ]

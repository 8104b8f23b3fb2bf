"""Nominal Krippendorff's alpha over a group of mutually exclusive codes.

Each unit's value for a coder is the code of the group that coder applied to it. A unit the
coder left without any code of the group is *missing* for that coder by default (it is not
a judgement about the group), or the category ``"none"`` with ``none_category=True``; Gwet's
q counts the declared codes, plus one for ``"none"`` only then. Should a coder apply two
codes of the group to the same unit (breaking the exclusivity), the value is the
combination ("A+B"), a category of its own (counted in q too); such units are counted in
``multi_coded_units`` so the caller can warn. Units of a document a coder was not assigned
are missing for that coder either way.

With two coders, Cohen's kappa over the categories and the confusion matrix (first coder's
category by row, second coder's by column, over units both coded) are added.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement.confidence import (
    CIOptions,
    Interval,
    bootstrap_alpha_nominal,
    cohen_kappa_se,
    fleiss_kappa_se,
)
from qcoder.analysis.agreement.inputs import Pooling
from qcoder.analysis.agreement.intervals import IntArray
from qcoder.analysis.agreement.stats import FloatArray
from qcoder.analysis.agreement.tables import Prepared
from qcoder.core.errors import InvalidValue

NONE_VALUE = "none"


@dataclass(frozen=True, slots=True)
class NominalStats:
    krippendorff_alpha: float | None
    percent_agreement: float | None  # share of pairable units where all coders agree
    gwet_ac1: float | None  # q = the group's codes + "none" (+ any combination observed)
    fleiss_kappa: float | None  # over units rated by every coder only
    units: int  # units with >= 2 coders present
    cohen_kappa: float | None = None  # two coders only, over units both coded
    ci: Mapping[str, Interval] = field(default_factory=dict)
    se: Mapping[str, float | None] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "krippendorff_alpha": self.krippendorff_alpha,
            "percent_agreement": self.percent_agreement,
            "gwet_ac1": self.gwet_ac1,
            "fleiss_kappa": self.fleiss_kappa,
            "cohen_kappa": self.cohen_kappa,
            "units": self.units,
        }
        if self.ci or self.se:
            out["ci"] = {name: iv.as_dict() for name, iv in self.ci.items()}
            out["se"] = dict(self.se)
        return out


@dataclass(frozen=True, slots=True)
class NominalResult:
    codes: tuple[str, ...]
    pooling: Pooling
    overall: NominalStats
    multi_coded_units: int  # units where a coder applied several codes of the group
    values: Mapping[str, int]  # pairable values per category (code id, "none", "A+B")
    documents: Mapping[str, NominalStats] = field(default_factory=dict)
    groups: Mapping[str, NominalStats] = field(default_factory=dict)
    none_category: bool = False  # a unit without any code of the group: "none", not missing
    # two coders: (category labels, counts[first coder's category][second coder's category])
    confusion: tuple[tuple[str, ...], tuple[tuple[int, ...], ...]] | None = None

    @property
    def alpha(self) -> float | None:
        return self.overall.krippendorff_alpha

    def to_json_dict(self, code_names: Mapping[str, str]) -> dict[str, object]:
        def label(v: str) -> str:
            return "+".join(code_names.get(x, x) for x in v.split("+"))

        out: dict[str, object] = {
            "codes": [code_names.get(c, c) for c in self.codes],
            "pooling": self.pooling.value,
            "none": "category" if self.none_category else "missing",
            "stats": self.overall.as_dict(),
            "multi_coded_units": self.multi_coded_units,
            "values": {label(k): v for k, v in self.values.items()},
            "groups": [{"group": g, "stats": st.as_dict()} for g, st in self.groups.items()],
        }
        if self.confusion is not None:
            labels, counts = self.confusion
            out["confusion"] = {"categories": [label(x) for x in labels], "counts": [list(r) for r in counts]}
        return out


@dataclass(frozen=True, slots=True)
class _Sums:
    """Additive per-document sums from which every nominal coefficient follows.

    Leading axis: documents (or none once summed). ``[..., C]`` arrays are per category.
    """

    n_c: FloatArray  # [..., C] pairable values per category
    o_same: FloatArray  # diagonal mass of the coincidence matrix
    units: FloatArray  # units with >= 2 values
    agree: FloatArray  # of those, unanimous
    pa_sum: FloatArray  # Gwet: per-unit pairwise agreement, summed (units with >= 2 values)
    pi_num: FloatArray  # [..., C] Gwet: r_ik / r_i summed over units with >= 1 value
    units1: FloatArray
    f_units: FloatArray  # Fleiss: units rated by every coder
    f_pa: FloatArray
    f_counts: FloatArray  # [..., C]
    coinc: FloatArray  # [..., C, C] the coincidence matrix
    pairs: FloatArray  # pairs of values within units: sum of m (m - 1) / 2
    cross: FloatArray  # [..., C, C] first coder's category x second coder's, both present

    def total(self, idx: npt.NDArray[np.int64] | slice) -> _Sums:
        return _Sums(*(np.asarray(getattr(self, f))[idx].sum(axis=0) for f in _Sums.__slots__))

    def stats(self, q: int, n_coders: int, ci: CIOptions | None = None) -> NominalStats:
        n_c = np.asarray(self.n_c, dtype=np.float64)
        n = float(n_c.sum())
        d_e = n * n - float((n_c * n_c).sum())
        alpha = None if n <= 1 or d_e <= 0 else 1.0 - (n - 1) * (n - float(self.o_same)) / d_e
        units, units1, f_units = float(self.units), float(self.units1), float(self.f_units)
        ac1 = None
        if units and units1 and q >= 2:
            pi = np.asarray(self.pi_num) / units1
            pe = float((pi * (1 - pi)).sum()) / (q - 1)
            ac1 = (float(self.pa_sum) / units - pe) / (1 - pe) if pe < 1 else None
        fleiss = None
        if f_units:
            pe_f = float(((np.asarray(self.f_counts) / (f_units * n_coders)) ** 2).sum())
            if pe_f < 1:
                fleiss = (float(self.f_pa) / f_units - pe_f) / (1 - pe_f)
        pct = float(self.agree) / units if units else None
        cohen = _cohen(np.asarray(self.cross)) if n_coders == 2 else None
        out = NominalStats(alpha, pct, ac1, fleiss, int(round(units)), cohen)
        return out if ci is None else self._intervals(out, n_coders, ci)

    def _intervals(self, st: NominalStats, n_coders: int, ci: CIOptions) -> NominalStats:
        coinc = np.asarray(self.coinc)
        interval = None
        if st.krippendorff_alpha is not None:
            cells = int((coinc > 1e-9).sum())
            interval = bootstrap_alpha_nominal(
                np.diag(coinc), np.asarray(self.n_c), cells, n_coders, float(self.pairs), ci
            )
        f_units = float(self.f_units)
        se = {
            "cohen_kappa": cohen_kappa_se(self.cross) if st.cohen_kappa is not None else None,
            "fleiss_kappa": fleiss_kappa_se(f_units, n_coders, np.asarray(self.f_counts) / (f_units * n_coders))
            if st.fleiss_kappa is not None
            else None,
        }
        return replace(st, ci={"krippendorff_alpha": interval} if interval else {}, se=se)


def _cohen(cross: FloatArray) -> float | None:
    """Cohen's kappa over categories from a two-coder confusion matrix."""
    total = float(cross.sum())
    if total <= 0:
        return None
    p = cross / total
    p_o, p_e = float(np.trace(p)), float((p.sum(axis=1) * p.sum(axis=0)).sum())
    return None if p_e >= 1 else (p_o - p_e) / (1 - p_e)


def _sums(doc: IntArray, values: IntArray, weight: FloatArray, n_docs: int) -> tuple[_Sums, IntArray]:
    """Sums per document from runs of units: ``values[run, coder]`` (-1 = missing) and
    the number of units in each run. Returns the sums and the category values."""
    valid = values >= 0
    m = valid.sum(axis=1)
    cats = np.unique(values[valid])
    n_cat = len(cats)
    size = max(n_cat, 1)
    cat = np.searchsorted(cats, np.where(valid, values, cats[0] if n_cat else 0))
    n = values.shape[1]
    same = np.zeros(len(values), dtype=np.float64)  # ordered pairs of coders with equal values
    for i in range(n):
        for j in range(i + 1, n):
            same += 2.0 * (valid[:, i] & valid[:, j] & (values[:, i] == values[:, j]))
    two = m >= 2
    mf = m.astype(np.float64)
    w2 = weight * two
    full = weight * (m == n)

    def per_doc(x: FloatArray) -> FloatArray:
        return np.bincount(doc, weights=x, minlength=n_docs).astype(np.float64)

    def per_doc_cat(x: FloatArray) -> FloatArray:
        out = np.zeros(n_docs * size)
        for r in range(n):
            sel = valid[:, r]
            out += np.bincount(doc[sel] * n_cat + cat[sel, r], weights=x[sel], minlength=n_docs * size)
        return out.reshape(n_docs, size)[:, :n_cat]

    def per_doc_pair(x: FloatArray, i: int, j: int) -> FloatArray:
        sel = valid[:, i] & valid[:, j]
        index = (doc[sel] * size + cat[sel, i]) * size + cat[sel, j]
        out = np.bincount(index, weights=x[sel], minlength=n_docs * size * size).astype(np.float64)
        return out.reshape(n_docs, size, size)[:, :n_cat, :n_cat]

    safe_m1 = np.where(two, mf - 1, 1.0)
    safe_mm = np.where(two, mf * (mf - 1), 1.0)
    coinc = np.zeros((n_docs, n_cat, n_cat))
    for i in range(n):
        for j in range(n):
            if i != j:
                coinc += per_doc_pair(w2 / safe_m1, i, j)
    sums = _Sums(
        n_c=per_doc_cat(w2),
        o_same=per_doc(w2 * same / safe_m1),
        units=per_doc(w2),
        agree=per_doc(w2 * (same == mf * (mf - 1))),
        pa_sum=per_doc(w2 * same / safe_mm),
        pi_num=per_doc_cat(weight * (m >= 1) / np.where(m >= 1, mf, 1.0)),
        units1=per_doc(weight * (m >= 1)),
        f_units=per_doc(full),
        f_pa=per_doc(full * same / safe_mm),
        f_counts=per_doc_cat(full),
        coinc=coinc,
        pairs=per_doc(w2 * mf * (mf - 1) / 2),
        cross=per_doc_pair(weight, 0, 1) if n >= 2 else np.zeros((n_docs, n_cat, n_cat)),
    )
    return sums, cats


def group_segments(p: Prepared, group: Sequence[int]) -> tuple[IntArray, IntArray, IntArray]:
    """Per document, runs where every coder's set of group codes is constant:
    ``(doc, length, values[run, coder])`` with values as bitmasks over the group and -1
    for an absent coder."""
    n = len(p.coder_ids)
    n_docs = len(p.doc_ids)
    big = np.int64(int(p.lengths.max(initial=0)) + 1)
    bit_of = np.full(max(len(p.code_ids), 1), -1, dtype=np.int64)
    bit_of[np.asarray(group, dtype=np.int64)] = np.arange(len(group))
    sel = bit_of[p.code] >= 0 if len(p.code) else np.zeros(0, dtype=bool)
    doc, coder, start, end = p.doc[sel], p.coder[sel], p.start[sel], p.end[sel]
    bits = np.left_shift(np.int64(1), bit_of[p.code[sel]])
    docs = np.arange(n_docs, dtype=np.int64)
    keys = np.unique(np.concatenate((doc * big + start, doc * big + end, docs * big, docs * big + p.lengths)))
    kdoc = keys // big
    same = kdoc[1:] == kdoc[:-1]
    seg_key = keys[:-1][same]
    seg_len = np.diff(keys)[same]
    seg_doc = kdoc[:-1][same]
    values = np.zeros((len(seg_key), n), dtype=np.int64)
    for r in range(n):
        mine = coder == r
        ev_key = np.concatenate(((doc * big + start)[mine], (doc * big + end)[mine]))
        ev_delta = np.concatenate((bits[mine], -bits[mine]))
        order = np.argsort(ev_key, kind="stable")
        ev_key, cum = ev_key[order], np.cumsum(ev_delta[order])
        idx = np.searchsorted(ev_key, seg_key, side="right") - 1
        ok = idx >= 0
        v = np.zeros(len(seg_key), dtype=np.int64)
        v[ok] = np.where(ev_key[idx[ok]] // big == seg_doc[ok], cum[idx[ok]], 0)
        absent = ((p.present[seg_doc] >> r) & 1) == 0
        v[absent] = -1
        values[:, r] = v
    return seg_doc, seg_len, values


def _check_group(p: Prepared, codes: Sequence[str]) -> tuple[str, ...]:
    missing = [c for c in codes if c not in p.code_ids]
    if missing:
        raise InvalidValue(f"codes not among the compared codes: {', '.join(missing)}")
    if len(codes) < 1 or len(set(codes)) != len(codes) or len(codes) > 62:
        raise InvalidValue("a nominal group needs 1 to 62 distinct codes")
    return tuple(codes)


def _mean_stats(parts: Sequence[NominalStats]) -> NominalStats:
    """The unweighted mean of each coefficient over documents (the averaged pooling)."""

    def mean(name: str) -> float | None:
        xs = [x for st in parts if (x := getattr(st, name)) is not None]
        return float(np.mean(xs)) if xs else None

    return NominalStats(
        mean("krippendorff_alpha"),
        mean("percent_agreement"),
        mean("gwet_ac1"),
        mean("fleiss_kappa"),
        sum(st.units for st in parts),
        mean("cohen_kappa"),
    )


def _group_documents(doc_ids: Sequence[str], groups: Mapping[str, str]) -> dict[str, list[int]]:
    """Document indices by group (e.g. site), groups sorted by name."""
    by: dict[str, list[int]] = {}
    for d, doc_id in enumerate(doc_ids):
        if doc_id in groups:
            by.setdefault(groups[doc_id], []).append(d)
    return dict(sorted(by.items()))


def nominal_alpha(
    p: Prepared,
    codes: Sequence[str],
    *,
    pooling: Pooling = Pooling.POOLED,
    groups: Mapping[str, str] | None = None,
    none_category: bool = False,
    ci: CIOptions | None = None,
) -> NominalResult:
    """Nominal alpha over the mutually exclusive ``codes`` (unit as prepared); ``ci`` adds
    alpha's bootstrap interval and the kappa standard errors to the pooled figures."""
    gcodes = _check_group(p, codes)
    ix = {c: i for i, c in enumerate(p.code_ids)}
    n_coders = len(p.coder_ids)
    n_docs = len(p.doc_ids)
    seg_doc, seg_len, values = group_segments(p, [ix[c] for c in gcodes])
    if not none_category:
        values[values == 0] = -1  # no code of the group: missing for that coder
    rows, inverse = np.unique(np.column_stack((seg_doc, values)), axis=0, return_inverse=True)
    weight = np.bincount(inverse.ravel(), weights=seg_len, minlength=len(rows))
    vals = rows[:, 1:]
    sums, cats = _sums(rows[:, 0], vals, weight.astype(np.float64), n_docs)
    present = vals >= 0
    multi_unit = ((vals & (vals - 1)) != 0) & present
    multi = int(round(float((weight * (multi_unit.any(axis=1) & (present.sum(axis=1) >= 2))).sum())))
    # categories: each code of the group, "none" if it is one, and any combination observed
    q = len(gcodes) + int(none_category) + int(sum(1 for v in cats.tolist() if v & (v - 1)))
    doc_stats = {p.doc_ids[d]: sums.total(np.array([d])).stats(q, n_coders) for d in range(n_docs)}

    def combine(doc_idx: Sequence[int]) -> NominalStats:
        idx = np.asarray(doc_idx, dtype=np.int64)
        if pooling == Pooling.POOLED:
            return sums.total(idx).stats(q, n_coders, ci)
        return _mean_stats([doc_stats[p.doc_ids[d]] for d in doc_idx if doc_stats[p.doc_ids[d]].units > 0])

    group_stats = {g: combine(ds) for g, ds in _group_documents(p.doc_ids, groups or {}).items()}

    def label(mask: int) -> str:
        if mask == 0:
            return NONE_VALUE
        return "+".join(gcodes[b] for b in range(len(gcodes)) if (mask >> b) & 1)

    everything = sums.total(slice(None))
    totals = everything.n_c
    labels = tuple(label(int(v)) for v in cats.tolist())
    cross = np.rint(np.asarray(everything.cross)).astype(np.int64).tolist()
    return NominalResult(
        codes=gcodes,
        pooling=pooling,
        overall=combine(range(n_docs)),
        multi_coded_units=multi,
        values={label(int(v)): int(round(float(c))) for v, c in zip(cats.tolist(), totals.tolist(), strict=True)},
        documents=doc_stats,
        groups=group_stats,
        none_category=none_category,
        confusion=(labels, tuple(tuple(r) for r in cross)) if n_coders == 2 else None,
    )


def nominal_stats(
    data: Sequence[Sequence[Hashable | None]],
    categories: Sequence[Hashable] | None = None,
    ci: CIOptions | None = None,
) -> NominalStats:
    """Nominal coefficients from a reliability data matrix (coders x units, None =
    missing), by the same code as :func:`nominal_alpha`. ``categories`` fixes the scale
    for Gwet's q (default: the values observed)."""
    n_coders = len(data)
    ids: dict[Hashable, int] = {c: i for i, c in enumerate(categories or ())}
    cols = list(zip(*data, strict=True))
    values = np.array(
        [[-1 if v is None else ids.setdefault(v, len(ids)) for v in col] for col in cols], dtype=np.int64
    ).reshape(len(cols), n_coders)
    sums, _ = _sums(np.zeros(len(cols), dtype=np.int64), values, np.ones(len(cols)), 1)
    return sums.total(slice(None)).stats(len(ids), n_coders, ci)

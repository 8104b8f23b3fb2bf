"""Nominal Krippendorff's alpha over a group of mutually exclusive codes.

Each unit's value for a coder is the code of the group that coder applied to it, or
``"none"``. Should a coder apply two codes of the group to the same unit (breaking the
exclusivity), the value is the combination ("A+B"), a category of its own; such units
are counted in ``multi_coded_units`` so the caller can warn.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from qcoder.analysis.agreement.inputs import Pooling
from qcoder.analysis.agreement.intervals import IntArray
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

    def as_dict(self) -> dict[str, object]:
        return {
            "krippendorff_alpha": self.krippendorff_alpha,
            "percent_agreement": self.percent_agreement,
            "gwet_ac1": self.gwet_ac1,
            "fleiss_kappa": self.fleiss_kappa,
            "units": self.units,
        }


@dataclass(frozen=True, slots=True)
class NominalResult:
    codes: tuple[str, ...]
    pooling: Pooling
    overall: NominalStats
    multi_coded_units: int  # units where a coder applied several codes of the group
    values: Mapping[str, int]  # pairable values per category (code id, "none", "A+B")
    documents: Mapping[str, NominalStats] = field(default_factory=dict)
    groups: Mapping[str, NominalStats] = field(default_factory=dict)

    @property
    def alpha(self) -> float | None:
        return self.overall.krippendorff_alpha

    def to_json_dict(self, code_names: Mapping[str, str]) -> dict[str, object]:
        def label(v: str) -> str:
            return "+".join(code_names.get(x, x) for x in v.split("+"))

        return {
            "codes": [code_names.get(c, c) for c in self.codes],
            "pooling": self.pooling.value,
            "stats": self.overall.as_dict(),
            "multi_coded_units": self.multi_coded_units,
            "values": {label(k): v for k, v in self.values.items()},
            "groups": [{"group": g, "stats": st.as_dict()} for g, st in self.groups.items()],
        }


class _Acc:
    """Additive per-category sums from which every nominal coefficient follows."""

    __slots__ = ("n_c", "o_same", "units", "agree", "pa_sum", "pi_num", "units1", "f_units", "f_pa", "f_counts")

    def __init__(self) -> None:
        self.n_c: dict[int, float] = {}  # pairable values per category
        self.o_same = 0.0  # diagonal of the coincidence matrix
        self.units = 0  # units with >= 2 values
        self.agree = 0  # of those, unanimous
        self.pa_sum = 0.0  # Gwet: sum of per-unit pairwise agreement (units with >= 2 values)
        self.pi_num: dict[int, float] = {}  # Gwet: sum of r_ik / r_i over units with >= 1 value
        self.units1 = 0
        self.f_units = 0  # Fleiss: units rated by all coders
        self.f_pa = 0.0
        self.f_counts: dict[int, float] = {}

    def add(self, other: _Acc) -> None:
        for mine, theirs in ((self.n_c, other.n_c), (self.pi_num, other.pi_num), (self.f_counts, other.f_counts)):
            for v, c in theirs.items():
                mine[v] = mine.get(v, 0.0) + c
        self.o_same += other.o_same
        self.units += other.units
        self.agree += other.agree
        self.pa_sum += other.pa_sum
        self.units1 += other.units1
        self.f_units += other.f_units
        self.f_pa += other.f_pa

    def unit(self, counts: Mapping[int, int], weight: int, all_coders: int) -> None:
        m = sum(counts.values())
        if m == 0 or weight == 0:
            return
        self.units1 += weight
        for v, c in counts.items():
            self.pi_num[v] = self.pi_num.get(v, 0.0) + weight * c / m
        if m < 2:
            return
        same = sum(c * (c - 1) for c in counts.values())
        for v, c in counts.items():
            self.n_c[v] = self.n_c.get(v, 0.0) + weight * c
        self.o_same += weight * same / (m - 1)
        self.units += weight
        self.agree += weight if len(counts) == 1 else 0
        self.pa_sum += weight * same / (m * (m - 1))
        if m == all_coders:
            self.f_units += weight
            self.f_pa += weight * same / (m * (m - 1))
            for v, c in counts.items():
                self.f_counts[v] = self.f_counts.get(v, 0.0) + weight * c

    def stats(self, q: int, n_coders: int) -> NominalStats:
        n = sum(self.n_c.values())
        d_e = n * n - sum(x * x for x in self.n_c.values())
        alpha = None if n <= 1 or d_e <= 0 else float(1.0 - (n - 1) * (n - self.o_same) / d_e)
        ac1 = None
        if self.units and self.units1 and q >= 2:
            pe = sum((x / self.units1) * (1 - x / self.units1) for x in self.pi_num.values()) / (q - 1)
            ac1 = float((self.pa_sum / self.units - pe) / (1 - pe)) if pe < 1 else None
        fleiss = None
        if self.f_units:
            pe_f = sum((x / (self.f_units * n_coders)) ** 2 for x in self.f_counts.values())
            if pe_f < 1:
                fleiss = float((self.f_pa / self.f_units - pe_f) / (1 - pe_f))
        return NominalStats(alpha, (self.agree / self.units) if self.units else None, ac1, fleiss, self.units)


def _segments(p: Prepared, group: Sequence[int]) -> tuple[IntArray, IntArray, IntArray]:
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


def nominal_alpha(
    p: Prepared,
    codes: Sequence[str],
    *,
    pooling: Pooling = Pooling.POOLED,
    groups: Mapping[str, str] | None = None,
) -> NominalResult:
    """Nominal alpha over the mutually exclusive ``codes`` (unit as prepared)."""
    ix = {c: i for i, c in enumerate(p.code_ids)}
    missing = [c for c in codes if c not in ix]
    if missing:
        raise InvalidValue(f"codes not among the compared codes: {', '.join(missing)}")
    if len(codes) < 1 or len(set(codes)) != len(codes) or len(codes) > 62:
        raise InvalidValue("a nominal group needs 1 to 62 distinct codes")
    gcodes = tuple(codes)
    n_coders = len(p.coder_ids)
    seg_doc, seg_len, values = _segments(p, [ix[c] for c in gcodes])
    rows, inverse = np.unique(np.column_stack((seg_doc, values)), axis=0, return_inverse=True)
    weight = np.bincount(inverse.ravel(), weights=seg_len, minlength=len(rows))
    per_doc: dict[int, _Acc] = {}
    multi = 0
    observed: set[int] = set()
    for row, wt in zip(rows.tolist(), np.rint(weight).astype(np.int64).tolist(), strict=True):
        vals = [v for v in row[1:] if v >= 0]
        if not vals or wt == 0:
            continue
        if len(vals) >= 2 and any(v & (v - 1) for v in vals):
            multi += wt
        counts: dict[int, int] = {}
        for v in vals:
            counts[v] = counts.get(v, 0) + 1
        observed.update(counts)
        per_doc.setdefault(row[0], _Acc()).unit(counts, wt, n_coders)
    # categories: each code of the group, "none", and any combination actually observed
    q = len(gcodes) + 1 + sum(1 for v in observed if v & (v - 1))

    def combine(doc_idx: Sequence[int]) -> NominalStats:
        if pooling == Pooling.POOLED:
            acc = _Acc()
            for d in doc_idx:
                if d in per_doc:
                    acc.add(per_doc[d])
            return acc.stats(q, n_coders)
        parts = [per_doc[d].stats(q, n_coders) for d in doc_idx if d in per_doc]

        def mean(name: str) -> float | None:
            xs = [x for st in parts if (x := getattr(st, name)) is not None]
            return float(np.mean(xs)) if xs else None

        return NominalStats(
            mean("krippendorff_alpha"),
            mean("percent_agreement"),
            mean("gwet_ac1"),
            mean("fleiss_kappa"),
            sum(st.units for st in parts),
        )

    empty = _Acc().stats(q, n_coders)
    doc_stats = {
        p.doc_ids[d]: (per_doc[d].stats(q, n_coders) if d in per_doc else empty) for d in range(len(p.doc_ids))
    }
    group_stats: dict[str, NominalStats] = {}
    if groups:
        by: dict[str, list[int]] = {}
        for d, doc_id in enumerate(p.doc_ids):
            if doc_id in groups:
                by.setdefault(groups[doc_id], []).append(d)
        group_stats = {g: combine(ds) for g, ds in sorted(by.items())}
    total = _Acc()
    for acc in per_doc.values():
        total.add(acc)

    def label(mask: int) -> str:
        if mask == 0:
            return NONE_VALUE
        return "+".join(gcodes[b] for b in range(len(gcodes)) if (mask >> b) & 1)

    return NominalResult(
        codes=gcodes,
        pooling=pooling,
        overall=combine(range(len(p.doc_ids))),
        multi_coded_units=multi,
        values={label(v): int(round(c)) for v, c in sorted(total.n_c.items())},
        documents=doc_stats,
        groups=group_stats,
    )


def nominal_stats(
    data: Sequence[Sequence[Hashable | None]], categories: Sequence[Hashable] | None = None
) -> NominalStats:
    """Nominal coefficients from a reliability data matrix (coders x units, None =
    missing), by the same code as :func:`nominal_alpha`. ``categories`` fixes the scale
    for Gwet's q (default: the values observed)."""
    n_coders = len(data)
    ids: dict[Hashable, int] = {c: i for i, c in enumerate(categories or ())}
    acc = _Acc()
    for col in zip(*data, strict=True):
        counts: dict[int, int] = {}
        for v in col:
            if v is not None:
                k = ids.setdefault(v, len(ids))
                counts[k] = counts.get(k, 0) + 1
        acc.unit(counts, 1, n_coders)
    return acc.stats(len(ids), n_coders)

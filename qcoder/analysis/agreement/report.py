"""Agreement report: every breakdown (code x document, code, document, attribute group,
overall, coder pairs), pooled or averaged, as plain data ready for JSON/CSV export.

"pooled": contingency counts are summed over the tables in scope, then each statistic is
computed once. "averaged": each statistic is computed per (code, document) table and the
defined values are averaged; undefined tables are excluded and counted per statistic in
``Stats.undefined``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement.confidence import CIOptions, Interval, binary_intervals
from qcoder.analysis.agreement.inputs import AgreementData, Pooling, Unit
from qcoder.analysis.agreement.nominal import NominalResult, nominal_alpha
from qcoder.analysis.agreement.stats import STAT_NAMES, FloatArray, binary_stats, pair_stats
from qcoder.analysis.agreement.tables import Prepared, binary_counts, pairs, prepare
from qcoder.analysis.agreement.unitized import UnitizedResult, unitized_report
from qcoder.core.errors import InvalidValue

PAIR_STAT_NAMES = ("percent_agreement", "cohen_kappa")


@dataclass(frozen=True, slots=True)
class Stats:
    percent_agreement: float | None
    cohen_kappa: float | None
    fleiss_kappa: float | None
    krippendorff_alpha: float | None
    gwet_ac1: float | None
    units: int  # units rated by >= 2 of the coders (summed over the tables in scope)
    units_all_coders: int  # units rated by every coder: what Fleiss' kappa uses
    tables: int = 1  # (code, document) tables in scope
    undefined: Mapping[str, int] = field(default_factory=dict)  # averaged: tables excluded
    ci: Mapping[str, Interval] = field(default_factory=dict)  # --ci: bootstrapped alpha
    se: Mapping[str, float | None] = field(default_factory=dict)  # --ci: kappa standard errors

    def value(self, name: str) -> float | None:
        v: float | None = getattr(self, name)
        return v

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {name: self.value(name) for name in STAT_NAMES}
        out["units"] = self.units
        out["units_all_coders"] = self.units_all_coders
        if self.undefined:
            out["tables"] = self.tables
            out["undefined_tables"] = dict(self.undefined)
        if self.ci or self.se:
            out["ci"] = {name: iv.as_dict() for name, iv in self.ci.items()}
            out["se"] = dict(self.se)
        return out


@dataclass(frozen=True, slots=True)
class PairStats:
    coder_a: str
    coder_b: str
    percent_agreement: float | None
    cohen_kappa: float | None
    units: int

    def as_dict(self, coder_names: Mapping[str, str]) -> dict[str, object]:
        return {
            "coders": [coder_names.get(self.coder_a, self.coder_a), coder_names.get(self.coder_b, self.coder_b)],
            "percent_agreement": self.percent_agreement,
            "cohen_kappa": self.cohen_kappa,
            "units": self.units,
        }


@dataclass(frozen=True, slots=True)
class AgreementReport:
    unit: Unit
    pooling: Pooling
    coders: tuple[str, ...]
    codes: tuple[str, ...]
    documents: tuple[str, ...]
    overall: Stats
    by_code: Mapping[str, Stats]
    by_code_document: Mapping[tuple[str, str], Stats]
    by_document: Mapping[str, Stats]
    by_group: Mapping[str, Stats]
    by_group_code: Mapping[tuple[str, str], Stats]
    pairwise: tuple[PairStats, ...]
    pairwise_by_code: Mapping[str, tuple[PairStats, ...]]
    nominal: tuple[NominalResult, ...] = ()
    unitized: UnitizedResult | None = None

    def to_json_dict(
        self,
        code_names: Mapping[str, str],
        doc_names: Mapping[str, str],
        coder_names: Mapping[str, str] | None = None,
    ) -> dict[str, object]:
        """``{"unit", "coders", "pooling", "overall", "codes": [{"code", "stats",
        "documents": [{"document", "stats"}], "pairwise"?}], "documents", "groups",
        "pairwise", "nominal"}``; statistics are null where undefined."""
        cn = coder_names or {}
        multi = len(self.coders) > 2
        codes: list[dict[str, object]] = []
        for c in self.codes:
            entry: dict[str, object] = {
                "code": code_names.get(c, c),
                "stats": self.by_code[c].as_dict(),
                "documents": [{"document": doc_names.get(d, d), "stats": self._cell(c, d)} for d in self.documents],
            }
            if multi:
                entry["pairwise"] = [p.as_dict(cn) for p in self.pairwise_by_code[c]]
            codes.append(entry)
        return {
            "unit": self.unit.value,
            "coders": [cn.get(c, c) for c in self.coders],
            "pooling": self.pooling.value,
            "overall": self.overall.as_dict(),
            "codes": codes,
            "documents": [{"document": doc_names.get(d, d), "stats": self._doc(d)} for d in self.documents],
            "groups": [
                {
                    "group": g,
                    "stats": s.as_dict(),
                    "codes": [
                        {"code": code_names.get(c, c), "stats": self.by_group_code[(g, c)].as_dict()}
                        for c in self.codes
                    ],
                }
                for g, s in self.by_group.items()
            ],
            "pairwise": [p.as_dict(cn) for p in self.pairwise],
            "nominal": [r.to_json_dict(code_names) for r in self.nominal],
        } | self._unitized_json(code_names)

    def _unitized_json(self, code_names: Mapping[str, str]) -> dict[str, object]:
        if self.unitized is None:
            return {}
        labels = [" | ".join(code_names.get(c, c) for c in r.codes) for r in self.nominal]
        return {"unitized": self.unitized.to_json_dict(code_names, labels)}

    def undefined_tables(self, name: str) -> list[tuple[str, str]]:
        """The (code, document) tables where statistic ``name`` is undefined: those an
        averaged figure leaves out."""
        return [key for key, st in self.by_code_document.items() if st.value(name) is None]

    def pairwise_matrix(self, name: str = "cohen_kappa", code: str | None = None) -> dict[str, dict[str, float | None]]:
        """Coder x coder matrix of a pair statistic (overall, or for one code); the
        diagonal is left out."""
        pairs_ = self.pairwise if code is None else self.pairwise_by_code[code]
        out: dict[str, dict[str, float | None]] = {c: {} for c in self.coders}
        for ps in pairs_:
            v: float | None = getattr(ps, name)
            out[ps.coder_a][ps.coder_b] = v
            out[ps.coder_b][ps.coder_a] = v
        return out

    def to_rows(self, code_names: Mapping[str, str], doc_names: Mapping[str, str]) -> list[dict[str, object]]:
        """Flat rows for CSV/XLSX: one per scope (overall, group, group x code, code,
        document, code x document), columns ``scope, group, code, document`` + stats."""
        base: dict[str, object] = {"unit": self.unit.value, "pooling": self.pooling.value}

        def row(
            scope: str, stats: dict[str, object], group: str = "", code: str = "", doc: str = ""
        ) -> dict[str, object]:
            names = {"code": code_names.get(code, code), "document": doc_names.get(doc, doc)}
            return base | {"scope": scope, "group": group} | names | _flat(stats)

        rows = [row("overall", self.overall.as_dict())]
        rows += [row("group", s.as_dict(), group=g) for g, s in self.by_group.items()]
        rows += [row("group_code", s.as_dict(), group=g, code=c) for (g, c), s in self.by_group_code.items()]
        rows += [row("code", self.by_code[c].as_dict(), code=c) for c in self.codes]
        rows += [row("document", self._doc(d), doc=d) for d in self.documents]
        rows += [row("code_document", self._cell(c, d), code=c, doc=d) for c in self.codes for d in self.documents]
        return rows

    def _cell(self, code: str, doc: str) -> dict[str, object]:
        out = self.by_code_document[(code, doc)].as_dict()
        if self.unitized is not None:
            out["unitized_alpha"] = self.unitized.by_code_document[(code, doc)]
        return out

    def _doc(self, doc: str) -> dict[str, object]:
        out = self.by_document[doc].as_dict()
        if self.unitized is not None:
            out["unitized_alpha"] = self.unitized.by_document[doc]
        return out


def _flat(stats: dict[str, object]) -> dict[str, object]:
    """``--ci`` figures as columns of their own: ``krippendorff_alpha_low``/``_high`` (with
    ``ci_level``, ``ci_draws``, ``ci_seed``) and ``cohen_kappa_se``/``fleiss_kappa_se``."""
    out = {k: v for k, v in stats.items() if k not in ("ci", "se")}
    intervals = stats.get("ci")
    if isinstance(intervals, dict):
        for name, iv in intervals.items():
            out |= {f"{name}_low": iv["low"], f"{name}_high": iv["high"]}
            out |= {"ci_level": iv["level"], "ci_draws": iv["draws"], "ci_seed": iv["seed"]}
    errors = stats.get("se")
    if isinstance(errors, dict):
        out |= {f"{name}_se": v for name, v in errors.items()}
    return out


def _stats_list(st: Mapping[str, FloatArray], units: npt.NDArray[np.int64], full: npt.NDArray[np.int64]) -> list[Stats]:
    cols = [np.asarray(st[name]).ravel().tolist() for name in STAT_NAMES]
    us, fs = units.ravel().tolist(), full.ravel().tolist()
    out = []
    for i in range(len(us)):
        vals = [None if v != v else v for v in (col[i] for col in cols)]  # NaN -> None
        out.append(Stats(vals[0], vals[1], vals[2], vals[3], vals[4], us[i], fs[i]))
    return out


def _averaged(per_table: Mapping[str, FloatArray], units: int, full: int, tables: int) -> Stats:
    vals: dict[str, float | None] = {}
    undefined: dict[str, int] = {}
    for name in STAT_NAMES:
        a = np.asarray(per_table[name]).ravel()
        ok = ~np.isnan(a)
        vals[name] = float(a[ok].mean()) if ok.any() else None
        undefined[name] = int((~ok).sum())
    return Stats(
        vals["percent_agreement"],
        vals["cohen_kappa"],
        vals["fleiss_kappa"],
        vals["krippendorff_alpha"],
        vals["gwet_ac1"],
        units,
        full,
        tables,
        undefined,
    )


@dataclass
class _Tables:
    """The binary 2×2 tables of one computation and the statistics over any slice of them."""

    p: Prepared
    w: npt.NDArray[np.int64]  # (D, C, n+1, 2) counts by number of coders and value
    pt: npt.NDArray[np.int64]  # (D, C, pairs, 4) pair tables
    units: npt.NDArray[np.int64]  # (D, C) pairable units
    full: npt.NDArray[np.int64]  # (D, C) units every coder coded
    per_table: dict[str, FloatArray]
    pooled: bool
    ci: CIOptions | None = None

    @classmethod
    def of(cls, p: Prepared, pooled: bool, ci: CIOptions | None = None) -> _Tables:
        n = len(p.coder_ids)
        w, pt = binary_counts(p)
        pairable = (np.arange(n + 1) >= 2)[:, None]
        units = (w * pairable).sum(axis=(-2, -1))
        full = w[..., n, :].sum(axis=-1)
        return cls(p, w, pt, units, full, binary_stats(w, pt), pooled, ci)

    def _with_intervals(self, stats: list[Stats], w: npt.NDArray[np.int64], pt: npt.NDArray[np.int64]) -> list[Stats]:
        """Stats of pooled tables ``w[i]``/``pt[i]`` with alpha's interval and kappa SEs."""
        if self.ci is None:
            return stats
        out = []
        for i, st in enumerate(stats):
            interval, se = binary_intervals(w[i], pt[i], self.ci)
            out.append(replace(st, ci={"krippendorff_alpha": interval} if interval else {}, se=se))
        return out

    def scope(self, doc_idx: npt.NDArray[np.int64] | slice, code_axis_keep: bool) -> list[Stats]:
        """Stats over the documents ``doc_idx``, per code or summed over codes."""
        axes: tuple[int, ...] = (0,) if code_axis_keep else (0, 1)
        u = self.units[doc_idx].sum(axis=axes)
        f = self.full[doc_idx].sum(axis=axes)
        if self.pooled:
            w, pt = self.w[doc_idx].sum(axis=axes), self.pt[doc_idx].sum(axis=axes)
            stats = _stats_list(binary_stats(w, pt), u, f)
            if code_axis_keep:
                return self._with_intervals(stats, w, pt)
            return self._with_intervals(stats, w[None], pt[None])
        sub = {k: v[doc_idx] for k, v in self.per_table.items()}
        if code_axis_keep:
            return [
                _averaged({k: v[:, c] for k, v in sub.items()}, int(u[c]), int(f[c]), len(sub[STAT_NAMES[0]]))
                for c in range(len(self.p.code_ids))
            ]
        return [_averaged(sub, int(u), int(f), int(np.asarray(sub[STAT_NAMES[0]]).size))]

    def documents(self) -> list[Stats]:
        """Stats per document (over all codes)."""
        if self.pooled:
            summed = binary_stats(self.w.sum(axis=1), self.pt.sum(axis=1))
            return _stats_list(summed, self.units.sum(1), self.full.sum(1))
        n_codes = len(self.p.code_ids)
        return [
            _averaged(
                {k: v[d] for k, v in self.per_table.items()}, int(self.units[d].sum()), int(self.full[d].sum()), n_codes
            )
            for d in range(len(self.p.doc_ids))
        ]

    def groups(self, groups: Mapping[str, str]) -> tuple[dict[str, Stats], dict[tuple[str, str], Stats]]:
        """Stats per document group (e.g. site), overall and per code."""
        by_group: dict[str, Stats] = {}
        by_group_code: dict[tuple[str, str], Stats] = {}
        members: dict[str, list[int]] = {}
        for d, doc_id in enumerate(self.p.doc_ids):
            if doc_id in groups:
                members.setdefault(groups[doc_id], []).append(d)
        for g, ds in sorted(members.items()):
            idx = np.asarray(ds, dtype=np.int64)
            by_group[g] = self.scope(idx, False)[0]
            for c, s in zip(self.p.code_ids, self.scope(idx, True), strict=True):
                by_group_code[(g, c)] = s
        return by_group, by_group_code

    def pairs_by_code(self, per_pair: Mapping[str, FloatArray] | None) -> dict[str, tuple[PairStats, ...]]:
        return {
            c: self.pair_list(
                self.pt[:, i].sum(axis=0), None if per_pair is None else {k: v[:, i] for k, v in per_pair.items()}
            )
            for i, c in enumerate(self.p.code_ids)
        }

    def pair_list(self, t: npt.NDArray[np.int64], per: Mapping[str, FloatArray] | None) -> tuple[PairStats, ...]:
        """``t``: (pairs, 4) pooled tables; ``per``: per-table values (..., pairs) to average."""
        st = pair_stats(t) if per is None else None
        out = []
        for q, (i, j) in enumerate(pairs(len(self.p.coder_ids))):
            vals: list[float | None] = []
            for name in PAIR_STAT_NAMES:
                if st is not None:
                    x = float(st[name][q])
                    vals.append(None if x != x else x)
                else:
                    assert per is not None
                    a = np.asarray(per[name][..., q]).ravel()
                    a = a[~np.isnan(a)]
                    vals.append(float(a.mean()) if len(a) else None)
            ids = self.p.coder_ids
            out.append(PairStats(ids[i], ids[j], vals[0], vals[1], int(t[q].sum())))
        return tuple(out)


def compute_agreement(
    data: AgreementData,
    coders: Sequence[str],
    *,
    unit: Unit = Unit.CHARACTER,
    codes: Sequence[str] | None = None,
    documents: Sequence[str] | None = None,
    pooling: Pooling = Pooling.POOLED,
    exclusive_groups: Sequence[Sequence[str]] = (),
    unitized: bool = False,
    ci: CIOptions | None = None,
    none_category: bool = False,
) -> AgreementReport:
    """Agreement between ``coders`` on ``codes`` (default: every code they used) over
    ``documents`` (default: every document with a length), with every breakdown.

    ``exclusive_groups`` lists groups of mutually exclusive codes for which a nominal
    Krippendorff's alpha is added (a unit without any code of a group is missing for that
    coder, or the category "none" with ``none_category``). ``unitized`` adds Krippendorff's
    unitizing alpha_U per (code, document) and per document (span boundaries, character
    continuum; see :mod:`qcoder.analysis.agreement.unitized`). ``ci`` adds alpha's bootstrap
    interval and the kappa standard errors (:mod:`qcoder.analysis.agreement.confidence`) to
    the pooled figures overall, per code, per group, per group and code, and per exclusive group.
    """
    if ci is not None and pooling != Pooling.POOLED:
        raise InvalidValue("confidence intervals are computed for pooled figures (--pooling pooled)")
    p = prepare(data, coders, unit=unit, codes=codes, documents=documents)
    t = _Tables.of(p, pooling == Pooling.POOLED, ci)
    n_docs, n_codes = len(p.doc_ids), len(p.code_ids)
    cell = _stats_list(t.per_table, t.units, t.full)
    by_code_document = {
        (p.code_ids[c], p.doc_ids[d]): cell[d * n_codes + c] for d in range(n_docs) for c in range(n_codes)
    }
    by_code = dict(zip(p.code_ids, t.scope(slice(None), True), strict=True))
    overall = t.scope(slice(None), False)[0]
    by_group, by_group_code = t.groups(data.groups or {})
    per_pair = None if t.pooled else pair_stats(t.pt)
    pairwise = t.pair_list(t.pt.sum(axis=(0, 1)), per_pair)
    pairwise_by_code = t.pairs_by_code(per_pair)
    nominal = tuple(
        nominal_alpha(p, g, pooling=pooling, groups=data.groups, none_category=none_category, ci=ci)
        for g in exclusive_groups
    )
    return AgreementReport(
        unit=unit,
        pooling=pooling,
        coders=p.coder_ids,
        codes=p.code_ids,
        documents=p.doc_ids,
        overall=overall,
        by_code=by_code,
        by_code_document=by_code_document,
        by_document=dict(zip(p.doc_ids, t.documents(), strict=True)),
        by_group=by_group,
        by_group_code=by_group_code,
        pairwise=pairwise,
        pairwise_by_code=pairwise_by_code,
        nominal=nominal,
        unitized=unitized_report(p, exclusive_groups) if unitized else None,
    )

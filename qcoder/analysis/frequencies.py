"""Theme frequency tables: how many excerpts, documents, participants and sites mention
each code, overall and broken down by one or two attributes.

Definitions (see also :mod:`qcoder.analysis.index` and :mod:`qcoder.analysis.excerpts`):

* **excerpts** -- merged coded regions of the code *and its subtree*, per document and
  coder (two overlapping children count once for their parent); excerpts attributed to an
  interviewer turn are not counted (``include_interviewers=True`` counts them).
* **documents** -- distinct documents with at least one counted excerpt.
* **participants** -- distinct respondent units who speak a counted excerpt: the linked
  participant, or the document itself for speech not linked to a participant.
* **respondents** (per group) -- distinct respondent units of that group who speak in the
  selected documents: every non-interviewer speaker with a turn, each document with no such
  turn (it counts as one respondent), and the speaker of any counted excerpt of any code.
  Code-independent; ``share = participants / respondents`` (None when there are none).
* **group** of an excerpt -- the value, for the ``by`` attribute, of the profile it is
  attributed to: the linked participant's attribute, or else the document's. A focus group
  whose speakers belong to different groups is therefore split between those groups.
* **units** (``unit="site"`` by default) -- distinct values of the unit attribute among the
  counted excerpts, reported as "n of total", total being the distinct values among the
  respondents (of the whole selection, or of the group). ``(none)`` is not a unit value.
* Rows for every attribute value, zero rows included: a category attribute's allowed
  values, then the values present on any document or participant of the project, then
  ``(none)`` when someone in the selection lacks the attribute.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from qcoder.analysis.excerpts import ExcerptArrays, excerpt_arrays
from qcoder.analysis.index import (
    NONE_VALUE,
    IntArray,
    Profile,
    ProjectData,
    ProjectIndex,
    Selection,
    as_index,
    make_selection,
)
from qcoder.analysis.tables import CellValue, Table


@dataclass(frozen=True, slots=True)
class Cell:
    """Figures for one code in one group (or overall)."""

    excerpts: int = 0
    documents: int = 0
    participants: int = 0
    respondents: int = 0
    units: int | None = None  # None when there is no unit attribute
    units_total: int | None = None

    @property
    def share(self) -> float | None:
        return self.participants / self.respondents if self.respondents else None

    def units_text(self) -> str | None:
        if self.units is None or self.units_total is None:
            return None
        return f"{self.units} of {self.units_total}"


@dataclass(frozen=True)
class GroupInfo:
    """Respondents of one group (code-independent)."""

    respondents: int
    units_total: int | None


@dataclass(frozen=True)
class CodeFrequency:
    code_id: str
    path: str
    name: str
    depth: int
    total: Cell
    by: dict[str, dict[str, Cell]]
    pairs: dict[tuple[str, str], Cell] = field(default_factory=dict)


@dataclass(frozen=True)
class FrequencyResult:
    """Everything the tables, JSON and report need."""

    by: tuple[str, ...]
    unit: str | None
    unit_label: str | None
    values: dict[str, list[str]]  # reported values of each ``by`` attribute, in order
    groups: dict[str, dict[str, GroupInfo]]
    overall: GroupInfo
    documents: int  # selected documents
    coder_ids: tuple[str, ...]
    codes: list[CodeFrequency]

    def code(self, code_id: str) -> CodeFrequency:
        for c in self.codes:
            if c.code_id == code_id:
                return c
        raise KeyError(code_id)


def plural(word: str) -> str:
    w = word.replace("_", " ").strip()
    if not w:
        return w
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


class _Distinct:
    """Vectorized per-(code, group) counts over the (code, profile) pairs of the excerpts."""

    def __init__(
        self, index: ProjectIndex, unit: str | None, cp_code: IntArray, cp_prof: IntArray, cp_n: IntArray, n_codes: int
    ) -> None:
        self.cp_code, self.cp_prof, self.cp_n, self.n_codes = cp_code, cp_prof, cp_n, n_codes
        profiles = index.profiles
        units: dict[str, int] = {}
        unit_values: dict[str, int] = {}
        self.p_doc = np.array([index.doc_pos[p.document_id] for p in profiles], dtype=np.int64)
        self.p_unit = np.array([units.setdefault(p.unit, len(units)) for p in profiles], dtype=np.int64)
        uv = [p.value(unit) if unit else NONE_VALUE for p in profiles]
        self.p_uval = np.array(
            [-1 if v == NONE_VALUE else unit_values.setdefault(v, len(unit_values)) for v in uv], dtype=np.int64
        )
        self.n_docs = len(index.document_order)
        self.n_units, self.n_uvals = max(len(units), 1), max(len(unit_values), 1)

    def count(self, p_group: IntArray, n_groups: int) -> tuple[IntArray, IntArray, IntArray, IntArray]:
        """(excerpts, documents, participants, units) arrays of shape (codes, groups)."""
        shape = (self.n_codes, n_groups)
        size = self.n_codes * n_groups
        g = p_group[self.cp_prof]
        cg = self.cp_code * n_groups + g
        excerpts = np.bincount(cg, weights=self.cp_n, minlength=size).astype(np.int64)

        def distinct(per_profile: IntArray, n: int, mask: npt.NDArray[np.bool_] | None = None) -> IntArray:
            keys = cg * n + per_profile[self.cp_prof]
            if mask is not None:
                keys = keys[mask]
            return np.bincount(np.unique(keys) // n, minlength=size).astype(np.int64)

        docs = distinct(self.p_doc, self.n_docs)
        parts = distinct(self.p_unit, self.n_units)
        units = distinct(self.p_uval, self.n_uvals, self.p_uval[self.cp_prof] >= 0)
        return excerpts.reshape(shape), docs.reshape(shape), parts.reshape(shape), units.reshape(shape)


def _group_info(
    profiles: Iterable[Profile],
    key: Callable[[Profile], Hashable],
    unit: str | None,
) -> dict[Hashable, GroupInfo]:
    units: dict[Hashable, set[str]] = {}
    uvals: dict[Hashable, set[str]] = {}
    for p in profiles:
        k = key(p)
        units.setdefault(k, set()).add(p.unit)
        vals = uvals.setdefault(k, set())
        if unit is not None and (v := p.value(unit)) != NONE_VALUE:
            vals.add(v)
    return {k: GroupInfo(len(units[k]), len(uvals[k]) if unit else None) for k in units}


def _respondents(
    index: ProjectIndex, selection: Selection, docs: Iterable[str], excerpt_profiles: IntArray
) -> list[Profile]:
    """Respondents: the speakers of the selected documents and of the counted excerpts."""
    respondents: dict[int, Profile] = {}
    for d in docs:
        for p in index.speech_profiles(d, selection.include_interviewers):
            respondents[p.index] = p
    for pi in np.unique(excerpt_profiles).tolist():
        respondents.setdefault(pi, index.profiles[pi])
    return list(respondents.values())


def _groupings(
    index: ProjectIndex, resp: list[Profile], by: Sequence[str], unit: str | None, no_group: GroupInfo
) -> tuple[dict[str, list[str]], dict[str, dict[str, GroupInfo]], dict[str, IntArray]]:
    """Per ``by`` attribute: its values in order, each group's respondents and units, and each
    profile's group index."""
    values: dict[str, list[str]] = {}
    groups: dict[str, dict[str, GroupInfo]] = {}
    group_index: dict[str, IntArray] = {}
    for name in by:

        def keyfn(p: Profile, name: str = name) -> Hashable:
            return p.value(name)

        info = _group_info(resp, keyfn, unit)
        values[name] = index.attribute_values(name, {str(k) for k in info})
        groups[name] = {v: info.get(v, no_group) for v in values[name]}
        pos = {v: i for i, v in enumerate(values[name])}
        # profiles outside the selection never occur in the excerpts: any index will do
        group_index[name] = np.array([pos.get(p.value(name), 0) for p in index.profiles], dtype=np.int64)
    return values, groups, group_index


def _cells(
    dist: _Distinct, p_group: IntArray, infos: list[GroupInfo], n_codes: int, with_units: bool
) -> list[list[Cell]]:
    """Cells per code and group (groups given as each profile's group index)."""
    exc, dcs, prt, uni = (a.tolist() for a in dist.count(p_group, len(infos)))
    return [
        [
            Cell(
                exc[ci][gi], dcs[ci][gi], prt[ci][gi], g.respondents, uni[ci][gi] if with_units else None, g.units_total
            )
            for gi, g in enumerate(infos)
        ]
        for ci in range(n_codes)
    ]


def _code_frequency(
    index: ProjectIndex,
    cid: str,
    ci: int,
    total_cells: list[list[Cell]],
    values: dict[str, list[str]],
    by_cells: dict[str, list[list[Cell]]],
    pair_keys: list[tuple[str, str]],
    pair_cells: list[list[Cell]] | None,
) -> CodeFrequency:
    return CodeFrequency(
        cid,
        index.paths[cid],
        index.codes[cid].name,
        index.depth[cid],
        total_cells[ci][0],
        {name: dict(zip(values[name], cells[ci], strict=True)) for name, cells in by_cells.items()},
        dict(zip(pair_keys, pair_cells[ci], strict=True)) if pair_cells is not None else {},
    )


def compute_frequencies(
    index: ProjectIndex,
    selection: Selection,
    by: Sequence[str] = (),
    unit: str | None = "site",
    unit_label: str | None = None,
    pairs: bool = True,
    arrays: ExcerptArrays | None = None,
) -> FrequencyResult:
    """Frequencies for an already resolved selection (see :func:`theme_frequencies`);
    ``pairs=False`` skips the cross-tabulation of two ``by`` attributes. ``arrays``: the
    selection's :func:`excerpt_arrays` when the caller has them already."""
    by = tuple(dict.fromkeys(by))  # an attribute named twice counts once
    for name in by:
        index.check_attribute(name)
    if unit is not None and not index.has_attribute(unit):
        unit = None
    rows = index.rows(selection)
    if arrays is None:
        arrays = excerpt_arrays(index, selection)
    docs = index.selected_documents(selection)
    n_prof = len(index.profiles)
    n_codes = len(index.code_order)
    resp = _respondents(index, selection, docs, arrays.profile)
    cp, cp_n = np.unique(arrays.code * n_prof + arrays.profile, return_counts=True)
    dist = _Distinct(index, unit, cp // n_prof, cp % n_prof, cp_n.astype(np.int64), n_codes)
    no_group: GroupInfo = GroupInfo(0, 0 if unit else None)
    overall = _group_info(resp, lambda _p: (), unit).get((), no_group)
    values, groups, group_index = _groupings(index, resp, by, unit, no_group)

    def cells(p_group: IntArray, infos: list[GroupInfo]) -> list[list[Cell]]:
        return _cells(dist, p_group, infos, n_codes, unit is not None)

    total_cells = cells(np.zeros(n_prof, dtype=np.int64), [overall])
    by_cells = {name: cells(group_index[name], list(groups[name].values())) for name in by}
    pair_cells: list[list[Cell]] | None = None
    pair_keys: list[tuple[str, str]] = []
    if len(by) == 2 and pairs:
        a1, a2 = by
        pinfo = _group_info(resp, lambda p: (p.value(a1), p.value(a2)), unit)
        pair_keys = [(v1, v2) for v1 in values[a1] for v2 in values[a2]]
        n2 = len(values[a2])
        pair_cells = cells(group_index[a1] * n2 + group_index[a2], [pinfo.get(k, no_group) for k in pair_keys])
    code_pos = {c: i for i, c in enumerate(index.code_order)}
    results = [
        _code_frequency(index, cid, code_pos[cid], total_cells, values, by_cells, pair_keys, pair_cells) for cid in rows
    ]
    coders = selection.coder_ids if selection.coder_ids is not None else frozenset(index.coder_order)
    return FrequencyResult(
        by=by,
        unit=unit,
        unit_label=(unit_label or plural(unit)) if unit else None,
        values=values,
        groups=groups,
        overall=overall,
        documents=len(docs),
        coder_ids=tuple(c for c in index.coder_order if c in coders),
        codes=results,
    )


def theme_frequencies(
    project: ProjectData,
    by: Sequence[str] = (),
    *,
    coders: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    unit: str | None = "site",
    unit_label: str | None = None,
    include_interviewers: bool = False,
    pairs: bool = True,
) -> FrequencyResult:
    """Frequencies of every code (or ``codes``), overall and by each ``by`` attribute
    (and by the pair when two are given). Definitions in the module docstring.

    Filters: ``coders`` -- coder ids or names (a consensus coder is one more coder);
    ``documents`` -- document ids; ``document_attributes`` -- document attribute name ->
    accepted values (``"(none)"`` matches documents without it); ``codes`` -- ids or paths
    of the codes to report. ``unit`` is the attribute counted as "n of total" (skipped when
    no document or participant has it); ``unit_label`` names it in the JSON (default: its
    plural, ``"sites"``). Raises :class:`~qcoder.core.errors.NotFound` for an unknown
    coder, document, code or ``by`` attribute.
    """
    index = as_index(project)
    selection = make_selection(index, coders, documents, document_attributes, codes, include_interviewers)
    return compute_frequencies(index, selection, by, unit, unit_label, pairs)


def _cell_json(c: Cell, unit_label: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "excerpts": c.excerpts,
        "documents": c.documents,
        "participants": c.participants,
        "respondents": c.respondents,
        "share": None if c.share is None else round(c.share, 4),
    }
    if unit_label is not None:
        out[unit_label] = c.units_text()
    return out


def result_json(result: FrequencyResult) -> list[dict[str, Any]]:
    """The JSON shape of :func:`stats_json` for an already computed result."""
    out: list[dict[str, Any]] = []
    for cf in result.codes:
        item: dict[str, Any] = {
            "code": cf.path,
            "excerpts": cf.total.excerpts,
            "documents": cf.total.documents,
            "participants": cf.total.participants,
            "by": {
                name: {v: _cell_json(cf.by[name][v], result.unit_label) for v in result.values[name]}
                for name in result.by
            },
        }
        if result.unit_label is not None:
            item[result.unit_label] = cf.total.units_text()
        out.append(item)
    return out


def stats_json(
    snapshot: ProjectData,
    by: Sequence[str] = (),
    coders: Iterable[str] | None = None,
    *,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    unit: str | None = "site",
    unit_label: str | None = None,
    include_interviewers: bool = False,
) -> list[dict[str, Any]]:
    """Theme frequencies as JSON-ready data (``qcoder stats --format json``): one object per
    code, in codebook order (parents before their children, siblings by position)::

        [
          {
            "code": "Collaboration > Information sharing",   # full code path
            "excerpts": 12,          # excerpts of the code and its subtree, all groups
            "documents": 9,          # distinct documents with an excerpt
            "participants": 10,      # distinct respondents who speak an excerpt
            "by": {                  # one object per --by attribute (empty if none)
              "stakeholder_group": {
                "prosecutor": {      # every value, zero rows included; "(none)" = missing
                  "excerpts": 3, "documents": 2, "participants": 2,
                  "respondents": 5,  # respondents of that group in the selection
                  "share": 0.4,      # participants / respondents, null if no respondents
                  "sites": "2 of 4"  # sites where that group mentions it, of the sites
                },                   # where that group has respondents
                ...
              },
              "site": {...}
            },
            "sites": "7 of 10"       # sites with an excerpt, of the sites in the selection
          },
          ...
        ]

    The ``"sites"`` keys are named after the unit attribute (``unit="site"``, plural
    ``unit_label``) and are left out when no document or participant has that attribute.
    Counts follow the definitions of :mod:`qcoder.analysis.frequencies`: excerpts are
    merged regions per document and coder (children overlapping under a parent count
    once); interviewer speech is not counted; an excerpt belongs to the group of the
    participant who speaks it, or of its document when the speaker is not linked to one
    (filters: those of :func:`theme_frequencies`).
    """
    result = theme_frequencies(
        snapshot,
        by,
        coders=coders,
        documents=documents,
        document_attributes=document_attributes,
        codes=codes,
        unit=unit,
        unit_label=unit_label,
        include_interviewers=include_interviewers,
        pairs=False,
    )
    return result_json(result)


def _figures(c: Cell, with_unit: bool) -> list[CellValue]:
    row: list[CellValue] = [c.excerpts, c.documents, c.participants, c.respondents, c.share]
    if with_unit:
        row += [c.units, c.units_total]
    return row


def result_tables(result: FrequencyResult) -> list[Table]:
    """Tables for CSV/XLSX: overall, one per ``by`` attribute, and the pair table."""
    with_unit = result.unit_label is not None
    fig_cols = ["excerpts", "documents", "participants", "respondents", "share"]
    if with_unit:
        assert result.unit_label is not None
        label = result.unit_label.replace(" ", "_")
        fig_cols += [label, f"{label}_total"]
    counts: tuple[str, ...] = ("excerpts", "documents", "participants")
    if with_unit:
        counts += (fig_cols[5],)

    def table(name: str, title: str, keys: list[str]) -> Table:
        return Table(name, title, ["code", "depth", *keys, *fig_cols], [], counts, ("share",), "depth")

    tables = [table("frequencies", "Theme frequencies", [])]
    for cf in result.codes:
        tables[0].rows.append([cf.path, cf.depth, *_figures(cf.total, with_unit)])
    for name in result.by:
        t = table(f"by_{name}", f"Frequencies by {name.replace('_', ' ')}", [name])
        for cf in result.codes:
            for v in result.values[name]:
                t.rows.append([cf.path, cf.depth, v, *_figures(cf.by[name][v], with_unit)])
        tables.append(t)
    if len(result.by) == 2 and all(cf.pairs for cf in result.codes):  # computed with pairs=True
        a1, a2 = result.by
        t = table(f"by_{a1}_x_{a2}", f"Frequencies by {a1.replace('_', ' ')} × {a2.replace('_', ' ')}", [a1, a2])
        for cf in result.codes:
            for v1 in result.values[a1]:
                for v2 in result.values[a2]:
                    t.rows.append([cf.path, cf.depth, v1, v2, *_figures(cf.pairs[(v1, v2)], with_unit)])
        tables.append(t)
    return tables


def stats_tables(
    snapshot: ProjectData,
    by: Sequence[str] = (),
    coders: Iterable[str] | None = None,
    *,
    documents: Iterable[str] | None = None,
    document_attributes: Mapping[str, Iterable[str]] | None = None,
    codes: Iterable[str] | None = None,
    unit: str | None = "site",
    unit_label: str | None = None,
    include_interviewers: bool = False,
) -> list[Table]:
    """Theme frequencies as tables (tidy: one row per code, or per code and value).

    ``frequencies`` (code, depth, excerpts, documents, participants, respondents, share,
    sites, sites_total), then ``by_<attr>`` per ``by`` attribute (with an ``<attr>``
    column), then ``by_<a1>_x_<a2>`` when two attributes are given. Same filters and
    definitions as :func:`stats_json`.
    """
    result = theme_frequencies(
        snapshot,
        by,
        coders=coders,
        documents=documents,
        document_attributes=document_attributes,
        codes=codes,
        unit=unit,
        unit_label=unit_label,
        include_interviewers=include_interviewers,
    )
    return result_tables(result)

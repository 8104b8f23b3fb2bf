"""Group synthesis: themes × groups (a stakeholder group, or a site), rolling the framework
matrix's case summaries up with "n of N" counts and the starred quotes, ready for the report.

One cell is a theme and a value of the ``group`` attribute:

- ``respondents`` of ``respondents_total``: the respondents of the group who mention the theme,
  of the respondents in the group -- the analysis matrix's counts
  (:func:`qcoder.analysis.matrix.compute_matrix` by ``group``: a cell's ``participants`` and
  ``respondents``, as ``qcoder stats --by GROUP`` reports them);
- ``cases`` of ``cases_total`` when rolling up cases ``across`` an attribute (``site``): the
  values of ``across`` in which a respondent of the group mentions the theme, of those in which
  the group has respondents (the matrix's unit count, ``"sites": "k of K"`` in the stats JSON);
- the case summaries written for the theme whose case belongs to the group: an attribute case
  naming the group's value (``stakeholder_group=prosecutor``,
  ``site=Harbor City|stakeholder_group=prosecutor``), a participant of the group, or a document
  in which a respondent of the group speaks; each with its author;
- the starred quotes (excerpts a coder starred as exemplars), each passage once, attributed to
  the group, the ``across`` value and the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.excerpts import ExcerptArrays
from qcoder.analysis.index import NONE_VALUE
from qcoder.analysis.matrix import Column, ExcerptItem, Matrix, Options, RowMode, cell_excerpts, compute_matrix
from qcoder.core.model import Summary


@dataclass(frozen=True)
class CaseSummary:
    case: str  # the case's label, as the framework matrix shows it (site=Harbor City|…)
    title: str  # what identifies the case within its group ("Harbor City", a document's name)
    text: str
    author: str | None

    def as_json(self) -> dict[str, object]:
        return {"case": self.case, "text": self.text, "author": self.author}


@dataclass(frozen=True)
class Quote:
    text: str
    group: str
    across: str | None  # the value of the ``across`` attribute (the site), None without one
    speaker: str
    document: str

    def attribution(self) -> str:
        """Who said it, for a report: speaker, group, site ("Luis Ortega, law enforcement, Harbor City")."""
        return ", ".join(p for p in (self.speaker or self.document, self.group, self.across) if p)

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "group": self.group,
            "across": self.across,
            "speaker": self.speaker,
            "document": self.document,
        }


@dataclass(frozen=True)
class SynthesisCell:
    theme: str  # code id
    path: str
    group: str
    respondents: int
    respondents_total: int
    cases: int | None
    cases_total: int | None
    summaries: tuple[CaseSummary, ...]
    quotes: tuple[Quote, ...]

    def counts(self) -> str:
        """The counts in short: respondents ("3 of 4"), then cases ("· 3 of 4") when rolling up."""
        text = f"{self.respondents} of {self.respondents_total}"
        return text if self.cases is None else f"{text} · {self.cases} of {self.cases_total}"

    def as_json(self) -> dict[str, object]:
        return {
            "theme": self.path,
            "group": self.group,
            "respondents": self.respondents,
            "respondents_total": self.respondents_total,
            "cases": self.cases,
            "cases_total": self.cases_total,
            "summaries": [s.as_json() for s in self.summaries],
            "quotes": [q.as_json() for q in self.quotes],
        }


@dataclass
class Synthesis:
    group: str
    across: str | None
    groups: list[str]
    themes: list[tuple[str, str]]  # (code id, path) in codebook order
    cells: list[SynthesisCell]  # by theme, then group

    def as_json(self) -> dict[str, object]:
        return {
            "group": self.group,
            "across": self.across,
            "groups": self.groups,
            "themes": [path for _, path in self.themes],
            "cells": [c.as_json() for c in self.cells],
        }

    def cell(self, code_id: str, group: str) -> SynthesisCell | None:
        return next((c for c in self.cells if c.theme == code_id and c.group == group), None)


def _memberships(data: AnalysisData, group: str) -> dict[str, set[str]]:
    """``document:<id>`` and ``participant:<id>`` -> the values of ``group`` of the respondents
    they hold: the speakers of its turns (interviewers are not respondents), or for a document
    without turns the document itself (text between turns is nobody's)."""
    out: dict[str, set[str]] = {}
    unspoken: dict[str, str] = {}
    for p in data.index.profiles:
        if p.is_interviewer:
            continue
        if p.speaker_id is None:
            unspoken[f"document:{p.document_id}"] = p.value(group)
            continue
        out.setdefault(f"document:{p.document_id}", set()).add(p.value(group))
        if p.participant_id:
            out.setdefault(f"participant:{p.participant_id}", set()).add(p.value(group))
    for key, value in unspoken.items():
        out.setdefault(key, {value})
    return out


def _case_names(data: AnalysisData, key: str, group: str) -> tuple[str, str]:
    """(label, title) of a stored case key."""
    kind, sep, ident = key.partition(":")
    if sep and "=" not in kind and kind in ("document", "participant"):
        if kind == "document":
            doc = data.index.documents.get(ident)
            name = doc.name if doc is not None else ident
        else:
            part = data.index.participants.get(ident)
            name = part.name if part is not None else ident
        return f"{kind}:{name}", name
    pairs = [p.partition("=") for p in key.split("|")]
    others = [v for a, _, v in pairs if a != group]
    return key, " · ".join(others) if others else "all"


def _groups_of(key: str, group: str, members: dict[str, set[str]]) -> set[str]:
    if key in members:
        return members[key]
    return {v for a, eq, v in (p.partition("=") for p in key.split("|")) if eq and a == group}


def rolled_summaries(
    data: AnalysisData, group: str, summaries: Sequence[Summary], coders: frozenset[str] | None
) -> dict[tuple[str, str], list[CaseSummary]]:
    """(code id, group value) -> the case summaries that roll up into that cell, by case."""
    members = _memberships(data, group)
    authors = data.coder_names()
    out: dict[tuple[str, str], list[CaseSummary]] = {}
    for s in sorted(summaries, key=lambda s: (s.case_key, s.updated_at)):
        if not s.text.strip() or (coders is not None and s.author not in coders):
            continue
        label, title = _case_names(data, s.case_key, group)
        entry = CaseSummary(label, title, s.text, authors.get(s.author, s.author) or None)
        for value in sorted(_groups_of(s.case_key, group, members)):
            out.setdefault((s.code_id, value), []).append(entry)
    return out


def near_stars(data: AnalysisData, arrays: ExcerptArrays) -> npt.NDArray[np.bool_]:
    """Which of the counted excerpts overlap a starred coding of the same document and coder
    (of any code): the only ones that can be starred, as :func:`cell_excerpts` then decides.
    Most excerpts are not near a star, and listing them all to find the starred ones is slow."""
    codings = data.index.coding_arrays()
    keep = data.starred() & codings.valid
    if not keep.any() or not len(arrays):
        return np.zeros(len(arrays), dtype=np.bool_)
    coders = int(max(codings.coder.max(), arrays.coder.max())) + 1
    span = int(max(codings.end.max(), arrays.end.max())) + 1
    pair = codings.doc[keep] * coders + codings.coder[keep]
    order = np.lexsort((codings.start[keep], pair))
    pair, start, end = pair[order], codings.start[keep][order], codings.end[keep][order]
    # within a pair, the furthest end of the starred codings that start before a point
    reach = np.maximum.accumulate(pair * span + end)
    mine = arrays.doc * coders + arrays.coder
    last = np.searchsorted(pair * span + start, mine * span + arrays.end, side="left") - 1
    found = last >= 0
    last = np.where(found, last, 0)
    near: npt.NDArray[np.bool_] = found & (pair[last] == mine) & (reach[last] - mine * span > arrays.start)
    return near


def starred_quotes(data: AnalysisData, matrix: Matrix, code_id: str, near: npt.NDArray[np.bool_]) -> list[ExcerptItem]:
    """The starred excerpts of a theme in every group, each passage once, in document order."""
    out: list[ExcerptItem] = []
    seen: set[tuple[str, int, int]] = set()
    for e in cell_excerpts(data, matrix, code_id, Column(()), where=near):
        if e.exemplar and (e.document_id, e.start, e.end) not in seen:
            seen.add((e.document_id, e.start, e.end))
            out.append(e)
    return out


def _quotes_by_group(
    data: AnalysisData, matrix: Matrix, code_id: str, near: npt.NDArray[np.bool_], group: str, across: str | None
) -> dict[str, list[Quote]]:
    out: dict[str, list[Quote]] = {}
    profiles = matrix.index.profiles
    for e in starred_quotes(data, matrix, code_id, near):
        profile = profiles[e.profile]
        value = profile.value(group)
        place = profile.value(across) if across is not None else None
        out.setdefault(value, []).append(Quote(e.text.strip(), value, place, e.participant or e.speaker, e.document))
    return out


def compute_synthesis(
    data: AnalysisData,
    group: str,
    across: str | None = None,
    themes: Sequence[str] | None = None,
    coders: frozenset[str] | None = None,
    summaries: Sequence[Summary] = (),
) -> Synthesis:
    """The group synthesis of ``data``: ``group`` and ``across`` attribute names (``across``
    None: no case counts), ``themes`` code ids (None: every code, a parent rolling up its
    subcodes), ``coders`` whose codings and summaries count (None: all)."""
    if across == group:
        across = None
    options = Options(attribute=group, coders=coders, rows=RowMode.ROLLUP, unit=across)
    matrix = compute_matrix(data, options)
    near = near_stars(data, matrix.excerpts)
    columns: list[Column] = [c for c in matrix.columns if not c.is_total]
    columns.sort(key=lambda c: c.key[0] == NONE_VALUE)  # unclassified respondents last
    wanted = list(themes) if themes is not None else [r.code_id for r in matrix.rows]
    theme_list = [(cid, data.index.paths[cid]) for cid in wanted if cid in matrix.row_of]
    rolled = rolled_summaries(data, group, summaries, coders)
    position = {c.key: i for i, c in enumerate(matrix.columns)}
    cells = []
    for code_id, path in theme_list:
        row = matrix.row_of[code_id]
        quotes = _quotes_by_group(data, matrix, code_id, near, group, across)
        for column in columns:
            value = column.key[0]
            figures = matrix.cell(row, position[column.key])
            cells.append(
                SynthesisCell(
                    code_id,
                    path,
                    value,
                    figures.participants,
                    figures.respondents,
                    figures.units if across is not None else None,
                    figures.units_total if across is not None else None,
                    tuple(rolled.get((code_id, value), ())),
                    tuple(quotes.get(value, ())),
                )
            )
    return Synthesis(group, across, [c.key[0] for c in columns], theme_list, cells)

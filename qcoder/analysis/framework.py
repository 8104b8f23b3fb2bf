"""The framework matrix (summary grid): cases × themes, each cell with its counts, the coder's
written summary and a computed draft.

Cases are documents, participants, or the values of one or two attributes (``site``,
``stakeholder_group``, ``site × stakeholder_group``); themes are codes, a parent with its
subcodes. The counts are the analysis matrix's (:func:`qcoder.analysis.matrix.compute_matrix`,
one definition): ``excerpts``; ``respondents``, the distinct respondents of the case who
mention the theme (the matrix's ``participants``); ``respondents_total``, the respondents of the
case (its ``respondents``). Documents and participants become cases through a hidden attribute
each document (its id) or participant (its id) carries for this count only.

A case is stored under a key: ``document:<id>``, ``participant:<id>``, or ``ATTR=VALUE`` pairs
sorted by attribute name and joined with ``|`` (``site=A|stakeholder_group=B``); it is shown
by its label (``document:NAME``, ``participant:NAME``, the same pairs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.drafts import Draft, DraftSource, draft_summary
from qcoder.analysis.index import NONE_VALUE
from qcoder.analysis.matrix import Column, Matrix, Options, RowMode, cell_excerpts, compute_matrix
from qcoder.core.model import Summary
from qcoder.core.snapshot import ProjectSnapshot

DOCUMENTS = "documents"
PARTICIPANTS = "participants"
_DOC_ATTR = "\x1fdocument"  # hidden attributes: no attribute name holds a control character
_PART_ATTR = "\x1fparticipant"


def case_key(pairs: Sequence[tuple[str, str]]) -> str:
    """The stored key of an attribute case: ``ATTR=VALUE`` pairs by attribute name, ``|``-joined."""
    return "|".join(f"{a}={v}" for a, v in sorted(pairs))


@dataclass(frozen=True)
class Case:
    key: str
    label: str
    column: Column

    @property
    def title(self) -> str:
        """What a column heading shows: the document's or participant's name, or the value(s)
        ("Harbor City", "Harbor City · prosecutor"); ``label`` names the attributes too."""
        kind, sep, name = self.label.partition(":")
        if sep and kind in ("document", "participant"):
            return name
        return self.column.label()


@dataclass(frozen=True)
class Theme:
    code_id: str
    path: str


@dataclass(frozen=True)
class FrameworkCell:
    case: Case
    theme: Theme
    excerpts: int
    respondents: int
    respondents_total: int
    summary: str | None
    summary_author: str | None
    draft: Draft | None

    def as_json(self) -> dict[str, object]:
        return {
            "case": self.case.label,
            "theme": self.theme.path,
            "excerpts": self.excerpts,
            "respondents": self.respondents,
            "respondents_total": self.respondents_total,
            "summary": self.summary,
            "summary_author": self.summary_author,
            "draft": self.draft.text() if self.draft is not None and self.draft.sentences else None,
        }


@dataclass
class Framework:
    cases: list[Case]
    themes: list[Theme]
    cells: list[FrameworkCell]  # by theme, then case
    data: AnalysisData
    matrix: Matrix

    def as_json(self) -> dict[str, object]:
        return {
            "cases": [c.label for c in self.cases],
            "themes": [t.path for t in self.themes],
            "cells": [c.as_json() for c in self.cells],
        }

    def cell(self, case_key: str, code_id: str) -> FrameworkCell | None:
        for c in self.cells:
            if c.case.key == case_key and c.theme.code_id == code_id:
                return c
        return None


def case_attributes(cases: str) -> tuple[str, ...]:
    """The attributes ``cases`` (``documents``, ``participants``, ``ATTR`` or ``ATTR,ATTR``) groups by."""
    if cases == DOCUMENTS:
        return (_DOC_ATTR,)
    if cases == PARTICIPANTS:
        return (_PART_ATTR,)
    return tuple(dict.fromkeys(a.strip() for a in cases.split(",") if a.strip()))


def framework_data(snapshot: ProjectSnapshot, cases: str) -> AnalysisData:
    """The project to count, documents or participants carrying their hidden case attribute."""
    if cases == DOCUMENTS:
        docs = [
            replace(d, info=replace(d.info, attributes={**d.info.attributes, _DOC_ATTR: d.id}))
            for d in snapshot.documents
        ]
        snapshot = replace(snapshot, documents=docs)
    elif cases == PARTICIPANTS:
        parts = [replace(p, attributes={**p.attributes, _PART_ATTR: p.id}) for p in snapshot.participants]
        snapshot = replace(snapshot, participants=parts)
    return AnalysisData(snapshot)


def _case(data: AnalysisData, by: tuple[str, ...], column: Column) -> Case | None:
    if by == (_DOC_ATTR,) or by == (_PART_ATTR,):
        (value,) = column.key
        if value == NONE_VALUE:
            return None  # speech linked to no participant
        if by == (_DOC_ATTR,):
            return Case(f"document:{value}", f"document:{data.index.documents[value].name}", column)
        return Case(f"participant:{value}", f"participant:{data.index.participants[value].name}", column)
    key = case_key(list(zip(by, column.key, strict=True)))
    label = "|".join(f"{a}={v}" for a, v in zip(by, column.key, strict=True))
    return Case(key, label, column)


def _summary(found: list[Summary], authors: dict[str, str]) -> tuple[str | None, str | None]:
    """The most recently written of the cell's summaries, and its author's name."""
    if not found:
        return None, None
    last = max(found, key=lambda s: s.updated_at)
    return last.text, authors.get(last.author, last.author) or None


def draft_sources(data: AnalysisData, matrix: Matrix, code_id: str, column: Column) -> list[DraftSource]:
    """The excerpts of a cell as the draft reads them."""
    return [
        DraftSource(e.id, e.text, e.start, e.document, e.participant or e.speaker, e.exemplar)
        for e in cell_excerpts(data, matrix, code_id, column)
    ]


def cell_quotes(framework: Framework, cell: FrameworkCell, limit: int = 2) -> list[tuple[str, str]]:
    """Up to ``limit`` (text, speaker) quotes of a cell: starred excerpts first, then the others,
    each passage once (the same excerpt coded by two coders)."""
    items = cell_excerpts(framework.data, framework.matrix, cell.theme.code_id, cell.case.column)
    items.sort(key=lambda e: not e.exemplar)  # stable: document order within each
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, int, int]] = set()
    for e in items:
        if (e.document_id, e.start, e.end) in seen:
            continue
        seen.add((e.document_id, e.start, e.end))
        out.append((e.text.strip(), e.participant or e.speaker or e.document))
        if len(out) == limit:
            break
    return out


def compute_framework(
    data: AnalysisData,
    cases: str,
    themes: Sequence[str] | None = None,
    coders: frozenset[str] | None = None,
    summaries: Sequence[Summary] = (),
    drafts: bool = True,
) -> Framework:
    """The framework matrix of ``data`` (from :func:`framework_data` with the same ``cases``):
    ``themes`` are code ids (None: every code, in codebook order), ``coders`` whose codings count
    and whose summaries show (None: all), ``drafts`` whether to compute each cell's draft."""
    by = case_attributes(cases)
    if not by or len(by) > 2:
        raise ValueError("cases are documents, participants, or one or two attributes")
    options = Options(attribute=by[0], attribute2=by[1] if len(by) == 2 else "", coders=coders, rows=RowMode.ROLLUP)
    matrix = compute_matrix(data, options)
    case_list = [c for col in matrix.columns if not col.is_total and (c := _case(data, by, col)) is not None]
    if by == (_DOC_ATTR,):  # the project's document order, participants by name
        case_list.sort(key=lambda c: data.index.doc_pos[c.column.key[0]])
    elif by == (_PART_ATTR,):
        case_list.sort(key=lambda c: c.label.casefold())
    wanted = list(themes) if themes is not None else [r.code_id for r in matrix.rows]
    theme_list = [Theme(cid, data.index.paths[cid]) for cid in wanted if cid in matrix.row_of]
    authors = data.coder_names()
    by_cell: dict[tuple[str, str], list[Summary]] = {}
    for s in summaries:
        if coders is None or s.author in coders:
            by_cell.setdefault((s.case_key, s.code_id), []).append(s)
    column_pos = {col.key: i for i, col in enumerate(matrix.columns)}
    cells = []
    for theme in theme_list:
        row = matrix.row_of[theme.code_id]
        for case in case_list:
            figures = matrix.cell(row, column_pos[case.column.key])
            text, author = _summary(by_cell.get((case.key, theme.code_id), []), authors)
            draft = None
            if drafts and figures.excerpts:
                draft = draft_summary(draft_sources(data, matrix, theme.code_id, case.column))
            cells.append(
                FrameworkCell(
                    case, theme, figures.excerpts, figures.participants, figures.respondents, text, author, draft
                )
            )
    return Framework(case_list, theme_list, cells, data, matrix)

"""The case × code table: one row per respondent (or per document), one column per code, for
statistics packages (R, SPSS, Stata).

Counted exactly as the analysis matrix counts (:mod:`qcoder.analysis.frequencies`): a code's
excerpts are its codings rolled up over its subtree and merged per document and coder, each
attributed to a respondent (:mod:`qcoder.analysis.index`); interviewer excerpts are left out.
A respondent is the matrix's respondent unit (a participant, or a document whose speech is
linked to none); the cases are the matrix's respondents, so a respondent's presence summed
over the rows is the matrix's "participants" count and the counts sum to its "excerpts".
Attributes: a respondent's are its participant's (a document counted as a respondent: the
document's); a document's are its own. A missing attribute value is an empty string.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from qcoder.analysis.excerpts import excerpt_arrays
from qcoder.analysis.frequencies import _respondents
from qcoder.analysis.index import ProjectIndex, Selection

CaseKind = Literal["respondents", "documents"]
CASE_KINDS: tuple[CaseKind, ...] = ("respondents", "documents")


@dataclass(frozen=True)
class Case:
    name: str
    attributes: dict[str, str]
    counts: list[int]  # one per code of the table, in its order


@dataclass(frozen=True)
class CaseTable:
    kind: CaseKind
    attributes: list[str]  # attribute names, the table's attribute columns
    code_paths: list[str]
    cases: list[Case]

    def presence(self, case: Case) -> list[int]:
        return [1 if n else 0 for n in case.counts]


def _respondent_cases(
    index: ProjectIndex, selection: Selection
) -> tuple[list[str], dict[str, tuple[str, dict[str, str]]]]:
    """Unit keys in order, and each unit's name and attributes."""
    arrays_profiles = excerpt_arrays(index, selection).profile
    resp = _respondents(index, selection, index.selected_documents(selection), arrays_profiles)
    units: dict[str, tuple[str, dict[str, str]]] = {}
    for p in resp:
        if p.unit in units:
            continue
        if p.participant_id is not None:
            units[p.unit] = (
                index.participants[p.participant_id].name,
                dict(index.participant_attributes[p.participant_id]),
            )
        else:
            units[p.unit] = (index.documents[p.document_id].name, dict(index.doc_attributes.get(p.document_id, {})))
    return list(units), units


def case_table(index: ProjectIndex, selection: Selection, kind: CaseKind = "respondents") -> CaseTable:
    """The case × code counts of ``selection`` (presence is a count above 0)."""
    if kind not in CASE_KINDS:
        raise ValueError(f"cases are respondents or documents, not {kind!r}")
    arrays = excerpt_arrays(index, selection)
    rows = index.rows(selection)
    code_pos = {c: i for i, c in enumerate(index.code_order)}
    column = np.full(len(index.code_order) + 1, -1, dtype=np.int64)
    for j, cid in enumerate(rows):
        column[code_pos[cid]] = j
    if kind == "documents":
        docs = index.selected_documents(selection)
        keys = docs
        info = {d: (index.documents[d].name, dict(index.doc_attributes.get(d, {}))) for d in docs}
        doc_row = {index.doc_pos[d]: i for i, d in enumerate(docs)}
        case_of = np.array([doc_row.get(int(d), -1) for d in arrays.doc.tolist()], dtype=np.int64)
    else:
        keys, info = _respondent_cases(index, selection)
        row_of_unit = {u: i for i, u in enumerate(keys)}
        p_row = np.array([row_of_unit.get(p.unit, -1) for p in index.profiles], dtype=np.int64)
        case_of = p_row[arrays.profile] if len(arrays) else np.zeros(0, dtype=np.int64)
    col = column[arrays.code] if len(arrays) else np.zeros(0, dtype=np.int64)
    keep = (case_of >= 0) & (col >= 0)
    n_cols = max(len(rows), 1)
    counts = np.bincount(case_of[keep] * n_cols + col[keep], minlength=len(keys) * n_cols).reshape(len(keys), n_cols)
    present = {name for _n, attrs in info.values() for name, v in attrs.items() if v.strip()}
    attributes = [a for a in index.attribute_names() if a in present]
    cases = [
        Case(
            info[k][0],
            {a: info[k][1].get(a, "").strip() for a in attributes},
            counts[i, : len(rows)].tolist(),
        )
        for i, k in enumerate(keys)
    ]
    return CaseTable(kind, attributes, [index.paths[c] for c in rows], cases)

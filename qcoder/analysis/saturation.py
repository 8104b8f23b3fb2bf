"""Saturation: how many codes each document adds that no earlier document had.

For each document, in a chosen order, the codes applied *directly* in it (a parent coded only
through its subcodes does not count) that no earlier document had, and the running total.
Computed overall and per coder; the per-coder series share the overall document order, so
that their curves can be drawn over one axis.

Orders (:class:`Order`):

* ``project``: the project's document order (the default);
* ``coding``: the order in which documents were first coded -- each document's earliest coding
  ``created_at`` among the coders looked at; documents nobody coded come last, in project order;
* ``date``: an interview date held in a document attribute (:func:`date_attribute`);
  documents without a readable date come last, in project order;
* ``name``: document names, case-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import numpy as np

from qcoder.analysis.index import ProjectIndex
from qcoder.core.attributes import parse_date
from qcoder.core.errors import InvalidValue, QcoderError
from qcoder.core.model import AttributeScope, AttributeType, Coding

DATE_NAMES = ("interview_date", "interview date", "date_of_interview", "interviewed", "date")
"""Attribute names taken for an interview date when no document attribute has the date type."""


class Order(StrEnum):
    PROJECT = "project"
    CODING = "coding"
    DATE = "date"
    NAME = "name"


class NoInterviewDate(QcoderError):
    """Date order asked for, but no document attribute holds an interview date."""

    def __init__(self) -> None:
        super().__init__(
            "no interview date to order by: add a document attribute of type date (or one named interview_date or date)"
        )


@dataclass(frozen=True)
class Step:
    """One document of a series: the codes it adds (ids, codebook order) and the total so far."""

    document_id: str
    new_codes: tuple[str, ...]
    cumulative: int


@dataclass(frozen=True)
class Series:
    """The steps of one coder (``coder_id``) or of every coder looked at (``coder_id`` None)."""

    coder_id: str | None
    name: str
    steps: tuple[Step, ...]

    @property
    def total(self) -> int:
        return self.steps[-1].cumulative if self.steps else 0


@dataclass(frozen=True)
class Saturation:
    order: Order
    documents: tuple[str, ...]  # document ids in the order used
    names: Mapping[str, str]  # document id -> name
    paths: Mapping[str, str]  # code id -> path
    overall: Series
    coders: tuple[Series, ...]
    date_attribute: str | None = None  # the attribute read for the date order


def date_attribute(index: ProjectIndex) -> str | None:
    """The document attribute holding the interview date: the first document attribute of type
    date, else one named like :data:`DATE_NAMES` (in that order of preference); None if none."""
    defs = sorted(index.snapshot.attributes, key=lambda a: (a.position, a.name))
    for a in defs:
        if a.type is AttributeType.DATE and a.scope is AttributeScope.DOCUMENT:
            return a.name
    present = {n.casefold(): n for attrs in index.doc_attributes.values() for n in attrs}
    present.update({a.name.casefold(): a.name for a in defs if a.scope is AttributeScope.DOCUMENT})
    for name in DATE_NAMES:
        if name in present:
            return present[name]
    return None


def first_coded(codings: Iterable[Coding], coder_ids: frozenset[str] | None = None) -> dict[str, datetime]:
    """Each document's earliest coding time (of ``coder_ids``, None = every coder)."""
    first: dict[str, datetime] = {}
    for c in codings:
        if coder_ids is not None and c.coder_id not in coder_ids:
            continue
        seen = first.get(c.document_id)
        if seen is None or c.created_at < seen:
            first[c.document_id] = c.created_at
    return first


def _date_key(raw: str | None) -> str | None:
    if raw is None:
        return None
    try:
        return parse_date(raw)
    except InvalidValue:
        return None


def order_documents(
    index: ProjectIndex, order: Order, first: Mapping[str, datetime] | None = None
) -> tuple[list[str], str | None]:
    """Document ids in ``order`` and the date attribute used (date order only).

    ``first``: each document's first coding time (:func:`first_coded`), needed for the coding
    order. Raises :class:`NoInterviewDate` for the date order of a project without a date."""
    docs = list(index.document_order)
    if order is Order.NAME:
        return sorted(docs, key=lambda d: (index.documents[d].name.casefold(), index.doc_pos[d])), None
    if order is Order.CODING:
        if first is None:
            raise ValueError("the coding order needs each document's first coding time")
        coded = sorted((d for d in docs if d in first), key=lambda d: (first[d], index.doc_pos[d]))
        return coded + [d for d in docs if d not in first], None
    if order is Order.DATE:
        attribute = date_attribute(index)
        if attribute is None:
            raise NoInterviewDate()
        dates = {d: _date_key(index.doc_attributes[d].get(attribute)) for d in docs}
        dated = sorted((d for d in docs if dates[d] is not None), key=lambda d: (dates[d], index.doc_pos[d]))
        return dated + [d for d in docs if dates[d] is None], attribute
    return docs, None


def _direct_codes(index: ProjectIndex, coder_ids: frozenset[str] | None) -> dict[tuple[int, int], list[int]]:
    """(coder position, document position) -> code positions applied directly, sorted."""
    arrays = index.coding_arrays()
    keep = arrays.valid.copy()
    if coder_ids is not None:
        wanted = np.array([index.coder_pos[c] for c in coder_ids if c in index.coder_pos], dtype=np.int64)
        keep &= np.isin(arrays.coder, wanted)
    triples = np.unique(np.stack([arrays.coder[keep], arrays.doc[keep], arrays.code[keep]], axis=1), axis=0)
    out: dict[tuple[int, int], list[int]] = {}
    for coder, doc, code in triples.tolist():
        out.setdefault((coder, doc), []).append(code)
    return out


def _series(
    index: ProjectIndex, order: list[str], per_doc: Mapping[int, Iterable[int]], coder_id: str | None, name: str
) -> Series:
    seen: set[int] = set()
    steps: list[Step] = []
    for doc_id in order:
        codes = per_doc.get(index.doc_pos[doc_id], ())
        new = sorted(c for c in set(codes) if c not in seen)
        seen.update(new)
        steps.append(Step(doc_id, tuple(index.code_order[c] for c in new), len(seen)))
    return Series(coder_id, name, tuple(steps))


def saturation(
    index: ProjectIndex,
    order: Order = Order.PROJECT,
    coder_ids: Iterable[str] | None = None,
    first: Mapping[str, datetime] | None = None,
) -> Saturation:
    """New codes per document in ``order``, overall (the coders ``coder_ids``, None = every
    coder) and per coder who coded anything. ``first``: see :func:`order_documents`."""
    coders = None if coder_ids is None else frozenset(coder_ids)
    documents, attribute = order_documents(index, order, first)
    triples = _direct_codes(index, coders)
    overall: dict[int, set[int]] = {}
    by_coder: dict[int, dict[int, list[int]]] = {}
    for (coder, doc), codes in triples.items():
        overall.setdefault(doc, set()).update(codes)
        by_coder.setdefault(coder, {})[doc] = codes
    series = []
    for pos in sorted(by_coder):
        cid = index.coder_order[pos]
        record = index.coders.get(cid)
        series.append(_series(index, documents, by_coder[pos], cid, record.name if record else cid))
    return Saturation(
        order=order,
        documents=tuple(documents),
        names={d: index.documents[d].name for d in documents},
        paths=index.paths,
        overall=_series(index, documents, overall, None, "All coders"),
        coders=tuple(series),
        date_attribute=attribute,
    )

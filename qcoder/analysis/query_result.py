"""What a coding query returns: its excerpts as arrays, counted at once, and as records only when
asked (a query can find 100,000 passages; the window shows a screenful at a time)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from qcoder.analysis.excerpts import merge_spans
from qcoder.analysis.index import IntArray, Profile, ProjectIndex
from qcoder.core.text import Span

if TYPE_CHECKING:
    from qcoder.analysis.query import QueryOptions


@dataclass(frozen=True)
class QueryExcerpt:
    """One passage a query found, attributed (``turn``: index among the document's turns, -1
    outside them)."""

    document_id: str
    document: str
    coder_id: str
    coder: str
    start: int
    end: int
    speaker: str
    participant: str
    profile: Profile
    turn: int
    codes: tuple[str, ...]  # paths of the query's codes coded on it
    spans: tuple[Span, ...]  # the characters coded with them

    def json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "codes": list(self.codes),
        }


@dataclass(frozen=True)
class AttributeCount:
    value: str
    excerpts: int
    documents: int
    respondents: int


@dataclass(frozen=True)
class Found:
    """The excerpts as parallel arrays in document order (positions in the index's document,
    coder and profile lists), and the matching spans as (excerpt, code, start, end) sorted by
    excerpt."""

    doc: IntArray
    coder: IntArray
    start: IntArray
    end: IntArray
    profile: IntArray
    turn: IntArray
    match_excerpt: IntArray
    match_code: IntArray
    match_start: IntArray
    match_end: IntArray
    paths: tuple[str, ...]  # match_code indexes these


class QueryResult:
    """The excerpts of a query with their counts (see :mod:`qcoder.analysis.query`)."""

    def __init__(self, query: str, options: QueryOptions, index: ProjectIndex, found: Found) -> None:
        self.query = query
        self.options = options
        self.index = index
        self.found = found
        units: dict[str, int] = {}
        self._unit = np.array([units.setdefault(p.unit, len(units)) for p in index.profiles], dtype=np.int64)

    @property
    def count(self) -> int:
        return len(self.found.doc)

    def __len__(self) -> int:
        return self.count

    @property
    def documents(self) -> int:
        return len(np.unique(self.found.doc))

    @property
    def respondents(self) -> int:
        return len(np.unique(self._unit[self.found.profile])) if self.count else 0

    @cached_property
    def _lists(self) -> tuple[list[int], ...]:
        f = self.found
        bounds = np.searchsorted(f.match_excerpt, np.arange(self.count + 1))
        arrays = (f.doc, f.coder, f.start, f.end, f.profile, f.turn, bounds, f.match_code, f.match_start, f.match_end)
        return tuple(a.tolist() for a in arrays)

    def excerpt(self, i: int) -> QueryExcerpt:
        """The ``i``-th excerpt as a record."""
        index = self.index
        doc, coder_pos, start, end, profile, turn, bounds, m_code, m_start, m_end = self._lists
        prof = index.profiles[profile[i]]
        doc_id, coder_id = index.document_order[doc[i]], index.coder_order[coder_pos[i]]
        speaker = index.speakers.get(prof.speaker_id) if prof.speaker_id else None
        participant = index.participants.get(prof.participant_id) if prof.participant_id else None
        coder = index.coders.get(coder_id)
        lo, hi = bounds[i], bounds[i + 1]
        paths = self.found.paths
        codes = tuple(dict.fromkeys(paths[c] for c in m_code[lo:hi]))
        spans = (
            merge_spans(zip(m_start[lo:hi], m_end[lo:hi], strict=True))
            if hi - lo > 1
            else list(zip(m_start[lo:hi], m_end[lo:hi], strict=True))
        )
        return QueryExcerpt(
            doc_id,
            index.documents[doc_id].name,
            coder_id,
            coder.name if coder is not None else coder_id,
            start[i],
            end[i],
            speaker.label if speaker is not None else "",
            participant.name if participant is not None else "",
            prof,
            turn[i],
            codes,
            tuple(spans),
        )

    @cached_property
    def excerpts(self) -> list[QueryExcerpt]:
        return [self.excerpt(i) for i in range(self.count)]

    def text(self, i: int) -> str:
        f = self.found
        return self.index.documents[self.index.document_order[int(f.doc[i])]].text[int(f.start[i]) : int(f.end[i])]

    def by_attribute(self, name: str) -> list[AttributeCount]:
        """Excerpts, documents and respondents per value of an attribute (of each excerpt's
        profile, as the matrix groups them); every value of the project, zero rows included."""
        f, index = self.found, self.index
        values_of = [p.value(name) for p in index.profiles]
        present = {values_of[p] for p in np.unique(f.profile).tolist()}
        values = index.attribute_values(name, present)
        pos = {v: i for i, v in enumerate(values)}
        group = np.array([pos.get(v, 0) for v in values_of], dtype=np.int64)[f.profile] if self.count else f.profile
        n = len(values)
        excerpts = np.bincount(group, minlength=n)

        def distinct(key: IntArray) -> IntArray:
            pairs = np.unique(group * (int(key.max(initial=0)) + 1) + key)
            return np.bincount(pairs // (int(key.max(initial=0)) + 1), minlength=n)

        docs = distinct(f.doc)
        units = distinct(self._unit[f.profile] if self.count else f.profile)
        return [AttributeCount(v, int(excerpts[i]), int(docs[i]), int(units[i])) for i, v in enumerate(values) if i < n]

    def json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "count": self.count,
            "documents": self.documents,
            "respondents": self.respondents,
            "excerpts": [e.json() for e in self.excerpts],
        }

"""What the analysis matrix is computed from: a project's index with its codings as columns.

The analysis window used to hold a record per coding (500k codings: 3.8 s to read them, a
second more to index them, and garbage-collection pauses of up to 0.7 s in the window while
they lived). :class:`AnalysisData` keeps the codings as parallel columns
(:class:`qcoder.core.snapshot.CodingColumns`, with their ids and stars) inside a
:class:`ProjectIndex`; the drill-down asks :meth:`AnalysisData.codings_at` for the few codings
behind an excerpt and gets small :class:`CodingRef` records made on demand.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

import numpy as np

from qcoder.analysis.index import ProjectIndex
from qcoder.core.model import Coding, Document
from qcoder.core.snapshot import CodingColumns, CodingsNotRead, ProjectSnapshot


@dataclass(frozen=True, slots=True)
class CodingRef:
    """A coding behind an excerpt, as the drill-down needs it."""

    id: str
    code_id: str
    start: int
    end: int
    exemplar: bool


@dataclass(frozen=True, slots=True)
class _Places:
    """Codings sorted by (document, coder, start): ``groups`` maps a (document, coder) pair to
    its slice of the sorted lists and its longest span."""

    order: list[int]  # positions in the columns, sorted
    starts: list[int]
    groups: dict[tuple[int, int], tuple[int, int, int]]


class AnalysisData:
    """An index of the project with its codings as columns (ids and stars included), plus the
    lookups of the drill-down; built from a :class:`ProjectIndex` read with
    ``Project.counting_index(with_text=True, with_ids=True)`` or from a snapshot of records."""

    def __init__(self, source: ProjectSnapshot | ProjectIndex) -> None:
        if isinstance(source, ProjectIndex):
            columns = source.columns
            if columns is None or len(columns.id) != len(columns):
                raise ValueError("AnalysisData needs an index read with the codings' ids (with_ids=True)")
            index = source
        else:
            columns = CodingColumns.from_codings(source.codings)
            index = ProjectIndex(replace(source, codings=CodingsNotRead()), columns)
        self.index = index
        self.snapshot = index.snapshot
        self.columns = columns
        self._flat: ProjectIndex | None = None
        self._position = {cid: i for i, cid in enumerate(columns.id)}
        self._exemplar = list(columns.exemplar)  # stars change in place (apply_coding_updates)
        self._places: _Places | None = None

    @property
    def flat(self) -> ProjectIndex:
        """The same project with every code at the top level: a code's excerpts are then its
        own codings only."""
        if self._flat is None:
            codes = [replace(c, parent_id=None) for c in self.snapshot.codes]
            self._flat = ProjectIndex(replace(self.snapshot, codes=codes), self.columns)
        return self._flat

    def attribute_names(self) -> list[str]:
        return list(dict.fromkeys(self.index.attribute_names()))  # defined for documents and participants

    def coder_names(self) -> dict[str, str]:
        return {
            cid: (self.index.coders[cid].name if cid in self.index.coders else cid) for cid in self.index.coder_order
        }

    def __len__(self) -> int:
        return len(self.columns)

    def exemplar(self, coding_id: str) -> bool | None:
        """The coding's star, or None for a coding this data does not hold."""
        pos = self._position.get(coding_id)
        return None if pos is None else self._exemplar[pos]

    def starred(self) -> np.ndarray[tuple[int], np.dtype[np.bool_]]:
        """Which codings (in the columns' order) are starred now."""
        return np.array(self._exemplar, dtype=np.bool_)

    def index_places(self) -> None:
        """Sort the codings by place for :meth:`codings_at` (done once; the window does it in its
        worker rather than on the first click of a cell)."""
        if self._places is not None:
            return
        arrays = self.index.coding_arrays()
        doc, coder, start, end = arrays.doc, arrays.coder, arrays.start, arrays.end
        order = np.lexsort((start, coder, doc))
        if len(order) == 0:
            self._places = _Places([], [], {})
            return
        d, k = doc[order], coder[order]
        lengths = (end - start)[order]
        edges = np.flatnonzero((d[1:] != d[:-1]) | (k[1:] != k[:-1])) + 1
        lo = np.concatenate(([0], edges))
        hi = np.concatenate((edges, [len(order)]))
        longest = np.maximum.reduceat(lengths, lo)
        groups = {
            (int(dd), int(kk)): (int(a), int(b), int(m))
            for dd, kk, a, b, m in zip(
                d[lo].tolist(), k[lo].tolist(), lo.tolist(), hi.tolist(), longest.tolist(), strict=True
            )
        }
        self._places = _Places(order.tolist(), start[order].tolist(), groups)

    def codings_at(self, document_id: str, coder_id: str, start: int, end: int) -> list[CodingRef]:
        """The codings of a coder that overlap ``[start, end)`` of a document."""
        self.index_places()
        assert self._places is not None
        doc, coder = self.index.doc_pos.get(document_id), self.index.coder_pos.get(coder_id)
        group = self._places.groups.get((doc, coder)) if doc is not None and coder is not None else None
        if group is None:
            return []
        lo, hi, longest = group
        starts, order, cols = self._places.starts, self._places.order, self.columns
        first, last = bisect_left(starts, start - longest, lo, hi), bisect_left(starts, end, lo, hi)
        out = []
        for pos in order[first:last]:
            if cols.end[pos] > start:
                out.append(
                    CodingRef(cols.id[pos], cols.code_id[pos], cols.start[pos], cols.end[pos], self._exemplar[pos])
                )
        return out

    def subtree(self, code_id: str) -> set[str]:
        out: set[str] = set()
        stack = [code_id]
        while stack:
            cid = stack.pop()
            if cid not in out:
                out.add(cid)
                stack.extend(self.index.children.get(cid, []))
        return out

    def with_codings(
        self,
        fresh: dict[str, Coding | None],
        documents: dict[str, Document] | None = None,
    ) -> AnalysisData:
        """A new snapshot's data: these codings added, replaced or (None) removed, these
        documents replaced; everything else is taken as it is (reading a large project anew
        takes a second or more). Stars set in place are kept."""
        cols = self.columns
        names = ("document_id", "code_id", "coder_id", "start", "end", "id")
        lists: dict[str, list[object]] = {n: list(getattr(cols, n)) for n in names}
        stars: list[object] = list(self._exemplar)
        gone: set[int] = set()
        for cid, coding in fresh.items():
            pos = self._position.get(cid)
            if coding is None:
                if pos is not None:
                    gone.add(pos)
                continue
            values = (coding.document_id, coding.code_id, coding.coder_id, coding.start, coding.end, coding.id)
            if pos is None:
                for n, v in zip(names, values, strict=True):
                    lists[n].append(v)
                stars.append(coding.exemplar)
            else:
                for n, v in zip(names, values, strict=True):
                    lists[n][pos] = v
                stars[pos] = coding.exemplar
        if gone:
            keep = [i for i in range(len(stars)) if i not in gone]
            lists = {n: [v[i] for i in keep] for n, v in lists.items()}
            stars = [stars[i] for i in keep]
        new = CodingColumns(**lists, exemplar=stars)  # type: ignore[arg-type]
        docs = self.snapshot.documents
        if documents:
            docs = [documents.get(d.id, d) for d in docs]
        return AnalysisData(ProjectIndex(replace(self.snapshot, documents=docs), new))

    def document(self, document_id: str) -> Document | None:
        return self.index.documents.get(document_id)

    def apply_coding_updates(self, codings: list[Coding]) -> bool:
        """Take fresh records of codings whose place did not change (a star, a memo).

        Returns False, changing nothing, when one of them is new or moved (the counts must be
        computed anew)."""
        cols = self.columns
        for c in codings:
            pos = self._position.get(c.id)
            if pos is None or (
                cols.document_id[pos],
                cols.code_id[pos],
                cols.coder_id[pos],
                cols.start[pos],
                cols.end[pos],
            ) != (c.document_id, c.code_id, c.coder_id, c.start, c.end):
                return False
        for c in codings:
            self._exemplar[self._position[c.id]] = c.exemplar
        return True

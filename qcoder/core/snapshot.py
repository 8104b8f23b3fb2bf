"""A whole project as plain records: the unit of exchange.

REFI-QDA import/export, merging coder projects, push/pull to a server and the analysis
functions all work on a :class:`ProjectSnapshot`, never on the database directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn

from qcoder.core.model import (
    AttributeDef,
    Code,
    Coder,
    Coding,
    Document,
    MediaLink,
    Memo,
    Participant,
    Speaker,
    Summary,
    Turn,
)


@dataclass
class ProjectSnapshot:
    name: str = ""
    documents: list[Document] = field(default_factory=list)  # info.attributes filled in
    speakers: list[Speaker] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)  # attributes filled in
    attributes: list[AttributeDef] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    coders: list[Coder] = field(default_factory=list)
    codings: list[Coding] = field(default_factory=list)
    memos: list[Memo] = field(default_factory=list)
    summaries: list[Summary] = field(default_factory=list)  # the framework matrix's, every author's
    # document id -> (offset, seconds) of its paragraphs without a speaker (unlabelled captions)
    paragraph_times: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    media: list[MediaLink] = field(default_factory=list)  # linked recordings (paths as stored)


@dataclass(frozen=True, slots=True)
class CodingColumns:
    """Every coding of a project as parallel columns, without a record per coding: what counting
    needs (500k codings read as records cost 2 s; as columns 0.7 s)."""

    document_id: list[str] = field(default_factory=list)
    code_id: list[str] = field(default_factory=list)
    coder_id: list[str] = field(default_factory=list)
    start: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    # read only when asked (the analysis window's drill-down and stars); empty otherwise
    id: list[str] = field(default_factory=list)
    exemplar: list[bool] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.start)

    @classmethod
    def from_codings(cls, codings: list[Coding]) -> CodingColumns:
        """The columns of these records, ids and stars included."""
        return cls(
            [c.document_id for c in codings],
            [c.code_id for c in codings],
            [c.coder_id for c in codings],
            [c.start for c in codings],
            [c.end for c in codings],
            [c.id for c in codings],
            [c.exemplar for c in codings],
        )


class CodingsNotRead(list[Coding]):
    """``ProjectSnapshot.codings`` of a snapshot read with :class:`CodingColumns` instead: any
    use raises, so that nothing can mistake it for a project without codings."""

    def _refuse(self, *_args: object, **_kwargs: object) -> NoReturn:
        raise RuntimeError("this snapshot was read for counting: its codings are columns, not records")

    __iter__ = __len__ = __getitem__ = __contains__ = __reversed__ = _refuse
    append = extend = insert = index = count = copy = _refuse

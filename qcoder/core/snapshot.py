"""A whole project as plain records: the unit of exchange.

REFI-QDA import/export, merging coder projects, push/pull to a server and the analysis
functions all work on a :class:`ProjectSnapshot`, never on the database directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qcoder.core.model import (
    AttributeDef,
    Code,
    Coder,
    Coding,
    Document,
    Memo,
    Participant,
    Speaker,
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

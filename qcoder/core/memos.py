"""The memo list: one plain record per memo of any kind, and the filter the window and the
command line share (type, author, date, full-text search).

Kinds: the project journal (``project``: dated entries, plus the single project memo of older
or imported projects), ``document``, ``code`` and ``participant`` memos (one per target, edited
in place), ``coding`` memos (kept on their codings), and the framework matrix's summaries
(``summary``: one per case, theme and author; ``on`` is ``summary:CASE × THEME``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

KINDS = ("project", "document", "code", "participant", "coding", "summary")
"""Memo kinds in the order the list and the DOCX export show them."""

KIND_TITLES = {
    "project": "Project journal",
    "document": "Document memos",
    "code": "Code memos",
    "participant": "Participant memos",
    "coding": "Coding memos",
    "summary": "Framework summaries",
}


@dataclass(frozen=True, slots=True)
class MemoEntry:
    """One memo as the list shows it. ``on`` is ``project``, ``document:NAME``, ``code:PATH``,
    ``participant:NAME`` or, for a coding memo, ``coding:DOCUMENT:START-END``."""

    id: str  # a journal entry's own id, the target's id, "project" for the project memo, or a
    # summary's ``summary_key`` (case key, code id and author id, tab-separated)
    kind: str
    target_id: str  # the document, code, participant or coding id ("" or the entry id: project;
    # a summary's theme code id)
    on: str
    author: str  # the coder's name ("" unknown)
    created: datetime  # when last written (the table keeps no separate creation time)
    text: str
    document_id: str = ""  # where a coding memo's coding is
    start: int = 0
    end: int = 0

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "on": self.on,
            "author": self.author,
            "created": self.created.isoformat(),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class MemoFilter:
    """Which memos to show: ``kinds`` (None: all), ``author`` (a coder name, any case), a date
    range (inclusive, on the memo's date in UTC) and ``text`` (every word, any case, in the memo
    or in what it is on)."""

    kinds: frozenset[str] | None = None
    author: str = ""
    since: date | None = None
    until: date | None = None
    text: str = ""

    def matches(self, entry: MemoEntry) -> bool:
        if self.kinds is not None and entry.kind not in self.kinds:
            return False
        if self.author and entry.author.casefold() != self.author.strip().casefold():
            return False
        day = entry.created.date()
        if (self.since is not None and day < self.since) or (self.until is not None and day > self.until):
            return False
        haystack = f"{entry.text}\n{entry.on}".casefold()
        return all(word in haystack for word in self.text.casefold().split())


def filter_memos(entries: Iterable[MemoEntry], memo_filter: MemoFilter) -> list[MemoEntry]:
    """The entries the filter keeps, oldest first (then by kind and what they are on)."""
    kept = [e for e in entries if memo_filter.matches(e)]
    return sorted(kept, key=lambda e: (e.created, KINDS.index(e.kind) if e.kind in KINDS else len(KINDS), e.on))

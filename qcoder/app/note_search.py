"""The project search beyond documents: every memo (journal, document, code, participant and
coding memos) and every framework-matrix summary, hits in context like a document's.

A hit's ``document_name`` says what the note is ("Code memo · Barriers > Trust", "Summary ·
site=Harbor City × Turnover · Maya"), ``note`` is the memo-list entry it opens, and its offsets
are in the note's text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from qcoder.app.memos import memo_entries
from qcoder.app.services.search import SearchHit
from qcoder.core.memos import MemoEntry

if TYPE_CHECKING:
    from qcoder.app.project import Project

_WHAT = {
    "project": "Journal",
    "document": "Document memo",
    "code": "Code memo",
    "participant": "Participant memo",
    "coding": "Coding memo",
    "summary": "Summary",
}


def note_title(entry: MemoEntry) -> str:
    """What a note is, in a line: its kind, what it is on, and for a summary its author."""
    what = _WHAT.get(entry.kind, "Memo")
    if entry.kind == "project":
        return what
    on = entry.on.partition(":")[2]
    return f"{what} · {on}" + (f" · {entry.author}" if entry.kind == "summary" and entry.author else "")


def search_notes(project: Project, query: str, limit: int = 500, context: int = 60) -> list[SearchHit]:
    """Case-insensitive phrase search over memos and summaries (the same rules as documents)."""
    query = query.strip()
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    hits: list[SearchHit] = []
    entries = sorted(memo_entries(project, summaries=True), key=lambda e: (e.kind, e.on, e.id))
    for entry in entries:
        title = note_title(entry)
        for m in pattern.finditer(entry.text):
            s, e = m.span()
            text = entry.text
            hits.append(
                SearchHit("", title, s, e, text[max(0, s - context) : s], m.group(0), text[e : e + context], entry)
            )
            if len(hits) >= limit:
                return hits
    return hits

"""Phrase search over all documents (and, through :mod:`qcoder.app.note_search`, over memos and
summaries)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcoder.app.services.core import ProjectCore
from qcoder.core.memos import MemoEntry


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: str
    document_name: str
    start: int
    end: int
    before: str
    match: str
    after: str
    note: MemoEntry | None = None  # a hit in a memo or summary (then ``document_name`` says which)


class SearchService:
    """Phrase search with context around each hit."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def search(self, query: str, limit: int = 500, context: int = 60) -> list[SearchHit]:
        """Case-insensitive phrase search over all documents, with context around each hit."""
        query = query.strip()
        if not query:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        with self._store.reader() as repo:
            names = repo.document_names()
            if re.search(r"\w", query) and not re.search(r"[^\w\s\-'.,;:!?\"]", query):
                candidates = self._store.search_documents(query)  # the index narrows word queries
            else:
                candidates = list(names)  # emoji, symbols: scan the texts
            texts = repo.document_texts_of(candidates)
        hits: list[SearchHit] = []
        for doc_id in candidates:
            text = texts[doc_id]
            for m in pattern.finditer(text):
                s, e = m.span()
                hits.append(
                    SearchHit(
                        doc_id, names[doc_id], s, e, text[max(0, s - context) : s], m.group(0), text[e : e + context]
                    )
                )
                if len(hits) >= limit:
                    return hits
        return hits

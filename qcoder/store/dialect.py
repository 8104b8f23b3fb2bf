"""The only place with backend-specific SQL (besides migrations): full-text search, and the
lock that makes two server imports of one text queue."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)


def search_document_ids(session: Session, query: str) -> list[str]:
    """Ids of documents containing every word of ``query`` (prefix match on the last word).

    This only narrows the candidates; the caller finds exact hit positions in the text.
    """
    words = _WORD.findall(query)
    if not words:
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        rows = session.execute(
            text(
                "SELECT d.id FROM documents_fts f JOIN document_texts t ON t.rowid = f.rowid "
                "JOIN documents d ON d.id = t.document_id WHERE documents_fts MATCH :q ORDER BY d.position"
            ),
            {"q": match.strip()},
        )
        return [r[0] for r in rows]
    if dialect == "postgresql":
        tsquery = " & ".join(words[:-1] + [words[-1] + ":*"])
        rows = session.execute(
            text(
                "SELECT d.id FROM documents d JOIN document_texts t ON t.document_id = d.id "
                "WHERE to_tsvector('simple', t.text) @@ to_tsquery('simple', :q) ORDER BY d.position"
            ),
            {"q": tsquery},
        )
        return [r[0] for r in rows]
    rows = session.execute(text("SELECT id FROM documents ORDER BY position"))
    return [r[0] for r in rows]


def lock_text_claim(session: Session, sha256: str) -> None:
    """Make concurrent claims of one text queue until the claiming transaction ends.

    SQLite needs nothing: a writing transaction there holds the database's write lock from its
    BEGIN IMMEDIATE. PostgreSQL's READ COMMITTED lets two transactions both see no document with
    this text and both store it; a transaction-scoped advisory lock on the text's hash makes the
    second wait, and its check then sees the first one's committed row."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": "qcoder-text:" + sha256})

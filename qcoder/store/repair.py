"""Repairs of rows that break qcoder's rules (``qcoder check --repair`` and migration 0007).

What can be repaired, and how (nothing is deleted: rows taken out go to ``set_aside``):

- a document whose ``chars`` differs from its text's length: ``chars`` is set to the length;
- a document whose text differs from its stored SHA-256 (changed outside qcoder): the hash is
  recorded anew for the text as it is, and the report says so (the backup made before the
  repair keeps the file as it was, should the change not have been intended);
- a coding outside its document's text (start < 0, end <= start, end > chars) or whose document,
  code or coder is missing: set aside;
- a turn outside its document's text (start < 0, end < start, end > chars) or whose document
  or speaker is missing: set aside;
- SQLite: a search index that does not match the texts: rebuilt.

What cannot be repaired here: damaged pages of the file and a document that lost its text
(restore a backup).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from qcoder.core.text import text_sha256

_BAD_CODINGS = (
    "SELECT c.* FROM codings c LEFT JOIN documents d ON d.id = c.document_id "
    "LEFT JOIN codes k ON k.id = c.code_id LEFT JOIN coders p ON p.id = c.coder_id "
    'WHERE d.id IS NULL OR k.id IS NULL OR p.id IS NULL OR c.start < 0 OR c."end" <= c.start '
    'OR c."end" > d.chars'
)
_BAD_TURNS = (
    "SELECT t.* FROM turns t LEFT JOIN documents d ON d.id = t.document_id "
    "LEFT JOIN speakers s ON s.id = t.speaker_id "
    'WHERE d.id IS NULL OR s.id IS NULL OR t.start < 0 OR t."end" < t.start OR t."end" > d.chars'
)
_CHARS_WRONG = (
    "SELECT d.id, d.name, d.chars, length(t.text) FROM documents d JOIN document_texts t "
    "ON t.document_id = d.id WHERE d.chars != length(t.text)"
)


def repairable(problems: list[str]) -> bool:
    """Whether ``repair`` can deal with these findings of the integrity check (rows breaking
    qcoder's rules; not damaged pages of the file, reported as "SQLite: …", nor a lost text)."""
    return bool(problems) and not any(p.startswith("SQLite") or "lost its text" in p for p in problems)


def _reason(row: dict[str, Any], what: str) -> str:
    return f"{what} [{row.get('start')}, {row.get('end')}) is outside its document's text or refers to a missing row"


def _set_aside(conn: Connection, table: str, query: str, now: datetime) -> list[str]:
    rows = [dict(r._mapping) for r in conn.execute(text(query))]
    done: list[str] = []
    for row in rows:
        reason = _reason(row, table[:-1])
        conn.execute(
            text(
                "INSERT INTO set_aside (at, source_table, row_id, reason, data) VALUES (:at, :t, :id, :reason, :data)"
            ),
            {"at": now, "t": table, "id": row["id"], "reason": reason, "data": json.dumps(row, default=str)},
        )
        conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": row["id"]})
        done.append(f"set aside {table[:-1]} {row['id']}: {reason}")
    return done


def set_aside_bad_spans(conn: Connection) -> list[str]:
    """Move codings and turns that break the span rules into ``set_aside``; one sentence each."""
    now = datetime.now(UTC)
    return _set_aside(conn, "codings", _BAD_CODINGS, now) + _set_aside(conn, "turns", _BAD_TURNS, now)


def _fix_chars(conn: Connection) -> list[str]:
    done = []
    for doc_id, name, chars, length in conn.execute(text(_CHARS_WRONG)).fetchall():
        conn.execute(text("UPDATE documents SET chars = :n WHERE id = :id"), {"n": length, "id": doc_id})
        done.append(f"document {name!r}: its length was {chars} characters, set to its text's {length}")
    return done


def _fix_hashes(conn: Connection) -> list[str]:
    done = []
    rows = conn.execute(
        text("SELECT d.id, d.name, d.sha256, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id")
    )
    for doc_id, name, sha, body in rows.fetchall():
        fresh = text_sha256(body)
        if fresh != sha:
            conn.execute(text("UPDATE documents SET sha256 = :h WHERE id = :id"), {"h": fresh, "id": doc_id})
            done.append(
                f"document {name!r}: its text differs from the fingerprint recorded at import (changed outside "
                "qcoder); the fingerprint now records the text as it is (restore the backup made before this "
                "repair if that change was not intended)"
            )
    return done


def _rebuild_search(conn: Connection) -> list[str]:
    if conn.dialect.name != "sqlite":
        return []  # the server's GIN index is kept by the server
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 0)")
    except Exception:  # noqa: BLE001 - the FTS check reports by raising
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        return ["rebuilt the search index"]
    return []


def repair(conn: Connection) -> list[str]:
    """Repair what can be repaired (see the module's doc) in the caller's transaction."""
    return _fix_chars(conn) + _fix_hashes(conn) + set_aside_bad_spans(conn) + _rebuild_search(conn)


def set_aside_rows(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, row id, reason) of every row set aside so far."""
    rows = conn.execute(text("SELECT source_table, row_id, reason FROM set_aside ORDER BY id"))
    return [(str(t), str(i), str(r)) for t, i, r in rows]

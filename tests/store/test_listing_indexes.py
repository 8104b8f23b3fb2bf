"""Listing documents and numbering a new one never read the rows that hold transcript text.

SQLite stores a row's columns in order, so reading ``position`` after the ``text`` column walks
every overflow page of the transcript: a listing cost grew with the size of the whole corpus
(issue 14: 42 ms for max(position) at 2,488 documents). Migration 0005's covering indexes answer
these queries from the index alone; the query plans say so.
"""

from __future__ import annotations

from sqlalchemy import func, select

from qcoder.store.project_store import ProjectStore
from qcoder.store.rows import DOC_INFO_COLS
from qcoder.store.schema import DocumentRow


def _plan(store: ProjectStore, statement) -> str:
    with store.engine.connect() as conn:
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        return " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_listing_and_numbering_use_covering_indexes(tmp_path):
    store = ProjectStore.create(tmp_path / "p.qcoder")
    try:
        listing = select(*DOC_INFO_COLS).order_by(DocumentRow.position, DocumentRow.name)
        assert "COVERING INDEX ix_documents_listing" in _plan(store, listing)
        numbering = select(func.max(DocumentRow.position))
        plan = _plan(store, numbering)
        assert "ix_documents_listing" in plan and "SCAN documents" not in plan.replace("USING COVERING", "")
        names = select(DocumentRow.id, DocumentRow.name).order_by(DocumentRow.position, DocumentRow.name)
        assert "COVERING INDEX" in _plan(store, names)
    finally:
        store.close()

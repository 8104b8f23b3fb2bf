"""document texts kept apart from the rows that listings read

A transcript's text (tens of thousands of characters) lived in the ``documents`` row, so every
query touching a document row carried it along: listing, numbering, joins of codings with their
document. The text moves to ``document_texts`` (one row per document, deleted with it); the
full-text index follows it (SQLite: FTS5 external content over ``document_texts``; PostgreSQL: the
GIN index), and on a server the roles that could read or change ``documents`` get the same
rights on the new table. Opening an older project backs it up before this runs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2'"


def _sqlite_fts(content: str) -> None:
    """The FTS5 index over ``content`` (external content, kept in step by triggers)."""
    for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS documents_fts")
    op.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5("
        f"text, content='{content}', content_rowid='rowid', {_FTS_OPTIONS})"
    )
    op.execute(
        f"CREATE TRIGGER documents_fts_ai AFTER INSERT ON {content} BEGIN "
        "INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        f"CREATE TRIGGER documents_fts_ad AFTER DELETE ON {content} BEGIN "
        "INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END"
    )
    op.execute(
        f"CREATE TRIGGER documents_fts_au AFTER UPDATE OF text ON {content} BEGIN "
        "INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


def _copy_grants(source: str, target: str) -> None:
    """Give every role the rights on ``target`` it has on ``source`` (server projects)."""
    rows = op.get_bind().exec_driver_sql(
        "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
        "WHERE table_schema = current_schema() AND table_name = %(t)s AND grantee <> current_user",
        {"t": source},
    )
    for grantee, privilege in rows.fetchall():
        op.execute(f'GRANT {privilege} ON {target} TO "{grantee.replace(chr(34), chr(34) * 2)}"')


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "document_texts",
        sa.Column(
            "document_id", sa.String(length=36), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("text", sa.Text(), nullable=False),
    )
    if dialect == "sqlite":
        op.execute("INSERT INTO document_texts (document_id, text) SELECT id, text FROM documents ORDER BY rowid")
        _sqlite_fts("document_texts")
        op.execute("ALTER TABLE documents DROP COLUMN text")
    else:
        op.execute("INSERT INTO document_texts (document_id, text) SELECT id, text FROM documents")
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
        op.execute("CREATE INDEX ix_documents_fts ON document_texts USING GIN (to_tsvector('simple', text))")
        op.execute("ALTER TABLE documents DROP COLUMN text")
        _copy_grants("documents", "document_texts")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute("ALTER TABLE documents ADD COLUMN text TEXT NOT NULL DEFAULT ''")
    op.execute("UPDATE documents SET text = (SELECT t.text FROM document_texts t WHERE t.document_id = documents.id)")
    if dialect == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
        op.drop_table("document_texts")
        _sqlite_fts("documents")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
        op.drop_table("document_texts")
        op.execute("CREATE INDEX ix_documents_fts ON documents USING GIN (to_tsvector('simple', text))")

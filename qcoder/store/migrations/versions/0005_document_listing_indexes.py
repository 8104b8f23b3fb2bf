"""listings never read the transcript text

Listing documents (id, name, size, hash, source, position) and numbering a new one
(max(position)) used to scan the documents table, whose rows carry the full transcript text: at
2,500 documents of 36k characters, max(position) took ~100 ms and the listing ~20 ms, per import.
A covering index answers both from the index alone (0.8 ms and 3 ms); a second one serves the
joins that only need a document's id, name and length (codings against their document).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LISTING = ["position", "name", "id", "chars", "sha256", "source_name", "source_format", "imported_at"]


def upgrade() -> None:
    op.create_index("ix_documents_listing", "documents", LISTING)
    op.create_index("ix_documents_id_chars", "documents", ["id", "chars", "name"])


def downgrade() -> None:
    op.drop_index("ix_documents_id_chars", table_name="documents")
    op.drop_index("ix_documents_listing", table_name="documents")

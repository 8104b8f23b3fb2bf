"""Recordings linked to documents

One row per document with a recording: the media file's path (relative to the project file's
folder when it lies under it, else absolute) and its duration in seconds when known. Media
files are referenced, not stored. On a team server everyone reads the links and leads write
them, as for documents.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qcoder.store.server_pg import reinstall, security_installed

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("duration", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql" and security_installed(bind):
        reinstall(bind)


def downgrade() -> None:
    op.drop_table("media")

"""change log (live refresh for shared projects) and members (roles)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "members",
        sa.Column("coder_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("db_user", sa.String(length=63), nullable=True),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("coder_id"),
        sa.UniqueConstraint("db_user"),
    )


def downgrade() -> None:
    op.drop_table("members")
    op.drop_table("change_log")

"""Framework-matrix summaries

One row per case (``site=Harbor City``, ``document:<id>``, ``participant:<id>``, ``site=A|group=B``),
theme (code id) and author (coder id), with its text and when it was written and last changed.
A team server fills in the author when a client leaves it out, and its row-level security lets a
coder write only their own summaries (server_pg, as for memos).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qcoder.store.server_pg import reinstall, security_installed

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "summaries",
        sa.Column("case_key", sa.String(length=400), nullable=False),
        sa.Column("code_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("case_key", "code_id", "author"),
    )
    op.create_index("ix_summaries_code", "summaries", ["code_id"])
    if bind.dialect.name == "postgresql":
        # server roles read summaries like memos; the grants and policies of a team server again
        rows = bind.exec_driver_sql(
            "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = current_schema() AND table_name = 'memos' AND grantee <> current_user "
            "AND privilege_type = 'SELECT'"
        )
        for grantee, privilege in rows.fetchall():
            op.execute(f'GRANT {privilege} ON summaries TO "{grantee.replace(chr(34), chr(34) * 2)}"')
        if security_installed(bind):
            reinstall(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS summaries_own ON summaries")
    op.drop_index("ix_summaries_code", table_name="summaries")
    op.drop_table("summaries")

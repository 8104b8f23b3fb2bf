"""CHECK constraints on coding and turn offsets (rows breaking them set aside); memo authors

The database itself refuses a coding with start < 0 or end <= start, and a turn with start < 0
or end < start (before, one bad row written by any client made every command of every user fail
the integrity check). Rows of an older project that break these rules (or lie outside their
document's text, or refer to a missing row) move to the new ``set_aside`` table as JSON with the
reason; ``qcoder check --repair`` does the same later. SQLite rebuilds both tables (batch mode);
their indexes are recreated, the documents, texts and search index are not touched. Opening an
older project backs it up before this runs.

Memos record their author (a team server fills it in: coders may change only their own
memos), and a team server's grants and row-level security are installed again: coders can no
longer rename or delete coders, change members, or change or delete the change log.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from qcoder.store.repair import set_aside_bad_spans
from qcoder.store.server_pg import reinstall, security_installed

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CODINGS = 'start >= 0 AND "end" > start'
_TURNS = 'start >= 0 AND "end" >= start'


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "set_aside",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_table", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    set_aside_bad_spans(bind)
    with op.batch_alter_table("memos") as batch:
        batch.add_column(sa.Column("author", sa.String(length=36), nullable=False, server_default=""))
    with op.batch_alter_table("codings") as batch:
        batch.create_check_constraint("ck_codings_span", sa.text(_CODINGS))
    with op.batch_alter_table("turns") as batch:
        batch.create_check_constraint("ck_turns_span", sa.text(_TURNS))
    if bind.dialect.name == "postgresql":
        # server roles read set-aside rows like the change log; leads may also write them
        rows = bind.exec_driver_sql(
            "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = current_schema() AND table_name = 'audit_log' AND grantee <> current_user"
        )
        for grantee, privilege in rows.fetchall():
            op.execute(f'GRANT {privilege} ON set_aside TO "{grantee.replace(chr(34), chr(34) * 2)}"')
        if security_installed(bind):  # a team server: the tightened grants and policies
            reinstall(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS memos_own ON memos")
    with op.batch_alter_table("turns") as batch:
        batch.drop_constraint("ck_turns_span", type_="check")
    with op.batch_alter_table("codings") as batch:
        batch.drop_constraint("ck_codings_span", type_="check")
    with op.batch_alter_table("memos") as batch:
        batch.drop_column("author")
    op.drop_table("set_aside")

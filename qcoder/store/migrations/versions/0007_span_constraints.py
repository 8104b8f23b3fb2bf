"""CHECK constraints on coding and turn offsets (rows breaking them set aside); memo authors

The database itself refuses a coding with start < 0 or end <= start, and a turn with start < 0
or end < start (CHECK constraints); a server also refuses either of them ending past its
document's length (a trigger: the rule spans two tables). Before, one bad row written by any
client made every command of every user fail the integrity check. Rows of an older project that
break these rules (or lie outside their document's text, or refer to a missing row) move to the
new ``set_aside`` table as JSON with the reason; ``qcoder check --repair`` does the same later.
SQLite rebuilds both tables (batch mode); their indexes are recreated, the documents, texts and
search index are not touched. Opening an older project backs it up before this runs.

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


_OUTSIDE = "'a coding or turn must end inside its document''s text'"  # an SQL literal


def _inside_triggers(dialect: str) -> None:
    """A server: a span's end within its document's length (a rule across two tables, so a
    trigger), against a coder's raw SQL. Project files are left without it: it made bulk inserts
    of codings 30% slower, a file has no hostile writers, and the check and --repair cover it."""
    if dialect != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION qcoder_span_inside() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        'IF NEW."end" > (SELECT chars FROM documents WHERE id = NEW.document_id) THEN '
        f"RAISE EXCEPTION {_OUTSIDE} USING ERRCODE = 'check_violation'; "
        "END IF; RETURN NEW; END $$"
    )
    for table in ("codings", "turns"):
        op.execute(
            f'CREATE TRIGGER {table}_inside BEFORE INSERT OR UPDATE OF document_id, start, "end" ON {table} '
            "FOR EACH ROW EXECUTE FUNCTION qcoder_span_inside()"
        )


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
    _inside_triggers(bind.dialect.name)
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
        for table in ("codings", "turns"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_inside ON {table}")
        op.execute("DROP FUNCTION IF EXISTS qcoder_span_inside()")
    with op.batch_alter_table("turns") as batch:
        batch.drop_constraint("ck_turns_span", type_="check")
    with op.batch_alter_table("codings") as batch:
        batch.drop_constraint("ck_codings_span", type_="check")
    with op.batch_alter_table("memos") as batch:
        batch.drop_column("author")
    op.drop_table("set_aside")

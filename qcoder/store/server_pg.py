"""PostgreSQL team server: database roles and row-level security (PostgreSQL-only SQL).

Each project database gets two group roles, ``qcoder_<db>_lead`` and ``qcoder_<db>_coder``.
Members log in as their own database users, which belong to one of the groups. Coders may
read everything but write only their own codings (row-level security on ``codings``), memos,
their coder row and the change log; leads may write everything. The owner who ran
``qcoder server init`` is not subject to row-level security (PostgreSQL's rule for owners).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# tables a coder may write (codings further limited to their own rows by a policy)
CODER_WRITES = ("codings", "memos", "coders", "change_log")


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a plain PostgreSQL name (lower-case letters, digits, _)")
    return f'"{name}"'


def group_roles(conn: Connection) -> tuple[str, str]:
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    base = re.sub(r"[^a-z0-9_]", "_", str(db).lower())[:40]
    return f"qcoder_{base}_lead", f"qcoder_{base}_coder"


def _ensure_role(conn: Connection, name: str, login: bool, password: str | None = None) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists is None:
        conn.exec_driver_sql(f"CREATE ROLE {_ident(name)} {'LOGIN' if login else 'NOLOGIN'}")
    if password is not None:
        # utility statements take no bind parameters: quote the literal with psycopg; the
        # server stores only the password's SCRAM hash
        from psycopg import sql

        raw = conn.connection.driver_connection
        statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(password))
        conn.exec_driver_sql(statement.as_string(raw))


def install_security(engine: Engine) -> tuple[str, str]:
    """Create the group roles, grants and policies (idempotent). Returns (lead, coder) roles."""
    with engine.begin() as conn:
        return _install(conn)


def _install(conn: Connection) -> tuple[str, str]:
    lead, coder = group_roles(conn)
    _ensure_role(conn, lead, login=False)
    _ensure_role(conn, coder, login=False)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {_ident(lead)}, {_ident(coder)}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_ident(lead)}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {_ident(lead)}, {_ident(coder)}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_ident(coder)}")
    for table in CODER_WRITES:
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {_ident(coder)}")
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION qcoder_actor() RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS $$ SELECT coder_id FROM members WHERE db_user = session_user $$"
    )
    conn.exec_driver_sql("ALTER TABLE codings ENABLE ROW LEVEL SECURITY")
    for policy in ("codings_read", "codings_lead", "codings_own"):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON codings")
    conn.exec_driver_sql("CREATE POLICY codings_read ON codings FOR SELECT USING (true)")
    conn.exec_driver_sql(
        f"CREATE POLICY codings_lead ON codings FOR ALL TO {_ident(lead)} USING (true) WITH CHECK (true)"
    )
    conn.exec_driver_sql(
        f"CREATE POLICY codings_own ON codings FOR ALL TO {_ident(coder)} "
        "USING (coder_id = qcoder_actor()) WITH CHECK (coder_id = qcoder_actor())"
    )
    return lead, coder


def add_login(engine: Engine, db_user: str, role: str, password: str | None) -> None:
    """Create (or update) a login for a member and put it in the lead or coder group."""
    with engine.begin() as conn:
        _add_login(conn, db_user, role, password)


def _add_login(conn: Connection, db_user: str, role: str, password: str | None) -> None:
    lead, coder = group_roles(conn)
    _ensure_role(conn, db_user, login=True, password=password)
    group, other = (lead, coder) if role == "lead" else (coder, lead)
    conn.exec_driver_sql(f"GRANT {_ident(group)} TO {_ident(db_user)}")
    conn.exec_driver_sql(f"REVOKE {_ident(other)} FROM {_ident(db_user)}")

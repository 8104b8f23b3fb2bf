"""PostgreSQL team server: database roles and row-level security (PostgreSQL-only SQL).

Each project database gets two group roles, ``qcoder_<db>_lead`` and ``qcoder_<db>_coder``.
Members log in as their own database users, which belong to one of the groups. Coders may
read everything; a coder login, even with raw SQL, may only

- add, change and remove their own codings (row-level security on ``codings``);
- write framework-matrix summaries that are theirs (``summaries.author``, as memos);
- write memos that are theirs: each memo row records its ``author`` (filled in by the server),
  a coder may change or remove only memos they wrote and cannot overwrite another's;
- add coders (never rename or delete one: whose codings are whose stays as it is);
- append to the change log under their own name (never change or delete its rows);
- nothing else: members, the codebook, documents, the audit log are read-only to them.

Leads may write everything. The owner who ran ``qcoder server init`` is not subject to
row-level security (PostgreSQL's rule for owners).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# what a coder may write (rows further limited by the policies below)
CODER_WRITES = {
    "codings": "INSERT, UPDATE, DELETE",
    "memos": "INSERT, UPDATE, DELETE",
    "summaries": "INSERT, UPDATE, DELETE",
    "coders": "INSERT",
    "change_log": "INSERT",
}
# row-level security for coders: table -> (policy name, command, USING, WITH CHECK)
_OWN = "= qcoder_actor()"
Policy = tuple[str, str, str | None, str]
CODER_POLICIES: dict[str, list[Policy]] = {
    "codings": [("codings_own", "ALL", f"coder_id {_OWN}", f"coder_id {_OWN}")],
    "memos": [("memos_own", "ALL", f"author {_OWN}", f"author {_OWN}")],
    "summaries": [("summaries_own", "ALL", f"author {_OWN}", f"author {_OWN}")],
    "change_log": [("change_log_own", "INSERT", None, f"actor {_OWN}")],
    "coders": [("coders_add", "INSERT", None, "true")],
}


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
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM {_ident(coder)}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_ident(coder)}")
    # a table a later migration adds is skipped until then (0007 reinstalls before 0008 runs)
    present = {r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))}
    for table, rights in CODER_WRITES.items():
        if table not in present:
            continue
        conn.exec_driver_sql(f"GRANT {rights} ON {table} TO {_ident(coder)}")
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION qcoder_actor() RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS $$ SELECT coder_id FROM members WHERE db_user = session_user $$"
    )
    # a memo's author is whoever wrote it last (the owner and logins without membership: "")
    for table in ("memos", "summaries"):
        if table in present:
            conn.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN author SET DEFAULT coalesce(qcoder_actor(), '')")
    for table, policies in CODER_POLICIES.items():
        if table not in present:
            continue
        _policies(conn, table, lead, coder, policies)
    return lead, coder


def _policies(conn: Connection, table: str, lead: str, coder: str, policies: list[Policy]) -> None:
    """Everyone reads ``table``; leads write every row; coders write as ``policies`` allow."""
    conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    names = [f"{table}_read", f"{table}_lead", *(p[0] for p in policies)]
    for policy in names:
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {table}")
    conn.exec_driver_sql(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)")
    conn.exec_driver_sql(
        f"CREATE POLICY {table}_lead ON {table} FOR ALL TO {_ident(lead)} USING (true) WITH CHECK (true)"
    )
    for name, command, using, check in policies:
        using_sql = f" USING ({using})" if using else ""
        conn.exec_driver_sql(
            f"CREATE POLICY {name} ON {table} FOR {command} TO {_ident(coder)}{using_sql} WITH CHECK ({check})"
        )


def security_installed(conn: Connection) -> bool:
    """Whether ``qcoder server init`` set up this database's roles (migrations re-install them)."""
    _lead, coder = group_roles(conn)
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": coder}).first() is not None


def reinstall(conn: Connection) -> None:
    """Grants and policies again, in the caller's transaction (after a schema change)."""
    _install(conn)


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

"""A new SQLite project gets its schema from one SQL script instead of replaying every migration.

Replaying the Alembic migrations costs a new project 0.2 s (importing Alembic, then six revisions
with their table rebuilds). ``sqlite_schema.sql`` holds the statements that those migrations leave
in ``sqlite_master``, generated from a database the migrations built; its first line names the
revision it matches. :func:`create` uses it only when that revision is the newest, and otherwise
falls back to the migrations, so a stale script costs time, never correctness.
tests/store/test_schema_sql.py builds a project both ways and compares every table, index,
trigger and row, and checks that the script matches the migrations of this checkout
(regenerate it with ``python -m qcoder.store.schema_sql``), up to the order of a table's lines
(:func:`canonical`).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qcoder.core.errors import ProjectError
from qcoder.core.model import new_id
from qcoder.store.private_files import create_exclusive
from qcoder.store.revisions import head_revision

SCRIPT = Path(__file__).with_name("sqlite_schema.sql")
_HEADER = "-- qcoder SQLite schema at revision "
_END = "\n;\n"  # a line with only a semicolon ends a statement (triggers contain semicolons)
_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def statements() -> list[str] | None:
    """The script's statements when it matches the newest revision, else None."""
    try:
        text = SCRIPT.read_text(encoding="utf-8")
    except OSError:
        return None
    first, _, _body = text.partition("\n")
    if first != _HEADER + head_revision():
        return None
    return split(text)


def split(script: str) -> list[str]:
    """A script's statements (comments left out)."""
    _first, _, body = script.partition("\n")
    return [s.strip() for s in body.split(_END) if s.strip() and not s.strip().startswith("--")]


def canonical(sql: str) -> str:
    """A ``CREATE TABLE`` statement with its column and constraint lines sorted (Alembic's table
    rebuilds write a table's foreign keys in no fixed order); other statements as they are."""
    head, sep, rest = sql.partition("(\n")
    if not sep or not sql.startswith("CREATE TABLE"):
        return sql
    body, _, tail = rest.rpartition("\n)")
    lines = sorted(line.strip().rstrip(",").strip() for line in body.split("\n") if line.strip())
    return head + "(\n" + ",\n".join(lines) + "\n)" + tail


def create(execute: Any) -> bool:
    """Create the newest schema with ``execute(sql)`` (inside the caller's transaction); False
    when the script does not match the newest revision (then run the migrations)."""
    found = statements()
    if found is None:
        return False
    for sql in found:
        execute(sql)
    execute(f"INSERT INTO alembic_version (version_num) VALUES ('{head_revision()}')")
    return True


def create_file(path: Path, name: str) -> bool:
    """Create a new plain project file at ``path`` with the standard library alone (``qcoder
    new`` then never imports SQLAlchemy): the script, the revision and the project's meta rows in
    one transaction, with the journal mode every qcoder connection uses. False, with nothing
    created, when the script does not match the newest revision. Raises ``ProjectError`` when
    ``path`` exists (it is created exclusively, owner-only); a failed creation leaves no file."""
    if statements() is None:
        return False
    create_exclusive(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN IMMEDIATE")
            if not create(conn.execute):
                raise ProjectError("the schema script changed while the project was created")
            meta = [("project_id", new_id()), ("name", name), ("created_at", datetime.now(UTC).isoformat())]
            conn.executemany('INSERT INTO project_meta ("key", value) VALUES (?, ?)', meta)
            conn.execute("COMMIT")
        finally:
            conn.close()
    except BaseException:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return True


def dump(conn: sqlite3.Connection) -> str:
    """The script for the database behind ``conn`` (built by the migrations)."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    virtual = [name for kind, name, sql in rows if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]
    shadows = {v + s for v in virtual for s in _FTS_SHADOWS}
    order = {"table": 0, "index": 2, "view": 3, "trigger": 4}

    def rank(row: tuple[str, str, str]) -> int:
        kind, _name, sql = row
        return 1 if sql.upper().startswith("CREATE VIRTUAL") else order.get(kind, 5)

    kept = sorted((r for r in rows if r[1] not in shadows), key=rank)  # stable: rowid order within a rank
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    body = "".join(sql + _END for _kind, _name, sql in kept)
    return f"{_HEADER}{revision}\n-- generated by `python -m qcoder.store.schema_sql` from the migrations\n;\n{body}"


def regenerate() -> str:
    """The script as the migrations of this checkout produce it (a temporary database)."""
    import tempfile

    from sqlalchemy import create_engine

    from qcoder.store import migrate

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.db"
        engine = create_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            migrate.upgrade(connection)
        engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return dump(conn)
        finally:
            conn.close()


if __name__ == "__main__":
    SCRIPT.write_text(regenerate(), encoding="utf-8")
    print(f"wrote {SCRIPT}")

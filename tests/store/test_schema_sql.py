"""A new SQLite project is created from ``sqlite_schema.sql`` instead of the migrations; the
result must be the very database the migrations build, and a stale script must never be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.safety import check_project
from qcoder.store import schema_sql
from tests.helpers import imported


def _schema(path: Path) -> tuple[set[tuple[str, str, str, str]], dict[str, list[tuple[object, ...]]]]:
    conn = sqlite3.connect(path)
    try:
        objects = {
            (kind, name, table, schema_sql.canonical(sql))
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
            )
        }
        rows = {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            # the full-text index's shadow tables are compared by FTS5's own integrity check
            # (the full check): an empty index may store its averages as b'' or as zeros
            if name != "project_meta" and not name.startswith("documents_fts")
        }
        keys = sorted(k for (k,) in conn.execute("SELECT key FROM project_meta"))
        rows["project_meta keys"] = [(k,) for k in keys]
        return objects, rows
    finally:
        conn.close()


def test_the_script_matches_the_migrations_of_this_checkout():
    script, fresh = schema_sql.SCRIPT.read_text(encoding="utf-8"), schema_sql.regenerate()
    assert script.partition("\n")[0] == fresh.partition("\n")[0]  # the same revision
    # the migrations' table rebuilds write foreign keys and indexes in no fixed order
    assert sorted(schema_sql.canonical(s) for s in schema_sql.split(script)) == sorted(
        schema_sql.canonical(s) for s in schema_sql.split(fresh)
    ), "qcoder/store/sqlite_schema.sql is stale: run python -m qcoder.store.schema_sql"
    assert schema_sql.statements() is not None


def test_a_project_from_the_script_equals_one_from_the_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    scripted = tmp_path / "scripted.qcoder"
    Project.create(scripted).close()
    monkeypatch.setattr(schema_sql, "statements", lambda: None)
    migrated = tmp_path / "migrated.qcoder"
    Project.create(migrated).close()
    assert _schema(scripted) == _schema(migrated)


def test_a_project_from_the_script_works(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    with Project.create(path) as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        p.add_coding(doc.id, code.id, p.ensure_coder("ana").id, 0, 12)
        assert p.search("interview")  # the full-text index and its triggers are there
    assert check_project(path, full=True).ok
    with Project.open(path) as p:
        assert {h.document_id for h in p.search("interview")} == {doc.id}


def test_a_stale_script_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    stale = tmp_path / "stale.sql"
    stale.write_text(schema_sql.SCRIPT.read_text(encoding="utf-8").replace("revision ", "revision 0000", 1))
    monkeypatch.setattr(schema_sql, "SCRIPT", stale)
    assert schema_sql.statements() is None
    executed: list[str] = []
    assert schema_sql.create(executed.append) is False and executed == []
    path = tmp_path / "p.qcoder"
    Project.create(path).close()  # the migrations then
    assert check_project(path, full=True).ok


def test_a_file_made_without_the_database_layer_equals_project_create(tmp_path: Path):
    from qcoder.app.new_project import create_plain_file

    quick, full = tmp_path / "quick.qcoder", tmp_path / "full.qcoder"
    assert create_plain_file(str(quick))
    Project.create(full).close()
    assert _schema(quick) == _schema(full)
    assert quick.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(quick)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert dict(conn.execute("SELECT key, value FROM project_meta"))["name"] == "quick"
    finally:
        conn.close()
    assert check_project(quick, full=True).ok
    with Project.open(quick) as p:
        assert p.name == "quick" and p.project_id and p.documents() == []


def test_new_on_an_existing_path_or_a_missing_folder_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from qcoder.app.new_project import create_plain_file
    from qcoder.cli import main

    path = tmp_path / "p.qcoder"
    assert main(["new", str(path)]) == 0
    before = path.read_bytes()
    assert not create_plain_file(str(path))  # steps aside: Project.create says why
    assert main(["new", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["new", str(tmp_path / "no" / "p.qcoder")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not create_plain_file("postgresql+psycopg://u@localhost/db")


def test_a_failed_creation_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    statements = schema_sql.statements()
    assert statements is not None
    monkeypatch.setattr(schema_sql, "statements", lambda: [*statements, "CREATE TABLE broken ("])
    path = tmp_path / "p.qcoder"
    with pytest.raises(sqlite3.Error):
        schema_sql.create_file(path, "p")
    assert list(tmp_path.iterdir()) == []

"""Issue 22 item 11: the database refuses codings and turns outside the rules (CHECK constraints
from migration 0007, SQLite and PostgreSQL); an older project's bad rows are set aside, never
lost; ``qcoder check --repair`` backs up and repairs what can be repaired."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from qcoder.app import Project
from qcoder.app.repair import repair_project
from qcoder.cli import main as cli_main
from qcoder.core.errors import ProjectError
from qcoder.store import migrate
from qcoder.store.engine import make_engine
from tests.helpers import imported


def _coded(p: Project) -> tuple[str, str, str]:
    doc = p.add_document(imported())
    code = p.create_code("Trust")
    coder = p.ensure_coder("ana")
    p.add_coding(doc.id, code.id, coder.id, 0, 10)
    return doc.id, code.id, coder.id


_INSERT = (
    'INSERT INTO codings (id, document_id, code_id, coder_id, start, "end", memo, exemplar, created_at, '
    "updated_at) VALUES (:id, :d, :k, :c, :s, :e, '', false, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)


@pytest.mark.parametrize(("start", "end"), [(500, 10), (-1, 5), (7, 7)])
def test_database_refuses_a_coding_outside_the_rules(location, start, end):
    with Project.create(location, name="t") as p:
        d, k, c = _coded(p)
        with pytest.raises(IntegrityError, match="ck_codings_span"), p._store.engine.begin() as conn:
            conn.execute(text(_INSERT), {"id": "bad", "d": d, "k": k, "c": c, "s": start, "e": end})
        with pytest.raises(IntegrityError, match="ck_turns_span"), p._store.engine.begin() as conn:
            conn.execute(text('UPDATE turns SET "end" = start - 1'))
        assert p._store.check(full=True).ok


@pytest.mark.postgres
def test_a_server_refuses_spans_past_the_end_of_their_document(pg_database: str):
    """On a server (hostile raw SQL) a trigger also keeps every span inside its document."""
    with Project.create(pg_database, name="t") as p:
        d, k, c = _coded(p)
        with pytest.raises(DBAPIError, match="end inside its document"), p._store.engine.begin() as conn:
            conn.execute(text(_INSERT), {"id": "past", "d": d, "k": k, "c": c, "s": 0, "e": 100_000})
        with pytest.raises(DBAPIError, match="end inside its document"), p._store.engine.begin() as conn:
            conn.execute(text('UPDATE codings SET "end" = "end" + 100000'))
        with pytest.raises(DBAPIError, match="end inside its document"), p._store.engine.begin() as conn:
            conn.execute(text('UPDATE turns SET "end" = "end" + 100000'))
        assert p._store.check(full=True).ok


def _old_project_with_bad_rows(location: str | Path) -> None:
    """A project at schema 0006 holding a good coding and three that break the rules."""
    engine = make_engine(location)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0006")
        conn.execute(
            text(
                "INSERT INTO documents (id, name, chars, sha256, source_name, source_format, imported_at, position) "
                "VALUES ('d1', 'old doc', 29, 'x', 'a.txt', 'txt', '2021-01-01 00:00:00', 1)"
            )
        )
        conn.execute(
            text("INSERT INTO document_texts (document_id, text) VALUES ('d1', 'we talk about turnover here!!')")
        )
        conn.execute(
            text(
                "INSERT INTO codes (id, name, color, definition, inclusion, exclusion, example, position, "
                "version) VALUES ('k1', 'Trust', '#808080', '', '', '', '', 0, 1)"
            )
        )
        conn.execute(text("INSERT INTO coders (id, name) VALUES ('c1', 'ana')"))
        conn.execute(text("INSERT INTO project_meta (key, value) VALUES ('project_id', 'p1')"))
        for cid, s, e in (("good", 0, 7), ("reversed", 500, 10), ("negative", -3, 4), ("too-far", 20, 400)):
            conn.execute(text(_INSERT), {"id": cid, "d": "d1", "k": "k1", "c": "c1", "s": s, "e": e})
    engine.dispose()


def test_upgrade_from_0006_sets_bad_rows_aside_and_repair_reports(location):
    _old_project_with_bad_rows(location)
    with pytest.raises(ProjectError, match="--repair"):
        Project.open(location)
    done = repair_project(location)
    assert done.upgraded_from == "0006"
    assert done.ok, done.remaining
    assert done.set_aside == 3
    assert any("set aside 3 row(s)" in a for a in done.actions)
    if not isinstance(location, str):
        assert done.backup is not None and done.backup.exists()
        assert "before-repair" in done.backup.name
    with Project.open(location) as p:
        assert [(c.id, c.start, c.end) for c in p.codings()] == [("good", 0, 7)]
        with p._store.engine.connect() as conn:
            kept = conn.execute(text("SELECT row_id, data FROM set_aside ORDER BY row_id")).fetchall()
            checks = {c["name"] for c in inspect(conn).get_check_constraints("codings")}
    assert [r[0] for r in kept] == ["negative", "reversed", "too-far"]
    assert '"start": 500' in dict(kept)["reversed"]  # the whole row is kept
    assert "ck_codings_span" in checks


def test_repair_fixes_lengths_and_sets_aside_codings_past_the_end(tmp_path: Path, capsys):
    path = tmp_path / "p.qcoder"
    with Project.create(path, name="t") as p:
        d, _k, _c = _coded(p)
        with p._store.engine.begin() as conn:  # a text cut short under its codings (by another tool)
            conn.execute(text("UPDATE document_texts SET text = 'short' WHERE document_id = :d"), {"d": d})
    assert cli_main(["check", str(path)]) == 1
    capsys.readouterr()
    assert cli_main(["check", str(path), "--repair"]) == 0
    out = capsys.readouterr().out
    assert "backed up first:" in out and "before-repair" in out
    assert "its length was" in out and "set aside coding" in out
    assert "row(s) are kept in the project's set_aside table" in out  # the coding and turns
    assert cli_main(["check", str(path)]) == 0
    assert cli_main(["check", str(path), "--repair"]) == 0
    assert "nothing to repair" in capsys.readouterr().out


def test_rows_written_past_the_checks_are_named_and_repaired(tmp_path: Path):
    """Another tool can switch SQLite's CHECKs off: the check names the rows (not 'damaged
    pages'), the open refuses pointing at --repair, and the repair sets them aside."""
    import sqlite3

    from qcoder.app.safety import check_project

    path = tmp_path / "p.qcoder"
    with Project.create(path, name="t") as p:
        _coded(p)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA ignore_check_constraints = ON")
        con.execute('UPDATE codings SET start = 500, "end" = 10')
    problems = check_project(path).problems
    assert len(problems) == 1 and problems[0].startswith("coding ") and "[500, 10)" in problems[0]
    with pytest.raises(ProjectError, match="--repair"):
        Project.open(path)
    assert repair_project(path).ok
    with Project.open(path) as p:
        assert p.codings() == []


def test_check_names_the_repair_for_rows_breaking_the_rules(tmp_path: Path, capsys):
    path = tmp_path / "p.qcoder"
    with Project.create(path, name="t") as p:
        d, _k, _c = _coded(p)
        with p._store.engine.begin() as conn:
            conn.execute(text("UPDATE document_texts SET text = 'short' WHERE document_id = :d"), {"d": d})
    assert cli_main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"qcoder check {path} --repair" in out and "do not write to it" not in out

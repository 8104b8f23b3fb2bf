"""Project files and databases: create, open, upgrade, refuse, transactions, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from qcoder.app import Project
from qcoder.core.errors import DuplicateName, NotAProject, ProjectError, SchemaTooNew
from qcoder.core.text import text_sha256
from qcoder.store import migrate
from qcoder.store.engine import make_engine
from qcoder.store.project_store import ProjectStore
from tests.helpers import imported


def test_create_and_reopen(location):
    with Project.create(location, name="ECM") as p:
        p.add_document(imported())
        assert p.backend in ("sqlite", "postgresql")
    with Project.open(location) as p:
        assert p.name == "ECM"
        assert [d.name for d in p.documents()] == ["interview"]
        assert p._store.schema_revision() == migrate.head_revision()


def test_sqlite_pragmas(tmp_path: Path):
    store = ProjectStore.create(tmp_path / "p.qcoder")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()


def test_create_refuses_existing_file(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)


def test_open_missing_random_and_foreign_files(tmp_path: Path):
    with pytest.raises(ProjectError, match="no project"):
        Project.open(tmp_path / "missing.qcoder")
    junk = tmp_path / "junk.qcoder"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a project" * 10)
    with pytest.raises(NotAProject, match="not a qcoder project"):
        Project.open(junk)
    truncated = tmp_path / "trunc.qcoder"
    truncated.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(NotAProject):
        Project.open(truncated)
    other = tmp_path / "other.qcoder"
    import sqlite3

    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotAProject, match="not a qcoder project"):
        Project.open(other)


def test_older_schema_is_backed_up_and_upgraded(tmp_path: Path):
    path = tmp_path / "old.qcoder"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.execute(
            text(
                "INSERT INTO documents (id, name, text, chars, sha256, source_name, source_format, imported_at, "
                "position) VALUES ('d1', 'old doc', 'we talk about turnover', 22, 'x', 'a.txt', 'txt', "
                "'2021-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    with Project.open(path) as p:
        assert p.upgraded_from == "0001"
        assert p.upgrade_backup is not None and p.upgrade_backup.exists()
        assert p._store.schema_revision() == migrate.head_revision()
        # the upgrade (0002) indexed existing text for search
        assert [h.document_name for h in p.search("turnover")] == ["old doc"]
    with ProjectStore.open(p.upgrade_backup) as backup:  # the backup is the untouched old project
        assert backup.upgraded_from == "0001"


def test_newer_schema_is_refused(tmp_path: Path):
    path = tmp_path / "new.qcoder"
    Project.create(path).close()
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(SchemaTooNew, match="newer qcoder"):
        Project.open(path)


def test_failed_unit_of_work_writes_nothing(project):
    project.add_document(imported())
    before = project.documents()
    with pytest.raises(DuplicateName):
        project.add_document(imported(), name="interview")
    assert project.documents() == before
    assert not project.history.can_redo


def test_full_text_search(project):
    project.add_document(imported())
    project.add_document(imported("R: Nothing relevant here at all.", "b.txt"))
    hits = project.search("formal protocol")
    assert [(h.document_name, h.match) for h in hits] == [("interview", "formal protocol")]
    doc = project.document(hits[0].document_id)
    assert doc.text[hits[0].start : hits[0].end] == "formal protocol"
    assert project.search("advocat")  # prefix of the last word
    assert project.search("   ") == []


def test_search_symbols_and_emoji_scan_the_texts(project):
    project.add_document(imported())
    hits = project.search("😀")
    assert len(hits) == 1 and hits[0].match == "😀"
    assert project.search("co-location") == []
    assert [h.match for h in project.search("Colocation")] == ["colocation"]


def test_bulk_texts_and_participant_rename(project):
    a = project.add_document(imported())
    b = project.add_document(imported("R: other", "b.txt"))
    assert project.document_texts([b.id]) == {b.id: "R: other"}
    assert set(project.document_texts()) == {a.id, b.id}
    p = project.add_participant("R1")
    project.rename_participant(p.id, "Luis Ortega")
    assert project.participants()[0].name == "Luis Ortega"
    project.undo()
    assert project.participants()[0].name == "R1"


def test_revisions_read_without_alembic_match_alembic():
    # opening reads the revision list from the script names, so that it needs no Alembic import
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()


def test_texts_move_apart_on_upgrade(location):
    """0006: texts leave the documents table for document_texts; search follows them."""
    engine = make_engine(location)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0005")
        conn.execute(
            text(
                "INSERT INTO documents (id, name, text, chars, sha256, source_name, source_format, imported_at, "
                "position) VALUES ('d1', 'old doc', 'we talk about turnover 😀 here', 29, :sha, 'a.txt', 'txt', "
                "'2021-01-01 00:00:00', 1)"
            ),
            {"sha": text_sha256("we talk about turnover 😀 here")},  # the full check verifies it
        )
        if conn.dialect.name == "postgresql":  # a server project whose roles were set up before
            conn.execute(text("INSERT INTO project_meta (key, value) VALUES ('project_id', 'p1')"))
            conn.execute(text("DROP ROLE IF EXISTS qcoder_t_reader"))
            conn.execute(text("CREATE ROLE qcoder_t_reader"))
            conn.execute(text("GRANT SELECT ON documents TO qcoder_t_reader"))
    engine.dispose()
    with Project.open(location) as p:
        assert p.upgraded_from == "0005"
        doc = p.documents()[0]
        assert p.document(doc.id).text == "we talk about turnover 😀 here"
        assert [h.document_name for h in p.search("turnover")] == ["old doc"]
        new = p.add_document(imported())
        assert {h.document_name for h in p.search("advocates")} == {"interview"}
        p.delete_document(new.id)
        assert p.search("advocates") == []
        assert p._store.check(full=True).ok, p._store.check(full=True).problems
    engine = make_engine(location)
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("documents")}
        assert "text" not in columns
        if conn.dialect.name == "postgresql":
            grants = conn.execute(
                text(
                    "SELECT privilege_type FROM information_schema.role_table_grants "
                    "WHERE table_name = 'document_texts' AND grantee = 'qcoder_t_reader'"
                )
            ).scalars()
            assert list(grants) == ["SELECT"]
            conn.execute(text("REVOKE ALL ON document_texts FROM qcoder_t_reader"))
            conn.execute(text("REVOKE ALL ON documents FROM qcoder_t_reader"))
            conn.execute(text("DROP ROLE qcoder_t_reader"))
            conn.commit()
    engine.dispose()

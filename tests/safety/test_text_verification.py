"""Each document's text is verified against its stored SHA-256 (issue 22, item 4): by the full
check (``qcoder check``, restore's check of a backup) and by merges, which no longer trust the
hash an incoming project stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qcoder.app.backups import backup_now, restore_backup
from qcoder.app.merge import merge_files
from qcoder.app.safety import check_project, create_project, open_project
from qcoder.cli import main as cli_main
from qcoder.core.errors import ProjectError
from tests.helpers import INTERVIEW, imported

ALTERED = INTERVIEW.replace("every week", "every year")  # same length: chars still match


def _alter(path: Path, name: str = "interview") -> None:
    """Change a transcript inside the file, as a hostile colleague or a bad tool would."""
    with sqlite3.connect(path) as con:
        (doc_id,) = con.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        con.execute("UPDATE document_texts SET text = ? WHERE document_id = ?", (ALTERED, doc_id))
    con.close()


def _project(path: Path) -> None:
    with create_project(path) as p:
        p.add_document(imported())
        p.add_document(imported(INTERVIEW + "\n\nInterviewer: Thanks.\n", name="second.txt"))


def test_full_check_names_a_document_whose_text_was_altered(tmp_path: Path, capsys):
    path = tmp_path / "p.qcoder"
    _project(path)
    assert check_project(path).ok
    _alter(path)
    report = check_project(path)
    assert not report.ok
    assert "1 document text(s) differ from their stored fingerprint" in report.summary()
    assert "'interview'" in report.summary() and "second" not in report.summary()
    assert check_project(path, full=False).ok  # the quick check on open does not read every text
    assert cli_main(["check", str(path)]) != 0
    assert "'interview'" in capsys.readouterr().out + capsys.readouterr().err


def test_a_backup_with_an_altered_transcript_is_not_restored(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _project(path)
    with open_project(path) as p:
        backup = backup_now(p).path
    _alter(backup)
    with pytest.raises(ProjectError, match="fails its check.*differ from their stored fingerprint"):
        restore_backup(path, backup)
    with open_project(path) as p:
        assert p.document(p.documents()[0].id).text == INTERVIEW


def test_merge_compares_by_the_text_not_by_the_hash_the_other_project_stores(tmp_path: Path):
    ours = tmp_path / "ours.qcoder"
    theirs = tmp_path / "theirs.qcoder"
    _project(ours)
    with create_project(theirs) as t:
        doc = t.add_document(imported())
        code = t.create_code("Trust")
        coder = t.ensure_coder("bo")
        t.add_coding(doc.id, code.id, coder.id, 0, 12)
    _alter(theirs)  # their text differs from ours, their stored hash still says it is ours
    with open_project(ours) as p:
        (plan,) = merge_files(p, [theirs])
        assert plan.documents_matched == []
        assert any("does not match its stored fingerprint" in c for c in plan.conflicts)
        names = sorted(d.name for d in p.documents())
        assert names == ["interview", "interview (2)", "second"]
        added = next(d for d in p.documents() if d.name == "interview (2)")
        assert p.document(added.id).text == ALTERED
    assert check_project(ours).ok


def test_full_check_verifies_texts_on_files_and_servers(location):
    from sqlalchemy import text

    from qcoder.app import Project

    with Project.create(location, name="t") as p:
        doc = p.add_document(imported())
        assert p._store.check(full=True).ok
        with p._store.engine.begin() as conn:
            conn.execute(
                text("UPDATE document_texts SET text = :t WHERE document_id = :d"), {"t": ALTERED, "d": doc.id}
            )
        report = p._store.check(full=True)
        assert not report.ok and "'interview'" in report.summary()
        assert p._store.check(full=False).ok

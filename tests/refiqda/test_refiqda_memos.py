"""Memos through REFI-QDA: project journal entries (each its own note referenced by the project,
with its time and author) and document/code memos come back from a .qdpx export."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

from qcoder.app import Project, memos
from qcoder.app.exchange import export_exchange, import_exchange
from qcoder.core import commands as cmd
from qcoder.core.model import MemoTarget
from tests.helpers import imported

T1 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
T2 = datetime(2026, 3, 8, 16, 0, tzinfo=UTC)


def _project(path: Path) -> Project:
    project = Project.create(path, name="journal")
    doc = project.add_document(imported())
    project.ensure_code_path("Barriers > Trust")
    ana = project.ensure_coder("Ana")
    project.execute(cmd.SetMemo(MemoTarget.PROJECT, "e1", "Week one: trust.", author=ana.id, at=T1))
    project.execute(cmd.SetMemo(MemoTarget.PROJECT, "e2", "Week two: turnover.", at=T2))
    memos.add_memo(project, f"document:{doc.name}", "Good rapport.", ana.id)
    memos.add_memo(project, "code:Barriers > Trust", "Beside the definition.")
    return project


def test_journal_entries_round_trip_as_notes(tmp_path: Path) -> None:
    with _project(tmp_path / "a.qcoder") as source:
        export_exchange(source, tmp_path / "out.qdpx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
    ns = {"q": root.tag[1:].split("}")[0]}
    notes = {n.get("guid"): n for n in root.findall("q:Notes/q:Note", ns)}
    refs = [r.get("targetGUID") for r in root.findall("q:NoteRef", ns)]
    assert [notes[g].get("name") for g in refs] == ["Journal entry 2026-03-01 09:30", "Journal entry 2026-03-08 16:00"]
    assert notes[refs[0]].get("creatingUser") and notes[refs[1]].get("creatingUser") is None

    with Project.create(tmp_path / "b.qcoder") as target:
        import_exchange(target, tmp_path / "out.qdpx")
        entries = sorted(memos.memo_entries(target), key=lambda e: (e.kind, e.created))
    got = [(e.on, e.author, e.created, e.text) for e in entries]
    assert (("project", "Ana", T1, "Week one: trust.")) in got
    assert (("project", "", T2, "Week two: turnover.")) in got
    assert {e.on for e in entries} == {"project", "document:interview", "code:Barriers > Trust"}
    assert len(entries) == 4

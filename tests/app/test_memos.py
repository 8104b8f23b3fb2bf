"""Memos: the project journal, memos on documents, codes and participants, authors, the list
and its filter, undo, and the DOCX export."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document as read_docx

from qcoder.app import memos
from qcoder.core.errors import InvalidValue, NotFound
from qcoder.core.memos import MemoEntry, MemoFilter, filter_memos
from qcoder.core.model import MemoTarget
from qcoder.exporters.memos_docx import export_memos_docx
from tests.helpers import imported


@pytest.fixture
def filled(project):
    doc = project.add_document(imported())
    code = project.ensure_code_path("Barriers > Trust")
    ana = project.ensure_coder("Ana")
    project.add_participant("Officer Diaz")
    return project, doc, code, ana


def test_journal_is_a_list_and_target_memos_are_edited(filled):
    project, doc, code, ana = filled
    first = memos.add_memo(project, "project", "Started coding.", ana.id)
    second = memos.add_memo(project, "project", "Trust keeps coming up.", ana.id)
    assert first != second
    memos.add_memo(project, f"document:{doc.name}", "Long pauses.")
    memos.add_memo(project, f"document:{doc.name}", "Second thought.")
    memos.add_memo(project, "code:Barriers > Trust", "Beside the definition.", ana.id)
    memos.add_memo(project, "participant:Officer Diaz", "Veteran officer.", ana.id)
    entries = {e.id: e for e in memos.memo_entries(project)}
    assert entries[first].on == entries[second].on == "project"
    assert entries[first].author == "Ana"
    assert entries[doc.id].text == "Long pauses.\n\nSecond thought."
    assert entries[doc.id].on == f"document:{doc.name}" and entries[doc.id].author == ""
    assert entries[code.id].on == "code:Barriers > Trust"
    assert project.memo(MemoTarget.CODE, code.id) == "Beside the definition."
    assert sorted(e.on for e in entries.values()) == sorted(
        ["project", "project", f"document:{doc.name}", "code:Barriers > Trust", "participant:Officer Diaz"]
    )


def test_memo_changes_are_undoable(filled):
    project, doc, _code, ana = filled
    entry_id = memos.add_memo(project, "project", "Draft.", ana.id)
    (entry,) = memos.memo_entries(project)
    memos.edit_memo(project, entry, "Rewritten.")
    assert [e.text for e in memos.memo_entries(project)] == ["Rewritten."]
    assert memos.memo_entries(project)[0].author == "Ana"  # an edit keeps the author
    project.undo()
    assert [(e.id, e.text) for e in memos.memo_entries(project)] == [(entry_id, "Draft.")]
    project.undo()
    assert memos.memo_entries(project) == []
    project.redo()
    assert [e.text for e in memos.memo_entries(project)] == ["Draft."]


def test_coding_memos_are_listed_and_edited(filled):
    project, doc, code, ana = filled
    coding = project.add_coding(doc.id, code.id, ana.id, 0, 10, memo="Key quote.")
    (entry,) = memos.memo_entries(project)
    assert (entry.kind, entry.on, entry.author) == ("coding", f"coding:{doc.name}:0-10", "Ana")
    assert memos.memo_entries(project, codings=False) == []
    memos.edit_memo(project, entry, "Key quote, trust.")
    assert project.coding(coding.id).memo == "Key quote, trust."


@pytest.mark.parametrize(
    ("on", "error"),
    [("bogus", InvalidValue), ("document:", InvalidValue), ("code:No/Such", NotFound), ("participant:X", NotFound)],
)
def test_bad_targets_are_refused(filled, on, error):
    project = filled[0]
    with pytest.raises(error):
        memos.add_memo(project, on, "text")


def test_empty_text_is_refused(filled):
    with pytest.raises(InvalidValue):
        memos.add_memo(filled[0], "project", "  ")


def _entry(kind: str, on: str, author: str, day: int, text: str) -> MemoEntry:
    return MemoEntry(f"{kind}{day}", kind, "", on, author, datetime(2026, 3, day, 12, tzinfo=UTC), text)


def test_filter_by_type_author_date_and_words():
    entries = [
        _entry("project", "project", "Ana", 3, "Trust between agencies"),
        _entry("document", "document:HC-LE-01", "Ben", 1, "Long pauses"),
        _entry("code", "code:Barriers > Trust", "ana", 2, "Definition notes"),
    ]
    assert [e.on for e in filter_memos(entries, MemoFilter())] == [
        "document:HC-LE-01",
        "code:Barriers > Trust",
        "project",
    ]
    assert [e.author for e in filter_memos(entries, MemoFilter(author="ANA"))] == ["ana", "Ana"]
    assert len(filter_memos(entries, MemoFilter(kinds=frozenset({"document"})))) == 1
    assert [e.kind for e in filter_memos(entries, MemoFilter(since=date(2026, 3, 2), until=date(2026, 3, 2)))] == [
        "code"
    ]
    assert [e.kind for e in filter_memos(entries, MemoFilter(text="trust"))] == ["code", "project"]  # `on` counts
    assert [e.kind for e in filter_memos(entries, MemoFilter(text="agencies TRUST"))] == ["project"]


def test_docx_has_one_section_per_kind(tmp_path: Path):
    entries = [
        _entry("project", "project", "Ana", 3, "Journal one\n\nJournal two"),
        _entry("code", "code:Barriers > Trust", "", 2, "Definition notes"),
    ]
    path = export_memos_docx(entries, tmp_path / "memos.docx", "Memos: demo")
    paragraphs = [(p.style.name, p.text) for p in read_docx(str(path)).paragraphs]
    headings = [t for s, t in paragraphs if s.startswith("Heading 1")]
    assert headings == ["Project journal (1)", "Code memos (1)"]
    texts = [t for _s, t in paragraphs]
    assert "Journal two" in texts and "Barriers > Trust" in texts and "unknown author · 2026-03-02" in texts


def test_a_coder_writes_memos_only_in_their_own_name(filled):
    from qcoder.core import commands as cmd
    from qcoder.core import permissions
    from qcoder.core.permissions import PermissionDenied, Role

    project, _doc, _code, ana = filled
    with project.store.reader() as repo:
        permissions.check(cmd.SetMemo(MemoTarget.PROJECT, "e", "mine", author=ana.id), Role.CODER, ana.id, repo)
        permissions.check(cmd.SetMemo(MemoTarget.PROJECT, "e", "unnamed"), Role.CODER, ana.id, repo)
        with pytest.raises(PermissionDenied):
            permissions.check(cmd.SetMemo(MemoTarget.PROJECT, "e", "forged", author=ana.id), Role.CODER, "bob", repo)

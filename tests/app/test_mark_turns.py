"""Documents where import found no speaker: one step gives them turns (issue 23 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.core.errors import InvalidValue
from qcoder.core.turns import alternating, by_marker, paragraphs
from qcoder.importers.base import finish

TEXT = "How did the task force start?\n\nSlowly, with a grant.\n\nWho leads it?\n\nThe sheriff and the DA.\n"
QA = "Q: How did it start?\nSlowly.\nIt took years.\nQ: Who leads it?\nThe sheriff."


def test_paragraphs_between_blank_lines_or_lines() -> None:
    text = TEXT.rstrip("\n")
    assert [text[s:e] for s, e in paragraphs(text)] == text.split("\n\n")
    assert [QA[s:e] for s, e in paragraphs(QA)] == QA.split("\n")


def test_rules() -> None:
    text = TEXT.rstrip("\n")
    assert [label for label, _s, _e in alternating(text)] == ["Interviewer", "Respondent"] * 2
    assert [label for label, _s, _e in alternating(text, interviewer_first=False)][0] == "Respondent"
    labels = [label for label, _s, _e in by_marker(QA, "q:")]
    assert labels == ["Interviewer", "Respondent", "Respondent", "Interviewer", "Respondent"]
    with pytest.raises(InvalidValue):
        by_marker(QA, "  ")


def test_mark_turns_is_one_undo_step_and_refuses_a_document_with_turns(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p.qcoder")
    doc = project.add_document(finish(TEXT, "memo.txt", "txt"))
    assert project.turns(doc.id) == []
    assert project.mark_turns(doc.id, "alternate") == 4
    speakers = {s.label: s for s in project.speakers(doc.id)}
    assert speakers["Interviewer"].is_interviewer and not speakers["Respondent"].is_interviewer
    text = project.document(doc.id).text
    assert [text[t.start : t.end] for t in project.turns(doc.id)][1] == "Slowly, with a grant."
    with pytest.raises(InvalidValue, match="already has speaker turns"):
        project.mark_turns(doc.id, "marker", "How")
    project.undo()
    assert project.turns(doc.id) == [] and project.speakers(doc.id) == []
    project.redo()
    assert len(project.turns(doc.id)) == 4


SRT = (
    "1\n00:00:01,000 --> 00:00:02,000\nHow did it start?\n\n2\n00:00:05,000 --> 00:00:08,000\nSlowly, with a grant.\n\n"
    "3\n00:01:00,000 --> 00:01:02,000\nWho leads it?\n\n4\n00:01:05,250 --> 00:01:09,000\nThe sheriff.\n"
)


def test_caption_paragraph_times_are_stored_and_go_to_the_turns_given(tmp_path: Path) -> None:
    """Issue 23: captions without speakers keep each paragraph's start time in the project,
    through undo of a deletion, and the one-step fix gives each turn its paragraph's time."""
    from qcoder.app.importing import import_paths

    (tmp_path / "oral.srt").write_text(SRT, encoding="utf-8")
    project = Project.create(tmp_path / "p.qcoder")
    [imported] = import_paths(project, [tmp_path / "oral.srt"]).imported
    doc_id = imported.document_id
    text = project.document(doc_id).text
    times = project.paragraph_times(doc_id)
    assert [(text[o : o + 8], t) for o, t in times] == [
        ("How did ", 1.0),
        ("Slowly, ", 5.0),
        ("Who lead", 60.0),
        ("The sher", 65.25),
    ]
    project.mark_turns(doc_id, "alternate")
    assert [(t.start, t.start_time) for t in project.turns(doc_id)] == times
    project.delete_document(doc_id)
    assert project.paragraph_times(doc_id) == []
    project.undo()
    assert project.paragraph_times(doc_id) == times
    project.undo()  # the turns
    project.undo()  # the import
    assert project.paragraph_times(doc_id) == []
    project.redo()
    assert project.paragraph_times(doc_id) == times
    project.close()


def test_caption_paragraph_times_go_with_a_handout_and_a_merge(tmp_path: Path) -> None:
    """A coder's hand-out copy keeps the caption paragraphs' times, and so does a project that
    merges the document in from that copy."""
    from qcoder.app.importing import import_paths
    from qcoder.app.merge import handout, merge_files

    (tmp_path / "oral.srt").write_text(SRT, encoding="utf-8")
    with Project.create(tmp_path / "lead.qcoder") as lead:
        [imported] = import_paths(lead, [tmp_path / "oral.srt"]).imported
        times = lead.paragraph_times(imported.document_id)
        handout(lead, "Ana", [imported.document_id], tmp_path / "ana.qcoder")
    assert len(times) == 4
    with Project.open(tmp_path / "ana.qcoder") as copy:
        [doc] = copy.documents()
        assert copy.paragraph_times(doc.id) == times
    with Project.create(tmp_path / "other.qcoder") as other:
        merge_files(other, [tmp_path / "ana.qcoder"])
        [doc] = other.documents()
        assert other.paragraph_times(doc.id) == times

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

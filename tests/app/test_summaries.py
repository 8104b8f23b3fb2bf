"""Framework-matrix summaries on both backends: per coder, undoable, kept through a merge of codes."""

from __future__ import annotations

import pytest

from qcoder.app.framework import cell_draft, project_framework, set_cell_summary
from qcoder.core.errors import NotFound
from qcoder.core.model import AttributeScope
from tests.helpers import imported


def _setup(project):
    doc = project.add_document(imported())
    project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
    a = project.create_code("Turnover")
    b = project.create_code("Staffing")
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    project.add_coding(doc.id, a.id, maya.id, 113, 139)
    return doc, a, b, maya, jordan


def test_summaries_per_coder_and_undo(project):
    _doc, a, _b, maya, jordan = _setup(project)
    set_cell_summary(project, "site=Harbor City", "Turnover", "Turnover hurts.", maya.id)
    set_cell_summary(project, "site=Harbor City", "Turnover", "Staff leave.", jordan.id)
    found = {(s.case_key, s.code_id, s.author): s.text for s in project.summaries()}
    assert found == {
        ("site=Harbor City", a.id, maya.id): "Turnover hurts.",
        ("site=Harbor City", a.id, jordan.id): "Staff leave.",
    }
    first = next(s for s in project.summaries() if s.author == maya.id)
    set_cell_summary(project, "site=Harbor City", "Turnover", "Turnover hurts a lot.", maya.id)
    again = next(s for s in project.summaries() if s.author == maya.id)
    assert again.text == "Turnover hurts a lot." and again.created_at == first.created_at
    assert again.updated_at >= first.updated_at
    project.undo()
    assert next(s for s in project.summaries() if s.author == maya.id).text == "Turnover hurts."
    project.undo()
    assert [s.author for s in project.summaries()] == [maya.id]
    framework = project_framework(project, "site", coders=[maya.id])
    cell = framework.cell("site=Harbor City", a.id)
    assert cell is not None and cell.summary == "Turnover hurts." and cell.summary_author == "Maya"
    assert cell.excerpts == 1 and cell.respondents == 1 and cell.respondents_total == 1


def test_merge_keeps_summaries_and_undo_restores(project):
    _doc, a, b, maya, jordan = _setup(project)
    set_cell_summary(project, "site=Harbor City", "Turnover", "From turnover.", maya.id)
    set_cell_summary(project, "site=Harbor City", "Turnover", "Jordan on turnover.", jordan.id)
    set_cell_summary(project, "site=Harbor City", "Staffing", "From staffing.", maya.id)
    project.update_code(a.id, name="Staff turnover")  # a rename keeps them: keyed by id
    assert len(project.summaries([a.id])) == 2
    project.merge_codes(a.id, b.id)
    after = {(s.code_id, s.author): s.text for s in project.summaries()}
    assert after == {(b.id, maya.id): "From staffing.\n\nFrom turnover.", (b.id, jordan.id): "Jordan on turnover."}
    project.undo()
    before = {(s.code_id, s.author): s.text for s in project.summaries()}
    assert before == {
        (a.id, maya.id): "From turnover.",
        (a.id, jordan.id): "Jordan on turnover.",
        (b.id, maya.id): "From staffing.",
    }


def test_draft_of_a_cell_quotes_the_excerpt(project):
    _setup(project)
    draft = cell_draft(project, "site=Harbor City", "Turnover")
    assert draft.is_draft and [s.text for s in draft.sentences] == ["Turnover hurts us 😀 a lot."]
    assert draft.sentences[0].speaker == "Det. Ortega" and draft.sentences[0].start == 113
    with pytest.raises(NotFound, match="case not found"):
        cell_draft(project, "site=Elsewhere", "Turnover")
    with pytest.raises(NotFound, match="case not found"):
        set_cell_summary(project, "site=Elsewhere", "Turnover", "typo")

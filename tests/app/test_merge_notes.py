"""Summaries and memos through hand-out and merge: authors and times kept, conflicts keep both
texts, a second merge adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.merge import handout, merge_files, plan_merge, read_source
from qcoder.core import commands as cmd
from qcoder.core.model import AttributeScope, MemoTarget
from tests.helpers import INTERVIEW, imported


@pytest.fixture
def lead(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "lead.qcoder", name="ECM")
    doc = p.add_document(imported(INTERVIEW, "HC-LE-01.txt"))
    p.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
    p.create_code("Turnover")
    yield p
    p.close()


def _summaries(p: Project) -> dict[tuple[str, str, str], str]:
    names = {c.id: c.name for c in p.coders()}
    paths = p.code_paths()
    docs = {d.id: d.name for d in p.documents()}
    out = {}
    for s in p.summaries():
        case = s.case_key
        if case.startswith("document:"):
            case = f"document:{docs[case.partition(':')[2]]}"
        out[(case, paths[s.code_id], names.get(s.author, s.author))] = s.text
    return out


def test_summaries_and_memos_go_out_and_come_back(lead: Project, tmp_path: Path):
    doc = lead.documents()[0]
    code = lead.code_by_path("Turnover")
    maya = lead.ensure_coder("Maya")
    lead.set_summary("site=Harbor City", code.id, "Lead's own view.", maya.id)
    ortega = lead.add_participant("Ortega")
    lead.update_speaker(next(s.id for s in lead.speakers() if s.label == "Det. Ortega"), participant_id=ortega.id)
    lead.execute(cmd.SetMemo(MemoTarget.PARTICIPANT, ortega.id, "Met twice.", author=maya.id))
    handout(lead, "Maya", [doc.id], tmp_path / "maya.qcoder", with_codings=True)
    with Project.open(tmp_path / "maya.qcoder") as copy:
        me = copy.coder_by_name("Maya")
        assert _summaries(copy) == {("site=Harbor City", "Turnover", "Maya"): "Lead's own view."}
        person = copy.participant_by_name("Ortega")
        assert [(m.text, m.author) for m in copy.memos() if m.target_id == person.id] == [("Met twice.", me.id)]
        turnover = copy.code_by_path("Turnover").id
        copy.set_summary("site=Harbor City", turnover, "Lead's own view. And more.", me.id)
        copy.set_summary(f"document:{copy.documents()[0].id}", turnover, "In this interview: churn.", me.id)
        copy.set_memo(MemoTarget.CODE, turnover, "Maya's code memo")
        written = {s.case_key: s for s in copy.summaries()}
    plan = plan_merge(lead, read_source(tmp_path / "maya.qcoder"), "maya.qcoder")
    assert plan.summaries_added == 1 and plan.to_json()["summaries"] == {"added": 1}
    merge_files(lead, [tmp_path / "maya.qcoder"], actor="Lead")
    assert _summaries(lead) == {
        ("site=Harbor City", "Turnover", "Maya"): "Lead's own view. And more.",  # extended: taken
        ("document:HC-LE-01", "Turnover", "Maya"): "In this interview: churn.",
    }
    merged = {s.case_key: s for s in lead.summaries()}
    key = f"document:{doc.id}"
    assert merged[key].updated_at == written[key].updated_at  # the time it was written travels
    assert lead.memo(MemoTarget.CODE, code.id) == "Maya's code memo"
    assert merge_files(lead, [tmp_path / "maya.qcoder"])[0].empty  # a second merge adds nothing


def test_differing_summaries_keep_both_texts(lead: Project, tmp_path: Path):
    doc = lead.documents()[0]
    code = lead.code_by_path("Turnover")
    maya, jordan = lead.ensure_coder("Maya"), lead.ensure_coder("Jordan")
    lead.set_summary("site=Harbor City", code.id, "Short staffed.", maya.id)
    handout(lead, "Maya", [doc.id], tmp_path / "maya.qcoder", with_codings=True)
    with Project.open(tmp_path / "maya.qcoder") as copy:
        copy.set_summary("site=Harbor City", copy.code_by_path("Turnover").id, "Burnout.", maya.id)
    lead.set_summary("site=Harbor City", code.id, "Jordan's cell.", jordan.id)  # another author: no conflict
    plan = merge_files(lead, [tmp_path / "maya.qcoder"])[0]
    assert plan.conflicts == ["a framework-matrix summary differed: both texts kept"]
    assert _summaries(lead) == {
        ("site=Harbor City", "Turnover", "Maya"): "Short staffed.\n\n--- merged from maya.qcoder ---\nBurnout.",
        ("site=Harbor City", "Turnover", "Jordan"): "Jordan's cell.",
    }
    lead.undo()
    assert _summaries(lead)[("site=Harbor City", "Turnover", "Maya")] == "Short staffed."


def test_merging_into_a_new_project_carries_every_author(lead: Project, tmp_path: Path):
    code = lead.code_by_path("Turnover")
    maya, jordan = lead.ensure_coder("Maya"), lead.ensure_coder("Jordan")
    lead.set_summary("site=Harbor City", code.id, "Maya's.", maya.id)
    lead.set_summary(f"document:{lead.documents()[0].id}", code.id, "Jordan's.", jordan.id)
    with Project.create(tmp_path / "other.qcoder", name="x") as other:
        merge_files(other, [Path(lead.location)])
        assert _summaries(other) == _summaries(lead)

"""Merging coder projects: preview, matching rules, idempotence, conflicts, undo, hand-outs."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.merge import apply_merge, handout, merge_files, plan_merge, read_source, write_codings_file
from qcoder.core.model import AttributeScope, MemoTarget
from tests.helpers import INTERVIEW, imported

OTHER = (
    "Interviewer: And the prosecutors?\n\nDA Kessler: We reach survivors through the advocates.\n\n"
    "Interviewer: Always?\n\nDA Kessler: Almost always, yes."
)


@pytest.fixture
def lead(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "lead.qcoder", name="ECM")
    a = p.add_document(imported(INTERVIEW, "HC-LE-01.txt"))
    b = p.add_document(imported(OTHER, "PV-PROS-06.txt"))
    p.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}, b.id: {"site": "Pine Valley"}})
    ch = p.create_code("Challenges", definition="Barriers")
    p.create_code("Turnover", ch.id)
    p.create_code("Survivor voices")
    yield p
    p.close()


def _code(p: Project, path: str) -> str:
    c = p.code_by_path(path)
    assert c is not None
    return c.id


def test_handout_code_and_merge_back(lead: Project, tmp_path: Path):
    docs = {d.name: d.id for d in lead.documents()}
    handout(lead, "Maya", list(docs.values()), tmp_path / "maya.qcoder")
    handout(lead, "Jordan", [docs["HC-LE-01"]], tmp_path / "jordan.qcoder")
    assert lead.assignments()[lead.coder_by_name("Jordan").id] == {docs["HC-LE-01"]}

    with Project.open(tmp_path / "maya.qcoder") as maya:
        assert len(maya.documents()) == 2 and maya.codings() == []
        assert maya.document_by_name("HC-LE-01").attributes == {"site": "Harbor City"}
        me = maya.coder_by_name("Maya")
        doc = maya.document_by_name("HC-LE-01")
        maya.add_coding(doc.id, _code(maya, "Challenges > Turnover"), me.id, 60, 90, memo="clear")
        new = maya.create_code("Colocation", definition="Same building")
        maya.add_coding(doc.id, new.id, me.id, 100, 120)
    with Project.open(tmp_path / "jordan.qcoder") as jordan:
        assert [d.name for d in jordan.documents()] == ["HC-LE-01"]
        me = jordan.coder_by_name("Jordan")
        doc = jordan.documents()[0]
        jordan.rename_document(doc.id, "ortega interview")  # same text, other name: still matches
        jordan.add_coding(doc.id, _code(jordan, "Challenges > Turnover"), me.id, 62, 95)

    plan = plan_merge(lead, read_source(tmp_path / "maya.qcoder"), "maya.qcoder")
    assert plan.codes_added == ["Colocation"] and "Challenges > Turnover" in plan.codes_matched
    assert plan.codings_added == 2 and plan.documents_added == []
    assert lead.codings() == []  # a plan writes nothing
    apply_merge(lead, plan, actor="Lead")
    merge_files(lead, [tmp_path / "jordan.qcoder"], actor="Lead")
    codings = lead.codings()
    assert sorted((c.start, c.end) for c in codings) == [(60, 90), (62, 95), (100, 120)]
    assert {c.coder_id for c in codings} == {lead.coder_by_name("Maya").id, lead.coder_by_name("Jordan").id}
    assert next(c for c in codings if c.start == 60).memo == "clear"
    assert lead.code_by_path("Colocation").definition == "Same building"
    assert [e[3] for e in lead.audit_log()] == ["merge", "merge"]

    # merging the same files again adds nothing
    again = merge_files(lead, [tmp_path / "maya.qcoder", tmp_path / "jordan.qcoder"])
    assert [p.empty for p in again] == [True, True] and again[0].codings_duplicate == 2
    assert len(lead.codings()) == 3

    # one merge is one undo step
    lead.undo()
    assert len(lead.codings()) == 2


def test_independent_projects_match_codes_by_path_and_documents_by_text(lead: Project, tmp_path: Path):
    with Project.create(tmp_path / "other.qcoder") as other:
        doc = other.add_document(imported(OTHER, "renamed.txt"))
        extra = other.add_document(imported("R: A new interview.\n\nI: ok\n\nR: yes", "new.txt"))
        other.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Red Mesa"}, extra.id: {"site": "Red Mesa"}})
        t = other.ensure_code_path("challenges > turnover")  # different UUIDs, same path
        coder = other.ensure_coder("Maya")
        other.add_coding(doc.id, t.id, coder.id, 40, 60)
        other.add_coding(extra.id, t.id, coder.id, 0, 5)
        other.set_memo(MemoTarget.PROJECT, "", "Other team's notes")
    plan = plan_merge(lead, read_source(tmp_path / "other.qcoder"))
    assert plan.documents_matched == ["renamed (ours: PV-PROS-06)"] and plan.documents_added == ["new"]
    assert plan.codes_added == [] and plan.coders_added == ["Maya"]
    assert any("site is 'Pine Valley' here and 'Red Mesa' there" in c for c in plan.conflicts)
    apply_merge(lead, plan)
    assert lead.document_by_name("PV-PROS-06").attributes["site"] == "Pine Valley"  # ours kept
    assert lead.document_by_name("new").attributes["site"] == "Red Mesa"
    turnover = _code(lead, "Challenges > Turnover")
    assert {(c.start, c.code_id) for c in lead.codings()} == {(40, turnover), (0, turnover)}
    assert lead.memo(MemoTarget.PROJECT) == "Other team's notes"
    assert len(lead.speakers(lead.document_by_name("new").id)) == 2


def test_my_codings_file(lead: Project, tmp_path: Path):
    handout(lead, "Maya", [d.id for d in lead.documents()], tmp_path / "maya.qcoder")
    with Project.open(tmp_path / "maya.qcoder") as maya:
        me = maya.coder_by_name("Maya")
        doc = maya.document_by_name("PV-PROS-06")
        maya.add_coding(doc.id, _code(maya, "Survivor voices"), me.id, 40, 70)
        n = write_codings_file(maya, me.id, tmp_path / "maya.qcodings")
    assert n == 1 and (tmp_path / "maya.qcodings").stat().st_size < 4000
    assert INTERVIEW[:30] not in (tmp_path / "maya.qcodings").read_bytes().decode("latin-1")  # no text inside
    plans = merge_files(lead, [tmp_path / "maya.qcodings"])
    assert plans[0].codings_added == 1
    c = lead.codings()[0]
    assert lead.document(c.document_id).text[c.start : c.end] == OTHER[40:70]

"""The service API on both backends: documents, speakers, attributes, codebook, codings, memos, undo."""

from __future__ import annotations

import pytest

from qcoder.core.changes import Kind
from qcoder.core.errors import (
    CodebookCycle,
    ConcurrentEdit,
    DuplicateName,
    InvalidOffsets,
    InvalidValue,
)
from qcoder.core.model import AttributeScope, AttributeType, MemoTarget
from tests.helpers import INTERVIEW, imported


def test_document_turns_and_speakers(project):
    info = project.add_document(imported())
    assert info.chars == len(INTERVIEW) and info.speakers == ("Det. Ortega", "Interviewer")
    doc = project.document(info.id)
    speakers = {s.id: s for s in project.speakers(info.id)}
    turns = project.turns(info.id)
    assert [speakers[t.speaker_id].label for t in turns] == ["Interviewer", "Det. Ortega"] * 2
    assert doc.text[turns[1].start : turns[1].end].startswith("We share information")
    assert {s.label: s.is_interviewer for s in speakers.values()} == {"Interviewer": True, "Det. Ortega": False}


def test_delete_document_and_undo_restores_everything(project):
    info = project.add_document(imported())
    code = project.create_code("Turnover")
    coder = project.ensure_coder("Maya")
    project.add_coding(info.id, code.id, coder.id, 10, 20, memo="note")
    project.set_attributes(AttributeScope.DOCUMENT, {info.id: {"site": "Harbor City"}})
    project.set_memo(MemoTarget.DOCUMENT, info.id, "first interview")
    before = (project.documents(), project.codings(), project.turns(info.id))
    project.delete_document(info.id)
    assert project.documents() == [] and project.codings() == []
    project.undo()
    assert (project.documents(), project.codings(), project.turns(info.id)) == before
    assert project.memo(MemoTarget.DOCUMENT, info.id) == "first interview"


def test_codings_validate_offsets_and_undo_redo(project):
    info = project.add_document(imported())
    code = project.create_code("Turnover")
    coder = project.ensure_coder("Maya")
    with pytest.raises(InvalidOffsets):
        project.add_coding(info.id, code.id, coder.id, 5, 5)
    with pytest.raises(InvalidOffsets):
        project.add_coding(info.id, code.id, coder.id, 0, info.chars + 1)
    c = project.add_coding(info.id, code.id, coder.id, 0, info.chars)
    assert project.codings() == [c]
    project.undo()
    assert project.codings() == []
    project.redo()
    assert [x.id for x in project.codings()] == [c.id]
    updated = project.update_coding(c.id, start=3, memo="boundary moved", exemplar=True)
    assert (updated.start, updated.memo, updated.exemplar) == (3, "boundary moved", True)
    project.undo()
    assert project.coding(c.id).start == 0 and not project.coding(c.id).exemplar
    project.remove_codings([c.id])
    assert project.codings() == []
    project.undo()
    assert project.coding(c.id).memo == ""


def test_change_notifications(project):
    seen = []
    project.subscribe(seen.append)
    info = project.add_document(imported())
    assert seen[-1].added == {Kind.DOCUMENT: {info.id}}
    code = project.create_code("A")
    c = project.add_coding(info.id, code.id, project.ensure_coder("M").id, 0, 5)
    assert seen[-1].added == {Kind.CODING: {c.id}}
    project.undo()
    assert seen[-1].removed == {Kind.CODING: {c.id}}


def test_codebook_tree_rename_move_cycle(project):
    ch = project.create_code("Challenges", definition="Barriers")
    turn = project.create_code("Turnover", ch.id, color="#aa0000")
    assert turn.color == "#AA0000"
    assert project.code_paths()[turn.id] == "Challenges > Turnover"
    with pytest.raises(DuplicateName):
        project.create_code("turnover", ch.id)
    with pytest.raises(InvalidValue):
        project.create_code("A > B")
    with pytest.raises(InvalidValue):
        project.update_code(turn.id, color="red")
    project.update_code(turn.id, name="Turnover and burnout")
    assert project.code_by_path("challenges > turnover and burnout").id == turn.id
    with pytest.raises(CodebookCycle):
        project.move_code(ch.id, turn.id)
    project.move_code(turn.id, None)
    assert project.code(turn.id).parent_id is None
    project.undo()
    project.undo()
    assert project.code_paths()[turn.id] == "Challenges > Turnover"


def test_ensure_code_path(project):
    leaf = project.ensure_code_path("Recommendations > Colocation", definition="Same building")
    again = project.ensure_code_path("recommendations >  colocation")
    assert leaf.id == again.id and leaf.definition == "Same building"
    assert len(project.codes()) == 2


def test_code_paths_use_the_angle_separator_not_a_slash(project):
    """``Survey/Trust`` does not silently become a top-level code named so (issue 17)."""
    with pytest.raises(InvalidValue, match="write 'Survey > Trust'"):
        project.ensure_code_path("Survey/Trust")
    with pytest.raises(InvalidValue, match="write 'Survey > Trust'"):
        project.ensure_code_path("Survey\\Trust")
    assert project.codes() == []
    trust = project.ensure_code_path("Survey > Trust")
    assert project.code_paths()[trust.id] == "Survey > Trust"
    # a name holding '/' made in the codebook is found by its path; under '>' it may be made
    police = project.create_code("Police/Fire")
    assert project.ensure_code_path("police/fire").id == police.id
    both = project.ensure_code_path("Survey > Courts/Prosecutors")
    assert project.code_paths()[both.id] == "Survey > Courts/Prosecutors"


def test_delete_code_says_how_many_and_undo(project):
    info = project.add_document(imported())
    coder = project.ensure_coder("Maya")
    parent = project.create_code("Challenges")
    child = project.create_code("Turnover", parent.id)
    project.add_coding(info.id, parent.id, coder.id, 0, 10)
    project.add_coding(info.id, child.id, coder.id, 5, 15)
    project.add_coding(info.id, child.id, coder.id, 20, 30)
    project.set_memo(MemoTarget.CODE, child.id, "watch this")
    assert project.code_usage(parent.id) == 3
    assert project.delete_code(parent.id) == 3
    assert project.codes() == [] and project.codings() == []
    project.undo()
    assert {c.name for c in project.codes()} == {"Challenges", "Turnover"}
    assert len(project.codings()) == 3
    assert project.memo(MemoTarget.CODE, child.id) == "watch this"


def test_merge_codes_moves_codings_children_and_drops_duplicates(project):
    info = project.add_document(imported())
    coder = project.ensure_coder("Maya")
    a = project.create_code("Sunshine")
    b = project.create_code("Sunshine (2)")
    sub = project.create_code("Morning", b.id)
    project.add_coding(info.id, a.id, coder.id, 0, 10)
    project.add_coding(info.id, b.id, coder.id, 0, 10)  # same span: must not double
    project.add_coding(info.id, b.id, coder.id, 20, 30)
    project.merge_codes(b.id, a.id)
    codes = {c.name: c for c in project.codes()}
    assert set(codes) == {"Sunshine", "Morning"} and codes["Morning"].parent_id == a.id
    assert sorted((c.start, c.code_id) for c in project.codings()) == [(0, a.id), (20, a.id)]
    project.undo()
    assert {c.name for c in project.codes()} == {"Sunshine", "Sunshine (2)", "Morning"}
    assert project.code(sub.id).parent_id == b.id
    assert len(project.codings()) == 3


def test_optimistic_concurrency_on_codes(project):
    code = project.create_code("Turnover")
    seen_version = project.code(code.id).version
    project.update_code(code.id, name="Turnover and burnout")  # another writer, meanwhile
    with pytest.raises(ConcurrentEdit, match="changed by someone else"):
        project.update_code(code.id, expected_version=seen_version, name="Staff turnover")
    assert project.code(code.id).name == "Turnover and burnout"


def test_attributes_typed_and_inferred(project):
    a = project.add_document(imported())
    b = project.add_document(imported("R: other text", "b.txt"))
    project.set_attributes(
        AttributeScope.DOCUMENT,
        {
            a.id: {"site": "Harbor City", "stakeholder_group": "law enforcement", "interview_date": "2021-03-04"},
            b.id: {"site": "Pine Valley", "stakeholder_group": "prosecutor", "interview_date": "2021-04-01"},
        },
    )
    attrs = {x.name: x for x in project.attributes(AttributeScope.DOCUMENT)}
    assert attrs["site"].type is AttributeType.CATEGORY
    assert attrs["site"].allowed == ("Harbor City", "Pine Valley")
    assert attrs["interview_date"].type is AttributeType.DATE
    assert project.document_info(a.id).attributes["stakeholder_group"] == "law enforcement"
    with pytest.raises(InvalidValue):
        project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"interview_date": "soon"}})
    project.undo()  # one step undoes the whole batch
    assert project.attributes() == [] and project.document_info(a.id).attributes == {}


def test_participants_and_speakers(project):
    text = (
        "Moderator: Hello.\n\nLt. Park: I run vice.\n\nMs. Alvarez: I am an advocate.\n\n"
        "Moderator: Thanks.\n\nLt. Park: Sure.\n\nMs. Alvarez: Likewise."
    )
    info = project.add_document(imported(text, "fg.txt"))
    park = project.add_participant("Lt. Park", {"stakeholder_group": "law enforcement"})
    speakers = {s.label: s for s in project.speakers(info.id)}
    assert speakers["Moderator"].is_interviewer
    project.update_speaker(speakers["Lt. Park"].id, participant_id=park.id)
    assert next(s for s in project.speakers(info.id) if s.label == "Lt. Park").participant_id == park.id
    assert project.participants()[0].attributes == {"stakeholder_group": "law enforcement"}
    project.update_speaker(speakers["Ms. Alvarez"].id, label="Alvarez")
    project.merge_speakers(speakers["Ms. Alvarez"].id, speakers["Lt. Park"].id)
    assert [s.label for s in project.speakers(info.id)] == ["Lt. Park", "Moderator"]
    project.undo()
    assert [s.label for s in project.speakers(info.id)] == ["Alvarez", "Lt. Park", "Moderator"]


def test_memos(project):
    project.set_memo(MemoTarget.PROJECT, "", "Evaluation of 10 task forces")
    assert project.memo(MemoTarget.PROJECT) == "Evaluation of 10 task forces"
    project.set_memo(MemoTarget.PROJECT, "", "")
    assert project.memo(MemoTarget.PROJECT) == ""
    project.undo()
    assert project.memos()[0].text == "Evaluation of 10 task forces"


def test_snapshot(project):
    info = project.add_document(imported())
    code = project.create_code("A")
    project.add_coding(info.id, code.id, project.ensure_coder("M").id, 0, 5)
    snap = project.snapshot()
    assert snap.name == "test" and snap.documents[0].text == INTERVIEW
    assert len(snap.turns) == 4 and len(snap.codings) == 1 and snap.coders[0].name == "M"

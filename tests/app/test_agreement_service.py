"""Agreement and reconciliation through the service layer, with hand-worked numbers."""

from __future__ import annotations

import pytest

from qcoder.analysis.agreement import Unit
from qcoder.analysis.agreement.disagreements import Method
from qcoder.app.agreement import agreement, agreement_json, disagreements, reconcile, seed_consensus
from tests.helpers import imported

TEXT = "R: " + "x" * 47  # 50 characters; turn detection is irrelevant here


@pytest.fixture
def two_coders(project):
    doc = project.add_document(imported(TEXT, "d.txt"))
    code = project.create_code("Turnover")
    a = project.ensure_coder("Maya")
    b = project.ensure_coder("Jordan")
    # Cohen (1960)-style 2x2 table, as in the common textbook example (20/5/10/15 of 50):
    # both coded [0,20) = 20 chars; only Maya [20,25) = 5; only Jordan [25,35) = 10; neither = 15.
    project.add_coding(doc.id, code.id, a.id, 0, 25)
    project.add_coding(doc.id, code.id, b.id, 0, 20)
    project.add_coding(doc.id, code.id, b.id, 25, 35)
    return project, doc, code


def test_character_agreement_matches_the_worked_example(two_coders):
    project, _doc, _code = two_coders
    report, inputs = agreement(project, ["Maya", "Jordan"], Unit.CHARACTER)
    data = agreement_json(report, inputs)
    overall = data["overall"]
    # po = (20 + 15) / 50 = 0.7; pA = 25/50, pB = 30/50; pe = .5*.6 + .5*.4 = .5; kappa = .2/.5
    assert overall["percent_agreement"] == pytest.approx(0.7)
    assert overall["cohen_kappa"] == pytest.approx(0.4)
    assert data["unit"] == "character" and data["coders"] == ["Maya", "Jordan"]
    assert data["codes"][0]["code"] == "Turnover" and data["codes"][0]["documents"][0]["document"] == "d"


def test_unused_code_is_undefined(two_coders):
    project, _doc, _code = two_coders
    project.create_code("Never used")
    report, inputs = agreement(project, ["Maya", "Jordan"], codes=["Never used"])
    assert agreement_json(report, inputs)["overall"]["cohen_kappa"] is None


def test_disagreements_and_reconciliation(two_coders):
    project, doc, code = two_coders
    items, inputs = disagreements(project, ["Maya", "Jordan"])
    # [20,25) extends a span both coded (boundary); [25,35) only Jordan coded (omission)
    assert [(i.start, i.end, i.kind.value) for i in items] == [(25, 35, "omission"), (20, 25, "boundary")]
    assert seed_consensus(project, inputs, actor="Lead") == 1  # the agreed [0, 20)
    reconcile(project, items, inputs, Method.ACCEPT, accept_coder="Maya", actor="Lead")
    consensus = project.coder_by_name("Consensus")
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 25)]
    log = project.audit_log()
    assert [e[3] for e in log] == ["seed consensus", "reconcile", "reconcile"]
    assert log[1][2] == "Lead" and log[1][4]["accepted"] == "Maya"
    project.undo()  # one step undoes all decisions
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 20)]
    reconcile(project, items, inputs, Method.UNION)
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 35)]
    # statistics update immediately: the consensus agrees fully with the union of the two
    report, inputs2 = agreement(project, ["Consensus", "Jordan"])
    assert agreement_json(report, inputs2)["overall"]["percent_agreement"] == pytest.approx(45 / 50)


def test_consensus_never_overwrites_a_coders_own_work(two_coders):
    """Issue 22 #2: naming a compared coder (or any coder with codings of their own) as the
    consensus used to overwrite their codings with the decisions."""
    from qcoder.analysis.agreement.disagreements import Method
    from qcoder.app.agreement import disagreements, reconcile, seed_consensus
    from qcoder.core.errors import InvalidValue

    project, _doc, _code = two_coders
    items, inputs = disagreements(project, ["Maya", "Jordan"])
    maya = next(c for c in project.coders() if c.name == "Maya")
    before = sorted((c.start, c.end) for c in project.codings(coder_ids=[maya.id]))
    for name in ("Maya", "maya ", "Jordan"):
        with pytest.raises(InvalidValue, match="one of the coders compared"):
            reconcile(project, items, inputs, Method.UNION, consensus=name)
        with pytest.raises(InvalidValue, match="one of the coders compared"):
            seed_consensus(project, inputs, name)
    other = project.ensure_coder("Sam")
    project.add_coding(_doc.id, _code.id, other.id, 40, 45)
    with pytest.raises(InvalidValue, match="codings of their own"):
        reconcile(project, items, inputs, Method.UNION, consensus="Sam")
    assert sorted((c.start, c.end) for c in project.codings(coder_ids=[maya.id])) == before
    # a new consensus coder, then the same one again, are fine
    assert reconcile(project, items, inputs, Method.UNION, consensus="Consensus") > 0
    assert reconcile(project, items, inputs, Method.UNION, consensus="Consensus") > 0

"""Co-occurrence for the window: counted in documents, restricted by the speaker's attribute
value, the meetings behind a cell, and the network with its deterministic layout."""

from __future__ import annotations

from qcoder.analysis.cooccurrence import compute_cooccurrence, cooccurrence, meetings
from qcoder.analysis.index import ProjectIndex, make_selection
from qcoder.analysis.network import cooccurrence_network, force_layout
from qcoder.analysis.synthetic import example_project
from tests.analysis.test_cooccurrence import INFO, TRUST, TURNOVER, ids


def test_documents_unit_counts_documents_where_both_meet() -> None:
    index = ProjectIndex(example_project())
    selection = make_selection(index, coders=["A"])
    m = compute_cooccurrence(index, selection, "turn", unit="documents")
    trust, info, turnover, collab = ids(index, TRUST, INFO, TURNOVER, "Collaboration")
    assert m.get(trust, info) == 1  # doc1 only (doc2's are different turns)
    assert m.get(info, turnover) == 1  # doc4, one pseudo-turn
    assert m.get(info, info) == 3  # doc1, doc2, doc4 (doc3's is the interviewer's)
    assert m.get(collab, trust) == 3  # doc1, doc2, doc5
    assert compute_cooccurrence(index, selection, "overlap").to_table().name == "cooccurrence_overlap"
    assert m.to_table().name == "cooccurrence_turn_documents"


def test_where_keeps_excerpts_of_speakers_with_the_value() -> None:
    index = ProjectIndex(example_project())
    selection = make_selection(index, coders=["A"])
    trust, collab = ids(index, TRUST, "Collaboration")
    law = compute_cooccurrence(index, selection, where={"stakeholder_group": ["law_enforcement"]})
    assert law.get(collab, trust) == 2 and law.get(trust, trust) == 2  # Lee (doc1), Lou (doc2)
    assert compute_cooccurrence(index, selection, where={"site": ["B"]}).get(trust, trust) == 0


def test_meetings_list_what_the_cell_counts() -> None:
    index = ProjectIndex(example_project())
    selection = make_selection(index, coders=["A"])
    trust, info = ids(index, TRUST, INFO)
    found = meetings(index, selection, trust, info)
    text = index.snapshot.documents[0].text
    assert len(found) == cooccurrence(index, "overlap", coders=["A"]).get(trust, info) == 1
    (m,) = found
    assert text[m.first[0] : m.first[1]] == "We trust the advocates."
    assert text[m.start : m.end].startswith("We trust the advocates. We share case files")
    assert meetings(index, selection, info, trust)[0].first == m.second
    turns = meetings(index, selection, ids(index, TURNOVER)[0], info, mode="turn")
    assert len(turns) == 1 and index.document_order[3] == turns[0].document_id


def test_network_nodes_edges_and_layout_are_deterministic() -> None:
    index = ProjectIndex(example_project())
    m = cooccurrence(index, "overlap", coders=["A"])
    net = cooccurrence_network(m)
    names = {n.path: n.use for n in net.nodes}
    assert names[TRUST] == 3 and "Funding" not in names  # unused codes are left out
    pairs = {(net.nodes[e.first].path, net.nodes[e.second].path): e.weight for e in net.edges}
    assert pairs == {(TRUST, INFO): 1}  # parent-subcode links left out
    assert len(cooccurrence_network(m, subcode_links=True).edges) > 1
    assert cooccurrence_network(m, 2).edges == []
    assert net == cooccurrence_network(m)
    assert all(-1.0 <= v <= 1.0 for p in net.positions for v in p)
    spread = force_layout(6, [(0, 1, 3.0), (1, 2, 1.0)])
    assert min(float(((spread[i] - spread[j]) ** 2).sum()) ** 0.5 for i in range(6) for j in range(6) if i < j) > 0.1

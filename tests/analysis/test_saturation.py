"""Saturation (new codes per document) on a hand-made project whose answer is worked out below."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.saturation import NoInterviewDate, Order, date_attribute, first_coded, saturation
from qcoder.analysis.synthetic import SnapshotBuilder
from qcoder.core.model import AttributeScope, AttributeType
from qcoder.core.snapshot import ProjectSnapshot


def example() -> tuple[ProjectSnapshot, dict[str, str]]:
    """Four documents, in project order D1 D2 D3 D4 (names chosen so that name order differs).

    D1 "beta"  (2024-03-05, first coded day 3): A codes P > X, Q; B codes Q
    D2 "alpha" (2024-01-10, first coded day 1): A codes P > X, P > Y; B codes R
    D3 "Gamma" (no date, never coded)
    D4 "delta" (2024-02-01, first coded day 2): A codes P (the parent itself), Q; B codes Q, R
    P is never counted through its children P > X and P > Y, only where it is applied itself.
    """
    b = SnapshotBuilder()
    b.attribute("interview_on", AttributeScope.DOCUMENT, type=AttributeType.DATE)
    docs = {
        "D1": b.document("beta", text="x" * 40, interview_on="2024-03-05"),
        "D2": b.document("alpha", text="x" * 40, interview_on="2024-01-10"),
        "D3": b.document("Gamma", text="x" * 40),
        "D4": b.document("delta", text="x" * 40, interview_on="2024-02-01"),
    }
    day = {"D1": 3, "D2": 1, "D4": 2}
    plan = [
        ("D1", "P > X", "A"),
        ("D1", "Q", "A"),
        ("D1", "Q", "B"),
        ("D2", "P > X", "A"),
        ("D2", "P > Y", "A"),
        ("D2", "R", "B"),
        ("D4", "P", "A"),
        ("D4", "Q", "A"),
        ("D4", "Q", "B"),
        ("D4", "R", "B"),
    ]
    for i, (doc, path, coder) in enumerate(plan):
        b.coding(docs[doc], path, i, i + 5, coder=coder)
    snap = b.build()
    when = {d: datetime(2024, 6, day[k], 9, tzinfo=UTC) for k, d in docs.items() if k in day}
    snap.codings = [dataclasses.replace(c, created_at=when[c.document_id]) for c in snap.codings]
    return snap, docs


def _table(result: object) -> list[tuple[str, int, int]]:
    from qcoder.analysis.saturation import Saturation

    assert isinstance(result, Saturation)
    return [(result.names[s.document_id], len(s.new_codes), s.cumulative) for s in result.overall.steps]


def test_project_order_counts_direct_codes_only() -> None:
    snap, _ = example()
    index = ProjectIndex(snap)
    result = saturation(index)
    # beta: X, Q; alpha: Y, R (X seen); Gamma: none; delta: P (the parent itself) -> 5 codes
    assert _table(result) == [("beta", 2, 2), ("alpha", 2, 4), ("Gamma", 0, 4), ("delta", 1, 5)]
    paths = [[result.paths[c] for c in s.new_codes] for s in result.overall.steps]
    assert paths == [["P > X", "Q"], ["P > Y", "R"], [], ["P"]]
    by_coder = {s.name: [(len(t.new_codes), t.cumulative) for t in s.steps] for s in result.coders}
    # A alone: beta X, Q; alpha Y (X seen); delta P
    assert by_coder == {"A": [(2, 2), (1, 3), (0, 3), (1, 4)], "B": [(1, 1), (1, 2), (0, 2), (0, 2)]}


def test_orders() -> None:
    snap, _ = example()
    index = ProjectIndex(snap)
    by_name = saturation(index, Order.NAME)
    assert _table(by_name) == [("alpha", 3, 3), ("beta", 1, 4), ("delta", 1, 5), ("Gamma", 0, 5)]
    by_date = saturation(index, Order.DATE)
    assert by_date.date_attribute == "interview_on"
    assert _table(by_date) == [("alpha", 3, 3), ("delta", 2, 5), ("beta", 0, 5), ("Gamma", 0, 5)]
    by_coding = saturation(index, Order.CODING, first=first_coded(snap.codings))
    assert [by_coding.names[d] for d in by_coding.documents] == ["alpha", "delta", "beta", "Gamma"]


def test_coder_filter_and_coding_order_of_those_coders() -> None:
    snap, _ = example()
    index = ProjectIndex(snap)
    b_only = frozenset(index.resolve_coders(["B"]))
    result = saturation(index, coder_ids=b_only)
    assert _table(result) == [("beta", 1, 1), ("alpha", 1, 2), ("Gamma", 0, 2), ("delta", 0, 2)]
    assert [s.name for s in result.coders] == ["B"]


def test_date_attribute_by_name_and_missing() -> None:
    b = SnapshotBuilder()
    b.document("one", text="abc", Interview_Date="March 5, 2024")
    b.document("two", text="abc", Interview_Date="2024-01-02")
    b.document("three", text="abc", Interview_Date="not a date")
    index = ProjectIndex(b.build())
    assert date_attribute(index) == "Interview_Date"
    assert [index.documents[d].name for d in saturation(index, Order.DATE).documents] == ["two", "one", "three"]
    plain = SnapshotBuilder()
    plain.document("one", text="abc", site="North")
    with pytest.raises(NoInterviewDate, match="no interview date"):
        saturation(ProjectIndex(plain.build()), Order.DATE)


def test_empty_project() -> None:
    result = saturation(ProjectIndex(SnapshotBuilder().build()))
    assert result.overall.steps == () and result.coders == () and result.overall.total == 0

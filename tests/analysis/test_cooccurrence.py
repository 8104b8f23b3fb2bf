"""Code co-occurrence, counted by hand on :func:`example_project` (codings c1..c11 by coder
A, b1..b2 by coder B, listed in its docstring) and checked against a brute-force count."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcoder.analysis.cooccurrence import cooccurrence
from qcoder.analysis.excerpts import code_regions
from qcoder.analysis.index import ProjectIndex, Selection
from qcoder.analysis.synthetic import SnapshotBuilder, example_project

TRUST = "Collaboration > Trust"
INFO = "Collaboration > Information sharing"
TURNOVER = "Challenges > Turnover"


def ids(index: ProjectIndex, *paths: str) -> list[str]:
    return [next(iter(index.resolve_codes([p]))) for p in paths]


def test_overlap_mode_by_hand() -> None:
    index = ProjectIndex(example_project())
    m = cooccurrence(index, "overlap", coders=["A"])
    trust, info, turnover, collab, challenges = ids(index, TRUST, INFO, TURNOVER, "Collaboration", "Challenges")
    # Trust × Information sharing: only c1 and c2 overlap (doc1); c4/c5 are different turns.
    assert m.get(trust, info) == m.get(info, trust) == 1
    # Information sharing × Turnover: doc4's c9 and c10 are separate sentences -> 0.
    assert m.get(info, turnover) == 0
    # Collaboration regions: doc1 {c1∪c2, c3}, doc2 {c4, c5}, doc4 {c9}, doc5 {c11}.
    # With Trust: (c1∪c2, c1), (c4, c4), (c11, c11) = 3; with Information sharing:
    # (c1∪c2, c2), (c3, c3), (c5, c5), (c9, c9) = 4.
    assert m.get(collab, trust) == 3 and m.get(collab, info) == 4
    assert m.get(challenges, turnover) == 3
    # diagonal = the code's excerpts (interviewer c7 excluded)
    assert (m.get(trust, trust), m.get(info, info), m.get(collab, collab)) == (3, 4, 6)
    assert m.counts == [list(r) for r in zip(*m.counts, strict=True)]  # symmetric


def test_turn_mode_by_hand() -> None:
    index = ProjectIndex(example_project())
    m = cooccurrence(index, "turn", coders=["A"], codes=[TRUST, INFO, TURNOVER])
    trust, info, turnover = ids(index, TRUST, INFO, TURNOVER)
    # Trust × Information sharing: Lee's turn in doc1 holds c1, c2, c3 -> 1 turn.
    assert m.get(trust, info) == 1
    # Information sharing × Turnover: doc4 has no turns, so it is one pseudo-turn holding
    # c9 and c10 -> 1 (the overlap mode says 0).
    assert m.get(info, turnover) == 1
    # diagonal: turns with Information sharing = Lee (doc1), Sam (doc2), doc4 = 3.
    assert m.get(info, info) == 3
    assert m.paths == [TRUST, INFO, TURNOVER]


def test_coders_are_never_paired() -> None:
    b = SnapshotBuilder()
    d = b.document("D", text="Some words to code here.")
    b.coding(d, "X", 0, 10, coder="A")
    b.coding(d, "Y", 5, 15, coder="B")
    m = cooccurrence(b.build(), "overlap")
    assert m.counts == [[1, 0], [0, 1]]


def test_unknown_mode() -> None:
    with pytest.raises(ValueError):
        cooccurrence(example_project(), "paragraph")  # type: ignore[arg-type]


@st.composite
def coded_texts(draw: st.DrawFn) -> SnapshotBuilder:
    b = SnapshotBuilder()
    for p in ("P > A", "P > B", "Q"):
        b.code(p)
    docs = [b.document(f"D{i}", text="y" * 50) for i in range(2)]
    for _ in range(draw(st.integers(0, 20))):
        s = draw(st.integers(0, 48))
        b.coding(
            draw(st.sampled_from(docs)),
            draw(st.sampled_from(["P > A", "P > B", "Q", "P"])),
            s,
            draw(st.integers(s + 1, 50)),
            draw(st.sampled_from(["A", "B"])),
        )
    return b


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(coded_texts())
def test_overlap_matches_brute_force(b: SnapshotBuilder) -> None:
    index = ProjectIndex(b.build())
    m = cooccurrence(index, "overlap")
    regions = code_regions(index, Selection())
    for (i, a), (j, c) in itertools.product(enumerate(m.code_ids), repeat=2):
        if i == j:
            expected = sum(len(v) for v in regions[a].values())
        else:
            expected = sum(
                1
                for key, spans in regions[a].items()
                for s1, e1 in spans
                for s2, e2 in regions[c].get(key, [])
                if s1 < e2 and s2 < e1
            )
        assert m.counts[i][j] == expected

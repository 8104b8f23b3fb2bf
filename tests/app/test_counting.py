"""Counting reads codings as columns (``Project.counting_index``): the same figures as from the
full snapshot, coders missing from the coder list included; its snapshot's codings refuse use."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from qcoder.analysis.frequencies import stats_json, stats_tables
from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.synthetic import example_project
from qcoder.core.model import AttributeScope, Coding, new_id, utcnow
from qcoder.core.snapshot import CodingColumns, CodingsNotRead
from tests.helpers import imported


def test_counting_index_counts_as_the_snapshot(project):
    rng = random.Random(3)
    docs = [project.add_document(imported(name=f"i{n}.txt")) for n in range(6)]
    project.set_attributes(AttributeScope.DOCUMENT, {d.id: {"site": "AB"[i % 2]} for i, d in enumerate(docs)})
    parent = project.create_code("Collaboration")
    codes = [parent, project.create_code("Trust", parent.id), project.create_code("Turnover")]
    coders = [project.ensure_coder(n).id for n in ("ana", "ben", "cy")]
    now = utcnow()
    batch = []
    for _ in range(300):
        d = rng.choice(docs)
        start = rng.randrange(0, d.chars - 10)
        batch.append(
            Coding(
                new_id(),
                d.id,
                rng.choice(codes).id,
                rng.choice(coders),
                start,
                min(d.chars, start + rng.randint(1, 60)),
                "",
                False,
                now,
                now,
            )
        )
    project.add_codings(batch)
    counting, snapshot = project.counting_index(), project.snapshot()
    assert counting.coder_order == ProjectIndex(snapshot).coder_order
    for by in ([], ["site"]):
        assert stats_json(counting, by) == stats_json(snapshot, by)
        assert stats_tables(counting, by) == stats_tables(snapshot, by)
    assert stats_json(counting, ["site"], coders=["ana"]) == stats_json(snapshot, ["site"], coders=["ana"])


def test_a_counting_snapshot_refuses_its_coding_records(project):
    project.add_document(imported())
    counting = project.counting_index()
    with pytest.raises(RuntimeError, match="columns"):
        len(counting.snapshot.codings)
    with pytest.raises(RuntimeError, match="columns"):
        list(counting.snapshot.codings)


def test_columns_in_any_order_and_coders_missing_from_the_list():
    # a snapshot from elsewhere (an exchange file) may hold codings of coders it does not list
    snapshot = example_project()
    renamed = {c.id: f"unlisted-{n}" for n, c in enumerate(snapshot.coders)}
    snapshot.codings = [replace(c, coder_id=renamed.get(c.coder_id, c.coder_id)) for c in snapshot.codings]
    snapshot.coders = []
    shuffled = list(snapshot.codings)
    random.Random(5).shuffle(shuffled)
    columns = CodingColumns(
        [c.document_id for c in shuffled],
        [c.code_id for c in shuffled],
        [c.coder_id for c in shuffled],
        [c.start for c in shuffled],
        [c.end for c in shuffled],
    )
    counting = ProjectIndex(replace(snapshot, codings=CodingsNotRead()), columns)
    records = ProjectIndex(snapshot)
    assert counting.coder_order == records.coder_order and len(counting.coder_order) == 2
    for by in ([], ["stakeholder_group", "site"]):
        assert stats_json(counting, by) == stats_json(records, by)

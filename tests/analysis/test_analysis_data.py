"""AnalysisData keeps codings as columns: the same matrix as from records, the drill-down's
lookups equal a brute-force search, and patches (new, moved, removed codings; stars) behave as a
fresh read of the changed project would."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from qcoder.analysis.analysis_data import AnalysisData
from qcoder.analysis.index import ProjectIndex
from qcoder.analysis.matrix import Column, CountKind, Options, cell_excerpts, compute_matrix, fit_options, matrix_grid
from qcoder.analysis.synthetic import example_project
from qcoder.core.model import Coding
from qcoder.core.snapshot import CodingColumns, CodingsNotRead


def _grids(data: AnalysisData) -> list[list[list[str]]]:
    out = []
    for options in (Options(), Options(attribute2="site"), Options(attribute="site")):
        matrix = compute_matrix(data, fit_options(data, options))
        out += [matrix_grid(matrix, kind) for kind in CountKind]
    return out


def test_from_an_index_of_columns_equals_from_records():
    snapshot = example_project()
    columns = CodingColumns.from_codings(list(reversed(snapshot.codings)))  # any order
    from_index = AnalysisData(ProjectIndex(replace(snapshot, codings=CodingsNotRead()), columns))
    assert _grids(from_index) == _grids(AnalysisData(snapshot))
    assert len(from_index) == len(snapshot.codings)


def test_an_index_without_ids_is_refused():
    snapshot = example_project()
    columns = CodingColumns.from_codings(snapshot.codings)
    bare = CodingColumns(columns.document_id, columns.code_id, columns.coder_id, columns.start, columns.end)
    with pytest.raises(ValueError, match="ids"):
        AnalysisData(ProjectIndex(replace(snapshot, codings=CodingsNotRead()), bare))


def test_codings_at_equals_a_brute_force_search():
    snapshot = example_project()
    data = AnalysisData(snapshot)
    rng = random.Random(3)
    for _ in range(300):
        c = rng.choice(snapshot.codings)
        start = max(0, c.start + rng.randint(-200, 200))
        end = start + rng.randint(1, 400)
        expected = {
            x.id
            for x in snapshot.codings
            if x.document_id == c.document_id and x.coder_id == c.coder_id and x.start < end and x.end > start
        }
        found = data.codings_at(c.document_id, c.coder_id, start, end)
        assert {x.id for x in found} == expected
        assert all(x.exemplar == next(y.exemplar for y in snapshot.codings if y.id == x.id) for x in found)
    assert data.codings_at("no such document", snapshot.coders[0].id, 0, 10) == []


def test_patches_equal_a_fresh_read():
    snapshot = example_project()
    data = AnalysisData(snapshot)
    first, second = snapshot.codings[0], snapshot.codings[1]
    moved = replace(first, start=first.start + 1)
    added = Coding("new-coding", second.document_id, second.code_id, second.coder_id, 0, 40, exemplar=True)
    patched = data.with_codings({first.id: moved, second.id: None, added.id: added})
    fresh = [moved if c.id == first.id else c for c in snapshot.codings if c.id != second.id] + [added]
    assert _grids(patched) == _grids(AnalysisData(replace(snapshot, codings=fresh)))
    assert patched.exemplar("new-coding") is True and patched.exemplar(second.id) is None


def test_stars_change_in_place_but_moves_are_refused():
    snapshot = example_project()
    data = AnalysisData(snapshot)
    c = next(x for x in snapshot.codings if not x.exemplar)
    assert data.apply_coding_updates([replace(c, exemplar=True)])
    assert data.exemplar(c.id) is True
    assert not data.apply_coding_updates([replace(c, end=c.end + 1)])
    assert not data.apply_coding_updates([replace(c, id="unknown")])
    # the star survives a later patch and shows in the drill-down
    patched = data.with_codings({})
    assert patched.exemplar(c.id) is True
    matrix = compute_matrix(patched, fit_options(patched, Options()))
    behind = [i for i in cell_excerpts(patched, matrix, c.code_id, Column(())) if c.id in i.coding_ids]
    assert behind and all(i.exemplar for i in behind)

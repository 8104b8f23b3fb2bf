"""REFI-QDA through the service layer: the demo project survives export → import."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.demo import build_demo
from qcoder.app.exchange import export_exchange, import_exchange
from qcoder.core.codepath import code_paths


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo")).path


def _excerpts(p: Project) -> set[tuple[str, str, str, int, int, str]]:
    docs = {d.id: d.name for d in p.documents()}
    texts = {d: p.document(d).text for d in docs}
    paths = code_paths(p.codes())
    coders = {c.id: c.name for c in p.coders()}
    return {
        (
            docs[c.document_id],
            paths[c.code_id],
            coders[c.coder_id],
            c.start,
            c.end,
            texts[c.document_id][c.start : c.end],
        )
        for c in p.codings()
    }


def test_demo_round_trip_through_qdpx(demo: Path, tmp_path: Path):
    target = tmp_path / "demo.qdpx"
    with Project.open(demo) as original:
        export_exchange(original, target)
        export_exchange(original, tmp_path / "demo.qdc")
        expected = _excerpts(original)
        codes = {
            (code_paths(original.codes())[c.id], c.color, c.definition, c.inclusion, c.exclusion, c.example)
            for c in original.codes()
        }
        attrs = {d.name: dict(d.attributes) for d in original.documents()}
        people = {p.name: dict(p.attributes) for p in original.participants()}
    with Project.create(tmp_path / "copy.qcoder") as copy:
        result = import_exchange(copy, target)
        assert result.plan.conflicts == []
        assert _excerpts(copy) == expected
        assert {
            (code_paths(copy.codes())[c.id], c.color, c.definition, c.inclusion, c.exclusion, c.example)
            for c in copy.codes()
        } == codes
        assert {d.name: dict(d.attributes) for d in copy.documents()} == attrs
        assert {p.name: dict(p.attributes) for p in copy.participants()} == people
        # importing the same file again adds nothing
        again = import_exchange(copy, target)
        assert again.plan.empty
    with Project.create(tmp_path / "codebook.qcoder") as cb:
        import_exchange(cb, tmp_path / "demo.qdc")
        assert {code_paths(cb.codes())[c.id] for c in cb.codes()} == {c[0] for c in codes}

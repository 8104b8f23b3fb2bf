"""The demo project: every sample transcript imports with its speakers and attributes, and
every demo coding resolves to exactly one respondent passage."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.demo import RESOURCES, SAMPLES, build_demo
from qcoder.core.model import AttributeScope
from qcoder.importers import import_file


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo")).path


def test_samples_are_realistic_and_varied():
    files = [p for p in SAMPLES.iterdir() if p.name != "attributes.csv"]
    assert len(files) >= 12
    assert {p.suffix for p in files} >= {".txt", ".docx", ".vtt"}
    for path in files:
        doc = import_file(path)
        assert len(doc.text) > 10_000, path.name  # several pages each
        assert len(doc.speakers) >= 2, path.name


@pytest.mark.parametrize("csv_path", sorted((RESOURCES / "demo_codings").glob("*.csv")), ids=lambda p: p.stem)
def test_demo_excerpts_resolve_inside_respondent_turns(csv_path: Path):
    source = next(p for p in SAMPLES.iterdir() if p.stem == csv_path.stem)
    doc = import_file(source)
    interviewer = {"Interviewer", "INTERVIEWER", "I", "Moderator"}
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["coder"] for r in rows} == {"Maya Chen", "Jordan Reyes"}
    for row in rows:
        assert doc.text.count(row["excerpt"]) == 1, row["excerpt"][:60]
        start = doc.text.index(row["excerpt"])
        turn = next(t for t in doc.turns if t.start <= start < t.end)
        assert turn.speaker not in interviewer and start + len(row["excerpt"]) <= turn.end


def test_demo_project(demo: Path):
    with Project.open(demo) as project:
        docs = project.documents()
        assert len(docs) >= 12
        assert {d.attributes.get("site") for d in docs} >= {
            "Harbor City",
            "Pine Valley",
            "Lakeshore County",
            "Red Mesa",
        }
        groups = {p.attributes.get("stakeholder_group") for p in project.participants()}
        assert groups == {"law enforcement", "prosecutor", "victim service provider", "other"}
        assert {c.name for c in project.coders()} == {"Maya Chen", "Jordan Reyes"}
        n_rows = sum(
            len(list(csv.DictReader(p.open(encoding="utf-8")))) for p in (RESOURCES / "demo_codings").glob("*.csv")
        )
        assert len(project.codings()) == n_rows
        assert all(c.definition for c in project.codes())
        # the focus group's speakers are linked to participants of three groups
        fg = project.document_by_name("LC-FG-09")
        linked = [s for s in project.speakers(fg.id) if s.participant_id]
        assert len(linked) == 3
        assert project.attribute("stakeholder_group", AttributeScope.PARTICIPANT) is not None
        assert not project.history.can_undo


def test_demo_exemplars_follow_the_stated_rule(demo: Path):
    """Per code and site, the longest passage both coders coded with the code is starred (on
    both codings); nothing else is."""
    with Project.open(demo) as project:
        codings = project.codings()
        sites = {d.id: d.attributes.get("site", "") for d in project.documents()}
    coders: dict[tuple[str, int, int, str], set[str]] = {}
    for c in codings:
        coders.setdefault((c.document_id, c.start, c.end, c.code_id), set()).add(c.coder_id)
    agreed: dict[tuple[str, str], list[tuple[str, int, int, str]]] = {}
    for passage, who in coders.items():
        if len(who) == 2:
            agreed.setdefault((passage[3], sites[passage[0]]), []).append(passage)
    starred = {(c.document_id, c.start, c.end, c.code_id) for c in codings if c.exemplar}
    assert starred and all(len(coders[p]) == 2 for p in starred)
    assert all(c.exemplar for c in codings if (c.document_id, c.start, c.end, c.code_id) in starred)
    for cell, passages in agreed.items():
        chosen = [p for p in passages if p in starred]
        assert len(chosen) == 1, cell
        assert chosen[0][2] - chosen[0][1] == max(p[2] - p[1] for p in passages)
    assert len(starred) == len(agreed)


def test_demo_is_deterministic(tmp_path: Path):
    def stars(folder: Path) -> list[tuple[str, int, int, bool]]:
        with Project.open(build_demo(folder).path) as project:
            names = {d.id: d.name for d in project.documents()}
            return sorted((names[c.document_id], c.start, c.end, c.exemplar) for c in project.codings())

    assert stars(tmp_path / "a") == stars(tmp_path / "b")

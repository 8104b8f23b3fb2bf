"""Code suggestions learnt from the project's own codings."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.app.suggest import SuggestOptions, accept_suggestions, suggest, train_model, unit_labels
from qcoder.core.errors import InvalidValue
from qcoder.importers.base import finish

TOPICS = {
    "Turnover": [
        "Our best detective got promoted and transferred out",
        "Staff turnover and burnout hit the unit",
        "Another advocate quit from burnout last month",
        "The sergeant was transferred and we started over",
    ],
    "Protocols": [
        "We wrote a referral protocol with the advocates",
        "The memorandum of understanding sets the protocol",
        "A written protocol tells everyone who calls whom",
        "We signed a protocol for notifications",
    ],
}
FILLER = [
    "The weather was nice that day",
    "We had coffee before the meeting",
    "It was a long drive home",
    "The building has a big parking lot",
]


def _project(path: Path) -> Project:
    project = Project.create(path)
    alice = project.ensure_coder("Alice")
    bob = project.ensure_coder("Bob")
    codes = {name: project.create_code(name).id for name in TOPICS}
    for d in range(6):
        lines = []
        for i in range(4):
            lines.append(TOPICS["Turnover"][(d + i) % 4] + f" in year {d}.")
            lines.append(FILLER[(d + i) % 4] + ".")
            lines.append(TOPICS["Protocols"][(d + i) % 4] + f" in year {d}.")
        text = "Interviewer: Tell me.\n\nR: " + " ".join(lines)
        info = project.add_document(finish(text, f"doc{d}.txt", "txt"), name=f"doc{d}")
        body = project.document(info.id).text
        if d < 4:  # Alice coded the first four documents
            for name, sentences in TOPICS.items():
                for s in sentences:
                    start = body.find(s)
                    end = body.index(".", start) + 1
                    project.add_coding(info.id, codes[name], alice.id, start, end)
    project.history.clear()
    assert bob
    return project


def test_unit_labels_need_half_the_unit():
    from qcoder.app.suggest import Unit
    from qcoder.core.model import Coding

    u = Unit("d", 10, 20, "x", "", False)
    half = Coding("c1", "d", "A", "x", 15, 30)
    less = Coding("c2", "d", "B", "x", 0, 14)
    assert unit_labels(u, [half, less]) == frozenset({"A"})


def test_suggestions_for_uncoded_sentences_then_accept(tmp_path):
    project = _project(tmp_path / "s.qcoder")
    bob = project.coder_by_name("Bob")
    model = train_model(project, SuggestOptions(min_examples=3))
    assert set(model.code_ids) == {c.id for c in project.codes()} and model.examples > 40
    found = suggest(project, model, bob.id)
    assert found and found == sorted(found, key=lambda s: (-s.confidence, s.document_name, s.start))
    paths = {c.id: c.name for c in project.codes()}
    right = [s for s in found if any(t.split()[1] in s.text for t in TOPICS[paths[s.code_id]])]
    assert len(right) / len(found) > 0.8
    assert not any(s.text.startswith("Tell me") for s in found)  # interviewer speech is left out
    before = len(project.codings())
    accepted = accept_suggestions(project, found[:5], bob.id)
    assert len(accepted) == 5 and all(c.coder_id == bob.id for c in accepted)
    assert accept_suggestions(project, found[:5], bob.id) == []
    later = suggest(project, model, bob.id)
    assert not {(s.document_id, s.start) for s in later} & {(s.document_id, s.start) for s in found[:5]}
    rejected = {(s.document_id, s.start, s.end, s.code_id) for s in later[:3]}
    assert not set(rejected) & {
        (s.document_id, s.start, s.end, s.code_id) for s in suggest(project, model, bob.id, rejected=rejected)
    }
    project.undo()
    assert len(project.codings()) == before
    project.close()


def test_spacy_textcat_engine_trains_and_ranks(tmp_path):
    project = _project(tmp_path / "s.qcoder")
    model = train_model(project, SuggestOptions(engine="spacy", epochs=15, threshold=0.0))
    found = suggest(project, model, project.coder_by_name("Bob").id)
    assert found and all(0.0 <= s.confidence <= 1.0 for s in found)
    project.close()


def test_too_few_examples(tmp_path):
    project = Project.create(tmp_path / "e.qcoder")
    project.add_document(finish("R: Hello there. Nothing coded.", "a.txt", "txt"))
    with pytest.raises(InvalidValue):
        train_model(project)
    project.close()

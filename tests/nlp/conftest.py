"""Fixtures for the language-processing tests: the blank pipeline (fast, no model needed)
unless a test asks for the trained one, a private analysis cache per test, and a small
project with speakers, participants, attributes, codes, codings and memos."""

# ruff: noqa: E501  (transcript lines are long, as real ones are)
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qcoder.app import Project
from qcoder.core.model import AttributeScope, MemoTarget
from qcoder.importers.base import finish
from qcoder.nlp.pipeline import installed_models

INTERVIEW_1 = """ECM Task Force Evaluation - Interview HC-LE-01
Date: 2021-03-04

Interviewer: How did the task force start?

Det. Ortega: Luis Ortega here. We had a grant and nobody knew what to do with it. The officers were promoted, then transferred out. Turnover hurts us 😀 a lot.

Interviewer: Who do you call?

Det. Ortega: Gloria Mendez at Safe Harbor Advocacy Center. Call her at (555) 123-4567 or gloria@safeharbor.org. Ortega's team trusts her.

Interviewer: What would help?

Det. Ortega: A formal protocol, honestly. Written protocols for referrals in Harbor City.
"""

INTERVIEW_2 = """Interviewer: Tell me about your work.

DA Kessler: I prosecute trafficking cases in Pine Valley. We go through the advocates; that is how we reach survivors.

Interviewer: And turnover?

DA Kessler: Burnout is real. My best investigator got promoted and the protocol died with her. We need a protocol that survives turnover.
"""

TRAINED = [m for m in installed_models()]
needs_model = pytest.mark.skipif(
    not TRAINED, reason="no trained English spaCy model installed (pip install 'qcoder[model]')"
)


@pytest.fixture(autouse=True)
def _blank_pipeline_and_private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QCODER_SPACY_MODEL", "blank")
    monkeypatch.setenv("QCODER_NLP_CACHE", str(tmp_path / "nlpcache"))
    from qcoder.nlp import cache

    cache._caches.clear()


@pytest.fixture
def trained(monkeypatch: pytest.MonkeyPatch) -> str:
    if not TRAINED:
        pytest.skip("no trained English spaCy model installed (pip install 'qcoder[model]')")
    monkeypatch.setenv("QCODER_SPACY_MODEL", TRAINED[0])
    return TRAINED[0]


def build(path: Path) -> Project:
    project = Project.create(path, name="NLP test")
    a = project.add_document(finish(INTERVIEW_1, "HC-LE-01.txt", "txt"), name="HC-LE-01")
    b = project.add_document(finish(INTERVIEW_2, "PV-PROS-06.txt", "txt"), name="PV-PROS-06")
    ortega = project.add_participant(
        "Luis Ortega", {"stakeholder_group": "law enforcement", "agency": "Harbor City Police Department"}
    )
    kessler = project.add_participant("DA Kessler", {"stakeholder_group": "prosecutor"})
    for sp in project.speakers():
        if sp.label == "Det. Ortega":
            project.update_speaker(sp.id, participant_id=ortega.id)
        elif sp.label == "DA Kessler":
            project.update_speaker(sp.id, participant_id=kessler.id)
    project.set_attributes(
        AttributeScope.DOCUMENT,
        {
            a.id: {"site": "Harbor City", "stakeholder_group": "law enforcement"},
            b.id: {"site": "Pine Valley", "stakeholder_group": "prosecutor"},
        },
    )
    turnover = project.ensure_code_path("Challenges > Turnover")
    protocols = project.ensure_code_path("Recommendations > Formal protocols")
    alice = project.ensure_coder("Alice")
    project.ensure_coder("Bob")
    t1 = project.document(a.id).text
    s = t1.index("The officers were promoted")
    project.add_coding(a.id, turnover.id, alice.id, s, s + len("The officers were promoted, then transferred out."))
    s = t1.index("Gloria Mendez at Safe")
    project.add_coding(a.id, protocols.id, alice.id, s + 7, t1.index(". Call her"), memo="Gloria Mendez is key")
    s = t1.index("A formal protocol")
    project.add_coding(a.id, protocols.id, alice.id, s, len(t1.rstrip()))
    project.set_memo(MemoTarget.PROJECT, "", "Interviews with Luis Ortega and DA Kessler; call 555-123-4567.")
    project.history.clear()
    return project


@pytest.fixture
def nlp_project(tmp_path: Path) -> Iterator[Project]:
    p = build(tmp_path / "nlp.qcoder")
    yield p
    p.close()

"""De-identification scrubs framework-matrix summaries (and every kind of memo) too: in the
redacted copy and in place (undoably), with cases renamed as their values and people are."""

from __future__ import annotations

from qcoder.app import Project, memos
from qcoder.app.deidentify import DeidOptions, default_roster, find_identifiers, redact_in_place, redacted_copy
from qcoder.core.model import MemoTarget
from qcoder.nlp.deid import Roster

NAMES = ("Luis", "Ortega", "Gloria", "Mendez", "555")


def _options(project: Project) -> DeidOptions:
    roster = default_roster(project).merged(Roster(names=("Gloria Mendez",), agencies=("Safe Harbor Advocacy Center",)))
    return DeidOptions(roster=roster)


def _write(project: Project) -> dict[str, str]:
    alice = project.coder_by_name("Alice")
    turnover = project.code_by_path("Challenges > Turnover")
    doc = project.document_by_name("HC-LE-01")
    ortega = project.participant_by_name("Luis Ortega")
    project.set_summary("site=Harbor City", turnover.id, "Luis Ortega saw officers leave.", alice.id)
    project.set_summary(f"document:{doc.id}", turnover.id, "Gloria Mendez keeps it going.", alice.id)
    project.set_summary(f"participant:{ortega.id}", turnover.id, "Ortega: call 555-123-4567.", alice.id)
    memos.add_memo(project, "code:Challenges > Turnover", "As Luis Ortega put it.", alice.id)
    memos.add_memo(project, "document:HC-LE-01", "Gloria Mendez was there.", alice.id)
    memos.add_memo(project, "participant:Luis Ortega", "Luis Ortega, detective.", alice.id)
    memos.add_memo(project, "project", "Journal: met Gloria Mendez.", alice.id)
    return {"turnover": turnover.id, "alice": alice.id}


def _check(project: Project, ids: dict[str, str]) -> None:
    summaries = project.summaries()
    assert len(summaries) == 3 and {s.author for s in summaries} == {ids["alice"]}
    assert {s.code_id for s in summaries} == {ids["turnover"]}
    for s in summaries:
        assert not any(word in s.text for word in NAMES), s.text
    keys = {s.case_key for s in summaries}
    doc = project.document_by_name("HC-LE-01")
    person = next(p for p in project.participants() if p.name == "Participant 1")
    assert keys == {"site=Site 1", f"document:{doc.id}", f"participant:{person.id}"}
    texts = [e.text for e in memos.memo_entries(project)]
    assert len(texts) == 6 and not any(word in t for t in texts for word in NAMES), texts


def test_redacted_copy_scrubs_summaries_and_memos(nlp_project, tmp_path):
    ids = _write(nlp_project)
    review = find_identifiers(nlp_project, _options(nlp_project))
    redacted_copy(nlp_project, review, tmp_path / "copy.qcoder")
    with Project.open(tmp_path / "copy.qcoder") as copy:
        _check(copy, ids)
        assert {m.author for m in copy.memos() if m.target_id} == {ids["alice"]}  # authors kept
    assert "Luis Ortega saw officers leave." in [s.text for s in nlp_project.summaries()]  # untouched


def test_redact_in_place_scrubs_summaries_and_undoes(nlp_project, tmp_path):
    ids = _write(nlp_project)
    before = sorted((s.case_key, s.text) for s in nlp_project.summaries())
    memo_before = nlp_project.memo(MemoTarget.CODE, ids["turnover"])
    review = find_identifiers(nlp_project, _options(nlp_project))
    redact_in_place(nlp_project, review, tmp_path / "backup.qcoder")
    _check(nlp_project, ids)
    nlp_project.undo()
    assert sorted((s.case_key, s.text) for s in nlp_project.summaries()) == before
    assert nlp_project.memo(MemoTarget.CODE, ids["turnover"]) == memo_before

"""Auto-coding: hits in context, scopes, speaker rules, duplicates, one undo step."""

from __future__ import annotations

import pytest

from qcoder.app.autocode import AutocodeRule, Mode, Scope, apply_hits, find_hits
from qcoder.core.errors import InvalidValue


def _ids(project):  # type: ignore[no-untyped-def]
    turnover = project.code_by_path("Challenges > Turnover")
    alice = project.coder_by_name("Alice")
    bob = project.coder_by_name("Bob")
    return turnover.id, alice.id, bob.id


def _texts(project, preview):  # type: ignore[no-untyped-def]
    return [project.document(h.document_id).text[h.start : h.end] for h in preview.hits]


def test_keywords_hit_scope_with_context(nlp_project):
    code, _alice, bob = _ids(nlp_project)
    preview = find_hits(nlp_project, code, bob, AutocodeRule.keywords("turnover, burnout, promot*"))
    assert _texts(nlp_project, preview) == ["promoted", "Turnover", "turnover", "Burnout", "promoted", "turnover"]
    first = preview.hits[0]
    assert first.document_name == "HC-LE-01" and first.speaker == "Det. Ortega"
    assert first.before.endswith("The officers were ") and first.after.startswith(", then transferred")
    assert preview.duplicates == 0


def test_sentence_and_turn_scope(nlp_project):
    code, _alice, bob = _ids(nlp_project)
    preview = find_hits(nlp_project, code, bob, AutocodeRule.keywords("turnover", Scope.SENTENCE))
    assert _texts(nlp_project, preview) == [
        "Turnover hurts us 😀 a lot.",
        "And turnover?",
        "We need a protocol that survives turnover.",
    ]
    preview = find_hits(nlp_project, code, bob, AutocodeRule.keywords("turnover", Scope.TURN))
    texts = _texts(nlp_project, preview)
    assert texts[0].startswith("Luis Ortega here.") and texts[0].endswith("a lot.")
    assert texts[1] == "And turnover?"
    assert texts[2].startswith("Burnout is real.")
    assert preview.hits[2].matches == 1


def test_lemmas_find_inflections(nlp_project):
    code, _alice, bob = _ids(nlp_project)
    preview = find_hits(nlp_project, code, bob, AutocodeRule.lemmas("promote, transfer"))
    assert _texts(nlp_project, preview) == ["promoted", "transferred", "promoted"]
    assert "basic English pipeline" in preview.pipeline


def test_regex_and_speaker_rules(nlp_project):
    code, _alice, bob = _ids(nlp_project)
    preview = find_hits(nlp_project, code, bob, AutocodeRule.regex(r"protocols?\b", ignore_case=True))
    assert len(preview.hits) == 4
    with pytest.raises(InvalidValue):
        find_hits(nlp_project, code, bob, AutocodeRule.regex("(unclosed"))
    prosecutors = find_hits(nlp_project, code, bob, AutocodeRule.speaker_group("Prosecutor"))
    assert {h.speaker for h in prosecutors.hits} == {"DA Kessler"} and len(prosecutors.hits) == 2
    interviewer = find_hits(nlp_project, code, bob, AutocodeRule.interviewer())
    assert {h.speaker for h in interviewer.hits} == {"Interviewer"} and len(interviewer.hits) == 5
    assert all(h.text == h.text.strip() for h in interviewer.hits)
    by_label = find_hits(nlp_project, code, bob, AutocodeRule(Mode.SPEAKER, ("det. ortega",)))
    assert len(by_label.hits) == 3


def test_duplicates_of_the_same_coder_are_skipped(nlp_project):
    code, alice, bob = _ids(nlp_project)
    rule = AutocodeRule.keywords("promoted", Scope.SENTENCE)
    mine = find_hits(nlp_project, code, alice, rule)  # Alice coded the first sentence already
    assert mine.duplicates == 1 and len(mine.hits) == 1
    theirs = find_hits(nlp_project, code, bob, rule)
    assert theirs.duplicates == 0 and len(theirs.hits) == 2


def test_apply_selected_hits_is_one_undo_step(nlp_project):
    code, _alice, bob = _ids(nlp_project)
    before = len(nlp_project.codings())
    preview = find_hits(nlp_project, code, bob, AutocodeRule.keywords("turnover, burnout", Scope.SENTENCE))
    chosen = preview.hits[:-1]  # the user deselects the last hit
    new = apply_hits(nlp_project, preview, chosen)
    assert len(new) == len(chosen) and all(c.coder_id == bob and c.code_id == code for c in new)
    assert len(nlp_project.codings()) == before + len(chosen)
    again = find_hits(nlp_project, code, bob, preview.rule)
    assert again.duplicates == len(chosen) and len(again.hits) == 1
    assert apply_hits(nlp_project, preview, chosen) == []  # nothing twice
    nlp_project.undo()
    assert len(nlp_project.codings()) == before

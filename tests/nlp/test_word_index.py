"""The word index behind the word-frequencies window: project stop words (saved in the
project, applied without re-running the pipeline), interviewers toggled, KWIC by lemma."""

from __future__ import annotations

from qcoder.core.changes import Kind
from qcoder.core.stop_words import StopWords
from qcoder.nlp.words import default_stop_words, kwic, word_frequencies, word_index


def _counts(freqs) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {lemma: total for lemma, total, _docs, _by in freqs.rows}


def test_index_frequencies_match_word_frequencies(nlp_project):
    index = word_index(nlp_project, "stakeholder_group")
    same = index.frequencies(StopWords())
    assert same == word_frequencies(nlp_project, by="stakeholder_group")
    every = index.frequencies(None, include_interviewers=True)
    assert every == word_frequencies(
        nlp_project, by="stakeholder_group", include_stopwords=True, include_interviewers=True
    )
    assert index.frequencies(StopWords(), min_count=2).rows == [r for r in same.rows if r[1] >= 2]


def test_added_and_kept_stop_words(nlp_project):
    index = word_index(nlp_project)
    base = _counts(index.frequencies(StopWords()))
    assert "protocol" in base and "the" not in base
    # adding a lemma drops every form of it; keeping a default stop word counts it
    chosen = StopWords(added=frozenset({"protocol"}), kept=frozenset({"the"}))
    counts = _counts(index.frequencies(chosen))
    assert "protocol" not in counts and counts["the"] > 0
    assert {k: v for k, v in counts.items() if k != "the"} == {k: v for k, v in base.items() if k != "protocol"}


def test_stop_word_choice_round_trip_and_effective_list():
    defaults = default_stop_words()
    assert "the" in defaults
    chosen = StopWords.from_list([*sorted(defaults - {"the"}), "Yeah", " okay "], defaults)
    assert chosen == StopWords(frozenset({"yeah", "okay"}), frozenset({"the"}))
    assert StopWords.from_json(chosen.to_json()) == chosen
    assert "the" not in chosen.effective(defaults) and "yeah" in chosen.effective(defaults)
    assert StopWords.from_json("not json") == StopWords() == StopWords.from_json(None)


def test_stop_words_saved_in_the_project_and_announced(nlp_project):
    seen = []
    nlp_project.subscribe(seen.append)
    chosen = StopWords(added=frozenset({"protocol"}))
    nlp_project.set_stop_words(chosen)
    assert nlp_project.stop_words() == chosen
    assert seen and seen[-1].touches(Kind.PROJECT)
    assert "protocol" not in _counts(word_frequencies(nlp_project, stop_words=nlp_project.stop_words()))


def test_index_kwic_matches_kwic(nlp_project):
    index = word_index(nlp_project, "stakeholder_group")
    assert index.kwic("protocol") == kwic(nlp_project, "protocol", by="stakeholder_group")
    assert index.kwic("no-such-lemma") == []

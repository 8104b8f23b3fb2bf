"""Extractive draft summaries (LexRank over TF-IDF): the most central sentence first, nothing
invented, duplicates skipped, each sentence with its speaker and excerpt."""

from __future__ import annotations

import numpy as np

from qcoder.analysis.drafts import DraftSource, draft_summary, lexrank, split_sentences

SOURCES = [
    DraftSource("e1", "Turnover is constant here. I like cake.", 0, "D1", "Ana"),
    DraftSource(
        "e2", "Parking costs money. Turnover and training gaps slow the referrals.", 10, "D2", "Ben", exemplar=True
    ),
    DraftSource("e3", "Training never happens. Referrals take weeks.", 5, "D3", "Cy"),
]


def test_the_most_central_sentence_is_picked_first() -> None:
    draft = draft_summary(SOURCES, max_sentences=2)
    # a hub: it shares a word with each of three sentences that share nothing with each other
    first = draft.sentences[0]
    assert first.text == "Turnover and training gaps slow the referrals."
    assert (first.speaker, first.document, first.excerpt_id, first.exemplar) == ("Ben", "D2", "e2", True)
    assert (first.start, first.end) == (31, 77)
    assert all(s.text not in ("I like cake.", "Parking costs money.") for s in draft.sentences)
    assert draft.is_draft


def test_never_invented_and_duplicates_skipped() -> None:
    repeated = [*SOURCES, DraftSource("e4", "Turnover is constant here!", 0, "D4", "Dee"), SOURCES[0]]
    draft = draft_summary(repeated, max_sentences=5)
    texts = [s.text for s in draft.sentences]
    for s in draft.sentences:
        source = next(src for src in repeated if src.excerpt_id == s.excerpt_id)
        assert source.text[s.start - source.start : s.end - source.start] == s.text  # verbatim, offsets right
    assert not ({"Turnover is constant here.", "Turnover is constant here!"} <= set(texts))
    assert len(texts) == len(set(texts))
    assert "[Ben]" in draft.text()


def test_lexrank_on_a_star_graph() -> None:
    sim = np.array([[1, 0.5, 0.5, 0.5], [0.5, 1, 0, 0], [0.5, 0, 1, 0], [0.5, 0, 0, 1]])
    scores = lexrank(sim)
    assert scores.argmax() == 0 and abs(scores.sum() - 1) < 1e-9


def test_sentence_split_and_empty() -> None:
    assert split_sentences("Yes. No!  Maybe?\n...") == [(0, 4), (5, 8), (10, 16)]
    assert not draft_summary([DraftSource("e", "... 42", 0, "D", "")]).sentences

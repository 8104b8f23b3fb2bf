"""Sentence snapping, the sentence at a cursor, and sentence clean-up (pure functions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qcoder.nlp.spans import clean_sentences, sentence_at, sentences_in, snap_to_sentences, split_at_turns

SENTENCES = [(0, 10), (11, 25), (27, 40)]


def test_sentence_at_inside_at_end_and_between():
    assert sentence_at(SENTENCES, 0) == (0, 10)
    assert sentence_at(SENTENCES, 9) == (0, 10)
    assert sentence_at(SENTENCES, 10) == (0, 10)  # cursor right after the full stop
    assert sentence_at(SENTENCES, 11) == (11, 25)  # a sentence starting here wins
    assert sentence_at(SENTENCES, 26) is None  # between sentences
    assert sentence_at(SENTENCES, 40) == (27, 40)
    assert sentence_at(SENTENCES, 41) is None
    assert sentence_at([], 3) is None


def test_snap_cursor_and_selections():
    assert snap_to_sentences(SENTENCES, 5, 5) == (0, 10)
    assert snap_to_sentences(SENTENCES, 3, 14) == (0, 25)
    assert snap_to_sentences(SENTENCES, 12, 13) == (11, 25)
    assert snap_to_sentences(SENTENCES, 24, 28) == (11, 40)
    assert snap_to_sentences(SENTENCES, 14, 3) == (0, 25)  # reversed selection
    assert snap_to_sentences(SENTENCES, 25, 27) == (25, 27)  # only the gap: unchanged
    assert snap_to_sentences(SENTENCES, 26, 26) == (26, 26)
    assert sentences_in(SENTENCES, 9, 28) == SENTENCES


@given(st.lists(st.integers(1, 30), min_size=1, max_size=12), st.integers(0, 400), st.integers(0, 60))
def test_snap_covers_selection_and_lands_on_boundaries(lengths, start, width):
    sentences, pos = [], 0
    for n in lengths:
        sentences.append((pos, pos + n))
        pos += n + 1  # one character of space between sentences
    end = start + width
    s, e = snap_to_sentences(sentences, start, end)
    assert s <= start and e >= end
    touched = [x for x in sentences if x[0] < end and x[1] > start]
    if touched and start < end:
        assert (s, e) == (min(touched[0][0], start), max(touched[-1][1], end))
        assert s in {a for a, _ in sentences} | {start}


def test_clean_sentences_line_breaks_whitespace_and_abbreviations():
    text = "Det. Ortega said hi. Then\nhe left.   \n\n...\nMr. Smith came."
    ends = ["Det.", "hi.", "left.   ", "...", "Mr."]
    cuts = [0] + [text.index(e) + len(e) for e in ends] + [len(text)]
    raw = list(zip(cuts, cuts[1:], strict=False))
    assert [text[s:e] for s, e in clean_sentences(text, raw)] == [
        "Det. Ortega said hi.",
        "Then",
        "he left.",
        "Mr. Smith came.",
    ]


def test_split_at_turns_drops_labels_keeps_headers():
    text = "Header line.\n\nInterviewer: Hello there. How are you?\n\nDet. Ortega: Fine."
    t1 = (text.index("Hello"), text.index("?") + 1)
    t2 = (text.index("Fine"), len(text))
    raw = clean_sentences(text, [(0, 12), (14, 39), (40, 52), (54, 58), (59, len(text))])
    got = [text[s:e] for s, e in split_at_turns(text, raw, [t1, t2])]
    assert got == ["Header line.", "Hello there.", "How are you?", "Fine."]

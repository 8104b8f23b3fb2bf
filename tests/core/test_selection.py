"""Coding boundaries (issue 18 item 6): selections snap to whole words, never include the
speaker label, and whitespace is trimmed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qcoder.core.selection import snap_selection, word_end, word_start

TEXT = "Det. Ortega: And the new one doesn't know well-known tricks 😊 yet.\nInterviewer: Why?"
LABELS = [(0, len("Det. Ortega: ")), (TEXT.index("Interviewer:"), TEXT.index("Why?"))]


def quote(span: tuple[int, int] | None) -> str | None:
    return None if span is None else TEXT[span[0] : span[1]]


def test_a_drag_ending_mid_word_takes_the_whole_word() -> None:
    s = TEXT.index("And the")
    assert quote(snap_selection(TEXT, s, TEXT.index("doesn") + 2, LABELS)) == "And the new one doesn't"


def test_a_drag_starting_mid_word_takes_the_whole_word() -> None:
    s = TEXT.index("new") + 1
    assert quote(snap_selection(TEXT, s, TEXT.index(" know"), LABELS)) == "new one doesn't"


def test_hyphenated_words_and_apostrophes_stay_whole() -> None:
    s = TEXT.index("known")
    assert quote(snap_selection(TEXT, s, s + 2, LABELS)) == "well-known"
    s = TEXT.index("t know")
    assert quote(snap_selection(TEXT, s, s + 1, LABELS)) == "doesn't"


def test_the_speaker_label_is_never_included() -> None:
    assert quote(snap_selection(TEXT, 2, TEXT.index(" the"), LABELS)) == "And"
    end = TEXT.index("Interviewer") + 4
    assert quote(snap_selection(TEXT, TEXT.index("yet"), end, LABELS)) == "yet."
    assert snap_selection(TEXT, 0, 5, LABELS) is None


def test_exact_selection_is_only_trimmed_and_kept_outside_labels() -> None:
    s = TEXT.index("And the")
    assert quote(snap_selection(TEXT, s - 1, TEXT.index("doesn") + 2, LABELS, words=False)) == "And the new one do"


def test_emoji_and_punctuation_are_boundaries() -> None:
    s = TEXT.index("😊")
    assert quote(snap_selection(TEXT, s, s + 1, LABELS)) == "😊"
    assert quote(snap_selection(TEXT, s - 3, s + 1, LABELS)) == "tricks 😊"


def test_combining_marks_and_joiners_stay_in_their_word() -> None:
    text = "cafe\u0301 and \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 ok"
    assert word_end(text, 2) == 5  # e + combining acute
    i = text.index("\u200c")
    assert (word_start(text, i), word_end(text, i)) == (text.index("\u0645"), text.index(" ok"))


@given(st.text(alphabet=st.sampled_from(list("ab -'\n😊é\u0301.:")), max_size=40), st.data())
def test_snapping_only_widens_to_word_edges_and_is_idempotent(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = snap_selection(text, start, end)
    if span is None:
        assert text[start:end].strip() == ""
        return
    s, e = span
    assert 0 <= s < e <= len(text)
    assert word_start(text, s) == s and word_end(text, e) == e
    assert not text[s].isspace() and not text[e - 1].isspace()
    assert snap_selection(text, s, e) == span

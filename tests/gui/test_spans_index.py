"""Qt-free parts of the viewer and the coding actions: the line interval index and span finding."""

from __future__ import annotations

import random

from qcoder.core.model import Coding, Turn
from qcoder.gui.coding import spans
from qcoder.gui.viewer.index import CodingIndex, LineIndex


def _coding(cid: str, start: int, end: int, code: str = "c") -> Coding:
    return Coding(cid, "d", code, "u", start, end)


def test_line_index() -> None:
    lines = LineIndex("ab\n\ncd\nef")
    assert lines.starts == [0, 3, 4, 7]
    assert [lines.line_of(i) for i in range(10)] == [0, 0, 0, 1, 2, 2, 2, 3, 3, 3]
    assert lines.line_span(2) == (4, 6) and lines.line_span(3) == (7, 9)
    assert list(lines.lines_of_span(1, 5)) == [0, 1, 2]
    assert list(lines.lines_of_span(4, 7)) == [2]  # ends exactly at a line break


def test_coding_index_matches_brute_force() -> None:
    rng = random.Random(5)
    text = "\n".join("x" * rng.randint(0, 40) for _ in range(200))
    lines = LineIndex(text)
    codings = []
    for i in range(300):
        s = rng.randrange(0, len(text) - 1)
        codings.append(_coding(f"k{i}", s, min(len(text), s + rng.randint(1, 120))))
    index = CodingIndex(lines, codings[:200])
    for c in codings[200:]:
        index.add(c)
    for c in codings[:50]:
        index.remove(c.id)
    live = {c.id: c for c in codings[50:]}
    assert len(index) == len(live)
    for _ in range(300):
        a = rng.randrange(0, len(text))
        b = a + rng.randint(0, 50)
        want = sorted(c.id for c in live.values() if c.start < max(b, a + 1) and c.end > a)
        assert sorted(c.id for c in index.overlapping(a, b)) == want
        assert sorted(c.id for c in index.at(a)) == sorted(c.id for c in live.values() if c.start <= a < c.end)
    for line in range(len(lines)):
        s, e = lines.line_span(line)
        want = sorted(
            c.id for c in live.values() if c.start <= e and c.end > s and line in lines.lines_of_span(c.start, c.end)
        )
        assert sorted(c.id for c in index.on_line(line)) == want


def test_index_update_reports_lines() -> None:
    lines = LineIndex("aaa\nbbb\nccc\n")
    index = CodingIndex(lines)
    assert index.add(_coding("x", 1, 6)) == {0, 1}
    assert index.add(_coding("x", 9, 10)) == {0, 1, 2}  # moved: old and new lines
    assert index.remove("x") == {2}
    assert index.remove("x") == set()


TEXT = (
    "Interviewer: How did it start?\n\n"
    "Det. Ortega: We had a grant. Nobody knew what to do! Then it worked.\n"
    "Second paragraph of the same turn.\n"
)


def _turns() -> list[Turn]:
    i1 = TEXT.index("How")
    i2 = TEXT.index("We had")
    return [Turn("t1", "d", "s1", i1, TEXT.index("\n")), Turn("t2", "d", "s2", i2, len(TEXT) - 1)]


def test_sentence_paragraph_turn_spans() -> None:
    turns = _turns()
    at = TEXT.index("Nobody") + 3
    s, e = spans.sentence_span(TEXT, at, turns)
    assert TEXT[s:e] == "Nobody knew what to do!"
    s, e = spans.sentence_span(TEXT, TEXT.index("We had") + 1, turns)
    assert TEXT[s:e] == "We had a grant."  # the speaker label is not part of the first sentence
    s, e = spans.paragraph_span(TEXT, at, turns)
    assert TEXT[s:e] == "We had a grant. Nobody knew what to do! Then it worked."
    s, e = spans.turn_span(TEXT, at, turns)  # type: ignore[misc]
    assert TEXT[s:e] == ("We had a grant. Nobody knew what to do! Then it worked.\nSecond paragraph of the same turn.")
    # the cursor on the label itself still means that turn's paragraph
    s, e = spans.paragraph_span(TEXT, TEXT.index("Ortega"), turns)
    assert TEXT[s:e].startswith("We had")
    assert spans.turn_span("no turns here", 3, []) is None


def test_nudge_by_words() -> None:
    text = "one two three four five"
    s, e = text.index("two"), text.index("three") + 5
    assert text[slice(*spans.nudge(text, s, e, "end", True))] == "two three four"
    assert text[slice(*spans.nudge(text, s, e, "end", False))] == "two"
    assert text[slice(*spans.nudge(text, s, e, "start", True))] == "one two three"
    assert text[slice(*spans.nudge(text, s, e, "start", False))] == "three"
    one = (text.index("two"), text.index("two") + 3)
    assert spans.nudge(text, *one, "end", False) == one  # never empty


def test_in_vivo_name() -> None:
    assert spans.in_vivo_name('  "it was a pain,\nhonestly"  ') == "it was a pain, honestly"
    assert spans.in_vivo_name("A > B") == "A B"
    long = "word " * 30
    name = spans.in_vivo_name(long)
    assert name.endswith("…") and len(name) <= 61

"""Spans around a cursor: sentence, paragraph, speaker turn; word nudges (Qt-free).

All offsets are code points into the stored text; spans are trimmed of surrounding
whitespace and never include a speaker label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qcoder.core.model import Turn

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")
_WORD = re.compile(r"\w+", re.UNICODE)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without leading/trailing whitespace (empty spans collapse to start)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def turn_at(turns: Sequence[Turn], offset: int) -> Turn | None:
    """The turn containing ``offset`` (or whose label line holds it)."""
    for t in turns:
        if t.start <= offset < t.end or (offset == t.end and t.end > t.start):
            return t
    return None


def _label_end(turns: Sequence[Turn], line_start: int, line_end: int) -> int:
    """Where the text of a line begins once a speaker label on it is skipped."""
    for t in turns:
        if line_start <= t.start <= line_end:
            return t.start
    return line_start


def paragraph_span(text: str, offset: int, turns: Sequence[Turn] = ()) -> tuple[int, int]:
    """The line around ``offset``, without its speaker label, trimmed."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    start = max(start, _label_end(turns, start, end))
    return trim(text, start, end)


def sentence_span(text: str, offset: int, turns: Sequence[Turn] = ()) -> tuple[int, int]:
    """The sentence around ``offset`` inside its paragraph (ends at . ! ? … or the line end)."""
    p_start, p_end = paragraph_span(text, offset, turns)
    if p_start >= p_end:
        return p_start, p_end
    offset = min(max(offset, p_start), p_end - 1)
    start = p_start
    for m in _SENTENCE_END.finditer(text, p_start, p_end):
        if m.end() <= offset:
            start = m.end()
        else:
            return trim(text, start, m.end())
    return trim(text, start, p_end)


def turn_span(text: str, offset: int, turns: Sequence[Turn]) -> tuple[int, int] | None:
    """The whole speaker turn around ``offset`` (label excluded), or None outside any turn."""
    t = turn_at(turns, offset)
    if t is None:
        return None
    return trim(text, t.start, t.end)


def nudge(text: str, start: int, end: int, edge: str, grow: bool) -> tuple[int, int]:
    """Move the ``edge`` ("start" or "end") of a span by one word, growing or shrinking it.

    A span never becomes empty and never leaves the text.
    """
    if edge == "end":
        if grow:
            m = _WORD.search(text, end)
            new_end = m.end() if m else len(text)
            return start, max(new_end, end)
        words = [m for m in _WORD.finditer(text, start, end)]
        if len(words) <= 1:
            return start, end
        return start, words[-2].end()
    if grow:
        words = [m for m in _WORD.finditer(text, 0, start)]
        return (words[-1].start() if words else 0), end
    words = [m for m in _WORD.finditer(text, start, end)]
    if len(words) <= 1:
        return start, end
    return words[1].start(), end


def in_vivo_name(selected: str, limit: int = 60) -> str:
    """A code name from selected text: one line, no '>' (level separator), at most ``limit``
    characters cut at a word boundary, without surrounding quotes or punctuation."""
    name = " ".join(selected.replace(">", " ").split())
    name = name.strip(" \"'“”‘’.,;:!?-–—()[]")
    if len(name) > limit:
        cut = name[:limit].rsplit(" ", 1)[0]
        name = (cut if len(cut) >= limit // 2 else name[:limit]).rstrip(" ,;:") + "…"
    return name

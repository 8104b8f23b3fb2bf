"""Coding boundaries: a selection becomes the excerpt a reader would quote.

A drag that starts or ends inside a word is widened to the whole word (MAXQDA and NVivo both
snap to words by default); surrounding whitespace is trimmed; a selection that starts inside a
speaker label starts after it, and one that ends inside the next turn's label ends before it.
Offsets are code points, end exclusive.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from qcoder.core.text import Span

# characters that continue a word when they sit between two word characters: don't, well-known
_JOINERS = frozenset("'\u2019-\u2010\u2011")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in "\u200c\u200d" or _is_mark(ch)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _in_word(text: str, i: int) -> bool:
    """Whether position ``i`` (a boundary between text[i-1] and text[i]) is inside a word."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if _is_word(before) and _is_word(after):
        return True
    if before in _JOINERS and _is_word(after) and i >= 2 and _is_word(text[i - 2]):
        return True
    return after in _JOINERS and _is_word(before) and i + 1 < len(text) and _is_word(text[i + 1])


def word_start(text: str, i: int) -> int:
    """The start of the word that position ``i`` is inside (``i`` itself at a boundary)."""
    while _in_word(text, i):
        i -= 1
    return i


def word_end(text: str, i: int) -> int:
    """The end of the word that position ``i`` is inside (``i`` itself at a boundary)."""
    while _in_word(text, i):
        i += 1
    return i


def trim_space(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def outside_labels(text: str, start: int, end: int, labels: Iterable[Span]) -> Span:
    """Move a start inside a speaker label to after it, and an end inside one to before it."""
    for ls, le in labels:
        if ls <= start < le:
            start = le
        if ls < end <= le and end > start:
            end = ls
    return trim_space(text, start, end) if start < end else (start, start)


def snap_selection(text: str, start: int, end: int, labels: Iterable[Span] = (), *, words: bool = True) -> Span | None:
    """The excerpt for a selection [start, end): trimmed, outside speaker labels and (with
    ``words``) widened to whole words. None if nothing but whitespace or a label is left."""
    start, end = trim_space(text, max(0, start), min(len(text), end))
    if start >= end:
        return None
    if words:
        start, end = word_start(text, start), word_end(text, end)
    start, end = outside_labels(text, start, end, labels)
    return (start, end) if start < end else None

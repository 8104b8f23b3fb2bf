"""Sentence spans: snapping a selection to sentences, the sentence at a cursor, and the
clean-up of raw sentence boundaries (pure functions, no spaCy).

Sentences are ``(start, end)`` pairs of code-point offsets into a document's stored text,
end exclusive, sorted and non-overlapping.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from qcoder.core.selection import trim_space
from qcoder.core.text import Span

# Abbreviations after which a sentence segmenter wrongly ends a sentence ("Det. Ortega").
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(\"“])(?:Mr|Mrs|Ms|Mx|Dr|Det|Sgt|Lt|Capt|Cpl|Gen|Col|Gov|Sen|Rep|Prof|Rev|Hon|Insp|Supt|St|Mt|Ft"
    r"|Jr|Sr|No|Nos|Vol|approx|vs|Inc|Co|Corp|Ltd|Dept|Univ|Ave|Blvd|Rd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept"
    r"|Oct|Nov|Dec)\.$"
)
_HAS_WORD = re.compile(r"\w")


def sentence_at(sentences: Sequence[Span], offset: int) -> Span | None:
    """The sentence containing ``offset``; a cursor right after a sentence's last character
    belongs to that sentence unless another sentence starts there. None between sentences."""
    i = bisect_right(sentences, (offset, float("inf"))) - 1  # last sentence starting at or before offset
    if i >= 0:
        start, end = sentences[i]
        if start <= offset < end:
            return sentences[i]
        if offset == end and end > start:
            return sentences[i]
    return None


def snap_to_sentences(sentences: Sequence[Span], start: int, end: int) -> Span:
    """Grow ``[start, end)`` to whole sentences: the span from the first sentence it touches to
    the end of the last. A collapsed selection (a cursor) snaps to the sentence at the cursor.
    A span touching no sentence is returned unchanged."""
    if end < start:
        start, end = end, start
    if start == end:
        hit = sentence_at(sentences, start)
        return hit if hit is not None else (start, end)
    # sentences overlapping [start, end): s < end and e > start
    lo = bisect_right(sentences, (start, float("inf"))) - 1
    lo = max(lo, 0)
    while lo < len(sentences) and sentences[lo][1] <= start:
        lo += 1
    hi = lo
    first: Span | None = None
    last: Span | None = None
    while hi < len(sentences) and sentences[hi][0] < end:
        if first is None:
            first = sentences[hi]
        last = sentences[hi]
        hi += 1
    if first is None or last is None:
        return (start, end)
    return (min(first[0], start), max(last[1], end))


def sentences_in(sentences: Sequence[Span], start: int, end: int) -> list[Span]:
    """The sentences overlapping ``[start, end)``."""
    lo = max(bisect_right(sentences, (start, float("inf"))) - 1, 0)
    out = []
    for s, e in sentences[lo:]:
        if s >= end:
            break
        if e > start:
            out.append((s, e))
    return out


trim_span = trim_space  # whitespace trimmed off both ends (one rule with the coding boundaries)


def clean_sentences(text: str, raw: Iterable[Span]) -> list[Span]:
    """Tidy raw segmenter output: never cross a line break, no surrounding whitespace, no
    sentence without a letter or digit, and no split right after an abbreviation such as
    "Det." when the next sentence continues on the same line."""
    pieces: list[Span] = []
    for start, end in raw:
        pos = start
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl < 0 else nl
            s, e = trim_span(text, pos, stop)
            if s < e:
                pieces.append((s, e))
            pos = stop + 1 if nl >= 0 else end
    pieces.sort()
    merged: list[Span] = []
    for s, e in pieces:
        if merged:
            ps, pe = merged[-1]
            if s < pe:  # overlapping raw input: keep the union
                merged[-1] = (ps, max(pe, e))
                continue
            if "\n" not in text[pe:s] and _ABBREVIATION_END.search(text[ps:pe]):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return [(s, e) for s, e in merged if _HAS_WORD.search(text, s, e)]


def split_at_turns(text: str, sentences: Sequence[Span], turns: Sequence[Span]) -> list[Span]:
    """Cut sentences at speaker-turn boundaries and drop the speaker labels.

    ``turns`` are the ``(start, end)`` spans of a document's turns (labels excluded). A label is
    the text between the start of a turn's line and the turn's start; pieces of sentences that
    lie in a label are dropped. Text outside turns and labels (headers) is kept.
    """
    if not turns:
        return list(sentences)
    bounds = sorted({b for t in turns for b in t})
    labels: list[Span] = []
    for t_start, _ in turns:
        line_start = text.rfind("\n", 0, t_start) + 1
        if line_start < t_start:
            labels.append((line_start, t_start))
    labels.sort()
    out: list[Span] = []
    for s, e in sentences:
        cuts = [b for b in bounds[bisect_right(bounds, s) :] if b < e]
        pos = s
        for c in [*cuts, e]:
            ps, pe = trim_span(text, pos, c)
            pos = c
            if ps >= pe or not _HAS_WORD.search(text, ps, pe):
                continue
            label = sentence_at(labels, ps)
            if label is not None and label[0] <= ps and pe <= label[1]:
                continue
            if label is not None and ps < label[1] < pe:
                ps, pe = trim_span(text, label[1], pe)
                if ps >= pe:
                    continue
            out.append((ps, pe))
    return out

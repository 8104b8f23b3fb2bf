"""Unit segmentation helpers and the mapping of spans onto units.

Rule used for sentence, paragraph and turn units ("any overlap"): a unit counts as coded
by a coder with a code when at least one character of the unit is covered by one of that
coder's spans of the code. Characters outside every unit (e.g. blank lines between
paragraphs) belong to no unit and are not counted.

The segmenters here are simple fallbacks; spaCy sentences and speaker turns come from
elsewhere and are passed in as unit spans.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from qcoder.analysis.agreement.intervals import IntArray
from qcoder.core.errors import InvalidValue
from qcoder.core.text import Span

_NON_SPACE = re.compile(r"\S")
_BLOCK_SEP = re.compile(r"\n[ \t\r\f\v]*\n")
# A sentence ends after . ! ? or … (and closing quotes/brackets) followed by whitespace,
# or at a line break; the separator is the last group that matched.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+)|(\n+)")


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without leading/trailing whitespace, or None if only whitespace."""
    m = _NON_SPACE.search(text, start, end)
    if m is None:
        return None
    s = m.start()
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def _pieces(text: str, separator: re.Pattern[str]) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for m in separator.finditer(text):
        cut = m.start(m.lastindex) if m.lastindex else m.start()
        t = _trimmed(text, pos, cut)
        if t is not None:
            out.append(t)
        pos = m.end()
    t = _trimmed(text, pos, len(text))
    if t is not None:
        out.append(t)
    return out


def paragraph_units(text: str, *, blank_line: bool = False) -> list[Span]:
    """Paragraph spans, trimmed of surrounding whitespace.

    By default every non-blank line is a paragraph (transcripts usually hold one turn
    per line); with ``blank_line=True`` paragraphs are blocks separated by blank lines.
    """
    return _pieces(text, _BLOCK_SEP if blank_line else re.compile(r"\n"))


def sentence_units(text: str) -> list[Span]:
    """Sentence spans by a simple rule: end punctuation + whitespace, or a line break.

    A fallback only: it splits after abbreviations such as "Dr." too.
    """
    return _pieces(text, _SENTENCE_END)


def check_units(doc: str, units: Sequence[Span], length: int) -> None:
    prev = 0
    for s, e in units:
        if not (prev <= s < e <= length):
            raise InvalidValue(
                f"units of document {doc!r} must be sorted, non-empty, non-overlapping spans "
                f"inside its {length} characters; got ({s}, {e}) after offset {prev}"
            )
        prev = e


def spans_to_unit_ranges(
    doc_idx: IntArray,
    starts: IntArray,
    ends: IntArray,
    unit_doc_offsets: IntArray,
    unit_starts: IntArray,
    unit_ends: IntArray,
    big: int,
) -> tuple[npt.NDArray[np.bool_], IntArray, IntArray]:
    """Map character spans to ranges of unit indices (vectorized, any-overlap rule).

    Units of all documents are concatenated (document ``d`` holds units
    ``unit_doc_offsets[d]:unit_doc_offsets[d+1]``). Returns ``(keep, lo, hi)``: a boolean
    mask of the spans that touch at least one unit and, for those, the local unit index
    range ``[lo, hi)`` the span overlaps. ``big`` exceeds every offset.
    """
    n_docs = len(unit_doc_offsets) - 1
    unit_doc = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(unit_doc_offsets))
    end_key = unit_doc * big + unit_ends
    start_key = unit_doc * big + unit_starts
    # first unit whose end is after the span start; units before the first one whose
    # start is at or after the span end
    lo = np.searchsorted(end_key, doc_idx * big + starts, side="right").astype(np.int64)
    hi = np.searchsorted(start_key, doc_idx * big + ends, side="left").astype(np.int64)
    keep = lo < hi
    base = unit_doc_offsets[doc_idx]
    return keep, (lo - base)[keep], (hi - base)[keep]


def flatten_units(
    doc_ids: Sequence[str], units: Mapping[str, Sequence[Span]], lengths: Sequence[int]
) -> tuple[IntArray, IntArray, IntArray]:
    """Concatenate and check per-document unit spans: ``(offsets, starts, ends)``."""
    counts = np.zeros(len(doc_ids) + 1, dtype=np.int64)
    st: list[int] = []
    en: list[int] = []
    for i, d in enumerate(doc_ids):
        if d not in units:
            raise InvalidValue(f"no unit spans given for document {d!r}")
        us = units[d]
        check_units(d, us, lengths[i])
        counts[i + 1] = len(us)
        st.extend(s for s, _ in us)
        en.extend(e for _, e in us)
    return np.cumsum(counts), np.asarray(st, dtype=np.int64), np.asarray(en, dtype=np.int64)

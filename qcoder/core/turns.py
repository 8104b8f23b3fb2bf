"""Speaker turns for a document in which no speaker label was found (stdlib only).

Two rules an evaluator can apply in one step: paragraphs alternate between the interviewer
and the respondent, or paragraphs that start with a given marker ("Q:", "Q.", "I -") are the
interviewer's and the others the respondent's. A paragraph is a block between blank lines, or
a line when the text has no blank lines (Word documents store one paragraph per line).
"""

from __future__ import annotations

import re

from qcoder.core.errors import InvalidValue
from qcoder.core.text import Span

INTERVIEWER, RESPONDENT = "Interviewer", "Respondent"
_BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[Span]:
    """Non-empty paragraphs, whitespace trimmed, as code-point spans."""
    splitter = _BLANK if _BLANK.search(text) else re.compile(r"\n")
    out: list[Span] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        if m is not None:
            pos = m.end()
    return out


def alternating(text: str, interviewer_first: bool = True) -> list[tuple[str, int, int]]:
    """(label, start, end) per paragraph, alternating interviewer and respondent."""
    order = (INTERVIEWER, RESPONDENT) if interviewer_first else (RESPONDENT, INTERVIEWER)
    return [(order[i % 2], s, e) for i, (s, e) in enumerate(paragraphs(text))]


def by_marker(text: str, marker: str) -> list[tuple[str, int, int]]:
    """(label, start, end) per paragraph: the interviewer's when it starts with ``marker``
    (case-insensitive), the respondent's otherwise."""
    marker = marker.strip()
    if not marker:
        raise InvalidValue("say how the interviewer's paragraphs start (for example Q:)")
    key = marker.casefold()
    return [(INTERVIEWER if text[s:e].casefold().startswith(key) else RESPONDENT, s, e) for s, e in paragraphs(text)]

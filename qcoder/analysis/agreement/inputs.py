"""Input records for the agreement functions (plain data, no Qt, no database).

Offsets are Python ``str`` code-point offsets into a document's stored text, end
exclusive, as everywhere in qcoder.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from enum import StrEnum

from qcoder.core.model import Coding
from qcoder.core.text import Span

"""``(start, end)`` code-point offsets, end exclusive."""

SpanKey = tuple[str, str, str]
"""``(document_id, code_id, coder_id)``."""

SpanMap = Mapping[SpanKey, Sequence[Span]]

MAX_CODERS = 30
"""Coder subsets are bitmasks in int64 runs; pairwise tables grow as n**2."""


class Unit(StrEnum):
    """What one unit of analysis is.

    ``character``: every character of a document is a unit, coded yes/no per coder and code
    (NVivo's coding comparison). ``sentence``/``paragraph``/``turn``: a unit span given by
    the caller counts as coded by a coder when any of that coder's spans of the code
    overlaps it by at least one character ("any overlap" rule). ``document``: a document is
    coded by a coder when the coder applied the code anywhere in it.
    """

    CHARACTER = "character"
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    TURN = "turn"
    DOCUMENT = "document"


class Pooling(StrEnum):
    """How figures over several (code, document) tables are combined.

    ``pooled``: the contingency counts are summed, then the statistic is computed once.
    ``averaged``: the statistic is computed per (code, document) table and the defined
    values are averaged; undefined tables are excluded and counted.
    """

    POOLED = "pooled"
    AVERAGED = "averaged"


@dataclass(frozen=True, slots=True)
class AgreementData:
    """Everything the agreement functions read.

    ``spans``: per (document, code, coder), that coder's spans; overlapping or touching
    spans of one coder are merged (a character is coded when any span covers it).
    ``doc_lengths``: document id -> number of characters.
    ``assignments``: coder id -> documents the coder was assigned. A document a coder was
    not assigned is *missing* for that coder (the coder's spans there, if any, are
    ignored), not "coded nothing". ``None`` means every coder was assigned everything.
    ``units``: document id -> sorted, non-overlapping unit spans (sentences, paragraphs or
    speaker turns), needed for those unit kinds only.
    ``groups``: document id -> attribute value (site, stakeholder group...) for breakdowns.
    """

    spans: SpanMap
    doc_lengths: Mapping[str, int]
    assignments: Mapping[str, Set[str]] | None = None
    units: Mapping[str, Sequence[Span]] | None = None
    groups: Mapping[str, str] | None = None


def spans_from_codings(codings: Iterable[Coding]) -> dict[SpanKey, list[Span]]:
    """Group core ``Coding`` records into the span map the agreement functions take."""
    out: dict[SpanKey, list[Span]] = {}
    for c in codings:
        out.setdefault((c.document_id, c.code_id, c.coder_id), []).append((c.start, c.end))
    return out

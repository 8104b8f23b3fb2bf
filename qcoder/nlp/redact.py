"""Replacing spans of a text and carrying offsets through the replacements (pure, no spaCy).

When "Luis Ortega" becomes "[name]" the text shrinks; every coding, turn and sentence after
it moves. :class:`RedactionMap` maps old offsets to new ones so codings keep pointing at the same
words. A boundary that falls inside a replaced span snaps outward to the placeholder's edge:
a coding starting in the middle of a name starts at the placeholder, one ending in the
middle of a name ends after it, so the coded words are the same words with the placeholder
inside.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.core.errors import InvalidValue


@dataclass(frozen=True, slots=True)
class Replacement:
    start: int
    end: int
    text: str  # the placeholder


def check_replacements(replacements: Sequence[Replacement], length: int) -> list[Replacement]:
    """Sorted; raises :class:`InvalidValue` when spans are empty, overlap or leave the text."""
    ordered = sorted(replacements, key=lambda r: (r.start, r.end))
    prev_end = 0
    for r in ordered:
        if not 0 <= r.start < r.end <= length:
            raise InvalidValue(f"replacement [{r.start}, {r.end}) is not a span of a text of {length} characters")
        if r.start < prev_end:
            raise InvalidValue(f"replacements overlap at {r.start}")
        if not r.text:
            raise InvalidValue("a placeholder cannot be empty")
        prev_end = r.end
    return ordered


class RedactionMap:
    """Old offsets → new offsets through sorted, non-overlapping replacements."""

    __slots__ = ("_starts", "_ends", "_new_starts", "_new_ends")

    def __init__(self, replacements: Sequence[Replacement]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._new_starts: list[int] = []
        self._new_ends: list[int] = []
        delta = 0
        for r in replacements:
            self._starts.append(r.start)
            self._ends.append(r.end)
            self._new_starts.append(r.start + delta)
            self._new_ends.append(r.start + delta + len(r.text))
            delta += len(r.text) - (r.end - r.start)

    def _map(self, x: int, outward_end: bool) -> int:
        k = bisect_right(self._starts, x) - 1
        if k < 0:
            return x
        if x == self._starts[k]:
            return self._new_starts[k]
        if x < self._ends[k]:  # strictly inside a replaced span: snap outward
            return self._new_ends[k] if outward_end else self._new_starts[k]
        return x - self._ends[k] + self._new_ends[k]

    def start(self, x: int) -> int:
        """Where a span starting at old offset ``x`` starts now."""
        return self._map(x, outward_end=False)

    def end(self, x: int) -> int:
        """Where a span ending at old offset ``x`` ends now."""
        return self._map(x, outward_end=True)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)

    def snapped(self, start: int, end: int) -> bool:
        """True if a boundary of ``[start, end)`` lies strictly inside a replaced span."""
        for x in (start, end):
            k = bisect_right(self._starts, x) - 1
            if k >= 0 and self._starts[k] < x < self._ends[k]:
                return True
        return False


def redact_text(text: str, replacements: Sequence[Replacement]) -> tuple[str, RedactionMap]:
    """The text with each span replaced by its placeholder, and the offset map."""
    ordered = check_replacements(replacements, len(text))
    parts: list[str] = []
    pos = 0
    for r in ordered:
        parts.append(text[pos : r.start])
        parts.append(r.text)
        pos = r.end
    parts.append(text[pos:])
    return "".join(parts), RedactionMap(ordered)

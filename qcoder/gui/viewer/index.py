"""Interval index of a document's codings by line (Qt-free, so it is tested without Qt).

The viewer shows one Qt block per line of the stored text. ``CodingIndex`` keeps the codings
sorted by start and, for each line, the codings touching it, so the highlighter and the
stripes margin ask for one line's codings in O(1) and never query the project while
painting. Work at open time is proportional to the codings and the lines they span.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator

from qcoder.core.model import Coding


class LineIndex:
    """Code-point start of every line (a line ends at ``\\n``, which belongs to it)."""

    __slots__ = ("starts", "length")

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts
        self.length = len(text)

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The line containing code-point ``offset`` (the last line for the end of the text)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def line_span(self, line: int) -> tuple[int, int]:
        """``[start, end)`` of ``line`` without its line break."""
        start = self.starts[line]
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else self.length
        return start, end

    def lines_of_span(self, start: int, end: int) -> range:
        """Lines touched by the non-empty span ``[start, end)``."""
        return range(self.line_of(start), self.line_of(max(start, end - 1)) + 1)


def _sort_key(c: Coding) -> tuple[int, int, str]:
    return (c.start, -c.end, c.id)


class CodingIndex:
    """The (visible) codings of one document, by id, sorted by start, and by line."""

    def __init__(self, lines: LineIndex, codings: Iterable[Coding] = ()) -> None:
        self.lines = lines
        self._by_id: dict[str, Coding] = {}
        self._sorted: list[tuple[tuple[int, int, str], str]] = []
        self._by_line: dict[int, list[Coding]] = {}
        for c in codings:
            self._by_id[c.id] = c
        self._sorted = sorted((_sort_key(c), c.id) for c in self._by_id.values())
        for _, cid in self._sorted:
            c = self._by_id[cid]
            for line in lines.lines_of_span(c.start, c.end):
                self._by_line.setdefault(line, []).append(c)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, coding_id: object) -> bool:
        return coding_id in self._by_id

    def __iter__(self) -> Iterator[Coding]:
        return (self._by_id[cid] for _, cid in self._sorted)

    def get(self, coding_id: str) -> Coding | None:
        return self._by_id.get(coding_id)

    def on_line(self, line: int) -> list[Coding]:
        """Codings touching ``line``, sorted by start (longer first at equal starts)."""
        return self._by_line.get(line, [])

    def at(self, offset: int) -> list[Coding]:
        """Codings covering code-point ``offset``."""
        return [c for c in self.on_line(self.lines.line_of(offset)) if c.start <= offset < c.end]

    def overlapping(self, start: int, end: int) -> list[Coding]:
        """Codings overlapping ``[start, end)`` (or touching ``start`` when the span is empty)."""
        seen: dict[str, Coding] = {}
        for line in self.lines.lines_of_span(start, max(end, start + 1)):
            for c in self.on_line(line):
                if c.start < max(end, start + 1) and c.end > start:
                    seen[c.id] = c
        return sorted(seen.values(), key=_sort_key)

    def codes(self) -> set[str]:
        return {c.code_id for c in self._by_id.values()}

    # --- updates (return the lines whose display changes) ------------------------------------
    def add(self, coding: Coding) -> set[int]:
        lines = self.remove(coding.id) if coding.id in self._by_id else set()
        self._by_id[coding.id] = coding
        insort(self._sorted, (_sort_key(coding), coding.id))
        for line in self.lines.lines_of_span(coding.start, coding.end):
            bucket = self._by_line.setdefault(line, [])
            bucket.append(coding)
            bucket.sort(key=_sort_key)
            lines.add(line)
        return lines

    def remove(self, coding_id: str) -> set[int]:
        coding = self._by_id.pop(coding_id, None)
        if coding is None:
            return set()
        key = (_sort_key(coding), coding_id)
        i = bisect_right(self._sorted, key) - 1
        if 0 <= i < len(self._sorted) and self._sorted[i] == key:
            del self._sorted[i]
        lines = set(self.lines.lines_of_span(coding.start, coding.end))
        for line in lines:
            bucket = self._by_line.get(line, [])
            bucket[:] = [c for c in bucket if c.id != coding_id]
            if not bucket:
                self._by_line.pop(line, None)
        return lines

    def lines_of_code(self, code_id: str) -> set[int]:
        out: set[int] = set()
        for c in self._by_id.values():
            if c.code_id == code_id:
                out.update(self.lines.lines_of_span(c.start, c.end))
        return out

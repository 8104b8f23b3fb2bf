"""Qt UTF-16 positions <-> core code-point offsets.

Qt's ``QTextDocument`` counts UTF-16 code units (an emoji is two), while qcoder stores
code-point offsets. A document shown with ``setPlainText`` of the stored LF text has one
block per line and one position per UTF-16 unit, with each line break counting one, so the
document position of a character equals its UTF-16 offset in the stored text.
"""

from __future__ import annotations

from qcoder.core.text import Utf16Map


class OffsetMap:
    """Converts offsets for one document text; O(log n) per lookup, O(1) for BMP-only text."""

    __slots__ = ("_map", "length", "qt_length")

    def __init__(self, text: str) -> None:
        self._map = Utf16Map(text)
        self.length = len(text)
        self.qt_length = self._map.to_utf16(len(text))

    def to_qt(self, offset: int) -> int:
        """The Qt position of code-point ``offset`` (clamped to the text)."""
        return self._map.to_utf16(max(0, min(offset, self.length)))

    def from_qt(self, position: int) -> int:
        """The code-point offset of Qt ``position``; inside a surrogate pair it rounds down."""
        return self._map.from_utf16(max(0, min(position, self.qt_length)))

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        """Code-point span of a Qt selection; an end inside a surrogate pair rounds up."""
        s, e = sorted((start, end))
        cs = self.from_qt(s)
        ce = self.from_qt(e)
        if self.to_qt(ce) < e:  # end fell inside a surrogate pair: include the whole character
            ce += 1
        return cs, min(ce, self.length)

"""Coding highlights for the visible lines only, and speaker-label formats.

Highlights are ``QTextEdit.ExtraSelection`` objects computed for the lines on screen (plus a
small band around them) from the interval index: opening a document costs the same for 300
or 300,000 characters, scrolling recomputes a screenful, and a change recomputes a
screenful — the document itself is never edited for codings. Overlapping codings blend
their colors and get a dotted underline, so overlaps never rely on colour alone (the stripes
margin also counts them). Colours come from the theme in force (qcoder.gui.themes).

(A ``QSyntaxHighlighter`` would re-run ``highlightBlock`` over every block of the document
on open; measured at ~0.9 s for a 300k-character transcript with 2,000 codings.)
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from qcoder.gui.themes import current as theme
from qcoder.gui.viewer.state import ViewState

HIGHLIGHT_ALPHA = 0.30


def _rgb(name: str) -> tuple[float, float, float]:
    c = QColor(name)
    return c.redF(), c.greenF(), c.blueF()


def blend(colors: Iterable[str], alpha: float = HIGHLIGHT_ALPHA, base: str | None = None) -> QColor:
    """Colors laid over ``base`` (the theme's text background by default) one after another,
    each at ``alpha``."""
    r, g, b = _rgb(base or theme().base)
    for name in colors:
        cr, cg, cb = _rgb(name)
        r, g, b = r + (cr - r) * alpha, g + (cg - g) * alpha, b + (cb - b) * alpha
    return QColor.fromRgbF(r, g, b)


class HighlightPainter:
    """Builds the extra selections for a range of lines, caching one format per code combination."""

    def __init__(self, state: ViewState) -> None:
        self.state = state
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        # line -> its highlight selections; the document never changes, so cursors stay valid
        self._lines: dict[int, list[QTextEdit.ExtraSelection]] = {}

    def invalidate_formats(self) -> None:
        """Forget cached formats and selections (after a code's color or the filter changed)."""
        self._formats.clear()
        self._lines.clear()

    def invalidate_lines(self, lines: Iterable[int]) -> None:
        """Forget the selections of ``lines`` (their codings changed)."""
        for line in lines:
            self._lines.pop(line, None)

    def _format(self, codes: tuple[str, ...]) -> QTextCharFormat:
        fmt = self._formats.get(codes)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(blend(self.state.codebook.color(c) for c in codes))
            if len(codes) > 1:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(theme().overlap_mark))
            self._formats[codes] = fmt
        return fmt

    def segments(self, line: int) -> list[tuple[int, int, tuple[str, ...]]]:
        """``(start, end, code ids)`` pieces of ``line`` covered by codings (code points)."""
        state = self.state
        codings = state.index.on_line(line)
        if not codings:
            return []
        line_start, line_end = state.lines.line_span(line)
        bounds = {line_start, line_end}
        for c in codings:
            bounds.add(max(c.start, line_start))
            bounds.add(min(c.end, line_end))
        cuts = sorted(b for b in bounds if line_start <= b <= line_end)
        order = state.codebook.order
        out: list[tuple[int, int, tuple[str, ...]]] = []
        for s, e in zip(cuts, cuts[1:], strict=False):
            if s < e:
                ids = {c.code_id for c in codings if c.start <= s and c.end >= e}
                if ids:
                    out.append((s, e, tuple(sorted(ids, key=lambda cid: order.get(cid, 1 << 30)))))
        return out

    def selections(self, document: QTextDocument, first_line: int, last_line: int) -> list[QTextEdit.ExtraSelection]:
        state = self.state
        to_qt = state.offsets.to_qt
        out: list[QTextEdit.ExtraSelection] = []
        last_line = min(last_line, len(state.lines) - 1)
        cache = self._lines
        for line in range(max(0, first_line), last_line + 1):
            cached = cache.get(line)
            if cached is None:
                cached = cache[line] = []
                for s, e, codes in self.segments(line):
                    sel = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(document)
                    cursor.setPosition(to_qt(s))
                    cursor.setPosition(to_qt(e), QTextCursor.MoveMode.KeepAnchor)
                    sel.cursor = cursor
                    sel.format = self._format(codes)
                    cached.append(sel)
            out.extend(cached)
        if len(cache) > 4000:  # far-away lines from long scrolling: start afresh
            keep = range(first_line, last_line + 1)
            self._lines = {k: v for k, v in cache.items() if k in keep}
        return out


def apply_label_formats(document: QTextDocument, state: ViewState) -> None:
    """Style speaker labels in the document itself (once per load: a few hundred labels)."""
    if not state.labels:
        return
    participant = QTextCharFormat()
    participant.setFontWeight(QFont.Weight.DemiBold)
    participant.setForeground(QColor(theme().speaker_label))
    interviewer = QTextCharFormat(participant)
    interviewer.setForeground(QColor(theme().interviewer_label))
    to_qt = state.offsets.to_qt
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for line, (s, e) in state.labels.items():
        cursor.setPosition(to_qt(s))
        cursor.setPosition(to_qt(e), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(interviewer if line in state.interviewer_lines else participant)
    cursor.endEditBlock()

"""The two margins of the transcript view: paragraph numbers (left) and coding stripes (right).

Both paint only the visible blocks, from the view's in-memory state (never the project), in
the colours of the theme in force. Where codings of several codes overlap, the stripe margin
draws a bracket with the number of codes, so overlaps never rely on colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from qcoder.core import colors
from qcoder.core.model import Coding
from qcoder.gui.accessibility import a11y, describe
from qcoder.gui.i18n import translate
from qcoder.gui.themes import current as theme

if TYPE_CHECKING:
    from qcoder.gui.viewer.state import ViewState
    from qcoder.gui.viewer.text_view import TranscriptView

COLUMN_WIDTH = 18
BAR_WIDTH = 4
MAX_COLUMNS = 6  # the margin never takes more; columns go to the codes in view
GUTTER = 14  # left of the stripes: overlap brackets and their counts


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    return colors.contrast(a.name(), b.name())


def label_color(code_color: QColor, background: QColor | None = None) -> QColor:
    """The code's colour darkened (lightened on a dark theme) until its name reads on the
    margin (contrast >= 4.5, WCAG AA): a yellow code's label is dark olive, never pale on
    pale; white or black when no shade of it reads (black on a dark margin)."""
    bg = background if background is not None else QColor(theme().margin)
    dark_bg = colors.luminance(bg.name()) < 0.18
    color = QColor(code_color)
    for _ in range(14):
        if contrast(color, bg) >= 4.5:
            return color
        color = color.lighter(130) if dark_bg else color.darker(140)
    return QColor("#FFFFFF" if dark_bg else "#000000")


class NumberArea(QWidget):
    """Paragraph numbers (non-empty lines counted from 1) beside the text; hovering one shows
    when the paragraph starts in the recording (captions); clicking one plays it (a recording)."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        a11y(
            self,
            translate("viewer.margins", "Paragraph numbers"),
            translate("viewer.margins", "Hover a number: where its paragraph starts in the recording"),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, y: int) -> str:
        """What the paragraph number at height ``y`` says when hovered."""
        state = self.view.state
        if state is None:
            return ""
        for block, top, height in self.view.visible_blocks(y, y):
            if top <= y < top + max(height, 1):
                return state.describe_line(block.blockNumber())
        return ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a paragraph's number: the view says which paragraph (the player plays
        the recording from there)."""
        state = self.view.state
        y = int(event.position().y())
        if state is not None and event.button() == Qt.MouseButton.LeftButton:
            for block, top, height in self.view.visible_blocks(y, y):
                if top <= y < top + max(height, 1):
                    self.view.paragraph_clicked.emit(state.lines.starts[block.blockNumber()])
                    return
        super().mousePressEvent(event)

    def width_hint(self) -> int:
        state = self.view.state
        n = state.paragraph_numbers[-1] if state and state.paragraph_numbers else 0
        digits = max(3, len(str(max(n, 1))))
        return 14 + QFontMetrics(self.font()).horizontalAdvance("9") * digits

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.width_hint(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        t = theme()
        p.fillRect(event.rect(), QColor(t.margin))
        p.setPen(QColor(t.margin_rule))
        p.drawLine(self.width() - 1, event.rect().top(), self.width() - 1, event.rect().bottom())
        state = self.view.state
        if state is None:
            return
        p.setPen(QColor(t.number))
        fm = self.fontMetrics()
        for block, top, _height in self.view.visible_blocks(event.rect().top(), event.rect().bottom()):
            line = block.blockNumber()
            n = state.paragraph_numbers[line] if line < len(state.paragraph_numbers) else 0
            if n:
                p.drawText(
                    QRect(0, int(top), self.width() - 8, fm.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    str(n),
                )


class StripeArea(QWidget):
    """Coding stripes: one column per code in view (codebook order), in the code's color,
    labelled with its name. The margin is as wide as the document needs, up to MAX_COLUMNS;
    columns are given to the codes on screen, so scrolling never leaves empty columns.

    Hover shows code, coder and memo; a click selects the coding under the mouse.
    """

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        self.paints = 0  # paint count (benchmarks wait for the next paint)
        self.setMouseTracking(True)
        a11y(self, translate("viewer.margins", "Coding stripes"), translate("viewer.margins", "No codings in view"))

    @staticmethod
    def label_font() -> QFont:
        """Code names and overlap counts: smaller than the panels' text, growing with View →
        Text size (not with the transcript's zoom), within what a column holds."""
        font = QFont(QApplication.font())
        font.setPointSizeF(min(10.0, max(7.0, font.pointSizeF() * 0.8)))
        return font

    def width_hint(self) -> int:
        # the full width is reserved while a document is shown, coded or not: the text must
        # not reflow under the reader when the first coding (or a new code) appears
        return GUTTER + 10 + MAX_COLUMNS * COLUMN_WIDTH if self.view.state is not None else 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = theme()
        p.fillRect(event.rect(), QColor(t.margin))
        p.setPen(QColor(t.margin_rule))
        p.drawLine(0, event.rect().top(), 0, event.rect().bottom())
        state = self.view.state
        if state is None:
            return
        label_font = self.label_font()
        p.setFont(label_font)
        fm = QFontMetrics(label_font)
        self.paints += 1
        self._paint_overlaps(p, fm)
        stripes = self.stripes()
        self._describe(state, [c for _bar, c, _lane in stripes])
        for bar, c, lane in stripes:
            color = QColor(state.codebook.color(c.code_id))
            if c.id == state.selected_coding:
                p.setPen(QPen(QColor(t.outline), 1.5))
                p.setBrush(color)
                p.drawRoundedRect(bar.adjusted(-1.5, -1.5, 1.5, 1.5), 2.5, 2.5)
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRoundedRect(bar, 2, 2)
            if c.exemplar:  # a starred exemplar: a gold dot at the top of its stripe
                p.setPen(QPen(QColor(t.star_pen), 1))
                p.setBrush(QColor(t.star_fill))
                p.drawEllipse(QRectF(bar.center().x() - 3.5, bar.top() - 1, 7, 7))
            if lane == 0:
                self._label(
                    p, fm, state.codebook.name(c.code_id), color, bar.right() + 2, bar.top() - 1, bar.bottom() + 1
                )

    def overlaps(self) -> list[tuple[float, float, int]]:
        """(top, bottom, number of codes) of each stretch of text in view where codings of two
        or more codes overlap; touching stretches with the same count are joined."""
        state, painter = self.view.state, self.view.painter
        visible = self.view.visible_blocks(0, self.height())
        if state is None or painter is None or not visible:
            return []
        first_line = visible[0][0].blockNumber()
        tops = {b.blockNumber(): (b, top) for b, top, _h in visible}
        out: list[tuple[float, float, int]] = []
        for line in range(first_line, visible[-1][0].blockNumber() + 1):
            for s, e, codes in painter.segments(line):
                if len(codes) < 2:
                    continue
                y1 = self._y(tops, s, first_line, top=True)
                y2 = self._y(tops, max(s, e - 1), first_line, top=False)
                if out and out[-1][2] == len(codes) and y1 <= out[-1][1] + 1:
                    out[-1] = (out[-1][0], max(out[-1][1], y2), len(codes))
                else:
                    out.append((y1, y2, len(codes)))
        return out

    def _paint_overlaps(self, p: QPainter, fm: QFontMetrics) -> None:
        """A bracket beside each overlap with the number of codes at its top."""
        ink = QColor(theme().overlap_mark)
        for y1, y2, n in self.overlaps():
            p.setPen(QPen(ink, 1.5))
            top = y1 + fm.height()
            if y2 - 2 > top:
                p.drawLine(QPointF(GUTTER - 4, top), QPointF(GUTTER - 4, y2 - 2))
                p.drawLine(QPointF(GUTTER - 4, y2 - 2), QPointF(GUTTER - 1, y2 - 2))
            p.drawText(QRectF(1, y1, GUTTER - 2, fm.height()), int(Qt.AlignmentFlag.AlignCenter), str(n))

    def _describe(self, state: ViewState, codings: list[Coding]) -> None:
        """What the stripes in view show, for screen readers: "Trust (Maya), …"."""
        unknown = translate("viewer.margins", "unknown coder")
        said = dict.fromkeys(
            translate("viewer.margins", "{code} ({coder})").format(
                code=state.codebook.name(c.code_id), coder=state.coder_names.get(c.coder_id) or unknown
            )
            for c in codings
        )
        if said:
            describe(self, translate("viewer.margins", "In view: {codings}").format(codings=", ".join(said)))
        else:
            describe(self, translate("viewer.margins", "No codings in view"))

    def stripes(self) -> list[tuple[QRectF, Coding, int]]:
        """(bar rectangle, coding, lane) of every stripe in view, from the in-memory index."""
        state = self.view.state
        if state is None or not state.columns:
            return []
        visible = self.view.visible_blocks(0, self.height())
        if not visible:
            return []
        first_line = visible[0][0].blockNumber()
        last_line = visible[-1][0].blockNumber()
        tops = {b.blockNumber(): (b, top) for b, top, _h in visible}
        seen: dict[str, Coding] = {}
        for line in range(first_line, last_line + 1):
            for c in state.index.on_line(line):
                seen.setdefault(c.id, c)
        out: list[tuple[QRectF, Coding, int]] = []
        order = state.codebook.order
        in_view = sorted({c.code_id for c in seen.values()}, key=lambda cid: (order.get(cid, 1 << 30), cid))
        budget = max(1, min(len(state.columns), MAX_COLUMNS))
        columns = {cid: min(i, budget - 1) for i, cid in enumerate(in_view)}
        # codings of the same code that overlap are nudged right so both stay visible
        lanes: dict[str, list[int]] = {}
        for c in sorted(seen.values(), key=lambda c: (c.start, -c.end)):
            col = columns[c.code_id]
            y1 = self._y(tops, c.start, first_line, top=True)
            y2 = self._y(tops, max(c.start, c.end - 1), first_line, top=False)
            if y2 <= y1:
                y2 = y1 + 4
            ends = lanes.setdefault(c.code_id, [])
            lane = next((i for i, e in enumerate(ends) if e <= c.start), len(ends))
            if lane == len(ends):
                ends.append(c.end)
            else:
                ends[lane] = c.end
            x = GUTTER + 8 + col * COLUMN_WIDTH + min(lane, 2) * 3
            out.append((QRectF(x, y1 + 1, BAR_WIDTH, y2 - y1 - 2), c, lane))
        return out

    def _label(self, p: QPainter, fm: QFontMetrics, name: str, color: QColor, x: float, y1: float, y2: float) -> None:
        length = int(y2 - y1) - 4
        if length < 24:
            return
        text = fm.elidedText(name, Qt.TextElideMode.ElideRight, length)
        p.save()
        p.setPen(label_color(color))
        p.translate(x, y1 + 2)
        p.rotate(90)
        p.drawText(QPointF(0, -2), text)
        p.restore()

    def _y(self, tops: dict[int, tuple[QTextBlock, float]], offset: int, first_line: int, *, top: bool) -> float:
        """Margin y of the top (or bottom) of the visual line holding ``offset``; clipped to the area."""
        state = self.view.state
        assert state is not None
        line = state.lines.line_of(offset)
        if line < first_line:
            return 0.0
        if line not in tops:
            return float(self.height())
        block, block_top = tops[line]
        pos = state.offsets.to_qt(offset) - block.position()
        tl = block.layout().lineForTextPosition(max(0, min(pos, max(block.length() - 1, 0))))
        if not tl.isValid():
            return float(block_top)
        return float(block_top + tl.y() + (0 if top else tl.height()))

    def codings_at(self, point: QPointF) -> list[str]:
        """Codings whose stripe (widened to its column) is under ``point``, innermost first."""
        hits = [
            (bar.height(), c.id)
            for bar, c, _lane in self.stripes()
            if bar.adjusted(-3, -1, COLUMN_WIDTH - BAR_WIDTH - 3, 1).contains(point)
        ]
        return [cid for _h, cid in sorted(hits)]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hits = self.codings_at(event.position())
        if hits and event.button() == Qt.MouseButton.LeftButton:
            self.view.coding_activated.emit(hits[0])
        elif hits and event.button() == Qt.MouseButton.RightButton:
            self.view.coding_activated.emit(hits[0])
            self.view.coding_menu_requested.emit(hits[0], event.globalPosition().toPoint())
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if self.codings_at(event.position()) else Qt.CursorShape.ArrowCursor
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            state = self.view.state
            hits = self.codings_at(QPointF(event.pos()))
            if state is not None and hits:
                parts = [state.describe(c) for cid in hits if (c := state.index.get(cid)) is not None]
                QToolTip.showText(event.globalPos(), "<hr>".join(parts), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

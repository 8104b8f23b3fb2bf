"""A line chart of cumulative codes over documents, painted with QPainter: one line for every
coder looked at together and one per coder. Hovering shows the document and each line's figure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from qcoder.gui.analysis.chart import GROUP_COLORS, axis, grid, ink, muted, nice_ticks, tick_text
from qcoder.gui.i18n import translate
from qcoder.gui.themes import current as theme

MARKERS_UP_TO = 60  # documents: beyond this the lines carry no point markers


@dataclass(frozen=True)
class Line:
    name: str
    color: QColor
    values: tuple[int, ...]  # cumulative codes after each document
    width: float = 2.0
    dashed: bool = False  # the overall line: drawn last and dashed, so a coder's equal line shows through


def lines_for(overall: tuple[str, list[int]], coders: list[tuple[str, list[int]]]) -> list[Line]:
    """The overall line (dark, dashed) first, then one line per coder in the group colours."""
    out = [Line(overall[0], ink(), tuple(overall[1]), 2.2, dashed=True)]
    for i, (name, values) in enumerate(coders):
        out.append(Line(name, QColor(GROUP_COLORS[i % len(GROUP_COLORS)]), tuple(values)))
    return out


def _pen(line: Line, width: float) -> QPen:
    pen = QPen(line.color, width)
    if line.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class SaturationChart(QWidget):
    """Cumulative codes (y) after each document (x, in the order computed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.documents: list[str] = []
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(720, 300)

    def set_data(self, documents: list[str], lines: list[Line]) -> None:
        self.documents = documents
        self.lines = lines
        self.update()

    # -- geometry ----------------------------------------------------------------------------

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def plot_rect(self) -> QRectF:
        fm = QFontMetrics(self.font())
        peak = max((max(line.values, default=0) for line in self.lines), default=0)
        left = fm.horizontalAdvance(tick_text(nice_ticks(peak, False)[-1], False)) + 14
        top = self._legend_height() + 6
        bottom = fm.height() * 2 + 10
        return QRectF(left, top, max(1, self.width() - left - 16), max(1, self.height() - top - bottom))

    def x_of(self, i: int, rect: QRectF) -> float:
        n = len(self.documents)
        return rect.left() + (rect.width() * (i + 0.5) / n if n else 0)

    def document_at(self, x: float) -> int:
        """The index of the document nearest to ``x``, or -1 outside the plot."""
        rect = self.plot_rect()
        n = len(self.documents)
        if not n or not rect.left() <= x <= rect.right():
            return -1
        return min(n - 1, max(0, int((x - rect.left()) / rect.width() * n)))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme().base))
        if not self.documents:
            p.setPen(muted())
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("analysis.saturation_chart", "No documents")
            )
            p.end()
            return
        rect = self.plot_rect()
        peak = max((max(line.values, default=0) for line in self.lines), default=0)
        ticks = nice_ticks(peak, False)
        top_value = ticks[-1] or 1.0
        self._paint_axes(p, rect, ticks, top_value)
        for line in sorted(self.lines, key=lambda line: line.dashed):  # the dashed overall line on top
            self._paint_line(p, rect, line, top_value)
        self._paint_legend(p)
        p.end()

    def _paint_axes(self, p: QPainter, rect: QRectF, ticks: list[float], top_value: float) -> None:
        fm = QFontMetrics(self.font())
        for value in ticks:
            y = rect.bottom() - rect.height() * value / top_value
            p.setPen(QPen(grid(), 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(muted())
            label = QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height())
            p.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick_text(value, False))
        p.setPen(QPen(axis(), 1))
        p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        n = len(self.documents)
        every = max(1, int(n / max(1, rect.width() / (fm.horizontalAdvance("000") + 8))) + 1)
        p.setPen(muted())
        for i in range(0, n, every):
            x = self.x_of(i, rect)
            p.drawText(QRectF(x - 20, rect.bottom() + 3, 40, fm.height()), Qt.AlignmentFlag.AlignHCenter, str(i + 1))
        caption = QRectF(rect.left(), rect.bottom() + fm.height() + 6, rect.width(), fm.height())
        p.drawText(
            caption,
            Qt.AlignmentFlag.AlignHCenter,
            translate("analysis.saturation_chart", "Documents, in order (hover for names)"),
        )

    def _paint_line(self, p: QPainter, rect: QRectF, line: Line, top_value: float) -> None:
        points = [
            QPointF(self.x_of(i, rect), rect.bottom() - rect.height() * v / top_value)
            for i, v in enumerate(line.values)
        ]
        if not points:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        p.setPen(_pen(line, line.width))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if len(points) <= MARKERS_UP_TO and not line.dashed:
            p.setPen(QPen(line.color, 1))
            p.setBrush(line.color)
            radius = line.width + 0.6
            for point in points:
                p.drawEllipse(point, radius, radius)

    def _paint_legend(self, p: QPainter) -> None:
        fm = QFontMetrics(self.font())
        x, y = 8.0, 6.0
        for line in self.lines:
            p.setPen(_pen(line, 3))
            p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2))
            p.setPen(ink())
            p.drawText(QPointF(x + 24, y + fm.ascent()), line.name)
            x += 24 + fm.horizontalAdvance(line.name) + 18

    # -- hover -------------------------------------------------------------------------------

    def tooltip_at(self, x: float) -> str:
        i = self.document_at(x)
        if i < 0:
            return ""
        figures = "<br>".join(f"{line.name}: {line.values[i]}" for line in self.lines if i < len(line.values))
        return f"<b>{i + 1}. {self.documents[i]}</b><br>{figures}"

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            text = self.tooltip_at(e.pos().x())
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

"""A horizontal bar chart of the matrix, painted with QPainter (QtCharts is not required).

Two modes: every code with one bar per chosen column (grouped bars), or one code with one
bar per column. Bars are coloured by column (a legend names them) or by the code's colour
(columns then differ in lightness). The legend and the value axis sit in a fixed header
above a scrolling canvas, so they stay in view on long codebooks. Clicking a bar emits
``bar_clicked(code_id, column)``; hovering shows the figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from qcoder.analysis.index import NONE_VALUE
from qcoder.analysis.matrix import CountKind
from qcoder.gui.analysis.matrix_model import FrequencyMatrixModel, kind_text
from qcoder.gui.i18n import number, percent, translate
from qcoder.gui.themes import current as theme

# distinguishable on white and for common colour-vision deficiencies (Tableau 10)
GROUP_COLORS = (
    "#4E79A7",
    "#F28E2B",
    "#59A14F",
    "#E15759",
    "#76B7B2",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)
MAX_SERIES = 8  # more columns than this are not charted side by side unless chosen
NEUTRAL = "#8C96A3"  # the "All" column and respondents without a value


# the chart's inks, from the theme in force (read at paint time)
def ink() -> QColor:
    return QColor(theme().text)


def muted() -> QColor:
    return QColor(theme().muted)


def grid() -> QColor:
    return QColor(theme().turn_rule)


def axis() -> QColor:
    return QColor(theme().placeholder)


def _selected() -> QColor:
    return QColor(theme().playing)


def _band() -> QColor:
    return QColor(theme().alt_base)


class ChartMode(StrEnum):
    CODES = "codes"  # every code, one bar per column
    CODE = "code"  # one code, one bar per column


class ColorBy(StrEnum):
    GROUP = "group"
    CODE = "code"


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    row: int  # model row (code)
    column: int  # model column


def nice_ticks(peak: float, share: bool) -> list[float]:
    """Axis ticks from 0 to a round number at or above ``peak``."""
    if share:
        return [0.0, 0.25, 0.5, 0.75, 1.0]
    if peak <= 0:
        return [0.0, 1.0]
    raw = peak / 4
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    if step < 1:
        step = 1.0
    n = math.ceil(peak / step)
    return [i * step for i in range(n + 1)]


def tick_text(value: float, share: bool) -> str:
    return percent(value) if share else number(float(value), 0)


def shade(color: QColor, i: int, n: int) -> QColor:
    """Column ``i`` of ``n`` in one hue: from darker to lighter."""
    if n <= 1:
        return QColor(color)
    f = 145 - int(95 * i / (n - 1))  # darker (145%) .. lighter (150%)
    return color.darker(f) if f >= 100 else color.lighter(200 - f)


class BarChart(QWidget):
    bar_clicked = Signal(str, int)  # code id, model column

    def __init__(self, model: FrequencyMatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.mode = ChartMode.CODES
        self.color_by = ColorBy.GROUP
        self._columns: list[int] = []  # model columns drawn; empty = every group column
        self._code_row = -1  # the code of CODE mode (and highlighted in CODES mode)
        self.ticks = [0.0, 1.0]  # the value axis, set by relayout
        self.header = _Header(self)
        self.canvas = _Canvas(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroller, 1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.scroller.viewport().setAutoFillBackground(False)
        self.canvas.setAutoFillBackground(False)
        self.font_small = QFont(self.font())
        self.font_small.setPointSizeF(max(self.font().pointSizeF() - 1, 7.5))
        self.font_bold = QFont(self.font())
        self.font_bold.setBold(True)
        for sig in (model.modelReset, model.dataChanged, model.layoutChanged, model.headerDataChanged):
            sig.connect(self.relayout)
        self.relayout()

    # --- settings ---------------------------------------------------------------------------
    def set_mode(self, mode: ChartMode) -> None:
        self.mode = mode
        self.relayout()

    def set_color_by(self, color_by: ColorBy) -> None:
        self.color_by = color_by
        self.relayout()

    def set_columns(self, columns: list[int]) -> None:
        """Draw these model columns (empty: every group column)."""
        self._columns = sorted(set(columns))
        self.relayout()

    def set_code_row(self, row: int) -> None:
        self._code_row = row
        self.relayout()

    # --- what is drawn ----------------------------------------------------------------------
    def drawn_columns(self) -> list[int]:
        n = self.model.columnCount()
        cols = [c for c in self._columns if 0 <= c < n]
        if not cols:
            cols = list(range(1, n)) or list(range(n))  # the group columns; "All" alone if no groups
            if self.mode == ChartMode.CODES and len(cols) > MAX_SERIES:
                cols = [0]  # too many bars per code to compare: the user picks columns in the table
        return cols

    def too_many_columns(self) -> bool:
        return self.mode == ChartMode.CODES and not self._columns and self.model.columnCount() - 1 > MAX_SERIES

    def drawn_rows(self) -> list[int]:
        if self.mode == ChartMode.CODE:
            return [self._code_row] if 0 <= self._code_row < self.model.rowCount() else []
        return list(range(self.model.rowCount()))

    def is_share(self) -> bool:
        return self.model.kind == CountKind.SHARE

    def peak(self) -> float:
        vals = [self.model.value(r, c) or 0.0 for r in self.drawn_rows() for c in self.drawn_columns()]
        return max(vals, default=0.0)

    def column_color(self, column: int) -> QColor:
        """A column's colour: one hue per value of the first attribute (the same in every chart),
        lighter or darker for the values of the second; when the charted columns share their
        first value, one hue per value of the second."""
        key = self.model.column(column).key
        matrix = self.model.matrix
        if not key or matrix is None:
            return QColor(NEUTRAL)
        by = matrix.options.by()
        hue_at, shade_at = 0, 1
        if len(key) > 1 and len(by) > 1:
            firsts = {self.model.column(c).key[:1] for c in self.drawn_columns()}
            if len(firsts) == 1:
                hue_at, shade_at = 1, -1
        values = matrix.result.values.get(by[hue_at], [])
        value = key[hue_at]
        if value == NONE_VALUE or value not in values:
            base = QColor(NEUTRAL)
        else:
            base = QColor(GROUP_COLORS[values.index(value) % len(GROUP_COLORS)])
        if shade_at > 0 and len(key) > 1 and len(by) > 1:
            second = matrix.result.values.get(by[1], [])
            if key[1] in second:
                return shade(base, second.index(key[1]), len(second))
        return base

    def bar_color(self, row: int, column: int, i: int, n: int) -> QColor:
        """The colour of the bar of model ``row`` and ``column``, the ``i``-th of ``n`` in its group."""
        if self.color_by == ColorBy.CODE:
            return (
                shade(QColor(self.model.row(row).color), i, n)
                if self.mode == ChartMode.CODES
                else QColor(self.model.row(row).color)
            )
        return self.column_color(column)

    def label_width(self) -> int:
        fm = QFontMetrics(self.font_bold)
        widest = max((fm.horizontalAdvance(r.name) + 12 * r.depth for r in self.model.rows()), default=60)
        if self.mode == ChartMode.CODE:
            widest = max((fm.horizontalAdvance(self.model.column_title(c)) for c in self.drawn_columns()), default=60)
        share = 0.45 if self.mode == ChartMode.CODE else 0.34
        return min(max(widest + 16, 90), max(int(self.plot_width() * share), 140))

    def plot_width(self) -> int:
        """The width the header and the canvas share (the canvas is narrower by a scroll bar)."""
        width = self.scroller.viewport().width()
        return width if width > 0 else self.width()

    def plot_span(self) -> tuple[float, float]:
        x0 = float(self.label_width() + 10)
        x1 = float(max(self.plot_width() - 48, x0 + 60))
        return x0, x1

    def relayout(self, *args: object) -> None:
        self.ticks = nice_ticks(self.peak(), self.is_share())
        self.canvas.compute()
        self.header.updateGeometry()
        self.header.update()
        self.canvas.update()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.relayout()

    def title(self) -> str:
        matrix = self.model.matrix
        what = kind_text(self.model.kind)
        if self.mode == ChartMode.CODE:
            rows = self.drawn_rows()
            if not rows:
                return translate("analysis.chart", "Select a code in the table")
            return translate("analysis.chart", "{count}: {code}").format(count=what, code=self.model.row(rows[0]).name)
        if matrix is None or not matrix.options.by():
            return what
        if self.too_many_columns():
            return translate(
                "analysis.chart", "{count}, all respondents (select column headers to compare groups)"
            ).format(count=what)
        from qcoder.gui.texts import attribute_label

        groups = " × ".join(attribute_label(a).lower() for a in matrix.options.by())
        return translate("analysis.chart", "{count} by {groups}").format(count=what, groups=groups)


class _Header(QWidget):
    """Title, legend and the value axis (fixed above the scrolling bars)."""

    def __init__(self, chart: BarChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _legend(self) -> list[tuple[str, QColor]]:
        c = self.chart
        cols = c.drawn_columns()
        if c.mode == ChartMode.CODE or (c.color_by == ColorBy.CODE and len(cols) <= 1):
            return []
        if c.color_by == ColorBy.CODE:
            gray = muted()
            return [(c.model.column_title(col), shade(gray, i, len(cols))) for i, col in enumerate(cols)]
        return [(c.model.column_title(col), c.column_color(col)) for col in cols]

    def _legend_lines(self) -> list[list[tuple[str, QColor, int]]]:
        fm = QFontMetrics(self.chart.font_small)
        lines: list[list[tuple[str, QColor, int]]] = [[]]
        x, limit = 0, max(self.width() - 16, 100)
        for text, color in self._legend():
            w = 14 + fm.horizontalAdvance(text) + 14
            if x + w > limit and lines[-1]:
                lines.append([])
                x = 0
            lines[-1].append((text, color, w))
            x += w
        return [line for line in lines if line]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = QFontMetrics(self.chart.font_small)
        line = fm.height() + 4
        return QSize(
            300,
            8 + QFontMetrics(self.chart.font_bold).height() + 6 + line * len(self._legend_lines()) + fm.height() + 10,
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        c = self.chart
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme().base))
        fm_b = QFontMetrics(c.font_bold)
        y = 8
        p.setFont(c.font_bold)
        p.setPen(ink())
        p.drawText(8, y + fm_b.ascent(), c.title())
        y += fm_b.height() + 6
        p.setFont(c.font_small)
        fm = QFontMetrics(c.font_small)
        for line in self._legend_lines():
            x = 8
            for text, color, w in line:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRoundedRect(QRectF(x, y + (fm.height() - 10) / 2, 10, 10), 2, 2)
                p.setPen(muted())
                p.drawText(x + 14, y + fm.ascent(), text)
                x += w
            y += fm.height() + 4
        # value axis
        x0, x1 = c.plot_span()
        ticks = c.ticks
        top = ticks[-1] or 1.0
        p.setPen(muted())
        base = self.height() - 4
        for t in ticks:
            tx = x0 + (x1 - x0) * t / top
            label = tick_text(t, c.is_share())
            p.drawText(int(tx - fm.horizontalAdvance(label) / 2), base - fm.descent(), label)
        p.setPen(QPen(axis(), 1))
        p.drawLine(int(x0), self.height() - 1, int(x1), self.height() - 1)
        p.end()


class _Canvas(QWidget):
    """The bars (scrolls vertically)."""

    def __init__(self, chart: BarChart) -> None:
        super().__init__()
        self.chart = chart
        self.bars: list[Bar] = []
        self.groups: list[tuple[int, QRectF]] = []  # (row, band) per code
        self._height = 100
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(100, self._height)

    def compute(self) -> None:
        c = self.chart
        rows, cols = c.drawn_rows(), c.drawn_columns()
        x0, x1 = c.plot_span()
        ticks = c.ticks
        top = ticks[-1] or 1.0
        self.bars, self.groups = [], []
        y = 6.0
        if c.mode == ChartMode.CODE:
            bar_h, gap = 18.0, 6.0
            for row in rows:
                for col in cols:
                    band = QRectF(0, y, c.plot_width(), bar_h + gap)
                    value = c.model.value(row, col) or 0.0
                    self.bars.append(Bar(QRectF(x0, y + gap / 2, (x1 - x0) * value / top, bar_h), row, col))
                    self.groups.append((row, band))
                    y += bar_h + gap
        else:
            n = len(cols)
            bar_h = 16.0 if n <= 1 else max(6.0, min(11.0, 40.0 / n))
            pad = 8.0 if n > 1 else 5.0
            for row in rows:
                band_h = max(n * (bar_h + 1) - 1, QFontMetrics(c.font()).height()) + pad
                self.groups.append((row, QRectF(0, y, c.plot_width(), band_h)))
                by = y + pad / 2 + (band_h - pad - (n * (bar_h + 1) - 1)) / 2
                for col in cols:
                    value = c.model.value(row, col) or 0.0
                    self.bars.append(Bar(QRectF(x0, by, (x1 - x0) * value / top, bar_h), row, col))
                    by += bar_h + 1
                y += band_h
        self._height = int(y + 8)
        self.setMinimumHeight(self._height)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the viewport changed: bars and axis follow
            self.compute()
            self.chart.header.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        c = self.chart
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme().base))
        x0, x1 = c.plot_span()
        ticks = c.ticks
        top = ticks[-1] or 1.0
        exposed = event.rect()
        cols = c.drawn_columns()
        label_w = c.label_width()
        # bands: the selected code, and every other code when bars are grouped
        if c.mode == ChartMode.CODES:
            for i, (row, band) in enumerate(self.groups):
                if row == c._code_row:
                    p.fillRect(band, _selected())
                elif len(cols) > 1 and i % 2:
                    p.fillRect(band, _band())
        # grid
        p.setPen(QPen(grid(), 1))
        for t in ticks:
            x = x0 + (x1 - x0) * t / top
            p.drawLine(int(x), exposed.top(), int(x), exposed.bottom())
        self._paint_labels(p, exposed, label_w)
        self._paint_bars(p, exposed, cols)
        # axis line
        p.setPen(QPen(axis(), 1))
        p.drawLine(int(x0), exposed.top(), int(x0), exposed.bottom())
        if not self.bars:
            p.setPen(muted())
            p.setFont(c.font())
            p.drawText(
                self.rect().adjusted(8, 8, -8, -8),
                int(Qt.AlignmentFlag.AlignHCenter),
                translate("analysis.chart", "Nothing to chart yet.")
                if c.mode == ChartMode.CODES
                else translate("analysis.chart", "Select a code in the table."),
            )
        p.end()

    def _paint_labels(self, p: QPainter, exposed: QRect, label_w: int) -> None:
        """Row labels: the codes (indented by depth, parents bold), or the columns of the one code."""
        c = self.chart
        if c.mode == ChartMode.CODE:
            fm = QFontMetrics(c.font())
            p.setFont(c.font())
            p.setPen(ink())
            for bar in self.bars:
                text = fm.elidedText(c.model.column_title(bar.column), Qt.TextElideMode.ElideRight, label_w - 8)
                p.drawText(
                    QRectF(4, bar.rect.top(), label_w - 4, bar.rect.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
        else:
            for row, band in self.groups:
                if band.bottom() < exposed.top() or band.top() > exposed.bottom():
                    continue
                info = c.model.row(row)
                font = c.font_bold if info.is_parent or info.depth == 0 else c.font()
                p.setFont(font)
                p.setPen(ink())
                indent = 12 * info.depth
                text = QFontMetrics(font).elidedText(info.name, Qt.TextElideMode.ElideRight, label_w - indent - 8)
                p.drawText(
                    QRectF(4 + indent, band.top(), label_w - indent - 4, band.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )

    def _paint_bars(self, p: QPainter, exposed: QRect, cols: list[int]) -> None:
        """The bars in view, each with its figure beside it when there is room."""
        c = self.chart
        n = len(cols)
        for bar in self.bars:
            if bar.rect.bottom() < exposed.top() or bar.rect.top() > exposed.bottom():
                continue
            i = cols.index(bar.column) if bar.column in cols else 0
            color = c.bar_color(bar.row, bar.column, i, n)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            if bar.rect.width() > 0:
                p.drawRoundedRect(bar.rect.adjusted(0, 0, 0, 0), 1.5, 1.5)
            if bar.rect.height() >= 14:  # room for the figure beside the bar
                p.setFont(c.font_small)
                p.setPen(muted())
                p.drawText(
                    QRectF(bar.rect.right() + 4, bar.rect.top(), 60, bar.rect.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    c.model.text(bar.row, bar.column),
                )

    def bar_at(self, pos: QPoint) -> Bar | None:
        for bar in self.bars:
            hit = QRectF(bar.rect.left(), bar.rect.top(), max(bar.rect.width(), 4), bar.rect.height())
            if hit.adjusted(0, -0.5, 0, 0.5).contains(pos.toPointF()):
                return bar
        return None

    def row_at(self, pos: QPoint) -> int:
        for row, band in self.groups:
            if band.contains(pos.toPointF()):
                return row
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            bar = self.bar_at(event.position().toPoint())
            if bar is not None:
                self.chart.bar_clicked.emit(self.chart.model.row(bar.row).code_id, bar.column)
                return
        super().mousePressEvent(event)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            bar = self.bar_at(e.pos())
            if bar is not None:
                QToolTip.showText(e.globalPos(), self.chart.model.tooltip(bar.row, bar.column), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

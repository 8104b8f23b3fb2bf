"""A word cloud of the most frequent lemmas: sized by count (square root), laid out
alphabetically in centred lines that wrap with the widget's width; a click picks a lemma."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from qcoder.gui.i18n import number, translate
from qcoder.gui.themes import current as theme

PALETTE = ("#1D4ED8", "#0F766E", "#B45309", "#7C3AED", "#BE123C", "#374151")
DARK_PALETTE = ("#93C5FD", "#5EEAD4", "#FCD34D", "#C4B5FD", "#FDA4AF", "#E5E7EB")  # the same hues, light
SMALLEST, LARGEST = 9.0, 30.0  # point sizes of the rarest and the most frequent lemma shown
MOST = 80  # lemmas shown
GAP = 10


class WordCloud(QWidget):
    picked = Signal(str)  # a lemma was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[tuple[str, int]] = []
        self._placed: list[tuple[str, QRect, QFont, int]] = []  # word, place, font, palette index
        self.selected: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_words(self, words: list[tuple[str, int]]) -> None:
        """``(lemma, count)`` most frequent first; the first :data:`MOST` are shown."""
        self._words = words[:MOST]
        self._place()
        self.update()

    def select(self, lemma: str | None) -> None:
        self.selected = lemma
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, 120)

    def _font(self, count: int, top: int, low: int, scale: float) -> QFont:
        share = (math.sqrt(count) - math.sqrt(low)) / ((math.sqrt(top) - math.sqrt(low)) or 1.0)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, (SMALLEST + (LARGEST - SMALLEST) * share) * scale))
        font.setBold(share > 0.5)
        return font

    def _place(self) -> None:
        """Alphabetical lines of words, each line centred, in widget coordinates; the sizes
        shrink until every word fits the widget's height."""
        self._placed = []
        scale = 1.0
        while self._words:
            bottom = self._place_at(scale)
            if bottom <= self.height() or scale < 0.45:
                return
            scale *= 0.85

    def _place_at(self, scale: float) -> int:
        self._placed = []
        top, low = self._words[0][1], min(c for _, c in self._words)
        colour = {w: i % len(PALETTE) for i, (w, _) in enumerate(self._words)}
        ordered = sorted(self._words, key=lambda wc: wc[0].casefold())
        items = [(w, self._font(c, top, low, scale)) for w, c in ordered]
        width = max(self.width() - 2 * GAP, 100)
        lines: list[list[tuple[str, QFont, QSize]]] = [[]]
        used = 0
        for word, font in items:
            size = QFontMetrics(font).size(0, word)
            if lines[-1] and used + size.width() > width:
                lines.append([])
                used = 0
            lines[-1].append((word, font, size))
            used += size.width() + GAP
        y = GAP
        for line in lines:
            height = max(s.height() for _, _, s in line)
            x = GAP + (width - sum(s.width() + GAP for _, _, s in line) + GAP) // 2
            for word, font, size in line:
                rect = QRect(QPoint(x, y + height - size.height()), size)
                self._placed.append((word, rect, font, colour[word]))
                x += size.width() + GAP
            y += height + GAP // 2
        return y

    def word_at(self, point: QPoint) -> str | None:
        return next((w for w, rect, _, _ in self._placed if rect.contains(point)), None)

    def rect_of(self, lemma: str) -> QRect | None:
        return next((rect for w, rect, _, _ in self._placed if w == lemma), None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        over = self.word_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        self.setToolTip(
            translate("analysis.word_cloud", "{word}: {n}").format(word=over, n=number(dict(self._words)[over]))
            if over
            else ""
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        word = self.word_at(event.position().toPoint())
        if word is not None:
            self.select(word)
            self.picked.emit(word)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        inks = DARK_PALETTE if theme().dark else PALETTE
        for word, rect, font, colour in self._placed:
            if word == self.selected:
                painter.fillRect(rect.adjusted(-3, 0, 3, 0), QColor(theme().mark))
            painter.setFont(font)
            painter.setPen(QColor(inks[colour]))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), word)
        painter.end()

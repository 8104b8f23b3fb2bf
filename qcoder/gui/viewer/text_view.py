"""The read-only transcript view: text, highlights, turn bands, margins, selections in code points."""

from __future__ import annotations

import json
from bisect import bisect_left

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from qcoder.core.selection import snap_selection
from qcoder.gui.style import text_scale
from qcoder.gui.themes import current as theme
from qcoder.gui.viewer.highlighter import HighlightPainter, apply_label_formats, blend
from qcoder.gui.viewer.margins import NumberArea, StripeArea
from qcoder.gui.viewer.state import ViewState

SPAN_MIME = "application/x-qcoder-span"


class TranscriptView(QPlainTextEdit):
    coding_activated = Signal(str)  # a coding chosen in the stripes margin
    coding_menu_requested = Signal(str, QPoint)
    text_menu_requested = Signal(int, QPoint)  # code-point offset under the mouse, global position
    paragraph_clicked = Signal(int)  # a paragraph number was clicked: the paragraph's start offset
    key_pressed = Signal(QKeyEvent)  # keys the view does not use (quick-code digits arrive as actions)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: ViewState | None = None
        self.paints = 0  # paint count (benchmarks wait for the next paint)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.setCursorWidth(2)
        self.document().setDocumentMargin(14)
        self.numbers = NumberArea(self)
        self.stripes = StripeArea(self)
        self.painter: HighlightPainter | None = None
        self.snap_words = True  # selections widen to whole words (View menu; Alt keeps exact)
        self._exact_selection = False
        self._find_hits: list[tuple[int, int]] = []
        self._find_current = -1
        self._playing: tuple[int, int] | None = None  # the turn the recording is at
        self._extra_range = (0, -1)  # lines whose highlights are installed
        self.updateRequest.connect(self._on_update_request)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- content ------------------------------------------------------------------------------
    def set_state(self, state: ViewState | None) -> None:
        self.state = state
        self._find_hits, self._find_current = [], -1
        self._playing = None
        self.painter = HighlightPainter(state) if state is not None else None
        # setPlainText inserts the new text with the cursor's current character format: a
        # cursor left just after a styled speaker label would turn every document into label
        # style. Start from a cleared document and a plain format.
        self.document().clear()
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(state.text if state is not None else "")
        if state is not None:
            apply_label_formats(self.document(), state)
        self.update_margins()
        self._update_extra()

    def refresh_lines(self, lines: set[int]) -> None:
        """Show changed codings: the highlights of the visible range are rebuilt when any of
        ``lines`` is in it; the margins repaint."""
        if self.painter is not None:
            self.painter.invalidate_lines(lines)
        first, last = self._extra_range
        if not lines or any(first <= line <= last for line in lines):
            self._update_extra()
        self.update_margins()
        self.stripes.update()

    def refresh_all(self) -> None:
        if self.painter is not None:
            self.painter.invalidate_formats()
        self.update_margins()
        self._update_extra()
        self.viewport().update()
        self.stripes.update()
        self.numbers.update()

    # --- margins --------------------------------------------------------------------------------
    def update_margins(self) -> None:
        left, right = self.numbers.width_hint(), self.stripes.width_hint()
        m = self.viewportMargins()
        if (m.left(), m.right()) != (left, right):
            self.setViewportMargins(left, 0, right, 0)
        self._place_margins()

    def _place_margins(self) -> None:
        vg = self.viewport().geometry()  # scroll bars lie outside it, margins beside it
        m = self.viewportMargins()
        self.numbers.setGeometry(QRect(vg.left() - m.left(), vg.top(), m.left(), vg.height()))
        self.stripes.setGeometry(QRect(vg.right() + 1, vg.top(), m.right(), vg.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_margins()
        self._update_extra()

    def _on_scrolled(self, _value: int) -> None:
        first, last = self._visible_line_range()
        have_first, have_last = self._extra_range
        if first < have_first or last > have_last:
            self._update_extra()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
            self.stripes.update()
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())
            self.stripes.update()

    def visible_blocks(self, y_from: int, y_to: int) -> list[tuple[QTextBlock, float, float]]:
        """(block, top, height) of the blocks shown between viewport y ``y_from`` and ``y_to``."""
        out: list[tuple[QTextBlock, float, float]] = []
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        top = self.blockBoundingGeometry(block).translated(offset).top()
        while block.isValid() and top <= y_to:
            height = self.blockBoundingRect(block).height()
            if block.isVisible() and top + height >= y_from:
                out.append((block, top, height))
            top += height
            block = block.next()
        return out

    # --- painting: interviewer bands and turn separators under the text -------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        state = self.state
        if state is not None and (state.interviewer_lines or state.turn_first_lines):
            p = QPainter(self.viewport())
            width = self.viewport().width()
            band, rule = QColor(theme().interviewer_band), QColor(theme().turn_rule)
            for block, top, height in self.visible_blocks(event.rect().top(), event.rect().bottom()):
                line = block.blockNumber()
                if line in state.interviewer_lines:
                    p.fillRect(QRect(0, int(top), width, int(height) + 1), band)
                if line in state.turn_first_lines and line > 0:
                    p.setPen(rule)
                    y = int(top) - 1
                    p.drawLine(8, y, width - 8, y)
            p.end()
        super().paintEvent(event)
        self.paints += 1

    # --- selections in code points ---------------------------------------------------------------
    def selection_span(self, trim: bool = True) -> tuple[int, int] | None:
        """The selected text as a code-point span, or None if nothing is selected.

        With ``trim`` (every coding path) the span is the excerpt a reader would quote:
        whitespace trimmed, outside speaker labels and, unless :attr:`snap_words` is off or the
        selection was made holding Alt, widened to whole words (see :mod:`qcoder.core.selection`).
        """
        cursor = self.textCursor()
        if self.state is None or not cursor.hasSelection():
            return None
        start, end = self.state.offsets.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())
        if not trim:
            return start, end
        words = self.snap_words and not self._exact_selection
        return snap_selection(self.state.text, start, end, self.state.labels.values(), words=words)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._exact_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._show_snapped_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        self._exact_selection = False  # keyboard selections snap like mouse ones
        super().keyPressEvent(event)

    def _show_snapped_selection(self) -> None:
        """Show the user what a coding will cover: the drag widened to whole words."""
        cursor = self.textCursor()
        span = self.selection_span()
        if span is None or self.state is None:
            return
        qs, qe = self.state.offsets.span_to_qt(*span)
        if (cursor.selectionStart(), cursor.selectionEnd()) == (qs, qe):
            return
        forward = cursor.position() >= cursor.anchor()
        cursor.setPosition(qs if forward else qe)
        cursor.setPosition(qe if forward else qs, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int:
        if self.state is None:
            return 0
        return self.state.offsets.from_qt(self.textCursor().position())

    def select_span(self, start: int, end: int, *, center: bool = True) -> None:
        if self.state is None:
            return
        qs, qe = self.state.offsets.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qe)
        cursor.setPosition(qs, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    def offset_at(self, pos: QPoint) -> int:
        if self.state is None:
            return 0
        return self.state.offsets.from_qt(self.cursorForPosition(pos).position())

    # --- extra selections: coding highlights, selected coding, find hits (visible range only) -----------
    _BAND = 40  # lines highlighted beyond the screen, so small scrolls need no recomputation

    def _visible_line_range(self) -> tuple[int, int]:
        blocks = self.visible_blocks(0, self.viewport().height())
        if not blocks:
            first = self.firstVisibleBlock().blockNumber()
            return first, first
        return blocks[0][0].blockNumber(), blocks[-1][0].blockNumber()

    def set_playing(self, start: int, end: int, follow: bool) -> None:
        """Mark the turn being played (``start`` < 0: none); ``follow``: scroll it into view."""
        self._playing = (start, end) if start >= 0 else None
        self._update_extra()
        if follow and self._playing is not None and self.state is not None:
            cur = QTextCursor(self.document())
            cur.setPosition(self.state.offsets.to_qt(start))
            rect = self.cursorRect(cur)
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def set_find_hits(self, hits: list[tuple[int, int]], current: int) -> None:
        self._find_hits, self._find_current = hits, current
        self._update_extra()

    def _selection(self, start: int, end: int, fmt: QTextFormat | None = None) -> QTextEdit.ExtraSelection:
        assert self.state is not None
        sel = QTextEdit.ExtraSelection()
        qs, qe = self.state.offsets.span_to_qt(start, end)
        cur = QTextCursor(self.document())
        cur.setPosition(qs)
        cur.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        return sel

    def _update_extra(self) -> None:
        state = self.state
        if state is None or self.painter is None:
            self._extra_range = (0, -1)
            self.setExtraSelections([])
            return
        first, last = self._visible_line_range()
        first, last = max(0, first - self._BAND), min(len(state.lines) - 1, last + self._BAND)
        self._extra_range = (first, last)
        sels = self.painter.selections(self.document(), first, last)
        if state.selected_coding:
            c = state.index.get(state.selected_coding)
            if c is not None:
                sel = self._selection(c.start, c.end)
                color = state.codebook.color(c.code_id)
                sel.format.setBackground(blend([color], 0.55))
                sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                sel.format.setUnderlineColor(QColor(theme().outline))
                sels.append(sel)
        if self._playing is not None and self._playing[1] <= len(state.text):
            sel = self._selection(*self._playing)
            sel.format.setBackground(QColor(theme().playing))
            sels.insert(0, sel)
        if self._find_hits:
            hit, current = QColor(theme().find_hit), QColor(theme().find_current)
            lo, hi = state.lines.starts[first], state.lines.line_span(last)[1]
            i = bisect_left(self._find_hits, (lo, -1))
            while i < len(self._find_hits) and self._find_hits[i][0] <= hi:
                s, e = self._find_hits[i]
                sel = self._selection(s, e)
                sel.format.setBackground(current if i == self._find_current else hit)
                sels.append(sel)
                i += 1
        self.setExtraSelections(sels)

    # --- drag a selection onto a code ------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        # a plain QMimeData: Qt's own text-edit mime data lists a fixed set of formats only
        mime = QMimeData()
        mime.setText(self.textCursor().selectedText().replace("\u2029", "\n"))
        span = self.selection_span()
        if self.state is not None and span is not None:
            payload = {"document_id": self.state.document.id, "start": span[0], "end": span[1]}
            mime.setData(SPAN_MIME, json.dumps(payload).encode())
        return mime

    # --- hover and menus --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # read-only text still claims Delete/Backspace as editing keys; let them reach the
        # window's shortcuts (Delete removes the selected coding)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            event.ignore()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # a theme change: speaker labels and highlight formats are re-made in its colours
        if event.type() == QEvent.Type.PaletteChange and self.state is not None:
            apply_label_formats(self.document(), self.state)
            self.refresh_all()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.state is not None:
            offset = self.offset_at(event.pos())
            codings = self.state.index.at(offset)
            if codings:
                QToolTip.showText(event.globalPos(), "<hr>".join(self.state.describe(c) for c in codings), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _on_context_menu(self, pos: QPoint) -> None:
        self.text_menu_requested.emit(self.offset_at(pos), self.mapToGlobal(pos))

    def set_reading_font(self, size: int) -> None:
        """The transcript at ``size`` points, scaled by the View → Text size in force."""
        font = QFont(self.font())
        font.setPointSizeF(size * text_scale())
        self.setFont(font)
        self.numbers.setFont(font)

"""Find in document (Ctrl+F): hits highlighted, Enter / Shift+Enter step through them."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from qcoder.gui.i18n import number, translate

MAX_HITS = 5000


def find_all(text: str, query: str, limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """Case-insensitive hits of ``query`` in ``text`` as code-point spans."""
    if not query:
        return []
    out: list[tuple[int, int]] = []
    for m in re.finditer(re.escape(query), text, re.IGNORECASE):
        out.append(m.span())
        if len(out) >= limit:
            break
    return out


class _Edit(QLineEdit):
    previous = Signal()
    closed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """Emits ``hits_changed(hits, current)``; the viewer shows them and scrolls to the current one."""

    hits_changed = Signal(list, int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self._text = ""
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        self.edit = _Edit(self)
        self.edit.setPlaceholderText(translate("viewer.find_bar", "Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.next)
        self.edit.previous.connect(self.previous)
        self.edit.closed.connect(self.close_bar)
        style = self.style()
        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.prev_button.setToolTip(translate("viewer.find_bar", "Previous match (Shift+Enter)"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QToolButton(self)
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_button.setToolTip(translate("viewer.find_bar", "Next match (Enter)"))
        self.next_button.clicked.connect(self.next)
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        close = QToolButton(self)
        close.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        close.setToolTip(translate("viewer.find_bar", "Close (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(close)

    def set_text(self, text: str) -> None:
        self._text = text
        self._search()

    def open_bar(self, initial: str = "") -> None:
        self.show()
        if initial and "\n" not in initial:
            self.edit.setText(initial)
        self.edit.setFocus()
        self.edit.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.hits_changed.emit([], -1)
        self.closed.emit()

    def _search(self) -> None:
        if not self.isVisible():
            return
        self.hits = find_all(self._text, self.edit.text())
        self.current = 0 if self.hits else -1
        self._emit()

    def next(self) -> None:
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._emit()

    def previous(self) -> None:
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._emit()

    def _emit(self) -> None:
        query = self.edit.text()
        if not query:
            self.count.setText("")
        elif not self.hits:
            self.count.setText(translate("viewer.find_bar", "No matches"))
        else:
            more = "+" if len(self.hits) >= MAX_HITS else ""
            self.count.setText(
                translate("viewer.find_bar", "{n} of {total}").format(
                    n=number(self.current + 1), total=number(len(self.hits)) + more
                )
            )
        self.hits_changed.emit(self.hits, self.current)

"""Helpers for GUI tests: answer modal dialogs, find text positions on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(callback: Callable[[QWidget], None], tries: int = 200) -> None:
    """Run ``callback`` on the next modal dialog once it is shown (call before opening it)."""

    def handle(left: int = tries) -> None:
        w = QApplication.activeModalWidget()
        if w is None or not w.isVisible():
            if left > 0:
                QTimer.singleShot(10, lambda: handle(left - 1))
            return
        callback(w)

    QTimer.singleShot(0, handle)


def point_of(view, qt_position: int) -> QPoint:  # type: ignore[no-untyped-def]
    """Viewport coordinates of the Qt text position ``qt_position`` in a QPlainTextEdit."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_position)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def shown(qtbot, widget: W) -> W:  # type: ignore[no-untyped-def]
    """``widget`` registered with qtbot, shown and exposed."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget

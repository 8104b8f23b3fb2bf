"""Helpers for GUI tests: answer modal dialogs, find text positions on screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
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


def run_on_x11(probe: Path) -> dict[str, Any]:
    """Run the script ``probe`` under xvfb-run (a private X server, chosen display, auth cookie,
    started and waited for by the wrapper) with Qt's xcb platform; its last line of output,
    a JSON object. Skips the test when xvfb-run is missing."""
    wrapper = shutil.which("xvfb-run")
    if wrapper is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb); .ci/run installs it")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [wrapper, "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(probe)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    return report

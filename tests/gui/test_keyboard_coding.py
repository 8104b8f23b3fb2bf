"""Coding by keyboard end to end (issue 19): open a document, select words, apply a code
(Ctrl+K), a second one on the same words, cycle the codings at the caret as the stripes show
them (Ctrl+J), extend and shrink one (Alt+Shift+arrows), star it, write its memo, remove it —
every step a key in the focused widget (tests/gui/keyboard_coding_probe.py), offscreen and on
a real X server under Xvfb."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import keyboard_coding_probe
from tests.gui.helpers import run_on_x11


def _check(report: dict[str, Any]) -> None:
    assert report["focus_after_enter"] == "TranscriptView"
    assert report["selected"].startswith("We had") and report["coded"] == [report["selected"]]
    # two codings on the words: Ctrl+J takes one, then the other, then the first again
    first, second, third = report["picked"]
    assert {first, second} == {"Resources", "Prosecutors"} and third == first
    assert report["extend_end"].startswith(report["selected"]) and len(report["extend_end"]) > len(report["selected"])
    assert report["extend_start"].endswith(report["extend_end"]) and report["extend_start"].startswith("Ortega")
    assert report["back"] and report["starred"]
    assert report["memo"] == "keyboard memo"
    assert report["focus_after_memo"] == "TranscriptView"
    assert report["removed"]


def test_coding_with_the_keyboard_only(qtbot, window) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _check(keyboard_coding_probe.run(window))


def test_coding_with_the_keyboard_only_on_x11() -> None:
    _check(run_on_x11(Path(keyboard_coding_probe.__file__)))


def test_ctrl_j_takes_the_coding_that_ends_at_the_caret(qtbot, window) -> None:
    """Left after coding a selection leaves the caret at the coded words' end (X11): Ctrl+J
    there selects that coding rather than saying there is none."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    project = window.ctx.project
    doc = project.document_by_name("Interview A")
    window._show_document(doc.id, -1, -1)
    viewer = window.viewer
    [coding] = [c for c in project.codings(doc.id) if viewer.state.text[c.start : c.end].startswith("The prosecutors")]
    cursor = viewer.view.textCursor()
    cursor.setPosition(viewer.state.offsets.to_qt(coding.end))
    viewer.view.setTextCursor(cursor)
    qtbot.keyClick(viewer.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert viewer.selected_coding() is not None and viewer.selected_coding().id == coding.id

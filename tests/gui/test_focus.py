"""Focus rules (issue 18 item 3), written down:

- a window that opens a project puts focus in the documents list, never in a filter box;
- opening a document puts focus in the transcript, so quick keys code at once;
- when the find bar, a dialog or a popup closes, focus returns to the transcript.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.helpers import when_modal


def _active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _open(qtbot, window, name: str):  # type: ignore[no-untyped-def]
    doc = window.ctx.project.document_by_name(name)
    window.documents.document_activated.emit(doc.id)
    qtbot.waitUntil(lambda: window.viewer.document_id == doc.id)
    return window.viewer


def test_the_window_opens_with_focus_in_the_documents_list(qtbot, window) -> None:
    _active(qtbot, window)
    window._on_project_state()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.documents.view)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)


def test_opening_a_document_focuses_the_transcript(qtbot, window) -> None:
    _active(qtbot, window)
    viewer = _open(qtbot, window, "Interview A")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)


def test_after_find_focus_returns_to_the_transcript_and_quick_keys_code(qtbot, window) -> None:
    _active(qtbot, window)
    ctx = window.ctx
    viewer = _open(qtbot, window, "Interview A")
    resources = ctx.project.code_by_path("Resources")
    window.codebook.set_quick_key(resources.id, 4)
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.find_bar.edit)
    qtbot.keyClicks(viewer.find_bar.edit, "grant")
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)
    start = viewer.state.text.index("We had a grant")
    viewer.view.select_span(start, start + len("We had a grant"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert [c.start for c in ctx.project.codings(viewer.document_id, code_ids=[resources.id])] == [start]


def test_after_a_dialog_focus_returns_to_the_transcript(qtbot, window) -> None:
    _active(qtbot, window)
    viewer = _open(qtbot, window, "Interview A")
    start = viewer.state.text.index("We had a grant")
    viewer.view.select_span(start, start + len("We had a grant"))
    when_modal(lambda d: d.reject())
    window.coding.finder_action.trigger()
    _active(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)


def test_new_code_key_works_from_the_transcript(qtbot, window) -> None:
    """Item 7: Ctrl+Shift+N (shown in the Code menu) did nothing unless the codebook had focus."""
    _active(qtbot, window)
    viewer = _open(qtbot, window, "Interview A")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)
    seen = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(type(dialog).__name__)
        dialog.reject()

    when_modal(answer)
    qtbot.keyClick(viewer.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: seen == ["CodeDialog"])

"""Coding a transcript with the keyboard only (issue 19): every step is a key pressed in the
widget that has the focus (dialogs included). Run in-process by the tests (offscreen) and as a
script under Xvfb with Qt's xcb platform, where it prints one JSON object."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(key: Qt.Key, modifiers: Any = NONE, times: int = 1) -> QWidget | None:
    """Press ``key`` in the widget that has the focus; returns the widget focused after."""
    for _ in range(times):
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        QTest.keyClick(focus, key, modifiers)
        QCoreApplication.processEvents()
    return QApplication.focusWidget()


def in_dialog(keys: Callable[[], None]) -> list[str]:
    """Run ``keys`` once the next modal dialog has opened (its exec() blocks the caller);
    the list returned gets the dialog's class name."""
    seen: list[str] = []

    def wait(left: int = 100) -> None:
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if modal is None or not modal.isVisible() or focus is None or not modal.isAncestorOf(focus):
            if modal is not None and modal.isVisible():
                modal.activateWindow()  # as the window manager does with a new dialog
            if left:
                QTimer.singleShot(10, lambda: wait(left - 1))
            return
        seen.append(type(modal).__name__)
        keys()

    QTimer.singleShot(0, wait)
    return seen


def dialog_step(window: QWidget, key: Qt.Key, modifiers: Any, keys: Callable[[], None]) -> None:
    """Press ``key`` that opens a modal dialog, answer it with ``keys``; then the window is
    active again, as the window manager leaves it when a dialog closes."""
    seen = in_dialog(keys)
    press(key, modifiers)
    assert seen, f"no dialog opened for {QKeySequence(key | modifiers).toString()}"
    window.activateWindow()
    QTest.qWaitForWindowActive(window)


def type_text(text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClicks(focus, text)


def run(window: Any) -> dict[str, Any]:  # noqa: PLR0915 - one scenario, step by step
    """The scenario on ``window`` (a MainWindow on the test project, active); returns what each
    step left in the project."""
    ctx = window.ctx
    project = ctx.project
    out: dict[str, Any] = {}
    window.documents.view.setFocus()
    press(Qt.Key.Key_Home, CTRL)  # the first document: Interview A
    out["focus_after_enter"] = type(press(Qt.Key.Key_Return)).__name__
    viewer = window.viewer
    doc_id = viewer.document_id
    text = viewer.state.text
    # the caret to "We had a grant": third line, after "Det. Ortega: "; select three words

    def select_words() -> None:
        press(Qt.Key.Key_Home, CTRL)
        press(Qt.Key.Key_Down, times=2)
        press(Qt.Key.Key_Home)
        press(Qt.Key.Key_Right, CTRL, times=4)
        press(Qt.Key.Key_Right, CTRL | SHIFT, times=4)

    select_words()
    span = viewer.view.selection_span()
    out["selected"] = text[span[0] : span[1]] if span else None
    out["second"] = None
    # Ctrl+K: the code finder; type the code's name, Enter applies it
    dialog_step(window, Qt.Key.Key_K, CTRL, lambda: (type_text("Resources"), press(Qt.Key.Key_Return)))
    codings = project.codings(doc_id)
    resources = project.code_by_path("Resources").id
    mine = [c for c in codings if c.code_id == resources]
    out["coded"] = [(text[c.start : c.end]) for c in mine]
    # a second code on the same words (the stripes show two): select them again, Ctrl+K
    select_words()
    span = viewer.view.selection_span()
    out["second"] = text[span[0] : span[1]] if span else None
    dialog_step(window, Qt.Key.Key_K, CTRL, lambda: (type_text("Prosecutors"), press(Qt.Key.Key_Return)))
    # Ctrl+J selects the coding at the caret, again the next one there (the stripes' codings)
    press(Qt.Key.Key_Home)  # the caret into the first coded word, inside both codings
    press(Qt.Key.Key_Right, CTRL, times=4)
    press(Qt.Key.Key_Right)
    out["caret"] = viewer.view.textCursor().position()
    picked = []
    for _ in range(3):
        press(Qt.Key.Key_J, CTRL)
        picked.append(viewer.selected_coding().code_id if viewer.selected_coding() else None)
        out.setdefault("status", []).append(window.statusBar().currentMessage())
    names = {c.id: c.name for c in project.codes()}
    out["picked"] = [names.get(p) for p in picked]
    for _ in range(4):
        if viewer.selected_coding() is not None and viewer.selected_coding().code_id == resources:
            break
        press(Qt.Key.Key_J, CTRL)
    else:
        return out
    coding_id = viewer.selected_coding().id
    before = project.coding(coding_id)
    press(Qt.Key.Key_Right, ALT | SHIFT)  # extend the end by a word
    extended = project.coding(coding_id)
    press(Qt.Key.Key_Up, ALT | SHIFT)  # extend the start by a word
    both = project.coding(coding_id)
    press(Qt.Key.Key_Down, ALT | SHIFT)  # shrink the start back
    press(Qt.Key.Key_Left, ALT | SHIFT)  # shrink the end back
    back = project.coding(coding_id)
    out["extend_end"] = text[extended.start : extended.end]
    out["extend_start"] = text[both.start : both.end]
    out["back"] = (back.start, back.end) == (before.start, before.end)
    press(Qt.Key.Key_E, CTRL)  # star
    out["starred"] = project.coding(coding_id).exemplar
    # Ctrl+M: the memo; type it, Tab to OK, Enter
    dialog_step(
        window,
        Qt.Key.Key_M,
        CTRL,
        lambda: (type_text("keyboard memo"), press(Qt.Key.Key_Tab), press(Qt.Key.Key_Return)),
    )
    out["memo"] = project.coding(coding_id).memo
    out["focus_after_memo"] = type(QApplication.focusWidget()).__name__
    press(Qt.Key.Key_Delete)  # remove the selected coding
    out["removed"] = coding_id not in {c.id for c in project.codings(doc_id)}
    return out


def main() -> None:
    from tests.gui.shortcut_probe import open_window

    app, window = open_window()  # noqa: RUF059 - the app is kept alive for the whole probe
    report = {"platform": QApplication.platformName(), **run(window)}
    print(json.dumps(report))
    window.close()


if __name__ == "__main__":
    main()

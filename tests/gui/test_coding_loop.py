"""The coding loop as a person drives it (issue 18): drags snap to whole words, Alt keeps the
exact selection, and a selection is used up by coding whatever way the code was applied."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.gui.test_coding import _open, _select

Alt = Qt.KeyboardModifier.AltModifier
NoMod = Qt.KeyboardModifier.NoModifier


def _point(view, offset: int) -> QPointF:  # type: ignore[no-untyped-def]
    """The viewport point just inside the left edge of the character at ``offset``."""
    cursor = view.textCursor()
    cursor.setPosition(view.state.offsets.to_qt(offset))
    rect = view.cursorRect(cursor)
    return QPointF(rect.left() + 1, rect.center().y())


def _drag(view, start: int, end: int, modifiers=NoMod) -> None:  # type: ignore[no-untyped-def]
    """Press at ``start``, move with the left button held, release at ``end``: real mouse events."""
    vp = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    a, b = _point(view, start), _point(view, end)
    for kind, pos, button, buttons in (
        (QEvent.Type.MouseButtonPress, a, left, left),
        (QEvent.Type.MouseMove, QPointF((a.x() + b.x()) / 2, b.y()), none, left),
        (QEvent.Type.MouseMove, b, none, left),
        (QEvent.Type.MouseButtonRelease, b, left, none),
    ):
        QApplication.sendEvent(vp, QMouseEvent(kind, pos, vp.mapToGlobal(pos), button, buttons, modifiers))


def test_a_drag_ending_mid_word_codes_whole_words(qtbot, window) -> None:
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    s = text.index("grant, and honestly")
    _drag(viewer.view, s + 2, text.index("honestly") + 3)
    assert viewer.view.textCursor().selectedText() == "grant, and honestly"  # the user sees it
    code = window.ctx.project.code_by_path("Resources")
    window.coding.apply_code(code.id)
    [coding] = window.ctx.project.codings(viewer.document_id, code_ids=[code.id])
    assert text[coding.start : coding.end] == "grant, and honestly"


def test_alt_drag_keeps_the_exact_selection(qtbot, window) -> None:
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    s = text.index("grant, and honestly")
    _drag(viewer.view, s + 2, text.index("honestly") + 3, Alt)
    assert viewer.view.selection_span() == (s + 2, text.index("honestly") + 3)


def test_snapping_can_be_turned_off(qtbot, window) -> None:
    window.ctx.settings.set_snap_to_words(False)
    window.ctx.view_settings_changed.emit()
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    s = text.index("honestly")
    _drag(viewer.view, s, s + 3)
    assert viewer.view.selection_span() == (s, s + 3)


def test_a_drag_over_the_speaker_label_starts_after_it(qtbot, window) -> None:
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    label = text.index("Det. Ortega")
    _drag(viewer.view, label + 2, text.index("We had") + 6)
    assert text[slice(*viewer.view.selection_span())] == "We had"


def test_the_selection_is_used_up_by_a_quick_key(qtbot, window) -> None:
    """Item 4: after coding with a key, clicking another code browses it and codes nothing."""
    ctx = window.ctx
    viewer = _open(window, "Interview A")
    resources = ctx.project.code_by_path("Resources")
    window.codebook.set_quick_key(resources.id, 4)
    _select(viewer, "We had a grant")
    qtbot.keyClick(viewer.view, Qt.Key.Key_4)
    assert viewer.view.selection_span() is None
    n = len(ctx.project.codings())
    other = ctx.project.code_by_path("Partnerships > Service providers")
    window.coding.click_code(other.id)
    assert len(ctx.project.codings()) == n


def test_a_project_opened_by_relative_path_is_remembered_absolutely(qtbot, settings, tmp_path, monkeypatch) -> None:
    """Item 9: `qcoder demo` opened the window with a relative path; Recent projects listed it
    twice and "(not found)" from another folder; file dialogs started in the working folder."""
    from qcoder.app import Project
    from qcoder.gui.context import AppContext

    folder = tmp_path / "projects"
    folder.mkdir()
    Project.create(folder / "demo.qcoder", name="Demo").close()
    monkeypatch.chdir(folder)
    for _ in range(2):
        context = AppContext(settings)
        context.open_project(Project.open("demo.qcoder"))
        context.close_project()
    assert settings.recent_projects() == [str((folder / "demo.qcoder").resolve())]
    assert settings.last_directory() == str(folder.resolve())
    monkeypatch.chdir(tmp_path)
    assert settings.recent_projects() == [str((folder / "demo.qcoder").resolve())]


def test_ctrl_k_without_a_selection_says_what_to_do(qtbot, window) -> None:
    """Item 10: Ctrl+K with no selection did nothing at all (the action was disabled)."""
    viewer = _open(window, "Interview A")
    viewer.view.setFocus()
    window.coding.finder_action.trigger()
    assert window.coding.finder_action.isEnabled()
    assert "Select some text first" in window.statusBar().currentMessage()


def test_ctrl_return_accepts_the_code_dialog_from_a_text_field(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    from qcoder.gui.codebook.dialogs import CodeDialog

    dialog = CodeDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()  # shortcuts of a window fire only while it is active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.name, "Victim advocates")
    edit = dialog.edits["definition"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Advocates who")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["definition"] == "Advocates who"


def test_the_view_menu_turns_word_snapping_off_and_on(qtbot, window) -> None:
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    s = text.index("honestly")
    window.snap_words_action.setChecked(False)
    assert not window.ctx.settings.snap_to_words()
    _drag(viewer.view, s, s + 3)
    assert viewer.view.selection_span() == (s, s + 3)
    window.snap_words_action.setChecked(True)
    viewer.view.select_span(0, 1)  # a press inside a selection would start dragging it
    _drag(viewer.view, s, s + 3)
    assert viewer.view.selection_span() == (s, s + len("honestly"))


def test_analysis_save_dialogs_start_next_to_the_project(qtbot, window, monkeypatch) -> None:
    """Item 9: the analysis exports offered a bare file name (the working folder)."""
    from PySide6.QtWidgets import QFileDialog

    starts: list[str] = []

    def cancel(_parent, _title, start, *_a, **_k):  # type: ignore[no-untyped-def]
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    window.analysis._ask_csv()
    window.analysis._ask_xlsx()
    folder = str(window.ctx.project.path.resolve().parent)
    assert [s.rsplit("/", 1)[0] for s in starts] == [folder, folder]

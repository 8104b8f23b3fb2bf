"""End to end: open a project in the main window, pick a document in the documents panel,
select text with the mouse, code it with a quick-code key, undo and redo — checking the
database (a fresh connection) at every step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qcoder.app import Project
from tests.gui.helpers import point_of


def _codings_in_db(path, document_id: str) -> list[tuple[str, int, int, str]]:  # type: ignore[no-untyped-def]
    with Project.open(path) as fresh:  # what is on disk, not what the window holds
        return sorted((c.code_id, c.start, c.end, c.coder_id) for c in fresh.codings(document_id))


def test_code_with_mouse_and_quick_key_then_undo_redo(qtbot, settings, project) -> None:
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow

    path = project.path
    project.close()
    settings.set_coder_name("Alice")
    settings.add_recent_project(path)
    ctx = AppContext(settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    # open the project from the start page's recent list (or the Project menu without one)
    recent = getattr(window.start_page, "recent_view", None)
    if recent is not None:
        index = recent.model().index(0, 0)
        rect = recent.visualRect(index)
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        window.open_project_path(str(path))
    qtbot.waitUntil(lambda: ctx.project is not None, timeout=5000)
    project = ctx.project
    assert "Test project" in window.windowTitle() and window.viewer.isVisible()
    doc = project.document_by_name("Interview B")
    code = project.code_by_path("Partnerships > Service providers")
    window.codebook.set_quick_key(code.id, 2)

    # open the document from the documents panel when it is there, else through the context
    panel = window.documents
    if panel is not None and hasattr(panel, "view"):
        view = panel.view
        model = view.model()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Interview B")
        rect = view.visualRect(model.index(row, 0))
        # a real double-click starts with a click (QTest's double-click event alone has no press)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: window.viewer.document_id == doc.id, timeout=3000)
    else:
        ctx.document_requested.emit(doc.id, -1, -1)
    viewer = window.viewer
    assert "Interview B" in window.windowTitle()

    # select "Some clients speak only 中文" by dragging the mouse across it
    text = viewer.state.text
    start = text.index("Some clients")
    end = start + len("Some clients speak only 中文")
    qs, qe = viewer.state.offsets.span_to_qt(start, end)
    area = viewer.view.viewport()
    qtbot.mousePress(area, Qt.MouseButton.LeftButton, pos=point_of(viewer.view, qs))
    qtbot.mouseMove(area, pos=point_of(viewer.view, qe))
    qtbot.mouseRelease(area, Qt.MouseButton.LeftButton, pos=point_of(viewer.view, qe))
    assert viewer.view.textCursor().selectedText() == "Some clients speak only 中文"
    assert viewer.view.selection_span() == (start, end)

    before = _codings_in_db(path, doc.id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)  # the text has the keyboard
    qtbot.keyClick(viewer.view, Qt.Key.Key_2)
    after = _codings_in_db(path, doc.id)
    assert sorted(set(after) - set(before)) == [(code.id, start, end, ctx.coder.id)]
    assert any(c.code_id == code.id for c in viewer.state.index.at(start))  # shown in the viewer
    qtbot.waitUntil(lambda: window.codebook.model.count(code.id) == 2)  # and counted in the codebook

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.ctx.undo_stack.undoText() == "Code selection"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _codings_in_db(path, doc.id) == before
    assert not any(c.code_id == code.id for c in viewer.state.index.at(start))

    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _codings_in_db(path, doc.id) == after
    assert any(c.code_id == code.id for c in viewer.state.index.at(start))
    qtbot.waitUntil(lambda: window.codebook.model.count(code.id) == 2)


def test_layout_persists_and_closing_never_asks(qtbot, ctx, settings, project) -> None:
    from qcoder.gui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.docks["codebook"].close()
    assert w.close()  # no "save?" question: everything is committed already
    assert ctx.project is None
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert settings.window_geometry() == w.saveGeometry()  # (offscreen screens clamp the restore)
    assert not again.docks["documents"].isVisible()  # no project open: the start page only
    ctx.open_project(Project.open(project.path))
    assert again.docks["codebook"].isHidden() and again.docks["documents"].isVisible()
    assert ctx.project.path in [p for p in map(__import__("pathlib").Path, settings.recent_projects())]

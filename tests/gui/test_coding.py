"""Coding actions through the main window: quick keys, click, finder, in-vivo, sentence /
paragraph / turn, the selected coding's memo, star, bounds and removal, and the coder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPlainTextEdit

from qcoder.gui.coding.finder import CodeFinder, matches
from tests.gui.helpers import when_modal


def _open(window, name: str):  # type: ignore[no-untyped-def]
    doc = window.ctx.project.document_by_name(name)
    window.ctx.document_requested.emit(doc.id, -1, -1)
    assert window.viewer.document_id == doc.id
    return window.viewer


def _select(viewer, phrase: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    s = viewer.state.text.index(phrase)
    viewer.view.select_span(s, s + len(phrase))
    return s, s + len(phrase)


def test_quick_key_codes_selection(qtbot, window) -> None:
    ctx = window.ctx
    project = ctx.project
    viewer = _open(window, "Interview A")
    code = project.code_by_path("Resources")
    window.codebook.set_quick_key(code.id, 4)
    span = _select(viewer, "We had a grant")
    qtbot.keyClick(viewer.view, Qt.Key.Key_4)
    [coding] = project.codings(viewer.document_id, code_ids=[code.id])
    assert (coding.start, coding.end) == span and coding.coder_id == ctx.coder.id
    assert "Coded as “Resources”" in window.statusBar().currentMessage()
    qtbot.keyClick(viewer.view, Qt.Key.Key_5)  # unbound key: a hint, no coding
    assert "No code is bound to key 5" in window.statusBar().currentMessage()


def test_click_code_codes_selection_then_clears_it(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview A")
    code = project.code_by_path("Partnerships > Service providers")
    span = _select(viewer, "Trust took years")
    tree = window.codebook.tree
    index = window.codebook.proxy.mapFromSource(window.codebook.model.index_of(code.id))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert [(c.start, c.end) for c in project.codings(viewer.document_id, code_ids=[code.id])][-1] == span
    assert viewer.view.selection_span() is None
    n = len(project.codings())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert len(project.codings()) == n  # no selection: clicking only selects the code


def test_finder_filters_and_applies(qtbot, window) -> None:
    project = window.ctx.project
    codes = project.codes()
    finder = CodeFinder(codes, project.code_paths())
    qtbot.addWidget(finder)
    qtbot.keyClicks(finder.edit, "serv")
    assert finder.list.count() == 1 and "Service providers" in finder.list.item(0).text()
    assert matches("part pros", "Partnerships > Prosecutors") is not None
    assert matches("xyz", "Partnerships") is None
    viewer = _open(window, "Interview A")
    span = _select(viewer, "honestly nobody knew")

    def pick(dialog):
        qtbot.keyClicks(dialog.edit, "pros")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    when_modal(pick)
    qtbot.keyClick(viewer.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    prosecutors = project.code_by_path("Partnerships > Prosecutors")
    assert span in [(c.start, c.end) for c in project.codings(code_ids=[prosecutors.id])]


def test_in_vivo_is_one_undo_step(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview B")
    span = _select(viewer, "Some clients speak only 中文")
    window.coding.in_vivo_action.trigger()
    code = project.code_by_path("Some clients speak only 中文")
    assert code is not None
    [coding] = project.codings(code_ids=[code.id])
    assert (coding.start, coding.end) == span
    assert window.ctx.undo_stack.undoText().startswith("In-vivo code")
    window.undo_action.trigger()
    assert project.code_by_path("Some clients speak only 中文") is None
    assert not project.codings(code_ids=[code.id])


def test_code_sentence_paragraph_turn_with_selected_code(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview A")
    code = project.code_by_path("Resources")
    window.codebook.select_code(code.id)
    text = viewer.state.text
    viewer.view.select_span(text.index("honestly") + 2, text.index("honestly") + 2)  # a cursor, no selection
    window.coding.sentence_action.trigger()
    window.coding.paragraph_action.trigger()
    window.coding.turn_action.trigger()
    got = sorted(text[c.start : c.end] for c in project.codings(code_ids=[code.id], document_id=viewer.document_id))
    assert got == sorted(
        [
            "We had a grant, and honestly nobody knew what to do with it at first.",
            "We had a grant, and honestly nobody knew what to do with it at first.",
            "We had a grant, and honestly nobody knew what to do with it at first.\n"
            "The prosecutors came in early, which helped a lot.",
        ]
    )


def test_selected_coding_memo_star_bounds_remove(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview A")
    [coding] = [c for c in project.codings(viewer.document_id) if c.coder_id == window.ctx.coder.id]
    viewer.select_coding(coding.id)
    assert window.coding.remove_action.isEnabled()

    def write(dialog):
        dialog.findChild(QPlainTextEdit).setPlainText("early buy-in")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(write)
    window.coding.memo_action.trigger()
    assert project.coding(coding.id).memo == "early buy-in"
    window.coding.star_action.trigger()
    assert project.coding(coding.id).exemplar
    text = viewer.state.text
    window.coding.extend_end.trigger()
    c = project.coding(coding.id)
    assert text[c.start : c.end] == "The prosecutors came in early, which"
    window.coding.shrink_start.trigger()
    c = project.coding(coding.id)
    assert text[c.start : c.end] == "prosecutors came in early, which"
    _select(viewer, "The prosecutors came in early, which helped a lot")
    viewer.select_coding(coding.id, select_text=False)
    window.coding.fit_action.trigger()
    c = project.coding(coding.id)
    assert text[c.start : c.end] == "The prosecutors came in early, which helped a lot"
    window.activateWindow()  # the memo dialog had the focus
    viewer.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is viewer.view)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Delete)
    assert all(x.id != coding.id for x in project.codings())
    for _ in range(6):
        window.undo_action.trigger()
    restored = project.coding(coding.id)
    assert restored.memo == "" and not restored.exemplar
    assert (restored.start, restored.end) == (coding.start, coding.end)


def test_switch_coder_records_new_coder(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview A")

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Carol")
        dialog.accept()

    when_modal(answer)
    window.coder_button.click()
    assert window.ctx.coder.name == "Carol" and "Carol" in window.coder_button.text()
    coding = window.coding.apply_code(project.code_by_path("Resources").id, _select(viewer, "Trust"))
    assert project.coding(coding.id).coder_id == project.coder_by_name("Carol").id


def test_first_run_asks_for_the_coder(qtbot, settings, project) -> None:
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow

    ctx = AppContext(settings)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    asked = []

    def answer(dialog):
        asked.append(dialog.labelText())
        dialog.setTextValue("Dana")
        dialog.accept()

    when_modal(answer)
    ctx.open_project(project)
    qtbot.waitUntil(lambda: ctx.coder is not None, timeout=3000)
    assert ctx.coder.name == "Dana" and "Who is coding" in asked[0]
    assert settings.coder_name() == "Dana"
    QApplication.processEvents()
    ctx.close_project()


def test_select_coding_at_cursor_cycles(qtbot, window) -> None:
    project = window.ctx.project
    viewer = _open(window, "Interview A")
    text = viewer.state.text
    s = text.index("prosecutors")
    other = project.add_coding(
        viewer.document_id, project.code_by_path("Resources").id, window.ctx.coder.id, s - 4, s + 40
    )
    viewer.view.select_span(s + 2, s + 2)  # a cursor inside both codings
    window.coding.pick_action.trigger()
    first = viewer.selected_coding().id
    window.coding.pick_action.trigger()
    second = viewer.selected_coding().id
    assert {first, second} == {other.id, next(c.id for c in viewer.state.index.at(s) if c.id != other.id)}
    assert "2 here" in window.statusBar().currentMessage()

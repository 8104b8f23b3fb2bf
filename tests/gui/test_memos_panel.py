"""The memo list: filters, search, editing with undo, opening what a memo is on, the menu action."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qcoder.app import memos
from qcoder.gui.memos_panel import ON, TEXT, TYPE, MemosPanel


def _panel(qtbot, ctx) -> MemosPanel:  # type: ignore[no-untyped-def]
    panel = MemosPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _fill(project) -> dict[str, str]:  # type: ignore[no-untyped-def]
    bob = project.coder_by_name("Bob")
    return {
        "journal": memos.add_memo(project, "project", "Trust is the theme of the week.", bob.id),
        "doc": memos.add_memo(project, "document:Interview A", "Ortega speaks for the task force."),
        "code": memos.add_memo(project, "code:Partnerships > Prosecutors", "Include DA offices."),
    }


def _texts(panel: MemosPanel) -> list[str]:
    return sorted(panel.model.index(r, TEXT).data() for r in range(panel.model.rowCount()))


def test_lists_and_filters_memos(qtbot, ctx, project, qtmodeltester) -> None:
    _fill(project)
    panel = _panel(qtbot, ctx)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)  # and the coding memo of the fixture
    qtmodeltester.check(panel.model)
    panel.type_box.setCurrentIndex(panel.type_box.findData("code"))
    assert _texts(panel) == ["Include DA offices."]
    assert panel.model.index(0, ON).data() == "Partnerships > Prosecutors"
    panel.type_box.setCurrentIndex(0)
    panel.author_box.setCurrentIndex(panel.author_box.findData("Bob"))
    assert _texts(panel) == ["Trust is the theme of the week."]
    panel.author_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.search_edit, "task FORCE")
    assert _texts(panel) == ["Ortega speaks for the task force."]
    assert panel.status.text() == "1 memo of 4"


def test_editing_a_memo_is_undoable(qtbot, ctx, project) -> None:
    ids = _fill(project)
    panel = _panel(qtbot, ctx)
    assert panel.select(ids["code"])
    assert panel.editor.toPlainText() == "Include DA offices."
    panel.editor.setPlainText("Include DA offices and victim advocates.")
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    code = project.code_by_path("Partnerships > Prosecutors")
    from qcoder.core.model import MemoTarget

    assert project.memo(MemoTarget.CODE, code.id) == "Include DA offices and victim advocates."
    qtbot.waitUntil(lambda: "victim advocates" in panel.model.index(panel.model.row_of(ids["code"]), TEXT).data())
    ctx.undo_stack.undo()
    assert project.memo(MemoTarget.CODE, code.id) == "Include DA offices."
    qtbot.waitUntil(lambda: panel.editor.toPlainText() == "Include DA offices.")


def test_new_journal_entry_by_the_current_coder(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    entry = panel.current_entry()
    assert entry is not None and entry.kind == "project" and entry.author == "Alice"
    assert panel.model.index(panel.model.row_of(entry.id), TYPE).data() == "Journal"
    panel.editor.setPlainText("Day one: coded Interview A.")
    panel.save()
    qtbot.waitUntil(
        lambda: [e.text for e in memos.memo_entries(project, codings=False)] == [panel.editor.toPlainText()]
    )


def test_double_click_opens_the_document_or_the_code(qtbot, ctx, project) -> None:
    ids = _fill(project)
    panel = _panel(qtbot, ctx)
    doc_row = panel.model.row_of(ids["doc"])
    pos = panel.view.visualRect(panel.model.index(doc_row, ON)).center()
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [ids["doc"], -1, -1]
    code_row = panel.model.row_of(ids["code"])
    pos = panel.view.visualRect(panel.model.index(code_row, ON)).center()
    with qtbot.waitSignal(panel.code_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [ids["code"]]
    coding = next(c for c in project.codings() if c.memo)
    coding_row = panel.model.row_of(coding.id)
    pos = panel.view.visualRect(panel.model.index(coding_row, ON)).center()
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [coding.document_id, coding.start, coding.end]


def test_menu_action_shows_the_dock_and_a_code_memo_selects_its_code(qtbot, window, project) -> None:
    ids = _fill(project)
    window.memos.reload()
    assert not window.docks["memos"].isVisible()
    window.memos_action.trigger()
    qtbot.waitUntil(lambda: window.docks["memos"].isVisible())
    window.memos.code_requested.emit(ids["code"])
    assert window.codebook.current_id() == ids["code"]


def test_a_hidden_list_reloads_when_shown(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    panel.hide()
    memos.add_memo(project, "project", "Written while the list was hidden.")
    assert panel.model.rowCount() == 1  # only the fixture's coding memo: not read while hidden
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)

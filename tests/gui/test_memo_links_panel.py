"""Memo links in the Memos dock: shown as links under the editor, opened with a click (a code in
the codebook, a document, an excerpt), a broken one says so; "Insert link" picks one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from qcoder.app import memos
from qcoder.gui.memo_links_view import MemoLinkDialog
from qcoder.gui.memos_panel import TEXT
from tests.gui.test_memos_panel import _panel


def _anchor_pos(view, n: int) -> QPoint:  # type: ignore[no-untyped-def]
    """Where the ``n``-th link of the links view is drawn."""
    doc = view.document()
    for pos in range(doc.characterCount()):
        cursor = view.textCursor()
        cursor.setPosition(pos)
        cursor.movePosition(cursor.MoveOperation.Right)
        if cursor.charFormat().anchorHref() == f"#{n}":
            cursor.setPosition(pos + 1)
            return view.cursorRect(cursor).center()
    raise AssertionError(f"no link #{n}")


def test_links_open_with_a_click(qtbot, ctx, project) -> None:
    doc = project.document_by_name("Interview A")
    coding = next(c for c in project.codings() if c.document_id == doc.id)
    code = project.code_by_path("Partnerships > Prosecutors")
    text = (
        f"See [[code:Partnerships > Prosecutors]], [[document:Interview A]], [[coding:{coding.id}]] and [[code:Gone]]."
    )
    memo_id = memos.add_memo(project, "project", text)
    panel = _panel(qtbot, ctx)
    assert panel.select(memo_id)
    view = panel.links_view
    assert view.isVisible()
    shown = view.toPlainText()
    assert "Partnerships > Prosecutors" in shown and "[[" not in shown and "code:Gone (not found)" in shown
    with qtbot.waitSignal(panel.code_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_anchor_pos(view, 0))
    assert blocker.args == [code.id]
    with qtbot.waitSignal(ctx.document_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_anchor_pos(view, 1))
    assert blocker.args == [doc.id, -1, -1]
    with qtbot.waitSignal(ctx.document_requested) as blocker:
        view.open_link(2)
    assert blocker.args == [doc.id, coding.start, coding.end]
    with qtbot.waitSignal(panel.message) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_anchor_pos(view, 3))
    assert "code:Gone" in blocker.args[0]
    # deleting what a link points to breaks it, without an error
    project.remove_codings([coding.id])
    panel.reload()
    assert panel.select(memo_id) and view.toPlainText().count("(not found)") == 2


def test_insert_link(qtbot, ctx, project) -> None:
    memo_id = memos.add_memo(project, "project", "Start.")
    panel = _panel(qtbot, ctx)
    panel.select(memo_id)
    assert not panel.links_view.isVisible() and panel.link_button.isEnabled()
    dialog = MemoLinkDialog(project, panel)
    qtbot.addWidget(dialog)
    assert dialog.choices.count() == 4  # the codes
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("coding"))
    assert dialog.choices.count() == 3
    qtbot.keyClicks(dialog.filter_edit, "SMALL safe")
    assert "It is small" in dialog.choices.currentItem().text()
    coding = next(c for c in project.codings() if c.memo)
    assert dialog.markup() == f"[[coding:{coding.id}]]"
    qtbot.keyClicks(dialog.filter_edit, "no such thing")
    assert dialog.markup() == ""
    cursor = panel.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    panel.editor.setTextCursor(cursor)
    panel.insert_markup(f" [[coding:{coding.id}]]")
    assert panel.links_view.isVisible() and "Interview B [56-78] Resources" in panel.links_view.toPlainText()
    panel.save_button.click()
    entry = next(e for e in memos.memo_entries(project) if e.id == memo_id)
    assert entry.text == f"Start. [[coding:{coding.id}]]"
    assert panel.model.index(panel.model.row_of(memo_id), TEXT).data() == entry.text

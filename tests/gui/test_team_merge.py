"""Merge dialog: preview of a coder copy made with ``handout``, merge as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from qcoder.app import Project
from qcoder.app.merge import handout
from qcoder.gui.team.merge_dialog import CHOOSE, DONE, PREVIEW, MergeDialog


def _coder_copy(project: Project, tmp_path: Path) -> Path:
    """A hand-out for Carol, coded by Carol (one coding and one new code)."""
    path = tmp_path / "carol.qcoder"
    handout(project, "Carol", [d.id for d in project.documents()], path)
    with Project.open(path) as copy:
        carol = copy.coder_by_name("Carol")
        doc = copy.document_by_name("Interview A")
        text = copy.document(doc.id).text
        s = text.index("Trust took years")
        code = copy.create_code("Trust", definition="Trust between partners")
        copy.add_coding(doc.id, code.id, carol.id, s, s + len("Trust took years"))
        prosecutors = copy.code_by_path("Partnerships > Prosecutors")
        assert prosecutors is not None
        copy.add_coding(doc.id, prosecutors.id, carol.id, 0, 10)
    return path


def test_preview_then_merge_then_undo(qtbot, ctx, project, tmp_path) -> None:
    copy = _coder_copy(project, tmp_path)
    before = len(project.codings())
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.preview_button.isEnabled()
    dialog.add_paths([copy])
    assert dialog.preview_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PREVIEW
    lines = [line.strip() for line in dialog.tree.lines()]
    assert "Codes: 1 new, 4 already here" in lines
    assert "New: Trust" in lines
    assert "Codings: 2 new" in lines
    assert "Documents: 0 new, 2 matched by text" in lines
    assert "Coders: 0 new, 1 already here" in lines
    assert "carol.qcoder" in dialog.preview_summary.text() and "2 codings" in dialog.preview_summary.text()
    assert len(project.codings()) == before  # the preview writes nothing

    steps = ctx.undo_stack.count()
    with qtbot.waitSignal(dialog.merge_finished, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is not None
    assert dialog.pages.currentIndex() == DONE
    carol = project.coder_by_name("Carol")
    assert carol is not None
    mine = project.codings(coder_ids=[carol.id])
    assert sorted(c.end - c.start for c in mine) == [10, len("Trust took years")]
    assert project.code_by_path("Trust") is not None
    assert [e[3] for e in project.audit_log()] == ["merge"] and project.audit_log()[0][2] == "Alice"

    # one merge = one undo step on the window's stack
    assert ctx.undo_stack.count() == steps + 1
    assert ctx.undo_stack.undoText() == "Merge carol.qcoder"
    assert project.history is ctx.history
    ctx.undo_stack.undo()
    assert project.codings(coder_ids=[carol.id]) == [] and project.code_by_path("Trust") is None
    assert project.audit_log() == []
    ctx.undo_stack.redo()
    assert len(project.codings(coder_ids=[carol.id])) == 2


def test_merging_twice_offers_nothing_and_unreadable_files_are_named(qtbot, ctx, project, tmp_path) -> None:
    copy = _coder_copy(project, tmp_path)
    broken = tmp_path / "broken.qcodings"
    broken.write_bytes(b"not gzip at all")
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([copy])
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.start_preview()
    with qtbot.waitSignal(dialog.merge_finished, timeout=30000):
        dialog.start_merge()

    again = MergeDialog(ctx)
    qtbot.addWidget(again)
    again.add_paths([copy, broken])
    with qtbot.waitSignal(again.preview_ready, timeout=30000):
        qtbot.mouseClick(again.preview_button, Qt.MouseButton.LeftButton)
    summary = again.preview_summary.text()
    assert "nothing new (2 codings already here)" in summary
    assert "broken.qcodings" in summary and "not a readable qcoder codings file" in summary
    assert not again.merge_button.isEnabled() and again.merge_button.text() == "Nothing to merge"
    again.show()
    # back to the file list
    back = next(b for b in again.preview_buttons.buttons() if b.text() == "Back")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert again.pages.currentIndex() == CHOOSE

"""Hand out a copy to a coder from the dialog; the coder exports their codings; the lead
merges the .qcodings file back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from qcoder.app import Project
from qcoder.gui.settings import Settings
from qcoder.gui.team.actions import TeamActions
from qcoder.gui.team.handout_dialog import DONE, HandoutDialog
from qcoder.gui.team.merge_dialog import MergeDialog


def test_handout_dialog_then_codings_file_back(qtbot, ctx, project, tmp_path) -> None:
    from qcoder.gui.style import apply_style

    apply_style(QApplication.instance())  # type: ignore[arg-type]
    dialog = HandoutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.coder_box.lineEdit(), "Carol")
    assert dialog.path_edit.text().endswith("Test project - Carol.qcoder")  # suggested
    copy = tmp_path / "carol.qcoder"
    dialog.set_path(copy)
    dialog.set_documents(["Interview A"])
    assert dialog.create_button.text() == "Create copy with 1 document"
    with qtbot.waitSignal(dialog.handout_finished, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == copy and dialog.pages.currentIndex() == DONE
    assert "carol.qcoder" in dialog.done_label.text()
    carol = project.coder_by_name("Carol")
    assert carol is not None
    doc_a = project.document_by_name("Interview A")
    assert project.assignments()[carol.id] == {doc_a.id}
    assert ctx.undo_stack.undoText() == "Hand out to Carol"

    # Carol codes in her copy and exports her codings from her own window
    with Project.open(copy) as theirs:
        assert [d.name for d in theirs.documents()] == ["Interview A"]
        me = theirs.coder_by_name("Carol")
        assert me is not None
        doc = theirs.documents()[0]
        code = theirs.code_by_path("Resources")
        assert code is not None
        theirs.add_coding(doc.id, code.id, me.id, 3, 15)
    from qcoder.gui.context import AppContext

    carol_ctx = AppContext(Settings.at(tmp_path / "carol.ini"))
    carol_ctx.settings.set_coder_name("Carol")
    carol_ctx.open_project(Project.open(copy))
    window = QWidget()
    qtbot.addWidget(window)
    actions = TeamActions(carol_ctx, window)
    assert actions.export_codings_action.isEnabled()
    out = tmp_path / "carol.qcodings"
    with qtbot.waitSignal(actions.finished, timeout=30000) as blocker:
        actions.export_my_codings(out)
    assert blocker.args[0] == out
    assert actions.last_box is not None and actions.last_box.text().startswith("Wrote 1 coding to carol.qcodings.")
    actions.last_box.close()
    carol_ctx.close_project()

    merge = MergeDialog(ctx)
    qtbot.addWidget(merge)
    merge.add_paths([out])
    with qtbot.waitSignal(merge.preview_ready, timeout=30000):
        qtbot.mouseClick(merge.preview_button, Qt.MouseButton.LeftButton)
    assert "Codings: 1 new" in [line.strip() for line in merge.tree.lines()]
    with qtbot.waitSignal(merge.merge_finished, timeout=30000):
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    assert [(c.start, c.end) for c in project.codings(coder_ids=[carol.id])] == [(3, 15)]


def test_existing_file_is_refused(qtbot, ctx, tmp_path: Path) -> None:
    existing = tmp_path / "taken.qcoder"
    existing.write_bytes(b"")
    dialog = HandoutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_coder("Dan")
    dialog.set_path(existing)
    assert dialog.start_handout() is None
    assert dialog.form_message.text() == "taken.qcoder already exists. Choose another file name."

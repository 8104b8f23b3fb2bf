"""Document, code and participant memos written where those are shown: the code dialog's memo
field (beside the definition), the documents list's Memo…, the participants tab's Memo…; each
save one undo step, and the memo list shows what was written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from qcoder.core.model import MemoTarget
from qcoder.gui.attributes_editor import AttributesEditor
from qcoder.gui.codebook.panel import CodebookPanel
from qcoder.gui.documents_panel import DocumentsPanel
from qcoder.gui.memo_dialog import MemoDialog
from tests.gui.helpers import when_modal


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_code_memo_beside_the_definition_one_undo_step(qtbot, ctx) -> None:
    project = ctx.project
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)
    code = project.code_by_path("Partnerships > Prosecutors")

    def edit(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.memo is not None and dialog.memo.toPlainText() == ""
        dialog.edits["definition"].setPlainText("Prosecutors as partners.")
        qtbot.keyClicks(dialog.memo, "Split DA and AUSA?")
        _ok(dialog)

    when_modal(edit)
    panel.edit_code(code.id)
    assert project.memo(MemoTarget.CODE, code.id) == "Split DA and AUSA?"
    assert project.code(code.id).definition == "Prosecutors as partners."
    assert ctx.undo_stack.count() == 1  # definition and memo: one step
    ctx.undo_stack.undo()
    assert project.memo(MemoTarget.CODE, code.id) == ""
    assert project.code(code.id).definition == "Talk about prosecutors."

    def memo_only(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.memo.setPlainText("Only the memo.")
        _ok(dialog)

    when_modal(memo_only)
    panel.edit_code(code.id)
    assert project.memo(MemoTarget.CODE, code.id) == "Only the memo."
    assert ctx.undo_stack.undoText() == "Edit memo"

    def shows_it(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append((dialog.memo.toPlainText(), dialog.memo.toolTip()))
        dialog.reject()

    seen: list[tuple[str, str]] = []
    when_modal(shows_it)
    panel.edit_code(code.id)
    assert seen[0][0] == "Only the memo." and seen[0][1].startswith("Last written by Alice")


def test_new_code_with_a_memo(qtbot, ctx) -> None:
    project = ctx.project
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.name, "Trust")
        qtbot.keyClicks(dialog.memo, "Came up in every site.")
        _ok(dialog)

    when_modal(fill)
    panel.new_action.trigger()
    trust = project.code_by_path("Trust")
    assert trust is not None and project.memo(MemoTarget.CODE, trust.id) == "Came up in every site."
    ctx.undo_stack.undo()
    assert project.code_by_path("Trust") is None and all(m.target_kind is not MemoTarget.CODE for m in project.memos())


def test_document_memo_from_the_documents_list(qtbot, ctx) -> None:
    project = ctx.project
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    doc = next(d for d in project.documents() if d.name == "Interview A")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.select_document(doc.id)

    def write(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, MemoDialog) and "Interview A" in dialog.windowTitle()
        qtbot.keyClicks(dialog.editor, "Ortega was guarded at first.")
        _save(dialog)

    when_modal(write)
    panel.memo_action.trigger()
    assert project.memo(MemoTarget.DOCUMENT, doc.id) == "Ortega was guarded at first."
    ctx.undo_stack.undo()
    assert project.memo(MemoTarget.DOCUMENT, doc.id) == ""


def test_participant_memo_from_the_attributes_editor(qtbot, ctx) -> None:
    project = ctx.project
    person = project.add_participant("Det. Ortega")
    editor = AttributesEditor(ctx)
    qtbot.addWidget(editor)
    table = editor.participants
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert not table.memo_button.isEnabled()  # nobody selected
    table.view.setCurrentIndex(table.model.index(0, 0))
    assert table.memo_button.isEnabled()

    def write(dialog) -> None:  # type: ignore[no-untyped-def]
        assert "Det. Ortega" in dialog.windowTitle()
        dialog.editor.setPlainText("Key informant for Harbor City.")
        _save(dialog)

    when_modal(write)
    table.memo_button.click()
    assert project.memo(MemoTarget.PARTICIPANT, person.id) == "Key informant for Harbor City."


def test_ctrl_return_saves_the_memo(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QApplication

    doc = ctx.project.documents()[0]
    dialog = MemoDialog(ctx, MemoTarget.DOCUMENT, doc.id, doc.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()  # shortcuts of a window fire only while it is active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.editor, "Two lines")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.save() and ctx.project.memo(MemoTarget.DOCUMENT, doc.id) == "Two lines"

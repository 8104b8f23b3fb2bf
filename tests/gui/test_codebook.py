"""The codebook panel and its tree model (pytest-qt model tester, change sets, drag and drop)."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from qcoder.gui.codebook.model import CODE_MIME, COL_COUNT, COL_KEY, CodebookModel
from qcoder.gui.codebook.panel import CodebookPanel
from tests.gui.helpers import when_modal


def _tree(model: CodebookModel, parent: QModelIndex | None = None, depth: int = 0) -> list[str]:
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append("  " * depth + index.data())
        out += _tree(model, index, depth + 1)
    return out


def _check_again(model, config) -> None:  # type: ignore[no-untyped-def]
    from pytestqt.modeltest import ModelTester

    tester = ModelTester(config)
    tester.check(model, force_py=True)
    tester._cleanup()


def test_model_passes_model_tester_through_changes(qtmodeltester, qtbot, ctx, pytestconfig) -> None:
    model = CodebookModel(ctx)
    # the tester stays connected: every insert/remove/change below is checked as it happens
    qtmodeltester.check(model, force_py=True)
    assert _tree(model) == ["Partnerships", "  Prosecutors", "  Service providers", "Resources"]
    project = ctx.project
    partners = project.code_by_path("Partnerships")
    resources = project.code_by_path("Resources")
    funding = project.create_code("Funding", resources.id)
    project.update_code(funding.id, name="Grants")
    project.move_code(resources.id, partners.id)
    assert _tree(model) == ["Partnerships", "  Prosecutors", "  Service providers", "  Resources", "    Grants"]
    project.merge_codes(project.code_by_path("Partnerships > Prosecutors").id, partners.id)
    project.delete_code(project.code_by_path("Partnerships > Service providers").id)
    assert _tree(model) == ["Partnerships", "  Resources", "    Grants"]
    _check_again(model, pytestconfig)
    for _ in range(5):
        project.undo()
    assert _tree(model) == ["Partnerships", "  Prosecutors", "  Service providers", "Resources"]
    _check_again(model, pytestconfig)
    model.refresh_counts()
    assert model.index(0, COL_COUNT, model.index(0, 0)).data() == "1"


def test_counts_keys_and_tooltips(qtbot, ctx) -> None:
    model = CodebookModel(ctx)
    project = ctx.project
    resources = project.code_by_path("Resources")
    index = model.index_of(resources.id)
    assert "Talk about resources." in index.data(Qt.ItemDataRole.ToolTipRole)
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append(model.code_id(a)))
    doc = project.document_by_name("Interview A")
    project.add_coding(doc.id, resources.id, ctx.coder.id, 0, 5)
    qtbot.waitUntil(lambda: model.index_of(resources.id, COL_COUNT).data() == "2")  # counts follow the repaint
    assert changed == [resources.id]  # only that row
    ctx.settings.set_quick_codes(ctx.project_id, {3: resources.id})
    ctx.view_settings_changed.emit()
    assert model.index_of(resources.id, COL_KEY).data() == "3"


def test_rename_in_place_is_undoable(qtbot, ctx) -> None:
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)
    project = ctx.project
    code = project.code_by_path("Resources")
    index = panel.model.index_of(code.id)
    assert panel.model.setData(index, "Money and staff")
    assert project.code(code.id).name == "Money and staff"
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    assert not panel.model.setData(panel.model.index_of(code.id), "Partnerships")  # duplicate sibling
    assert shown and "already a code called “Partnerships”" in shown[0]
    project.undo()
    assert project.code(code.id).name == "Resources"


def test_drop_code_onto_code_moves_it(ctx) -> None:
    model = CodebookModel(ctx)
    project = ctx.project
    resources = project.code_by_path("Resources")
    partners = project.code_by_path("Partnerships")
    mime = model.mimeData([model.index_of(resources.id)])
    assert json.loads(bytes(mime.data(CODE_MIME).data())) == [resources.id]
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index_of(partners.id))
    assert project.code(resources.id).parent_id == partners.id
    errors = []
    model.error.connect(errors.append)
    cycle = model.mimeData([model.index_of(partners.id)])
    model.dropMimeData(cycle, Qt.DropAction.MoveAction, -1, -1, model.index_of(resources.id))
    assert errors and "subcodes" in errors[0]


def test_drop_between_codes_reorders_in_one_undo_step(ctx) -> None:
    model = CodebookModel(ctx)
    project = ctx.project
    resources = project.code_by_path("Resources")
    partners = project.code_by_path("Partnerships")
    mime = model.mimeData([model.index_of(resources.id)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index_of(partners.id))  # between the two
    assert _tree(model) == ["Partnerships", "  Prosecutors", "  Resources", "  Service providers"]
    provider = project.code_by_path("Partnerships > Service providers")
    model.dropMimeData(
        model.mimeData([model.index_of(provider.id)]), Qt.DropAction.MoveAction, 0, 0, model.index_of(partners.id)
    )  # first
    assert _tree(model) == ["Partnerships", "  Service providers", "  Prosecutors", "  Resources"]
    project.undo()
    project.undo()
    assert _tree(model) == ["Partnerships", "  Prosecutors", "  Service providers", "Resources"]


def test_span_dropped_on_code_is_announced(ctx) -> None:
    from qcoder.gui.viewer.text_view import SPAN_MIME

    model = CodebookModel(ctx)
    got = []
    model.span_dropped.connect(lambda *a: got.append(a))
    mime = QMimeData()
    mime.setData(SPAN_MIME, json.dumps({"document_id": "d1", "start": 3, "end": 9}).encode())
    code = ctx.project.code_by_path("Resources")
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index_of(code.id))
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index_of(code.id))
    assert got == [(code.id, "d1", 3, 9)]


def test_delete_confirmation_counts_codings(qtbot, ctx) -> None:
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)
    project = ctx.project
    partners = project.code_by_path("Partnerships")
    panel.select_code(partners.id)
    seen = []

    def confirm(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm)
    panel.delete_action.trigger()
    assert "2 subcodes" in seen[0] and "2 codings will be removed" in seen[0]
    assert project.code_by_path("Partnerships") is None and len(project.codings()) == 1
    project.undo()
    assert len(project.codings()) == 3 and panel.model.rowCount() == 2
    qtbot.waitUntil(lambda: panel.model.count(partners.id) == 0 and len(panel.model._counts) == 3)


def test_new_code_dialog_and_merge_finder(qtbot, ctx) -> None:
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)
    project = ctx.project

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Trust")
        qtbot.keyClicks(dialog.edits["definition"], "Confidence between partners.")
        dialog.set_color("#123456")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    panel.new_action.trigger()
    trust = project.code_by_path("Trust")
    assert trust is not None and trust.definition == "Confidence between partners." and trust.color == "#123456"
    assert ctx.undo_stack.undoText() == "New code Trust"

    def choose(finder):
        qtbot.keyClicks(finder.edit, "resou")
        qtbot.keyClick(finder.edit, Qt.Key.Key_Return)

    when_modal(choose)
    panel.merge_code(trust.id)
    assert project.code_by_path("Trust") is None
    project.undo()
    assert project.code_by_path("Trust") is not None


def test_duplicate_name_is_reported_not_recursed(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from qcoder.core.errors import DuplicateName
    from qcoder.gui.codebook.panel import CodebookPanel

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    panel = CodebookPanel(ctx)
    qtbot.addWidget(panel)
    panel._fail(DuplicateName("code", "Trust"))
    assert len(shown) == 1 and "Trust" in shown[0]

"""Attributes editor: typed in-place editing, spreadsheet paste as one undo step, columns."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit

from qcoder.core.model import AttributeScope, AttributeType
from qcoder.gui.attributes_editor import AttributesEditor
from qcoder.gui.attributes_model import AttributeValuesModel, format_block, parse_block


def _values(project) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    return {d.name: dict(d.attributes) for d in project.documents()}


def _setup(project) -> None:  # type: ignore[no-untyped-def]
    project.define_attribute("site", AttributeType.CATEGORY, allowed=("Harbor City", "Pine Valley"))
    project.define_attribute("interviews", AttributeType.NUMBER)
    project.define_attribute("interview_date", AttributeType.DATE)


def _editor(qtbot, ctx) -> AttributesEditor:  # type: ignore[no-untyped-def]
    editor = AttributesEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_parse_and_format_spreadsheet_blocks() -> None:
    assert parse_block("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_block('"two\nlines"\tx\n') == [["two\nlines", "x"]]
    assert parse_block("") == []
    assert parse_block(format_block([["1", "a\tb"], ["", "z"]])) == [["1", "a\tb"], ["", "z"]]


def test_models_pass_modeltester(ctx, project, qtmodeltester) -> None:
    _setup(project)
    project.add_participant("Luis Ortega", {"stakeholder_group": "law enforcement"})
    for scope in AttributeScope:
        model = AttributeValuesModel(ctx, scope)
        assert model.rowCount() == (2 if scope is AttributeScope.DOCUMENT else 1)
        qtmodeltester.check(model)


def test_category_cell_edits_with_a_combo_of_allowed_values(qtbot, ctx, project) -> None:
    _setup(project)
    editor = _editor(qtbot, ctx)
    table = editor.documents
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
    assert headers == ["Document", "Site", "Interviews", "Interview date"]
    index = table.model.index(0, 1)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    combo = table.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Harbor City", "Pine Valley"]
    combo.setCurrentIndex(2)
    table.view.commitData(combo)
    assert _values(project)["Interview A"] == {"site": "Pine Valley"}
    assert table.model.index(0, 1).data() == "Pine Valley"


def test_number_and_date_cells_are_validated(qtbot, ctx, project) -> None:
    _setup(project)
    editor = _editor(qtbot, ctx)
    table = editor.documents
    index = table.model.index(0, 2)
    table.view.edit(index)
    line = table.view.indexWidget(index)
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "4x2")  # the validator refuses the letter
    assert line.text() == "42"
    table.view.commitData(line)
    assert _values(project)["Interview A"]["interviews"] == "42"
    before = ctx.undo_stack.count()
    assert not table.model.setData(table.model.index(1, 3), "next tuesday")
    assert "not a date" in table.status.text()
    assert ctx.undo_stack.count() == before
    assert table.model.setData(table.model.index(1, 3), "03/16/2021")
    assert _values(project)["Interview B"]["interview_date"] == "2021-03-16"


def test_pasting_a_2x2_block_is_one_undo_step(qtbot, ctx, project) -> None:
    _setup(project)
    project.set_attributes(AttributeScope.DOCUMENT, {project.documents()[0].id: {"site": "Harbor City"}})
    ctx.undo_stack.clear()
    editor = _editor(qtbot, ctx)
    view = editor.documents.view
    view.selectionModel().setCurrentIndex(view.model().index(0, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QGuiApplication.clipboard().setText("Pine Valley\t12\r\nHarbor City\t3\r\n")
    qtbot.keySequence(view, QKeySequence.StandardKey.Paste)
    assert _values(project) == {
        "Interview A": {"site": "Pine Valley", "interviews": "12"},
        "Interview B": {"site": "Harbor City", "interviews": "3"},
    }
    assert ctx.undo_stack.count() == 1
    assert editor.documents.status.text() == "Pasted 4 values."
    ctx.undo_stack.undo()
    assert _values(project) == {"Interview A": {"site": "Harbor City"}, "Interview B": {}}
    ctx.undo_stack.redo()
    assert _values(project)["Interview B"] == {"site": "Harbor City", "interviews": "3"}


def test_a_bad_value_refuses_the_whole_paste(qtbot, ctx, project) -> None:
    _setup(project)
    ctx.undo_stack.clear()
    editor = _editor(qtbot, ctx)
    view = editor.documents.view
    view.selectionModel().setCurrentIndex(view.model().index(0, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert editor.documents.paste("7\nlots") == 0
    assert "not a number" in editor.documents.status.text()
    assert _values(project) == {"Interview A": {}, "Interview B": {}}
    assert ctx.undo_stack.count() == 0
    # pasting past the last row or onto the name column leaves those cells out
    view.selectionModel().setCurrentIndex(view.model().index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert editor.documents.paste("ignored\tHarbor City\t5\nno row\tPine Valley\t6") == 2
    assert _values(project)["Interview B"] == {"site": "Harbor City", "interviews": "5"}
    assert "4 values did not fit" in editor.documents.status.text()


def test_copy_and_clear_cells(qtbot, ctx, project) -> None:
    _setup(project)
    a, b = project.documents()
    project.set_attributes(
        AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City", "interviews": "2"}, b.id: {"site": "Pine Valley"}}
    )
    editor = _editor(qtbot, ctx)
    view = editor.documents.view
    view.selectAll()
    assert parse_block(view.copy_text()) == [
        ["Interview A", "Harbor City", "2", ""],
        ["Interview B", "Pine Valley", "", ""],
    ]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _values(project) == {"Interview A": {}, "Interview B": {}}


def test_add_attribute_and_participants_tab(qtbot, ctx, project) -> None:
    editor = _editor(qtbot, ctx)
    table = editor.documents
    assert table.model.columnCount() == 1
    attribute = table.add_attribute("stakeholder_group", AttributeType.CATEGORY, ["law enforcement", "prosecutor"])
    assert attribute is not None
    assert table.model.columnCount() == 2
    assert table.model.headerData(1, Qt.Orientation.Horizontal) == "Stakeholder group"
    assert table.add_attribute("stakeholder_group", AttributeType.TEXT) is None  # duplicate name
    assert table.status.text()
    people = editor.participants
    project.add_participant("Luis Ortega", {"stakeholder_group": "law enforcement", "years": "12"})
    assert people.model.rowCount() == 1
    assert [people.model.headerData(c, Qt.Orientation.Horizontal) for c in range(people.model.columnCount())] == [
        "Participant",
        "Stakeholder group",
        "Years",
    ]
    assert people.model.setData(people.model.index(0, 2), "13")
    assert project.participants()[0].attributes["years"] == "13"


def test_editor_opens_on_the_documents_chosen_in_the_panel(qtbot, ctx, project) -> None:
    b = next(d for d in project.documents() if d.name == "Interview B")
    editor = AttributesEditor(ctx, select_ids=[b.id])
    qtbot.addWidget(editor)
    rows = {i.row() for i in editor.documents.view.selectionModel().selectedRows()}
    assert rows == {editor.documents.model.row_of(b.id)}

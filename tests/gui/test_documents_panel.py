"""Documents panel: the table over document records, filter, sort, precise updates, menu actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qcoder.core.model import AttributeScope
from qcoder.gui.documents_panel import DocumentsModel, DocumentsPanel
from qcoder.gui.record_model import ID_ROLE


def _by_name(model: DocumentsModel) -> dict[str, int]:
    return {model.record(r).name: r for r in range(model.rowCount())}


def _cell(model: DocumentsModel, name: str, key: str) -> str:
    return str(model.index(_by_name(model)[name], model.column_of(key)).data())


def test_model_passes_modeltester(ctx, qtmodeltester) -> None:
    ctx.project.set_attributes(AttributeScope.DOCUMENT, {ctx.project.documents()[0].id: {"site": "Harbor City"}})
    model = DocumentsModel(ctx)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    panel = DocumentsPanel(ctx)
    panel.filter_edit.setText("interview")
    qtmodeltester.check(panel.proxy)  # the filter/sort proxy too
    panel.deleteLater()


def test_columns_show_names_attributes_speakers_counts(ctx, project) -> None:
    a, b = project.documents()
    project.set_attributes(
        AttributeScope.DOCUMENT,
        {
            a.id: {"site": "Harbor City", "stakeholder_group": "law enforcement"},
            b.id: {"site": "Pine Valley", "stakeholder_group": "victim service provider"},
        },
    )
    model = DocumentsModel(ctx)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Document", "Site", "Stakeholder group", "Speakers", "Codings", "Characters", "Format"]
    assert _cell(model, "Interview A", "attr:site") == "Harbor City"
    assert _cell(model, "Interview B", "attr:stakeholder_group") == "victim service provider"
    assert _cell(model, "Interview A", "codings") == "2"
    assert _cell(model, "Interview B", "codings") == "1"
    assert _cell(model, "Interview B", "chars") == f"{len(project.document(b.id).text):,}"
    assert _cell(model, "Interview B", "speakers") == "Advocate, Interviewer"
    assert _cell(model, "Interview A", "format") == "TXT"


def test_filter_over_all_columns_and_numeric_sort(qtbot, ctx, project) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.count_label.text() == "2 documents"
    qtbot.keyClicks(panel.filter_edit, "advocate")  # a speaker of Interview B only
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Interview B"
    assert panel.count_label.text() == "1 of 2 documents"
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == 2
    # three more codings in B: sorting by the Codings column is numeric (4 > 2), not textual
    b = next(d for d in project.documents() if d.name == "Interview B")
    code = project.codes()[0]
    for start in (0, 5, 10):
        project.add_coding(b.id, code.id, ctx.coder.id, start, start + 3)
    col = panel.model.column_of("codings")
    panel.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(2)] == ["Interview B", "Interview A"]
    panel.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(2)] == ["Interview A", "Interview B"]


def test_filter_follows_a_changed_row(qtbot, ctx, project) -> None:
    # row texts are kept between keystrokes: a renamed document must be found by its new name
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.filter_edit, "Renamed")
    assert panel.proxy.rowCount() == 0
    a = next(d for d in project.documents() if d.name == "Interview A")
    project.rename_document(a.id, "Renamed A")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.proxy.index(0, 0).data() == "Renamed A"
    qtbot.keyClicks(panel.filter_edit, " a")  # "Renamed a": case does not matter
    assert panel.proxy.rowCount() == 1
    project.rename_document(a.id, "Interview A")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)


def test_updates_follow_change_sets_precisely(qtbot, ctx, project) -> None:
    model = DocumentsModel(ctx)
    resets: list[int] = []
    changed: list[tuple[int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda tl, br, roles=(): changed.append((tl.row(), tl.column(), br.column())))
    a = next(d for d in project.documents() if d.name == "Interview A")
    row_a = model.row_of(a.id)
    code = project.codes()[0]
    project.add_coding(a.id, code.id, ctx.coder.id, 0, 11)
    assert _cell(model, "Interview A", "codings") == "3"
    assert changed and all(r == row_a for r, _, _ in changed)  # only A's row was signalled
    project.rename_document(a.id, "Ortega interview")
    assert model.record(row_a).name == "Ortega interview"
    assert not resets
    # a new attribute is a new column (the only case that resets the table)
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}})
    assert model.attribute_names() == ["site"]
    assert _cell(model, "Ortega interview", "attr:site") == "Harbor City"
    # delete and undo: a row removed, then inserted
    removed: list[int] = []
    inserted: list[int] = []
    model.rowsRemoved.connect(lambda parent, first, last: removed.append(first))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    project.delete_document(a.id)
    assert model.rowCount() == 1 and removed
    ctx.undo_stack.undo()
    assert model.rowCount() == 2 and inserted
    assert model.record(model.row_of(a.id)).codings == 3


def test_double_click_activates_a_document(qtbot, ctx, project) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    index = panel.proxy.index(1, 1)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.document_activated, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [index.data(ID_ROLE)]


def test_rename_in_place_and_delete_with_confirmation(qtbot, ctx, project, monkeypatch) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    a = next(d for d in project.documents() if d.name == "Interview A")
    index = panel.model.index(panel.model.row_of(a.id), 0)
    assert panel.model.setData(index, "  Ortega  ")
    assert project.document_info(a.id).name == "Ortega"
    errors: list[str] = []
    panel.model.error.connect(errors.append)
    assert not panel.model.setData(index, "   ")
    assert errors and "name" in errors[0]

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not panel.delete_documents([a.id])
    assert len(project.documents()) == 2
    assert panel.delete_documents([a.id])
    assert "“Ortega” and 2 codings" in asked[0]
    assert [d.name for d in project.documents()] == ["Interview B"]
    assert panel.model.rowCount() == 1
    ctx.undo_stack.undo()
    assert len(project.documents()) == 2 and panel.model.rowCount() == 2


def test_deleting_several_documents_is_one_undo_step(qtbot, ctx, project) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.view.selectAll()
    ids = panel.selected_ids()
    assert len(ids) == 2
    before = ctx.undo_stack.count()
    assert panel.delete_documents(ids, confirm=False)
    assert project.documents() == [] and panel.count_label.text().startswith("No documents")
    assert ctx.undo_stack.count() == before + 1
    ctx.undo_stack.undo()
    assert len(project.documents()) == 2


def test_removed_codings_are_recounted_after_a_pause(qtbot, ctx, project) -> None:
    model = DocumentsModel(ctx)
    a = next(d for d in project.documents() if d.name == "Interview A")
    assert _cell(model, "Interview A", "codings") == "2"
    project.remove_codings([project.codings(document_id=a.id)[0].id])
    # the change set names the coding, not its document: the list is re-read once things are calm
    qtbot.waitUntil(lambda: _cell(model, "Interview A", "codings") == "1", timeout=3000)
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: _cell(model, "Interview A", "codings") == "2", timeout=3000)


def test_sorted_rows_move_when_their_count_changes(qtbot, ctx, project) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    col = panel.model.column_of("codings")
    panel.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert [panel.proxy.index(r, 0).data() for r in range(2)] == ["Interview A", "Interview B"]
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    b = next(d for d in project.documents() if d.name == "Interview B")
    code = project.codes()[0]
    for start in (0, 5):
        project.add_coding(b.id, code.id, ctx.coder.id, start, start + 3)
    assert [panel.proxy.index(r, 0).data() for r in range(2)] == ["Interview B", "Interview A"]
    assert not resets


def test_filter_row_text_is_every_cell_as_shown(ctx, project) -> None:
    """The filter searches a cached text per row: it must be the cells as the table shows them."""
    a, b = project.documents()
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}, b.id: {"site": "Pine Valley"}})
    model = DocumentsModel(ctx)
    for row in range(model.rowCount()):
        cells = [str(model.index(row, c).data()) for c in range(model.columnCount())]
        assert model.haystack(row) == "\n".join(cells).casefold()


def test_typed_filter_follows_renames_counts_and_new_columns(qtbot, ctx, project) -> None:
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    a = next(d for d in project.documents() if d.name == "Interview A")
    b = next(d for d in project.documents() if d.name == "Interview B")
    qtbot.keyClicks(panel.filter_edit, "HARBOR")  # case-insensitive
    assert panel.proxy.rowCount() == 0 and panel.count_label.text() == "0 of 2 documents"
    # a new attribute column is searched too (the row texts are built anew)
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}})
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.proxy.index(0, 0).data() == "Interview A"
    # a renamed document that now matches appears; one that no longer matches goes
    project.rename_document(b.id, "Harbor notes")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    assert panel.count_label.text() == "2 documents"
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Pine Valley"}})
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.proxy.index(0, 0).data() == "Harbor notes"
    # the other columns as shown: the format column reads "TXT"
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "TXT")
    assert panel.proxy.rowCount() == 2
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == 2 and panel.count_label.text() == "2 documents"


def test_a_few_changed_documents_are_re_read_alone(qtbot, ctx, project, monkeypatch) -> None:
    """A rename, an attribute value, a deletion and its undo re-read the documents they name,
    not the whole list (10,000 documents take a quarter of a second to read)."""
    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    model = panel.model
    a = next(d for d in project.documents() if d.name == "Interview A")
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}})  # a new column
    whole: list[int] = []
    read_all = project.documents
    monkeypatch.setattr(project, "documents", lambda: whole.append(1) or read_all())
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    project.rename_document(a.id, "Ortega interview")
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Pine Valley"}})
    assert _cell(model, "Ortega interview", "attr:site") == "Pine Valley"
    project.delete_document(a.id)
    assert model.rowCount() == 1 and model.row_of(a.id) == -1
    ctx.undo_stack.undo()
    assert model.row_of(a.id) == 0  # back at its place, with its codings
    assert model.record(0).codings == 2 and _cell(model, "Ortega interview", "codings") == "2"
    assert whole == [] and resets == []
    qtbot.keyClicks(panel.filter_edit, "pine")
    assert panel.proxy.rowCount() == 1

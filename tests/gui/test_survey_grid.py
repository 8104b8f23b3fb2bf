"""Issue 17: the survey import dialog (preview, column mapping) and the answer grid (a row per
answer, codes by keys 1–9, moves on, undo; thousands of rows read a page at a time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from qcoder.gui.survey.grid_model import ANSWER_COLUMN, CODES_COLUMN, PAGE
from qcoder.gui.survey.grid_window import SurveyGridDialog
from qcoder.gui.survey.import_dialog import SurveyImportDialog, set_checked

SURVEY = (
    "rid,site,q_trust,q_barrier\n"
    'R1,Harbor,"I trust them, mostly.",Funding\n'
    "R2,Harbor,,Turnover\n"
    'R3,Lake,"I trust them, mostly.",Distance\n'
)


def _import(qtbot, ctx, path: Path, per_respondent: bool = False) -> SurveyImportDialog:  # type: ignore[no-untyped-def]
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    dialog.id_combo.setCurrentText("rid")
    set_checked(dialog.text_list, ["q_trust", "q_barrier"])
    set_checked(dialog.attribute_list, ["site"])
    dialog.per_respondent.setChecked(per_respondent)
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        assert dialog.start_import() is not None
    return dialog


def test_dialog_previews_and_maps_the_columns(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(SURVEY, encoding="utf-8")
    dialog = _import(qtbot, ctx, path)
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 4
    assert dialog.preview.item(0, 2).text() == "I trust them, mostly."
    assert dialog.mapping().text_columns == ("q_trust", "q_barrier") and dialog.mapping().per == "answer"
    assert "5 answers of 3 respondents" in dialog.message.text() and "1 blank" in dialog.message.text()
    names = {d.name for d in project.documents()}
    assert {"R1 - q_trust", "R2 - q_barrier", "R3 - q_barrier"} <= names
    ctx.undo_stack.undo()  # the whole import is one undo step
    assert {d.name for d in project.documents()} == {"Interview A", "Interview B"}
    bad = tmp_path / "dup.csv"
    bad.write_text(SURVEY + "R1,Lake,again,again\n", encoding="utf-8")
    dialog.load(bad)
    set_checked(dialog.text_list, ["q_trust"])
    assert dialog.start_import() is not None
    qtbot.waitUntil(lambda: "Nothing imported" in dialog.message.text())
    assert "'R1' appears twice" in dialog.message.text()


def test_grid_codes_answers_by_keys(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(SURVEY, encoding="utf-8")
    _import(qtbot, ctx, path, per_respondent=True)
    codes = {c.name: c.id for c in project.codes()}
    ctx.settings.set_quick_codes(ctx.project_id, {1: codes["Resources"], 2: codes["Prosecutors"]})
    grid = SurveyGridDialog(ctx)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 5)
    model = grid.model
    assert [model.index(r, 1).data() for r in range(5)] == ["q_trust", "q_barrier", "q_barrier", "q_trust", "q_barrier"]
    assert model.index(4, ANSWER_COLUMN).data() == "Distance" and model.index(4, 4).data() == "Lake"
    assert "1 Resources" in grid.keys_label.text()
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(1, ANSWER_COLUMN))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert grid.view.currentIndex().row() == 2  # coded, then on to the next answer
    qtbot.waitUntil(lambda: model.index(1, CODES_COLUMN).data() == "Resources")
    r1 = project.document_by_name("R1")
    (coding,) = [c for c in project.codings(r1.id) if c.code_id == codes["Resources"]]
    text = project.document(r1.id).text
    assert text[coding.start : coding.end] == "Funding"  # exactly the answer, not its question
    qtbot.keyClick(grid.view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: model.index(2, CODES_COLUMN).data() == "Prosecutors")
    grid.view.setCurrentIndex(model.index(1, ANSWER_COLUMN))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)  # the same key again takes the code away
    qtbot.waitUntil(lambda: model.index(1, CODES_COLUMN).data() == "")
    assert grid.view.currentIndex().row() == 1
    qtbot.keyClick(grid.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo from the grid
    qtbot.waitUntil(lambda: model.index(1, CODES_COLUMN).data() == "Resources")
    qtbot.keyClick(grid.view, Qt.Key.Key_9)
    assert "No code is bound to key 9" in grid.status.text()
    with qtbot.waitSignal(ctx.document_requested) as opened:
        qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert opened.args == [r1.id, coding.start, coding.end]


def test_filter_row_by_question_attribute_text_and_uncoded(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(SURVEY, encoding="utf-8")
    _import(qtbot, ctx, path)
    grid = SurveyGridDialog(ctx)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 5)
    bar, model = grid.filter, grid.model

    def shown() -> list[tuple[str, str]]:
        return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]

    assert [bar.question.itemText(i) for i in range(bar.question.count())] == ["All questions", "q_trust", "q_barrier"]
    assert "site: Lake" in [bar.attribute.itemText(i) for i in range(bar.attribute.count())]
    bar.question.setCurrentIndex(bar.question.findText("q_barrier"))
    assert shown() == [("R1", "q_barrier"), ("R2", "q_barrier"), ("R3", "q_barrier")]
    bar.attribute.setCurrentIndex(bar.attribute.findText("site: Lake"))
    assert shown() == [("R3", "q_barrier")] and bar.shown.text() == "1 of 5"
    bar.question.setCurrentIndex(0)
    assert shown() == [("R3", "q_trust"), ("R3", "q_barrier")]
    bar.attribute.setCurrentIndex(0)
    qtbot.keyClicks(bar.search, "TRUST them")  # the answer's text, ignoring case
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert shown() == [("R1", "q_trust"), ("R3", "q_trust")]
    # code R1's answer by key: "uncoded only" leaves R3's
    codes = {c.name: c.id for c in project.codes()}
    ctx.settings.set_quick_codes(ctx.project_id, {1: codes["Resources"]})
    grid.view.setFocus()
    grid.view.setCurrentIndex(model.index(0, ANSWER_COLUMN))
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: model.index(0, CODES_COLUMN).data() == "Resources")
    assert model.rowCount() == 2  # a coded row stays under the keys until the filter changes
    bar.uncoded.setChecked(True)
    assert shown() == [("R3", "q_trust")] and grid.view.currentIndex().row() == 0
    bar.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 4)  # every uncoded answer
    bar.uncoded.setChecked(False)
    qtbot.keyClicks(bar.search, "r2")  # a respondent id
    bar.search.returnPressed.emit()
    assert shown() == [("R2", "q_barrier")]
    # a change re-reads the grid: the filter stays applied
    project.ensure_code_path("Another code")
    qtbot.waitUntil(lambda: "Another code" in grid.model.code_names.values())
    assert shown() == [("R2", "q_barrier")]


def test_filter_by_question_of_per_respondent_sections(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(SURVEY, encoding="utf-8")
    _import(qtbot, ctx, path, per_respondent=True)
    grid = SurveyGridDialog(ctx)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 5)
    grid.filter.question.setCurrentIndex(grid.filter.question.findText("q_trust"))
    assert [grid.model.index(r, ANSWER_COLUMN).data() for r in range(grid.model.rowCount())] == [
        "I trust them, mostly.",
        "I trust them, mostly.",
    ]
    grid.filter.question.setCurrentIndex(0)
    qtbot.keyClicks(grid.filter.search, "q_barrier")  # the heading is not the answer
    grid.filter.search.returnPressed.emit()
    assert grid.model.rowCount() == 0 and grid.filter.shown.text() == "0 of 5"


def test_codes_tooltip_names_the_coders(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.csv"
    path.write_text(SURVEY, encoding="utf-8")
    _import(qtbot, ctx, path)
    doc = project.document_by_name("R1 - q_barrier")
    codes = {c.name: c.id for c in project.codes()}
    ben, ana = project.ensure_coder("Ben"), project.ensure_coder("Ana")
    for coder in (ben, ana):
        project.add_coding(doc.id, codes["Resources"], coder.id, 0, 7)
    project.add_coding(doc.id, codes["Prosecutors"], ben.id, 0, 3)
    grid = SurveyGridDialog(ctx)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 5)
    (row,) = [r for r in range(5) if grid.model.index(r, ANSWER_COLUMN).data() == "Funding"]
    paths = project.code_paths()
    index = grid.model.index(row, CODES_COLUMN)
    assert index.data() == "Resources, Prosecutors"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        f"{paths[codes['Resources']]} — Ana, Ben\n{paths[codes['Prosecutors']]} — Ben"
    )
    assert grid.model.index((row + 1) % 5, CODES_COLUMN).data(Qt.ItemDataRole.ToolTipRole) is None


def test_thousands_of_rows_are_read_a_page_at_a_time(qtbot, ctx, project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "big.csv"
    lines = ["rid,group,answer"] + [f"P{i:05d},g{i % 3},Answer number {i} about trust" for i in range(3000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = SurveyImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.load(path)
    set_checked(dialog.text_list, ["answer"])
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.start_import()
    grid = SurveyGridDialog(ctx)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitUntil(lambda: grid.model.rowCount() == 3000)
    assert grid.model.pages_read <= 2  # only what the view shows was read
    grid.view.scrollToBottom()
    qtbot.waitUntil(lambda: grid.model.pages_read <= 4 and grid.model.answer(2999) is not None)
    assert grid.model.index(2999, ANSWER_COLUMN).data() == "Answer number 2999 about trust"
    assert grid.model.pages_read < 3000 // PAGE


def test_the_import_dialog_offers_the_survey_mapping(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.import_dialog import ImportDialog

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    survey = dialog.open_survey()
    qtbot.addWidget(survey)
    assert isinstance(survey, SurveyImportDialog) and survey.isVisible()
    assert not survey.import_button.isEnabled()  # until a file is read

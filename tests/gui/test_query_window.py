"""The Query window (Analysis → Query…): the builder writes the expression, a run in a worker
lists the excerpts with context and counts, double-click opens the document, export, coding the
results (one undo step), saved queries re-run, and it fits a laptop screen."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from qcoder.gui.analysis.query_window import QueryDialog, context_html
from tests.gui.helpers import shown


def _open(qtbot, ctx) -> QueryDialog:  # type: ignore[no-untyped-def]
    return shown(qtbot, QueryDialog(ctx))


def _run(qtbot, dialog: QueryDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.run_button.click()


def test_builder_rows_write_the_expression(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    b = dialog.builder
    b.rows[0].code.setCurrentText("Partnerships > Prosecutors")
    b.add_row("Resources", "OR")
    b.add_row("Partnerships", "AND NOT")
    assert b.expression.text() == '("Partnerships > Prosecutors" OR "Resources") AND NOT "Partnerships"'
    b.scope.setCurrentIndex(b.scope.findData("chars"))
    b.chars.setValue(40)
    spec = b.spec()
    assert spec.within == "40" and spec.query == b.expression.text()
    b._remove_row(b.rows[1])
    assert b.expression.text() == '"Partnerships > Prosecutors" AND NOT "Partnerships"'
    b.speakers.setText("Det. Ortega, Advocate")
    b.interviewers.setChecked(True)
    b.coder.setCurrentIndex(b.coder.findData("Bob"))
    b.where.setText("site=A")
    b.attribute.addItem("group")
    b.attribute.setCurrentText("group")
    b.value.setCurrentText("police")
    b.add_where.click()
    spec = b.spec()
    assert spec.where == ("site=A", "group=police") and spec.coders == ("Bob",) and spec.interviewers
    assert spec.speakers == ("Det. Ortega", "Advocate")


def test_run_shows_excerpts_in_context_and_counts(qtbot, qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.builder.expression.setText('"Partnerships"')
    _run(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert "2 excerpts in 1 document from 1 respondent" in dialog.status.text()
    texts = [dialog.model.data(dialog.model.index(r, 4)) for r in range(2)]
    assert texts == ["The prosecutors came in early", "Safe Harbor was there from day one"]
    assert [dialog.model.data(dialog.model.index(r, 2)) for r in range(2)] == ["Alice", "Bob"]
    html = dialog.context.toHtml()
    assert "prosecutors came in early" in html and "#fde68a" in html.lower()
    with qtbot.waitSignal(ctx.document_requested) as opened:
        dialog.open_excerpt(1)
    doc_id, start, end = opened.args
    assert ctx.project.document(doc_id).text[start:end] == "Safe Harbor was there from day one"
    # a query that does not parse says where
    dialog.builder.expression.setText('"Partnerships" AND')
    dialog.refresh()
    qtbot.waitUntil(lambda: "Not run" in dialog.status.text(), timeout=10000)
    assert "position" in dialog.status.text()


def test_context_marks_only_the_matching_spans() -> None:
    from qcoder.analysis.query_result import QueryExcerpt

    text = "aaaa bbbb cccc dddd"
    e = QueryExcerpt("d", "Doc <1>", "k", "K", 5, 14, "S", "", None, -1, ("X",), ((5, 9), (10, 14)))  # type: ignore[arg-type]
    html = context_html(text, e, chars=3)
    assert html.count("FDE68A") == 2 and "Doc &lt;1&gt;" in html
    assert html.endswith("…</p>") and "<p>…" in html


def test_code_results_as_is_one_undo_step(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.builder.expression.setText('"Partnerships"')
    _run(qtbot, dialog)
    before = len(ctx.project.codes())
    assert dialog.code_as("Query results > Partners") == 2
    code = ctx.project.code_by_path("Query results > Partners")
    assert code is not None and len(ctx.project.codes()) == before + 2
    assert {c.coder_id for c in ctx.project.codings(code_ids=[code.id])} == {ctx.coder.id}
    assert ctx.undo_stack.undoText().startswith("Code query results")
    ctx.undo_stack.undo()
    assert len(ctx.project.codes()) == before and ctx.project.code_by_path("Query results") is None
    dialog.wait()


def test_saved_queries_and_rerun_on_change(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.builder.expression.setText('"Resources"')
    dialog.builder.scope.setCurrentIndex(dialog.builder.scope.findData("turn"))
    dialog.save("Shelter")
    assert [dialog.saved.itemText(i) for i in range(dialog.saved.count())] == ["Shelter"]
    dialog.builder.expression.setText('"Partnerships"')
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.load("Shelter")
    assert dialog.builder.expression.text() == '"Resources"' and dialog.builder.scope_value() == "turn"
    assert dialog.model.rowCount() == 1
    # a new coding re-runs the shown query on the current data
    project = ctx.project
    doc = project.document_by_name("Interview B")
    text = project.document(doc.id).text
    s = text.index("Yes, always")
    resources = project.code_by_path("Resources")
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        project.add_coding(doc.id, resources.id, ctx.coder.id, s, s + len("Yes, always"))
    assert dialog.model.rowCount() == 2
    dialog.saved.setCurrentText("Shelter")
    dialog._delete()
    assert dialog.saved.count() == 0
    dialog.wait()


def test_export_csv_and_xlsx(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.builder.expression.setText('"Partnerships" OR "Resources"')
    _run(qtbot, dialog)
    csv_file = dialog.export(tmp_path / "q.csv")
    assert csv_file is not None and "Safe Harbor" in csv_file.read_text(encoding="utf-8-sig")
    xlsx = dialog.export(tmp_path / "q.xlsx")
    assert xlsx is not None
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Excerpts", "Counts"]
    assert book["Counts"]["C2"].value == 3
    dialog.wait()


def test_menu_action_opens_it_and_it_fits_a_laptop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.query_action.trigger()
    dialog = window.query_dialog
    assert isinstance(dialog, QueryDialog) and dialog.isVisible()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.wait()


def test_counts_value_column_is_readable_on_a_scaled_laptop(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """1366×768 at a scale of 1.5 leaves 910×512: the value column was squeezed to "Har…" by
    three 100-pixel number columns and the counts were one row high (tried on the real screen)."""
    dialog = _open(qtbot, ctx)
    dialog.resize(910, 480)
    dialog.builder.expression.setText('"Partnerships"')
    _run(qtbot, dialog)
    counts = dialog.counts
    assert counts.columnWidth(0) >= counts.fontMetrics().horizontalAdvance("Harbor City") + 12
    assert counts.height() >= counts.horizontalHeader().height() + 2 * counts.verticalHeader().defaultSectionSize()

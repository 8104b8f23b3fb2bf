"""The word-frequencies window (Analysis → Word frequencies): a sortable lemma table, stop
words edited and saved in the project, keyword in context opening the hit in its document
(past emoji: code points in the core, UTF-16 in the viewer), export, and it fits a laptop."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from qcoder.gui.analysis.words_view import WordsDialog


def _open(qtbot, ctx) -> WordsDialog:  # type: ignore[no-untyped-def]
    dialog = WordsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.frequencies is not None and not dialog.is_computing(), timeout=30000)
    return dialog


def _column(dialog: WordsDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_table_sorts_by_any_column(qtbot, qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.min_count.setValue(1)
    qtmodeltester.check(dialog.model)
    counts = [int(v) for v in _column(dialog, 1)]
    assert counts == sorted(counts, reverse=True) and len(counts) > 10
    dialog.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    lemmas = _column(dialog, 0)
    assert lemmas == sorted(lemmas, key=str.casefold)
    dialog.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert [int(v) for v in _column(dialog, 1)] == sorted(counts)
    dialog.finder.setText("trus")
    assert _column(dialog, 0) == ["trust"]
    dialog.wait()


def test_stop_word_edit_is_saved_in_the_project(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.min_count.setValue(1)
    assert dialog.model.row_of("trust") >= 0 and dialog.model.row_of("the") < 0
    editor = dialog.edit_stop_words()
    words = editor.editor.toPlainText().split("\n")
    assert "the" in words
    editor.editor.setPlainText("\n".join([w for w in words if w != "the"] + ["Trust"]))
    editor.save()
    assert ctx.project.stop_words().added == frozenset({"trust"})
    assert ctx.project.stop_words().kept == frozenset({"the"})
    qtbot.waitUntil(lambda: dialog.model.row_of("trust") < 0 and dialog.model.row_of("the") >= 0)
    dialog.add_stop_word("grant")
    qtbot.waitUntil(lambda: dialog.model.row_of("grant") < 0)
    assert "grant" in ctx.project.stop_words().added
    dialog.wait()


def test_kwic_double_click_opens_the_hit_with_the_word_selected(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.windows.words_action.trigger()
    dialog = window.windows.open_words()
    assert isinstance(dialog, WordsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.frequencies is not None and not dialog.is_computing(), timeout=30000)
    dialog.min_count.setValue(1)
    dialog.select_lemma("safe")
    lines = [dialog.kwic_model.line(r) for r in range(dialog.kwic_model.rowCount())]
    assert {ln.document for ln in lines} == {"Interview A", "Interview B"}
    row = next(r for r, ln in enumerate(lines) if ln.document == "Interview B")  # after two emoji
    rect = dialog.kwic.visualRect(dialog.kwic_model.index(row, 3))
    qtbot.mouseClick(dialog.kwic.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.kwic.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = window.viewer
    qtbot.waitUntil(lambda: viewer.document_id == lines[row].document_id)
    span = viewer.view.selection_span(trim=False)
    assert span == (lines[row].start, lines[row].end)
    assert viewer.state.text[span[0] : span[1]] == "safe"
    dialog.wait()


def test_export_csv_and_xlsx_and_it_fits_a_laptop(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.windows.open_words()
    qtbot.waitUntil(lambda: dialog.frequencies is not None and not dialog.is_computing(), timeout=30000)
    dialog.export(tmp_path / "w.csv")
    dialog.export(tmp_path / "w.xlsx")
    header = (tmp_path / "w.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "lemma,count,documents"
    assert load_workbook(tmp_path / "w.xlsx").active["A1"].value == "lemma"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.wait()


def test_kwic_contexts_stay_in_view_beside_long_names(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 and a scale of 1.5 (tried on the real screen) long document names pushed the
    context after the keyword out of view: who said it takes at most a fifth of the width each."""
    project = ctx.project
    for d in project.documents():
        project.rename_document(d.id, f"{d.name} - a long open-ended question about trust and safety")
    dialog = _open(qtbot, ctx)
    dialog.resize(910, 480)
    dialog.min_count.setValue(1)
    qtbot.waitUntil(lambda: not dialog.is_computing(), timeout=30000)
    dialog.select_lemma("safe")
    kwic = dialog.kwic
    n = dialog.kwic_model.columnCount()
    assert kwic.columnWidth(0) <= kwic.viewport().width() // 5 + 1
    after = kwic.columnViewportPosition(n - 1)
    assert 0 < after < kwic.viewport().width() - 60  # the context after the keyword is in view
    dialog.wait()


def test_kwic_lines_start_in_document_order(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Sorting switched on sorted by the first column descending (Qt's default indicator): the
    lines listed the last documents first (seen on the real screen)."""
    dialog = _open(qtbot, ctx)
    dialog.min_count.setValue(1)
    qtbot.waitUntil(lambda: not dialog.is_computing(), timeout=30000)
    dialog.select_lemma("safe")
    documents = [dialog.kwic.model().index(r, 0).data() for r in range(dialog.kwic.model().rowCount())]
    assert documents == sorted(documents) and documents[0] != documents[-1]
    dialog.wait()


def test_analysis_runs_in_a_worker_that_cancel_stops(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import qcoder.gui.analysis.words_view as words_view

    started = threading.Event()

    def slow(project, attribute, *, progress, cancel):  # type: ignore[no-untyped-def]
        started.set()
        for step in range(100_000):  # a long pipeline run, checking Cancel between chunks
            progress(step, 100_000, "Interview A")
            cancel.check()
            threading.Event().wait(0.001)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(words_view, "word_index", slow)
    dialog = WordsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: started.is_set() and dialog.progress.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: "Interview A" in dialog.status.text(), timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_computing(), timeout=5000)
    assert dialog.status.text().startswith("Cancelled") and not dialog.progress.isVisible()
    assert dialog.frequencies is None
    dialog.wait()


def test_by_attribute_adds_a_count_and_rate_per_group(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx)
    with qtbot.waitSignal(dialog.computed, timeout=30000):
        dialog.set_attribute("stakeholder_group")
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert "prosecutor: count" in headers and "prosecutor: per 10k words" in headers
    dialog.select_lemma("trust")
    assert dialog.kwic_model.headerData(2, Qt.Orientation.Horizontal) == "stakeholder_group"
    groups = {dialog.kwic_model.line(r).group for r in range(dialog.kwic_model.rowCount())}
    assert groups and groups <= {"law enforcement", "prosecutor", "victim service provider", "other"}
    dialog.wait()


def test_word_cloud_click_picks_the_lemma(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    dialog.min_count.setValue(1)
    dialog.finder.setText("grant")
    dialog.views.setCurrentWidget(dialog.cloud)
    qtbot.waitExposed(dialog.cloud)
    rect = dialog.cloud.rect_of("safe")
    assert rect is not None and dialog.cloud.rect_of("the") is None  # stop words are not in it
    qtbot.mouseClick(dialog.cloud, Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_lemma() == "safe" and dialog.finder.text() == ""
    assert dialog.cloud.selected == "safe" and dialog.kwic_model.rowCount() == 2
    dialog.wait()

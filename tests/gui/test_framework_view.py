"""The framework matrix window (Analysis → Framework matrix): the grid's counts, a cell's
excerpts, writing a summary (undoable), the Draft button, export, and it fits a laptop."""

from __future__ import annotations

from pathlib import Path

from docx import Document as read_docx
from openpyxl import load_workbook

from qcoder.analysis.framework import DOCUMENTS
from qcoder.gui.analysis.framework_view import DRAFT_NOTE, FrameworkDialog


def _open(qtbot, ctx) -> FrameworkDialog:  # type: ignore[no-untyped-def]
    dialog = FrameworkDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.framework is not None and not dialog.is_computing(), timeout=10000)
    return dialog


def _cell_of(dialog: FrameworkDialog, document: str, code: str):  # type: ignore[no-untyped-def]
    assert dialog.framework is not None
    case = next(c for c in dialog.framework.cases if c.label == f"document:{document}")
    theme = next(t for t in dialog.framework.themes if t.path.endswith(code))
    return case.key, theme.code_id


def test_grid_excerpts_summary_and_undo(qtbot, qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    if dialog.cases.currentData() != DOCUMENTS:
        with qtbot.waitSignal(dialog.computed, timeout=10000):
            dialog.set_cases(DOCUMENTS)
    qtmodeltester.check(dialog.model)
    key, code_id = _cell_of(dialog, "Interview A", "Prosecutors")
    dialog.select(key, code_id)
    assert dialog.model.data(dialog.grid.currentIndex()) == "1 of 1 · 1"
    assert dialog.excerpts.count() == 1 and "The prosecutors came in early" in dialog.excerpts.item(0).text()
    dialog.editor.setPlainText("Prosecutors join early.")
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.save_summary()
    project = ctx.project
    alice = project.coder_by_name("Alice").id
    assert [(s.case_key, s.code_id, s.author, s.text) for s in project.summaries()] == [
        (key, code_id, alice, "Prosecutors join early.")
    ]
    assert dialog.model.data(dialog.grid.currentIndex()).endswith("✎")
    assert dialog.editor.toPlainText() == "Prosecutors join early."
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        ctx.undo_stack.undo()
    assert project.summaries() == [] and not dialog.model.data(dialog.grid.currentIndex()).endswith("✎")
    dialog.wait()


def test_draft_is_marked_until_edited(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    if dialog.cases.currentData() != DOCUMENTS:
        with qtbot.waitSignal(dialog.computed, timeout=10000):
            dialog.set_cases(DOCUMENTS)
    dialog.select(*_cell_of(dialog, "Interview B", "Resources"))
    dialog.draft_button.click()
    assert dialog.is_draft() and dialog.draft_note.text() == DRAFT_NOTE
    assert dialog.editor.toPlainText().startswith("It is small 😊 but safe")
    # which excerpt each sentence came from: the source is marked in the list, the sentence in its tooltip
    assert dialog.draft_marks() and dialog.draft_marks()[0].startswith("Draft 1")
    marked = next(
        dialog.excerpts.item(r) for r in range(dialog.excerpts.count()) if "Draft 1" in dialog.excerpts.item(r).text()
    )
    assert marked.toolTip().startswith("Draft sentence 1: It is small 😊 but safe")
    dialog.editor.insertPlainText("Shelter: ")
    assert not dialog.is_draft() and dialog.draft_note.text() == "Edited from a draft"
    dialog.wait()


def test_export_xlsx_and_docx(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    for name in ("m.xlsx", "m.docx"):
        with qtbot.waitSignal(dialog.exported, timeout=20000):
            dialog.export(tmp_path / name)
    assert load_workbook(tmp_path / "m.xlsx")["Framework matrix"]["A1"].value == "Theme"
    assert read_docx(str(tmp_path / "m.docx")).paragraphs[0].text == "Framework matrix"
    dialog.wait()


def test_menu_action_opens_it_and_it_fits_a_laptop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.framework_action.trigger()
    dialog = window.framework_dialog
    assert isinstance(dialog, FrameworkDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.framework is not None and not dialog.is_computing(), timeout=10000)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.wait()


def test_column_headings_show_values_and_names_with_the_attribute_in_the_tooltip():
    from qcoder.analysis.framework import Case
    from qcoder.analysis.matrix import Column

    pair = Case(
        "site=A|stakeholder_group=B",
        "site=Harbor City|stakeholder_group=prosecutor",
        Column(("Harbor City", "prosecutor")),
    )
    assert pair.title == "Harbor City · prosecutor"
    doc = Case("document:d1", "document:HC-LE-01", Column(("d1",)))
    assert doc.title == "HC-LE-01"


def test_a_passage_two_coders_coded_is_listed_once_naming_both(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    project = ctx.project
    dialog = _open(qtbot, ctx)
    if dialog.cases.currentData() != DOCUMENTS:
        with qtbot.waitSignal(dialog.computed, timeout=10000):
            dialog.set_cases(DOCUMENTS)
    key, code_id = _cell_of(dialog, "Interview A", "Prosecutors")
    mine = next(c for c in project.codings() if c.code_id == code_id)
    other = project.ensure_coder("Second coder")
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        project.add_coding(mine.document_id, code_id, other.id, mine.start, mine.end)
    dialog.select(key, code_id)
    assert dialog.excerpts.count() == 1
    assert "Second coder" in dialog.excerpts.item(0).text() and "Alice" in dialog.excerpts.item(0).text()


def test_export_is_project_export_s_writer_in_a_worker_with_progress(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, tmp_path: Path, monkeypatch
) -> None:
    """Export XLSX/DOCX run Project → Export's writers (no second code path) behind a progress
    dialog, with the cases or groups shown, never over the open project's file."""
    from qcoder.app import exports
    from qcoder.gui.workers import ProgressDialog

    calls: list[tuple[str, dict[str, object]]] = []
    for name in ("write_framework", "write_synthesis"):
        original = getattr(exports, name)

        def spy(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            calls.append((_name, kwargs))
            return _original(*args, **kwargs)

        monkeypatch.setattr(exports, name, spy)
    ctx = demo_ctx
    dialog = _open(qtbot, ctx)
    cases = dialog.cases.currentData()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export(tmp_path / "m.docx") is not None
        assert dialog.findChildren(ProgressDialog)
    panel = dialog.synthesis
    with qtbot.waitSignal(panel.exported, timeout=20000):
        assert panel.export(tmp_path / "s.xlsx") is not None
    group, across = panel._choice()
    assert calls == [
        ("write_framework", {"cases": cases}),
        ("write_synthesis", {"group": group, "across": across}),
    ]
    assert dialog.export(ctx.project.path) is None and not ctx.project.path.with_suffix(".part").exists()
    assert "open project's own file" in dialog.status.text()
    dialog.wait()

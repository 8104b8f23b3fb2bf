"""REFI-QDA in the window: export (with the note on what the format cannot carry), then the
import preview (plan + import report) and the confirmed import as one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from qcoder.app import Project
from qcoder.exchange.refiqda import NOT_EXPORTED, ImportReport, LossKind
from qcoder.gui.export_menu import ExportMenu
from qcoder.gui.team.exchange_dialog import DONE, PREVIEW, ExchangeImportDialog
from qcoder.gui.team.plan_view import PlanTree


@pytest.fixture
def empty_ctx(qapp, tmp_path: Path, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from qcoder.gui.context import AppContext
    from qcoder.gui.style import apply_style

    apply_style(QApplication.instance())  # type: ignore[arg-type]
    context = AppContext(settings)
    context.open_project(Project.create(tmp_path / "empty.qcoder", name="Empty"))
    yield context
    context.close_project()


def _export(qtbot, ctx, suffix: str, target: Path, monkeypatch) -> ExportMenu:  # type: ignore[no-untyped-def]
    """Project → Export → REFI-QDA, the file dialog answering ``target``."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = QWidget()
    qtbot.addWidget(window)
    menu = ExportMenu(ctx, window)
    with qtbot.waitSignal(menu.ended, timeout=30000):
        menu.export_exchange(suffix)
    assert target.is_file()
    return menu


def _excerpts(p: Project) -> set[tuple[str, str, str, str]]:
    docs = {d.id: d.name for d in p.documents()}
    texts = {d: p.document(d).text for d in docs}
    paths = p.code_paths()
    coders = {c.id: c.name for c in p.coders()}
    return {
        (docs[c.document_id], paths[c.code_id], coders[c.coder_id], texts[c.document_id][c.start : c.end])
        for c in p.codings()
    }


def test_export_then_import_with_preview(qtbot, ctx, project, empty_ctx, tmp_path, monkeypatch) -> None:
    target = tmp_path / "small.qdpx"
    menu = _export(qtbot, ctx, ".qdpx", target, monkeypatch)
    note = menu.last_box.text()  # type: ignore[union-attr]
    assert note.startswith("Wrote small.qdpx.")
    assert all(item in note for item in NOT_EXPORTED)  # what REFI-QDA cannot carry is said
    menu.last_box.close()  # type: ignore[union-attr]

    other = empty_ctx.project
    dialog = ExchangeImportDialog(empty_ctx, target)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.start_preview()
    assert dialog.pages.currentIndex() == PREVIEW
    lines = [line.strip() for line in dialog.tree.lines()]
    assert "Documents: 2 new, 0 matched by text" in lines
    assert "Codes: 4 new, 0 already here" in lines
    assert "Codings: 3 new" in lines
    assert "Not carried over: nothing — the file comes across completely" in lines
    assert "Text positions read as" in lines
    assert "Interview B: Unicode code points (the standard); 1 of 1 coding placed" in lines
    assert "small.qdpx" in dialog.summary.text() and "3 codings" in dialog.summary.text()
    assert other.documents() == []  # the preview writes nothing

    with qtbot.waitSignal(dialog.import_finished, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is not None and dialog.pages.currentIndex() == DONE
    assert _excerpts(other) == _excerpts(project)  # emoji and all: the same text under the same codes
    assert empty_ctx.undo_stack.undoText() == "Import small.qdpx"
    empty_ctx.undo_stack.undo()
    assert other.documents() == [] and other.codings() == []


def test_unreadable_file_is_explained(qtbot, empty_ctx, tmp_path) -> None:
    bad = tmp_path / "broken.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = ExchangeImportDialog(empty_ctx, bad)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.start_preview()
    assert dialog.pages.currentIndex() == DONE
    assert "broken.qdpx could not be read" in dialog.done_label.text()


def test_losses_and_positions_are_listed(qtbot) -> None:
    from qcoder.app.merge import MergePlan

    report = ImportReport(origin="MAXQDA 2022")
    report.lose(LossKind.SOURCE, "photo.jpg", "picture sources are not imported")
    report.lose(LossKind.SET, "Women", "document sets are not imported")
    report.note("2 colors given as #RGB were widened")
    tree = PlanTree()
    qtbot.addWidget(tree)
    tree.show_plans([("x.qdpx", MergePlan(source="x.qdpx"), report)])
    lines = [line.strip() for line in tree.lines()]
    assert "Not carried over: 2" in lines
    assert "source: photo.jpg — picture sources are not imported" in lines
    assert "set: Women — document sets are not imported" in lines
    assert "2 colors given as #RGB were widened" in lines
    # losses are unfolded so they are seen
    assert tree.isExpanded(tree.plan_model.index(1, 0))


def test_codebook_export_and_import(qtbot, ctx, project, empty_ctx, tmp_path, monkeypatch) -> None:
    target = tmp_path / "codes.qdc"
    menu = _export(qtbot, ctx, ".qdc", target, monkeypatch)
    assert "codes with their colors and definitions" in menu.last_box.text()  # type: ignore[union-attr]
    dialog = ExchangeImportDialog(empty_ctx, target)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import REFI-QDA codebook — codes.qdc"
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.start_preview()
    assert "Codes: 4 new, 0 already here" in [line.strip() for line in dialog.tree.lines()]
    with qtbot.waitSignal(dialog.import_finished, timeout=30000):
        dialog.start_import()
    assert sorted(empty_ctx.project.code_paths().values()) == sorted(project.code_paths().values())

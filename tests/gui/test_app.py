"""run_gui, codebook import/export from the window, and a text selection dropped on a code."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from qcoder.gui.viewer.text_view import SPAN_MIME


def test_run_gui_opens_the_project_and_returns(qapp, settings, project) -> None:
    from qcoder.gui.app import run_gui
    from qcoder.gui.main_window import MainWindow

    path = str(project.path)
    project.close()
    settings.set_coder_name("Alice")
    seen = {}

    def check_and_close(tries: int = 100) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].ctx.project is not None:
            w = windows[0]
            seen["title"] = w.windowTitle()
            seen["docs"] = w.documents_row_count()
            w.close()
            return
        if tries:
            QTimer.singleShot(20, lambda: check_and_close(tries - 1))
        else:
            for w in windows:
                w.close()
            QApplication.instance().quit()

    QTimer.singleShot(0, check_and_close)
    assert run_gui(path, settings=settings) == 0
    assert "Test project" in seen["title"]
    assert seen["docs"] in (0, 2)  # 2 with the documents panel in place


def test_codebook_export_then_import_round_trip(qtbot, window, tmp_path) -> None:
    project = window.ctx.project
    out = tmp_path / "codebook.csv"
    window.codebook.export_codebook(str(out))
    assert out.exists() and "Prosecutors" in out.read_text(encoding="utf-8-sig")
    text = out.read_text(encoding="utf-8-sig").replace("Resources", "Resources > Staffing", 1)
    changed = tmp_path / "changed.csv"
    changed.write_text(text, encoding="utf-8")
    window.codebook.import_codebook(str(changed))
    assert project.code_by_path("Resources > Staffing") is not None
    assert window.ctx.undo_stack.undoText().startswith("Import codebook")
    assert "Codebook imported" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert project.code_by_path("Resources > Staffing") is None


def test_import_codebook_takes_a_refi_qda_codebook(qtbot, window, tmp_path) -> None:
    """Issue 23 item 5, in the window: Import codebook… takes a .qdc (and a .qdpx's codebook)."""
    from qcoder.app import Project
    from qcoder.app.exchange import export_exchange

    source = Project.create(tmp_path / "other.qcoder", name="Other")
    parent = source.create_code("Collaboration")
    source.create_code("Trust", parent.id)
    export_exchange(source, tmp_path / "book.qdc")
    export_exchange(source, tmp_path / "whole.qdpx")
    source.close()
    project = window.ctx.project
    before = len(project.codes())
    window.codebook.import_codebook(str(tmp_path / "book.qdc"))
    assert project.code_by_path("Collaboration > Trust") is not None and len(project.codes()) == before + 2
    assert window.statusBar().currentMessage() == "Codebook imported: 2 new codes, 0 already in the codebook."
    window.undo_action.trigger()
    assert len(project.codes()) == before
    window.codebook.import_codebook(str(tmp_path / "whole.qdpx"))
    assert project.code_by_path("Collaboration > Trust") is not None and len(project.documents()) == 2


def test_selection_dropped_on_a_code_codes_it(qtbot, window) -> None:
    project = window.ctx.project
    doc = project.document_by_name("Interview B")
    window.ctx.document_requested.emit(doc.id, -1, -1)
    viewer = window.viewer
    start = viewer.state.text.index("Ça marche")
    viewer.view.select_span(start, start + len("Ça marche"))
    mime = viewer.view.createMimeDataFromSelection()  # what a drag out of the text carries
    assert mime.hasFormat(SPAN_MIME) and mime.text() == "Ça marche"
    code = project.code_by_path("Resources")
    model = window.codebook.model
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index_of(code.id))
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index_of(code.id))
    assert (start, start + len("Ça marche")) in [(c.start, c.end) for c in project.codings(doc.id, [code.id])]

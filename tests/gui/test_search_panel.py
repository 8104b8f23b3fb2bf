"""Project-wide search: results in context from project.search, run in a worker; jumps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qcoder.gui.search_panel import CONTEXT, DOCUMENT, SearchPanel


def _panel(qtbot, ctx) -> SearchPanel:  # type: ignore[no-untyped-def]
    panel = SearchPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    return panel


def _search(qtbot, panel: SearchPanel, query: str) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.searched, timeout=10000) as blocker:
        panel.search(query)
    return blocker.args[0]


def test_results_in_context_case_insensitive(qtbot, ctx, project, qtmodeltester) -> None:
    panel = _panel(qtbot, ctx)
    hits = _search(qtbot, panel, "TRUST")
    assert len(hits) == 1 and panel.model.rowCount() == 1
    assert panel.model.index(0, DOCUMENT).data() == "Interview A"
    assert panel.model.index(0, CONTEXT).data().endswith("day one. Trust took years.")
    hit = hits[0]
    assert (hit.match, hit.before[-9:], hit.after) == ("Trust", "day one. ", " took years.")
    assert panel.status.text() == "1 match in 1 document"
    qtmodeltester.check(panel.model)
    hits = _search(qtbot, panel, "interviewer")
    assert len(hits) == 4 and panel.status.text() == "4 matches in 2 documents"
    assert _search(qtbot, panel, "no such words") == []
    assert panel.status.text() == "No matches for “no such words”."


def test_typing_and_enter_searches(qtbot, ctx) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.keyClicks(panel.query_edit, "Safe Harbor")
    with qtbot.waitSignal(panel.searched, timeout=10000):
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 1


def test_double_click_jumps_to_the_match_in_code_points(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    panel.show()
    qtbot.waitExposed(panel)
    _search(qtbot, panel, "中文")  # after an emoji in Interview B: offsets must be code points
    pos = panel.view.visualRect(panel.model.index(0, CONTEXT)).center()
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    doc_id, start, end = blocker.args
    assert project.document(doc_id).name == "Interview B"
    assert project.document(doc_id).text[start:end] == "中文"
    image = panel.grab()  # the context delegate paints without error
    assert not image.isNull()


def test_results_follow_document_changes(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    _search(qtbot, panel, "interviewer")
    a = next(d for d in project.documents() if d.name == "Interview A")
    project.rename_document(a.id, "Ortega")
    names = sorted(panel.model.index(r, DOCUMENT).data() for r in range(panel.model.rowCount()))
    assert names == ["Interview B", "Interview B", "Ortega", "Ortega"]
    project.delete_document(a.id)
    assert panel.model.rowCount() == 2
    assert panel.status.text() == "2 matches in 1 document"
    with qtbot.waitSignal(panel.searched, timeout=10000):  # a document comes back: searched again
        ctx.undo_stack.undo()
    assert panel.model.rowCount() == 4

"""Memos and framework summaries are searchable: the project search lists hits in each kind of
memo and in summaries, saying what each is, and opens them (the memo in the memo list, the
summary's framework-matrix cell); the memo list has a Summary type, edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qcoder.analysis.framework import DOCUMENTS
from qcoder.app import memos
from qcoder.gui.memos_panel import ON, TEXT, TYPE, MemosPanel
from qcoder.gui.search_panel import CONTEXT, DOCUMENT, SearchPanel


def _notes(project) -> dict[str, str]:  # type: ignore[no-untyped-def]
    alice, bob = project.coder_by_name("Alice"), project.coder_by_name("Bob")
    doc = project.document_by_name("Interview A")
    code = project.code_by_path("Partnerships > Prosecutors")
    project.set_summary(f"document:{doc.id}", code.id, "Prosecutors joined the zebra team early.", bob.id)
    return {
        "journal": memos.add_memo(project, "project", "Zebra week: trust.", alice.id),
        "doc": memos.add_memo(project, "document:Interview A", "A zebra of an interview.", alice.id),
        "code": memos.add_memo(project, "code:Partnerships > Prosecutors", "Zebra offices too.", bob.id),
        "case": f"document:{doc.id}",
        "theme": code.id,
    }


def _search(qtbot, panel: SearchPanel, query: str) -> list:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.searched, timeout=10000) as blocker:
        panel.search(query)
    return blocker.args[0]


def _activate(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Double-click the row (what a person does)."""
    view.scrollTo(view.model().index(row, 0))
    pos = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_search_finds_memos_and_summaries(qtbot, ctx, project, qtmodeltester) -> None:
    ids = _notes(project)
    coding = next(c for c in project.codings() if c.memo)
    project.update_coding(coding.id, memo="shelter size, zebra-sized")
    panel = SearchPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    hits = _search(qtbot, panel, "ZEBRA")
    qtmodeltester.check(panel.model)
    shown = sorted(panel.model.index(r, DOCUMENT).data() for r in range(panel.model.rowCount()))
    assert shown == [
        "Code memo · Partnerships > Prosecutors",
        "Coding memo · Interview B:56-78",
        "Document memo · Interview A",
        "Journal",
        "Summary · document:Interview A × Partnerships > Prosecutors · Bob",
    ]
    assert panel.status.text() == "5 matches in 0 documents and 5 memos or summaries"
    summary = next(h for h in hits if h.note.kind == "summary")
    assert (summary.before, summary.match, summary.after) == ("Prosecutors joined the ", "zebra", " team early.")
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record(r) is summary)
    assert "zebra" in panel.model.index(row, CONTEXT).data()
    with qtbot.waitSignal(panel.summary_requested) as blocker:
        _activate(qtbot, panel.view, row)
    assert blocker.args == [ids["case"], ids["theme"]]
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record(r).note.kind == "code")
    with qtbot.waitSignal(panel.memo_requested) as blocker:
        _activate(qtbot, panel.view, row)
    assert blocker.args == [ids["code"]]
    # a document hit and a memo hit together; editing a memo searches again
    hits = _search(qtbot, panel, "trust")
    assert sorted(h.document_name for h in hits) == ["Interview A", "Journal"]
    with qtbot.waitSignal(panel.searched, timeout=10000) as blocker:
        memos.add_memo(project, "code:Resources", "Trust is scarce.")
    assert sorted(h.document_name for h in blocker.args[0]) == ["Code memo · Resources", "Interview A", "Journal"]


def test_window_opens_a_summary_hit_at_its_cell_and_a_memo_hit_in_the_list(qtbot, window, project) -> None:
    ids = _notes(project)
    window.memos.reload()
    hits = _search(qtbot, window.search, "zebra")
    assert len(hits) == 4
    row = next(r for r in range(window.search.model.rowCount()) if window.search.model.record(r).note.kind == "code")
    _activate(qtbot, window.search.view, row)
    qtbot.waitUntil(lambda: window.docks["memos"].isVisible())
    assert window.memos.current_entry() is not None and window.memos.current_entry().id == ids["code"]
    row = next(r for r in range(window.search.model.rowCount()) if window.search.model.record(r).note.kind == "summary")
    _activate(qtbot, window.search.view, row)
    dialog = window.framework_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.selected_cell() is not None, timeout=10000)
    cell = dialog.selected_cell()
    assert dialog.cases.currentData() == DOCUMENTS
    assert (cell.case.key, cell.theme.code_id) == (ids["case"], ids["theme"])
    assert dialog.editor.toPlainText() == ""  # Alice's own summary: none yet (Bob wrote this one)
    dialog.tabs.setCurrentIndex(1)  # the group synthesis: a hit opened then shows the grid again
    _activate(qtbot, window.search.view, row)
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == 0)


def test_memo_list_has_summaries(qtbot, ctx, project) -> None:
    ids = _notes(project)
    panel = MemosPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.type_box.setCurrentIndex(panel.type_box.findData("summary"))
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, TYPE).data() == "Summary"
    assert panel.model.index(0, ON).data() == "document:Interview A × Partnerships > Prosecutors"
    assert panel.model.index(0, TEXT).data() == "Prosecutors joined the zebra team early."
    panel.type_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.search_edit, "prosecutors zebra")  # the text and what it is on
    assert sorted(panel.model.index(r, TYPE).data() for r in range(panel.model.rowCount())) == ["Code", "Summary"]
    panel.type_box.setCurrentIndex(panel.type_box.findData("summary"))
    panel.view.setCurrentIndex(panel.model.index(0, TEXT))
    panel.editor.setPlainText("Prosecutors joined early.")
    panel.save_button.click()
    bob = project.coder_by_name("Bob").id
    assert [(s.author, s.text) for s in project.summaries()] == [(bob, "Prosecutors joined early.")]  # still Bob's
    ctx.undo_stack.undo()
    assert [s.text for s in project.summaries()] == ["Prosecutors joined the zebra team early."]
    pos = panel.view.visualRect(panel.model.index(0, ON)).center()
    with qtbot.waitSignal(panel.summary_requested, timeout=2000) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [ids["case"], ids["theme"]]

"""Coded-excerpts panel: rows from bulk queries, speaker attribution, filters, stars, jumps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qcoder.core.model import AttributeScope
from qcoder.gui.excerpts_panel import CODER, EXCERPT, GROUP, SITE, SPEAKER, STAR, ExcerptsPanel


def _code(project, name: str) -> str:  # type: ignore[no-untyped-def]
    return next(c.id for c in project.codes() if c.name == name)


def _doc(project, name: str):  # type: ignore[no-untyped-def]
    return next(d for d in project.documents() if d.name == name)


def _texts(panel: ExcerptsPanel) -> list[str]:
    return sorted(panel.row_at(r).text for r in range(panel.proxy.rowCount()))


def _panel(qtbot, ctx) -> ExcerptsPanel:  # type: ignore[no-untyped-def]
    panel = ExcerptsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 360)
    return panel


def _select(qtbot, ctx, panel: ExcerptsPanel, code_ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Select codes as the codebook does and wait for the rows (read in a worker)."""
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        ctx.codes_selected.emit(code_ids)


def test_selected_code_lists_its_excerpts_with_subcodes(qtbot, ctx, project, qtmodeltester) -> None:
    panel = _panel(qtbot, ctx)
    assert panel.model.rowCount() == 0
    _select(qtbot, ctx, panel, [_code(project, "Partnerships")])
    assert _texts(panel) == ["Safe Harbor was there from day one", "The prosecutors came in early"]
    qtmodeltester.check(panel.model)
    panel.set_coder_filter("Bob")
    qtmodeltester.check(panel.proxy)
    panel.set_coder_filter("")
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.subcodes_check.setChecked(False)  # the parent itself has no codings
    assert panel.model.rowCount() == 0
    _select(qtbot, ctx, panel, [_code(project, "Resources"), _code(project, "Prosecutors")])
    assert _texts(panel) == ["It is small 😊 but safe", "The prosecutors came in early"]
    assert panel.count_label.text() == "2 excerpts"


def test_speaker_and_attributes_come_from_the_turn_and_participant(qtbot, ctx, project) -> None:
    a = _doc(project, "Interview A")
    b = _doc(project, "Interview B")
    project.set_attributes(
        AttributeScope.DOCUMENT,
        {
            a.id: {"site": "Harbor City", "stakeholder_group": "mixed"},
            b.id: {"site": "Pine Valley", "stakeholder_group": "victim service provider"},
        },
    )
    panel = _panel(qtbot, ctx)
    _select(qtbot, ctx, panel, [_code(project, "Partnerships"), _code(project, "Resources")])
    rows = {panel.row_at(r).text: panel.proxy.index(r, 0).row() for r in range(panel.proxy.rowCount())}
    assert len(rows) == 3

    def cells(text: str) -> list[str]:
        r = next(r for r in range(panel.proxy.rowCount()) if panel.row_at(r).text == text)
        return [panel.proxy.index(r, c).data() for c in (SPEAKER, SITE, GROUP, CODER)]

    assert cells("The prosecutors came in early") == ["Det. Ortega", "Harbor City", "mixed", "Alice"]
    assert cells("Safe Harbor was there from day one") == ["Det. Ortega", "Harbor City", "mixed", "Bob"]
    assert cells("It is small 😊 but safe") == ["Advocate", "Pine Valley", "victim service provider", "Alice"]
    # link Det. Ortega to a participant: the participant's group overrides the document's
    ortega = next(s for s in project.speakers(a.id) if s.label == "Det. Ortega")
    participant = project.add_participant("Luis Ortega", {"stakeholder_group": "law enforcement"})
    with qtbot.waitSignal(panel.loaded, timeout=10000):  # speakers changed: rows re-read in a worker
        project.update_speaker(ortega.id, participant_id=participant.id)
    qtbot.waitUntil(lambda: not panel.is_loading())
    assert cells("The prosecutors came in early") == ["Det. Ortega", "Harbor City", "law enforcement", "Alice"]
    assert cells("It is small 😊 but safe")[2] == "victim service provider"


def test_filters_by_coder_attribute_starred_and_text(qtbot, ctx, project) -> None:
    a = _doc(project, "Interview A")
    b = _doc(project, "Interview B")
    project.set_attributes(AttributeScope.DOCUMENT, {a.id: {"site": "Harbor City"}, b.id: {"site": "Pine Valley"}})
    panel = _panel(qtbot, ctx)
    _select(qtbot, ctx, panel, [_code(project, "Partnerships"), _code(project, "Resources")])
    assert panel.proxy.rowCount() == 3
    assert [panel.coder_combo.itemText(i) for i in range(panel.coder_combo.count())] == ["All coders", "Alice", "Bob"]
    panel.set_coder_filter("Bob")
    assert _texts(panel) == ["Safe Harbor was there from day one"]
    assert panel.count_label.text() == "1 of 3 excerpts (filtered)"
    panel.set_coder_filter("")
    panel.set_attribute_filter("site", "Pine Valley")
    assert _texts(panel) == ["It is small 😊 but safe"]
    panel.set_attribute_filter("", "")
    qtbot.keyClicks(panel.text_edit, "harbor")
    assert _texts(panel) == ["Safe Harbor was there from day one"]
    panel.text_edit.clear()
    panel.starred_check.setChecked(True)
    assert panel.proxy.rowCount() == 0
    panel.starred_check.setChecked(False)
    assert panel.proxy.rowCount() == 3


def test_clicking_the_star_marks_an_exemplar_and_undo_unmarks(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    panel.show()
    qtbot.waitExposed(panel)
    _select(qtbot, ctx, panel, [_code(project, "Prosecutors")])
    index = panel.proxy.index(0, STAR)
    assert index.data() == "☆"
    coding_id = panel.row_at(0).id
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
    assert project.coding(coding_id).exemplar
    assert panel.proxy.index(0, STAR).data() == "★"
    assert ctx.undo_stack.undoText() == "Star excerpt"
    panel.starred_check.setChecked(True)
    assert panel.proxy.rowCount() == 1
    ctx.undo_stack.undo()
    assert not project.coding(coding_id).exemplar
    assert panel.proxy.rowCount() == 0


def test_double_click_requests_the_document_span(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    panel.show()
    qtbot.waitExposed(panel)
    _select(qtbot, ctx, panel, [_code(project, "Resources")])
    index = panel.proxy.index(0, EXCERPT)
    pos = panel.view.visualRect(index).center()
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        # a real double-click: press/release, then the double-click event
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    doc_id, start, end = blocker.args
    assert doc_id == _doc(project, "Interview B").id
    assert project.document(doc_id).text[start:end] == "It is small 😊 but safe"  # code points, emoji included


def test_new_and_removed_codings_update_rows_without_reset(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    _select(qtbot, ctx, panel, [_code(project, "Partnerships")])
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    a = _doc(project, "Interview A")
    text = project.document(a.id).text
    start = text.index("Trust took years")
    coding = project.add_coding(a.id, _code(project, "Service providers"), ctx.coder.id, start, start + 16)
    assert "Trust took years" in _texts(panel)
    # a coding of a code that is not shown does not appear
    project.add_coding(a.id, _code(project, "Resources"), ctx.coder.id, 0, 11)
    assert panel.model.rowCount() == 3
    project.remove_codings([coding.id])
    assert "Trust took years" not in _texts(panel)
    assert panel.model.rowCount() == 2
    assert not resets
    # moving a coding to a code outside the selection removes its row
    other = panel.row_at(0).id
    project.update_coding(other, code_id=_code(project, "Resources"))
    assert panel.model.rowCount() == 1 and not resets


def test_sorting_is_kept_when_codings_arrive(qtbot, ctx, project) -> None:
    panel = _panel(qtbot, ctx)
    _select(qtbot, ctx, panel, [_code(project, "Partnerships")])
    panel.view.sortByColumn(CODER, Qt.SortOrder.DescendingOrder)
    assert [panel.proxy.index(r, CODER).data() for r in range(2)] == ["Bob", "Alice"]
    a = _doc(project, "Interview A")
    start = project.document(a.id).text.index("Trust took years")
    project.add_coding(a.id, _code(project, "Prosecutors"), ctx.coder.id, start, start + 5)  # by Alice
    assert [panel.proxy.index(r, CODER).data() for r in range(3)] == ["Bob", "Alice", "Alice"]
    panel.view.sortByColumn(EXCERPT, Qt.SortOrder.AscendingOrder)  # shortest first
    assert panel.proxy.index(0, EXCERPT).data() == "Trust"


def test_blind_mode_shows_only_the_current_coders_excerpts(qtbot, ctx, project):
    panel = ExcerptsPanel(ctx)
    qtbot.addWidget(panel)
    doc = project.documents()[0]
    code = project.codes()[-1]
    me = ctx.coder
    other = project.ensure_coder("Somebody else")
    mine = project.add_coding(doc.id, code.id, me.id, 0, 5)
    project.add_coding(doc.id, code.id, other.id, 6, 12)
    project.set_blind_mode(True)
    ctx.codes_selected.emit([code.id])
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.model.rowCount() > 0)
    assert {panel.model.record(r).coding.id for r in range(panel.model.rowCount())} == {mine.id}


def test_loader_reads_the_texts_it_needs_in_one_go(ctx, project, monkeypatch) -> None:
    # one read per document took 5 s for a theme spread over 5,000 documents
    from qcoder.gui.excerpt_rows import ExcerptLoader

    loader = ExcerptLoader(project)
    codings = project.codings()
    assert len({c.document_id for c in codings}) >= 2
    calls: list[int] = []
    bulk = project.document_texts
    monkeypatch.setattr(project, "document_texts", lambda ids=None: calls.append(len(ids or ())) or bulk(ids))
    monkeypatch.setattr(project, "document", lambda _id: (_ for _ in ()).throw(AssertionError("one by one")))
    rows = loader.rows(codings)
    assert len(calls) == 1 and calls[0] == len({c.document_id for c in codings})
    assert [r.text for r in rows] == [bulk([c.document_id])[c.document_id][c.start : c.end] for c in codings]
    loader.rows(codings)
    assert len(calls) == 1  # cached

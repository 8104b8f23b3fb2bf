"""The document viewer: highlights at the right offsets (emoji included), stripes, tooltips,
find, filters, and precise refresh from change sets."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from qcoder.gui.settings import SHOW_MINE, CodingFilter
from qcoder.gui.viewer.document_viewer import DocumentViewer


def _viewer(qtbot, ctx, name: str) -> DocumentViewer:
    viewer = DocumentViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    doc = ctx.project.document_by_name(name)
    viewer.show_document(doc.id)
    return viewer


def _highlighted(viewer: DocumentViewer) -> list[str]:
    """The text under each coding highlight, as Qt shows it."""
    out = []
    for sel in viewer.view.extraSelections():
        out.append(sel.cursor.selectedText())
    return out


def test_highlights_land_on_the_coded_text_with_emoji(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview B")
    assert _highlighted(viewer) == ["It is small 😊 but safe"]
    coding = ctx.project.codings(viewer.document_id)[0]
    assert viewer.state.text[coding.start : coding.end] == "It is small 😊 but safe"


def test_selection_converts_to_code_points(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview B")
    text = viewer.state.text
    start = text.index("中文")
    viewer.view.select_span(start, start + len("中文 or Русский"))
    assert viewer.view.textCursor().selectedText() == "中文 or Русский"
    assert viewer.view.selection_span() == (start, start + len("中文 or Русский"))
    after = text.index("👩")
    viewer.view.select_span(after, after + 1)
    assert viewer.view.textCursor().selectedText() == "👩"


def test_speaker_labels_are_styled(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    block = viewer.view.document().findBlockByNumber(2)  # "Det. Ortega: We had a grant…"
    fmt = block.begin().fragment().charFormat()
    assert block.text().startswith("Det. Ortega:") and fmt.fontWeight() > 400
    assert viewer.state.paragraph_numbers[:4] == [1, 0, 2, 3]


def test_stripe_click_selects_coding_and_hover_describes_it(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview B")
    stripes = viewer.view.stripes
    assert stripes.width() > 0
    [(rect, coding, lane)] = stripes.stripes()
    coding_id = coding.id
    assert lane == 0
    with qtbot.waitSignal(viewer.coding_selected) as blocker:
        qtbot.mouseClick(stripes, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [coding_id]
    assert viewer.selected_coding().id == coding_id
    assert viewer.view.textCursor().selectedText() == "It is small 😊 but safe"
    html = viewer.state.describe(viewer.selected_coding())
    assert "Resources" in html and "Alice" in html and "shelter size" in html
    assert stripes.codings_at(QPointF(rect.center())) == [coding_id]


def test_find_highlights_hits(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    viewer.open_find()
    qtbot.keyClicks(viewer.find_bar.edit, "the")
    hits = viewer.find_bar.hits
    assert len(hits) == viewer.state.text.lower().count("the") and viewer.find_bar.count.text().startswith("1 of")
    first = hits[0]
    assert viewer.view.selection_span() == first
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Return)
    assert viewer.view.selection_span() == hits[1]
    qtbot.keyClick(viewer.find_bar.edit, Qt.Key.Key_Escape)
    assert not viewer.find_bar.isVisible()


def test_filters_by_coder_and_code(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    assert len(viewer.state.index) == 2  # Alice's and Bob's
    viewer.set_coding_filter(CodingFilter(SHOW_MINE))
    assert [ctx.project.coding(c.id).coder_id for c in viewer.state.index] == [ctx.coder.id]
    viewer.set_coding_filter(CodingFilter())
    code = ctx.project.code_by_path("Partnerships > Prosecutors")
    viewer.set_code_hidden([code.id], True)
    assert {c.code_id for c in viewer.state.index} == {ctx.project.code_by_path("Partnerships > Service providers").id}
    assert "1 code hidden" in viewer.filter_button.text()


def test_changes_refresh_only_what_changed(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    project = ctx.project
    text = viewer.state.text
    s = text.index("Trust took years")
    code = project.code_by_path("Resources")
    coding = project.add_coding(viewer.document_id, code.id, ctx.coder.id, s, s + len("Trust took years"))
    assert coding.id in viewer.state.index
    assert "Trust took years" in _highlighted(viewer)
    assert code.id in viewer.state.columns
    project.update_code(code.id, color="#FF0000")
    assert viewer.state.codebook.color(code.id) == "#FF0000"
    project.undo()
    project.undo()
    assert coding.id not in viewer.state.index and code.id not in viewer.state.columns
    project.redo()
    assert coding.id in viewer.state.index
    # a coding of another document does not disturb this one
    other = project.document_by_name("Interview B")
    project.add_coding(other.id, code.id, ctx.coder.id, 0, 5)
    assert len(viewer.state.index) == 3


def test_text_context_menu_lists_codings(qtbot, ctx) -> None:
    from qcoder.gui.coding.controller import CodingController

    viewer = _viewer(qtbot, ctx, "Interview A")
    controller = CodingController(ctx, viewer, viewer)
    offset = viewer.state.text.index("prosecutors")
    menu = controller.build_text_menu(offset)
    texts = [a.text() for a in menu.actions()]
    assert any("Prosecutors" in t and "Alice" in t for t in texts)
    assert "Code sentence" in texts


def test_blind_mode_shows_only_my_codings(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    assert len(viewer.state.index) == 2
    ctx.project.set_blind_mode(True)
    assert [c.coder_id for c in viewer.state.index] == [ctx.coder.id]
    assert viewer.filter_button.text().startswith("Blind coding")
    ctx.project.set_blind_mode(False)
    assert len(viewer.state.index) == 2


def test_changes_from_other_clients_arrive_by_polling(qtbot, ctx, project) -> None:
    from qcoder.app import Project

    viewer = _viewer(qtbot, ctx, "Interview A")
    other = Project.open(project.path)  # a second client on the same project
    try:
        code = other.code_by_path("Resources")
        coder = other.ensure_coder("Bob")
        doc = other.document_by_name("Interview A")
        added = other.add_coding(doc.id, code.id, coder.id, 0, 5)
    finally:
        other.close()
    ctx.poll()
    assert added.id in viewer.state.index


def test_rename_and_speaker_changes_refresh_the_header_and_labels(qtbot, ctx) -> None:
    viewer = _viewer(qtbot, ctx, "Interview A")
    project = ctx.project
    project.rename_document(viewer.document_id, "Ortega interview")
    assert viewer.title.text() == "Ortega interview"
    speaker = next(s for s in project.speakers(viewer.document_id) if s.label == "Det. Ortega")
    project.update_speaker(speaker.id, is_interviewer=True)
    assert viewer.state.speakers[speaker.id].is_interviewer
    line = viewer.state.lines.line_of(viewer.state.text.index("We had a grant"))
    assert line in viewer.state.interviewer_lines
    project.undo()
    assert line not in viewer.state.interviewer_lines


def test_paragraph_numbers_show_when_a_caption_paragraph_starts(qtbot, ctx, tmp_path) -> None:
    """Issue 23: an unlabelled caption file's paragraphs keep their start times, shown when
    the paragraph number is hovered."""
    from qcoder.app.importing import import_paths
    from qcoder.gui.viewer.state import clock

    srt = tmp_path / "oral.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nHow did it start?\n\n"
        "2\n01:02:05,500 --> 01:02:08,000\nSlowly, with a grant.\n",
        encoding="utf-8",
    )
    [imported] = import_paths(ctx.project, [srt]).imported
    viewer = _viewer(qtbot, ctx, imported.document)
    assert viewer.state.text == "How did it start?\n\nSlowly, with a grant."
    numbers = viewer.view.numbers
    blocks = {b.blockNumber(): (top, h) for b, top, h in viewer.view.visible_blocks(0, numbers.height())}
    tips = [numbers.tooltip_at(int(top + h / 2)) for top, h in blocks.values()]
    assert tips == [
        "Paragraph 1, starting at 00:01 in the recording",
        "",
        "Paragraph 2, starting at 1:02:05.5 in the recording",
    ]
    assert clock(59.96) == "01:00" and clock(3600) == "1:00:00"
    other = _viewer(qtbot, ctx, "Interview A")  # turns without times: the number alone
    _block, top, height = other.view.visible_blocks(0, 100)[0]
    assert other.view.numbers.tooltip_at(int(top + height / 2)) == "Paragraph 1"

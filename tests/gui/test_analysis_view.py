"""Analysis view: theme × group matrix, count kinds, coders, drill-down, stars, chart, copy, export.

The project is built through the service API: a focus group whose speakers are linked to
participants of three stakeholder groups, and a one-to-one interview; codings by Alice, Bob
and a Consensus coder, one of them on the moderator's question (not counted by default) and
two overlapping subcodes under one parent (one excerpt of the parent).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from qcoder.analysis.frequencies import theme_frequencies
from qcoder.analysis.matrix import CountKind, RowMode, cell_text
from qcoder.app import Project
from qcoder.core.model import AttributeScope
from qcoder.gui.analysis import AnalysisView
from qcoder.gui.analysis.chart import ChartMode
from qcoder.gui.analysis.drilldown import STAR
from qcoder.importers.base import finish

FOCUS_GROUP = """Moderator: Welcome everyone. How do you share information?

Ana: We call the prosecutors every week. Trust matters most.

Bea: I get reports from Ana quickly. Respect goes both ways.

Cara: Our clients fear the police 🚓. Funding is a barrier.

Moderator: Anything else?

Ana: No.

Bea: Nothing more.

Cara: That is all.
"""

INTERVIEW = """Interviewer: Tell me about trust.

Dee: Trust took years to build with the advocates.

Interviewer: Any barriers?

Dee: Turnover is the biggest barrier.
"""

GROUP = "stakeholder_group"


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """Overrides the shared fixture (``ctx`` is then built on this project)."""
    p = Project.create(tmp_path / "fg.qcoder", name="Focus groups")
    fg = p.add_document(finish(FOCUS_GROUP, "fg.txt", "txt"), name="FG-North")
    iv = p.add_document(finish(INTERVIEW, "iv.txt", "txt"), name="INT-South")
    p.set_attributes(AttributeScope.DOCUMENT, {fg.id: {"site": "North"}, iv.id: {"site": "South"}})
    groups = {
        "Ana": "law enforcement",
        "Bea": "prosecutor",
        "Cara": "victim service provider",
        "Dee": "law enforcement",
    }
    people = {name: p.add_participant(name, {GROUP: g}) for name, g in groups.items()}
    for doc in (fg, iv):
        for s in p.speakers(doc.id):
            if s.label in people:
                p.update_speaker(s.id, participant_id=people[s.label].id)
    trust = p.create_code("Trust")
    sharing = p.create_code("Information sharing", trust.id)
    respect = p.create_code("Respect", trust.id)
    barriers = p.create_code("Barriers")
    alice, bob, consensus = (p.ensure_coder(n) for n in ("Alice", "Bob", "Consensus"))
    t_fg, t_iv = p.document(fg.id).text, p.document(iv.id).text
    plan = [
        (fg.id, t_fg, sharing, alice, "We call the prosecutors every week."),
        (fg.id, t_fg, respect, alice, "Trust matters most."),
        (fg.id, t_fg, sharing, alice, "I get reports from Ana quickly."),
        (fg.id, t_fg, respect, alice, "I get reports from Ana quickly. Respect goes both ways."),
        (fg.id, t_fg, barriers, alice, "Funding is a barrier."),
        (fg.id, t_fg, sharing, alice, "How do you share information?"),  # the moderator: not counted
        (iv.id, t_iv, respect, alice, "Trust took years to build with the advocates."),
        (iv.id, t_iv, barriers, alice, "Turnover is the biggest barrier."),
        (fg.id, t_fg, sharing, bob, "We call the prosecutors every week."),
        (iv.id, t_iv, barriers, bob, "Turnover is the biggest barrier."),
        (fg.id, t_fg, sharing, consensus, "We call the prosecutors every week."),
        (iv.id, t_iv, barriers, consensus, "Turnover is the biggest barrier."),
    ]
    for doc_id, text, code, coder, phrase in plan:
        p.add_coding(doc_id, code.id, coder.id, *_span(text, phrase))
    p.history.clear()
    yield p
    try:
        p.close()
    except Exception:  # noqa: BLE001 - already closed by the context
        pass


def _open(qtbot, ctx) -> AnalysisView:  # type: ignore[no-untyped-def]
    """The view on ``ctx``'s project, shown, with its first matrix computed (in a worker)."""
    view = AnalysisView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    qtbot.waitExposed(view)
    _settle(qtbot, view)
    return view


def _settle(qtbot, view: AnalysisView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.model.matrix is not None and not view.is_computing(), timeout=10000)


def _row(view: AnalysisView, name: str) -> int:
    return next(i for i, r in enumerate(view.model.rows()) if r.name == name)


def _col(view: AnalysisView, *key: str) -> int:
    return next(i for i, c in enumerate(view.model.columns()) if c.key == key)


def _click_cell(qtbot, view: AnalysisView, row: int, col: int) -> None:  # type: ignore[no-untyped-def]
    index = view.model.index(row, col)
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())


def _drill_point(view: AnalysisView, row: int, col: int) -> QPoint:
    index = view.drill.proxy.index(row, col)
    view.drill.view.scrollTo(index)
    return view.drill.view.visualRect(index).center()


def _listed(view: AnalysisView) -> list[tuple[str, str, str, str]]:
    return sorted((i.document, i.speaker, i.coder, i.text) for i in view.drill.items())


def _code(project: Project, name: str) -> str:
    return next(c.id for c in project.codes() if c.name == name)


def _coder(project: Project, name: str) -> str:
    coder = project.coder_by_name(name)
    assert coder is not None
    return coder.id


# --- the matrix ------------------------------------------------------------------------------


def test_cells_equal_theme_frequencies_for_every_count(qtbot, ctx, project, qtmodeltester) -> None:
    view = _open(qtbot, ctx)
    qtmodeltester.check(view.model)
    expected = theme_frequencies(project.snapshot(), [GROUP])
    assert [r.name for r in view.model.rows()] == ["Trust", "Information sharing", "Respect", "Barriers"]
    assert [c.key for c in view.model.columns()] == [(), *((v,) for v in expected.values[GROUP])]
    for kind in CountKind:
        view.model.set_kind(kind)
        for r, cf in enumerate(expected.codes):
            assert view.model.text(r, 0) == cell_text(cf.total, kind)
            for v in expected.values[GROUP]:
                assert view.model.text(r, _col(view, v)) == cell_text(cf.by[GROUP][v], kind), (cf.path, v, kind)
    # figures checked by hand: Trust x law enforcement = Ana (3 coders on one passage + one more
    # passage by Alice) and Dee (one passage)
    view.model.set_kind(CountKind.EXCERPTS)
    trust, le = _row(view, "Trust"), _col(view, "law enforcement")
    assert view.model.text(trust, le) == "5"
    view.model.set_kind(CountKind.PARTICIPANTS)
    assert view.model.text(trust, le) == "2"
    view.model.set_kind(CountKind.SHARE)
    assert view.model.text(trust, _col(view, "prosecutor")) == "100%"
    assert view.model.text(_row(view, "Barriers"), le) == "50%"  # Dee, not Ana
    tip = view.model.data(view.model.index(_row(view, "Barriers"), le), Qt.ItemDataRole.ToolTipRole)
    assert "1 of 2 respondents mention it (50%)" in tip
    assert "2 of 2 sites" in view.model.tooltip(trust, le)
    # parents are bold; code names are the vertical header
    assert view.model.headerData(trust, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).bold()
    assert view.model.headerData(_row(view, "Respect"), Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole) is None


def test_switching_the_count_kind_changes_the_numbers_shown(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    trust, le = _row(view, "Trust"), _col(view, "law enforcement")

    def shown() -> str:
        return str(view.model.index(trust, le).data())

    assert shown() == "5"
    view.controls.kind_combo.setFocus()
    qtbot.keyClick(view.controls.kind_combo, Qt.Key.Key_Down)  # Documents
    assert view.controls.kind() == CountKind.DOCUMENTS
    assert shown() == "2"
    qtbot.keyClick(view.controls.kind_combo, Qt.Key.Key_Down)  # Participants
    assert shown() == "2"
    qtbot.keyClick(view.controls.kind_combo, Qt.Key.Key_Down)  # Sites
    assert shown() == "2 of 2"
    qtbot.keyClick(view.controls.kind_combo, Qt.Key.Key_Down)  # Share
    assert shown() == "100%"
    assert "÷ respondents of the group" in view.note.text()
    assert not view.is_computing()  # a different count only repaints


def test_coder_filter_all_one_several_and_consensus(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    snapshot = project.snapshot()
    sharing, le = _row(view, "Information sharing"), _col(view, "law enforcement")
    assert view.model.text(sharing, le) == "3"
    assert "3 coders are counted" in view.note.text()
    actions = [a.text() for a in view.controls.coders_menu.actions() if a.text()]
    assert actions == ["All coders", "Consensus", "Alice", "Bob"]  # the consensus first
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.controls.coder_action("Consensus").trigger()
    expected = theme_frequencies(snapshot, [GROUP], coders=["Consensus"])
    for r, cf in enumerate(expected.codes):
        assert view.model.text(r, le) == str(cf.by[GROUP]["law enforcement"].excerpts)
    assert view.model.text(sharing, le) == "1"
    assert view.controls.coders_button.text() == "Coder: Consensus"
    assert "coders are counted" not in view.note.text()
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.controls.coder_action("Alice").trigger()  # Consensus and Alice
    expected = theme_frequencies(snapshot, [GROUP], coders=["Consensus", "Alice"])
    assert view.model.text(sharing, le) == str(expected.codes[1].by[GROUP]["law enforcement"].excerpts) == "2"
    assert view.controls.coders_button.text() == "Coders: 2 of 3"
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.controls.coder_action("All coders").trigger()
    assert view.model.text(sharing, le) == "3"


def test_interviewers_roll_up_and_top_level_rows(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    sharing, total = _row(view, "Information sharing"), 0
    assert view.model.text(sharing, total) == "4"  # the moderator's question is not counted
    with qtbot.waitSignal(view.computed, timeout=10000):
        qtbot.mouseClick(view.controls.interviewers_check, Qt.MouseButton.LeftButton)
    assert view.model.text(sharing, total) == "5"
    assert [c.key for c in view.model.columns()][-1] == ("(none)",)  # the moderator has no group
    with qtbot.waitSignal(view.computed, timeout=10000):
        qtbot.mouseClick(view.controls.interviewers_check, Qt.MouseButton.LeftButton)
    trust = _row(view, "Trust")
    assert view.model.text(trust, total) == "6"  # the overlapping pair under Trust is one excerpt
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.controls.rows_combo.setCurrentIndex(view.controls.rows_combo.findData(RowMode.OWN.value))
    assert view.model.text(_row(view, "Trust"), total) == "0"  # no coding is made with Trust itself
    assert view.model.text(_row(view, "Respect"), total) == "3"
    _click_cell(qtbot, view, _row(view, "Respect"), _col(view, "law enforcement"))
    assert _listed(view) == [
        ("FG-North", "Ana", "Alice", "Trust matters most."),
        ("INT-South", "Dee", "Alice", "Trust took years to build with the advocates."),
    ]
    _click_cell(qtbot, view, _row(view, "Trust"), total)
    assert view.drill.items() == []
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.controls.rows_combo.setCurrentIndex(view.controls.rows_combo.findData(RowMode.TOP.value))
    assert [r.name for r in view.model.rows()] == ["Trust", "Barriers"]
    assert view.model.text(0, total) == "6"


def test_group_by_site_pairs(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    combo = view.controls.attribute2_combo
    with qtbot.waitSignal(view.computed, timeout=10000):
        combo.setCurrentIndex(combo.findData("site"))
    expected = theme_frequencies(project.snapshot(), [GROUP, "site"])
    keys = [c.key for c in view.model.columns()][1:]
    # only the pairs that have respondents
    assert keys == [
        ("law enforcement", "North"),
        ("law enforcement", "South"),
        ("prosecutor", "North"),
        ("victim service provider", "North"),
    ]
    for r, cf in enumerate(expected.codes):
        for k in keys:
            assert view.model.text(r, _col(view, *k)) == str(cf.pairs[k].excerpts)
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "law enforcement\nNorth"
    assert view.chart.drawn_columns() == [1, 2, 3, 4]


def test_recomputes_after_a_change_in_the_project(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    barriers, vsp = _row(view, "Barriers"), _col(view, "victim service provider")
    assert view.model.text(barriers, vsp) == "1"
    doc = next(d for d in project.documents() if d.name == "FG-North")
    text = project.document(doc.id).text
    with qtbot.waitSignal(view.computed, timeout=10000):
        project.add_coding(
            doc.id, _code(project, "Barriers"), _coder(project, "Bob"), *_span(text, "Our clients fear the police 🚓.")
        )
    assert view.model.text(barriers, vsp) == "2"
    with qtbot.waitSignal(view.computed, timeout=10000):
        ctx.undo_stack.undo()
    assert view.model.text(barriers, vsp) == "1"


def test_attribute_changes_move_excerpts_between_columns(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    combo = view.controls.attribute2_combo
    with qtbot.waitSignal(view.computed, timeout=10000):
        combo.setCurrentIndex(combo.findData("site"))
    assert ("law enforcement", "South") in [c.key for c in view.model.columns()]
    # a document's attribute (re-read with the document, the rest of the snapshot is kept)
    south = next(d for d in project.documents() if d.name == "INT-South")
    with qtbot.waitSignal(view.computed, timeout=10000):
        project.set_attributes(AttributeScope.DOCUMENT, {south.id: {"site": "North"}})
    keys = [c.key for c in view.model.columns()]
    assert ("law enforcement", "South") not in keys
    le_north = _col(view, "law enforcement", "North")
    assert view.model.text(_row(view, "Barriers"), le_north) == "3"  # Dee's passage, by three coders
    # a participant's attribute
    with qtbot.waitSignal(view.computed, timeout=10000):
        combo.setCurrentIndex(0)
    cara = project.participant_by_name("Cara")
    assert cara is not None
    with qtbot.waitSignal(view.computed, timeout=10000):
        project.set_attributes(AttributeScope.PARTICIPANT, {cara.id: {GROUP: "prosecutor"}})
    assert view.model.text(_row(view, "Barriers"), _col(view, "prosecutor")) == "1"
    assert view.model.text(_row(view, "Barriers"), _col(view, "victim service provider")) == "0"
    expected = theme_frequencies(project.snapshot(), [GROUP])
    for r, cf in enumerate(expected.codes):
        for v in expected.values[GROUP]:
            assert view.model.text(r, _col(view, v)) == str(cf.by[GROUP][v].excerpts)


# --- drill-down ------------------------------------------------------------------------------


def test_clicking_a_cell_lists_exactly_its_excerpts(qtbot, ctx, project, qtmodeltester) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Trust"), _col(view, "law enforcement"))
    assert _listed(view) == [
        ("FG-North", "Ana", "Alice", "Trust matters most."),
        ("FG-North", "Ana", "Alice", "We call the prosecutors every week."),
        ("FG-North", "Ana", "Bob", "We call the prosecutors every week."),
        ("FG-North", "Ana", "Consensus", "We call the prosecutors every week."),
        ("INT-South", "Dee", "Alice", "Trust took years to build with the advocates."),
    ]
    assert view.drill.title.text() == "Trust — Stakeholder group: law enforcement: 5 excerpts"
    assert {i.group for i in view.drill.items()} == {"law enforcement"}
    qtmodeltester.check(view.drill.model)
    # the parent's excerpt joining two overlapping subcodes is listed once, with both codes
    _click_cell(qtbot, view, _row(view, "Trust"), _col(view, "prosecutor"))
    [item] = view.drill.items()
    assert item.text == "I get reports from Ana quickly. Respect goes both ways."
    assert item.codes == "Information sharing, Respect" and len(item.coding_ids) == 2
    # the All column, through the row header
    vh = view.table.verticalHeader()
    y = vh.sectionViewportPosition(_row(view, "Barriers")) + vh.sectionSize(0) // 2
    qtbot.mouseClick(vh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, y))
    assert len(view.drill.items()) == 4 and view.drill.title.text().startswith("Barriers — All respondents")


def test_double_click_opens_the_excerpt_in_its_document(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Barriers"), _col(view, "victim service provider"))
    [item] = view.drill.items()
    doc = next(d for d in project.documents() if d.name == "FG-North")
    start, end = _span(project.document(doc.id).text, "Funding is a barrier.")
    assert start > FOCUS_GROUP.index("🚓")  # offsets are code points, after an emoji
    pos = _drill_point(view, 0, 2)
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        # a real double-click: press/release, then the double-click event
        qtbot.mouseClick(view.drill.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(view.drill.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [doc.id, start, end]


def test_starring_an_excerpt_is_saved_and_undoable(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Barriers"), _col(view, "victim service provider"))
    [item] = view.drill.items()
    [coding_id] = item.coding_ids
    assert not item.exemplar and view.drill.proxy.index(0, STAR).data() == "☆"
    qtbot.mouseClick(view.drill.view.viewport(), Qt.MouseButton.LeftButton, pos=_drill_point(view, 0, STAR))
    assert project.coding(coding_id).exemplar
    qtbot.waitUntil(lambda: view.drill.proxy.index(0, STAR).data() == "★")
    assert not view.is_computing()  # a star changes no count: nothing is computed anew
    assert ctx.undo_stack.undoText() == "Star excerpt"
    ctx.undo_stack.undo()
    assert not project.coding(coding_id).exemplar
    qtbot.waitUntil(lambda: view.drill.proxy.index(0, STAR).data() == "☆")
    ctx.undo_stack.redo()
    assert project.coding(coding_id).exemplar
    qtbot.waitUntil(lambda: view.drill.proxy.index(0, STAR).data() == "★")
    # counted again after another change: the star stays (the re-read snapshot keeps it)
    doc = next(d for d in project.documents() if d.name == "INT-South")
    with qtbot.waitSignal(view.computed, timeout=10000):
        project.add_coding(
            doc.id,
            _code(project, "Respect"),
            _coder(project, "Bob"),
            *_span(project.document(doc.id).text, "Trust took years"),
        )
    assert view.drill.proxy.index(0, STAR).data() == "★"


def test_starring_a_joined_excerpt_stars_every_coding_in_one_step(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Trust"), _col(view, "prosecutor"))
    [item] = view.drill.items()
    depth = ctx.undo_stack.count()
    qtbot.mouseClick(view.drill.view.viewport(), Qt.MouseButton.LeftButton, pos=_drill_point(view, 0, STAR))
    assert all(project.coding(c).exemplar for c in item.coding_ids)
    assert ctx.undo_stack.count() == depth + 1
    qtbot.waitUntil(lambda: view.drill.items()[0].exemplar)
    ctx.undo_stack.undo()
    assert not any(project.coding(c).exemplar for c in item.coding_ids)
    qtbot.waitUntil(lambda: not view.drill.items()[0].exemplar)


def test_a_star_set_elsewhere_shows_in_the_list(qtbot, ctx, project) -> None:
    view = _open(qtbot, ctx)
    _click_cell(qtbot, view, _row(view, "Information sharing"), _col(view, "law enforcement"))
    bob = next(i for i in view.drill.items() if i.coder == "Bob")
    project.update_coding(bob.coding_ids[0], exemplar=True)  # as the viewer or excerpts panel would
    qtbot.waitUntil(lambda: next(i for i in view.drill.items() if i.coder == "Bob").exemplar)


# --- chart, copy, export ---------------------------------------------------------------------


def test_chart_follows_selection_and_drills_down_on_click(qtbot, ctx, project, tmp_path) -> None:
    view = _open(qtbot, ctx)
    chart = view.chart
    assert chart.drawn_columns() == [1, 2, 3]  # every group
    assert len(chart.canvas.bars) == 4 * 3
    hh = view.table.horizontalHeader()
    x = hh.sectionViewportPosition(2) + hh.sectionSize(2) // 2
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert chart.drawn_columns() == [2]
    assert len(chart.canvas.bars) == 4
    # a click on a bar lists that cell's excerpts
    bar = next(b for b in chart.canvas.bars if view.model.row(b.row).name == "Trust")
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint())
    assert view.drill.title.text().startswith("Trust — Stakeholder group: prosecutor")
    # one code, one bar per group
    view.chart_mode.setCurrentIndex(view.chart_mode.findData(ChartMode.CODE.value))
    _click_cell(qtbot, view, _row(view, "Barriers"), 1)
    assert [(b.row, b.column) for b in chart.canvas.bars] == [(_row(view, "Barriers"), c) for c in (1, 2, 3)]
    assert chart.title() == "Excerpts: Barriers"
    assert not chart.grab().isNull()


def test_copy_as_tsv_and_export(qtbot, ctx, project, tmp_path) -> None:
    view = _open(qtbot, ctx)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # nothing selected: all
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == "Code (excerpts)\tAll\tlaw enforcement\tprosecutor\tvictim service provider"
    assert lines[1] == "Trust\t6\t5\t1\t0"
    assert lines[2] == "  Information sharing\t4\t3\t1\t0"
    # a selected block: its rows and columns
    sel = view.table.selectionModel()
    top, bottom = view.model.index(_row(view, "Respect"), 1), view.model.index(_row(view, "Barriers"), 2)
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    sel.select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "Code (excerpts)\tlaw enforcement\tprosecutor\n  Respect\t2\t1\nBarriers\t3\t0\n"
    )
    csv_path = view.export_csv(tmp_path / "table.csv")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1] == "Trust,6,5,1,0"
    xlsx = view.export_xlsx(tmp_path / "analysis.xlsx")
    assert xlsx is not None and xlsx.exists()
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    assert "By stakeholder_group" in wb.sheetnames
    rows = list(wb["By stakeholder_group"].iter_rows(values_only=True))
    header = rows[0]
    got = {(r[0], r[header.index("Stakeholder group")]): r[header.index("Excerpts")] for r in rows[1:]}
    assert got[("Trust", "law enforcement")] == 5
    wb.close()


def test_a_hidden_view_counts_only_once_shown(qtbot, ctx, project) -> None:
    view = AnalysisView(ctx)
    qtbot.addWidget(view)
    qtbot.wait(50)
    assert view.model.matrix is None and not view._workers  # nothing read while hidden
    view.show()
    _settle(qtbot, view)
    assert view.model.rowCount() == 4
    view.hide()
    doc = next(d for d in project.documents() if d.name == "INT-South")
    project.add_coding(
        doc.id,
        _code(project, "Barriers"),
        _coder(project, "Bob"),
        *_span(project.document(doc.id).text, "Any barriers?"),
    )
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=5000)
    assert not view._workers and view.model.text(_row(view, "Barriers"), 0) == "4"  # stale while hidden
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.show()
    assert view.model.text(_row(view, "Barriers"), 0) == "4"  # the interviewer's question is not counted
    with qtbot.waitSignal(view.computed, timeout=10000):
        qtbot.mouseClick(view.controls.interviewers_check, Qt.MouseButton.LeftButton)
    assert view.model.text(_row(view, "Barriers"), 0) == "5"


def test_projects_without_attributes_or_codes(qtbot, qapp, settings, tmp_path) -> None:
    from qcoder.gui.context import AppContext

    settings.set_coder_name("Alice")
    context = AppContext(settings)
    empty = Project.create(tmp_path / "empty.qcoder", name="Empty")
    context.open_project(empty)
    view = AnalysisView(context)
    qtbot.addWidget(view)
    view.show()
    _settle(qtbot, view)
    assert view.model.rowCount() == 0 and [c.key for c in view.model.columns()] == [()]
    assert not view.chart.grab().isNull()
    assert view.model.tsv() == "Code (excerpts)\tAll\n"
    # a project with codings but no attributes: one "All" column
    plain = Project.create(tmp_path / "plain.qcoder", name="Plain")
    doc = plain.add_document(finish(INTERVIEW, "iv.txt", "txt"), name="INT")
    code = plain.create_code("Barriers")
    coder = plain.ensure_coder("Alice")
    plain.add_coding(doc.id, code.id, coder.id, *_span(plain.document(doc.id).text, "Turnover"))
    context.open_project(plain)  # closes the empty one
    _settle(qtbot, view)
    assert view.model.rowCount() == 1 and view.model.columnCount() == 1
    assert view.model.text(0, 0) == "1"
    assert view.chart.drawn_columns() == [0] and len(view.chart.canvas.bars) == 1
    _click_cell(qtbot, view, 0, 0)
    assert [i.text for i in view.drill.items()] == ["Turnover"]
    context.close_project()
    assert view.model.rowCount() == 0 and view.drill.items() == []
    context.deleteLater()


def test_drill_down_by_keyboard_arrows_enter_then_enter_on_an_excerpt(qtbot, ctx, project) -> None:
    """Issue 19: the arrows reach a cell, Enter lists its excerpts, Tab reaches the list,
    Enter on an excerpt opens it in its document."""
    view = _open(qtbot, ctx)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    row, col = _row(view, "Barriers"), _col(view, "victim service provider")
    for _ in range(row - view.table.currentIndex().row()):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    for _ in range(col - view.table.currentIndex().column()):
        qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (row, col)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.drill.items()) == 1)
    for _ in range(30):  # Tab on to the excerpt list
        if QApplication.focusWidget() is view.drill.view:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.drill.view
    qtbot.keyClick(view.drill.view, Qt.Key.Key_Down)
    doc = next(d for d in project.documents() if d.name == "FG-North")
    with qtbot.waitSignal(ctx.document_requested, timeout=2000) as blocker:
        qtbot.keyClick(view.drill.view, Qt.Key.Key_Return)
    assert blocker.args == [doc.id, *_span(project.document(doc.id).text, "Funding is a barrier.")]

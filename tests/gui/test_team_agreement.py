"""Agreement view and reconciliation on a hand-built two-coder project.

The numbers are the worked 2x2 example used in tests/app/test_agreement_service.py (Cohen
1960 style, 50 units): both coders coded [0, 20), only Maya [20, 25), only Jordan [25, 35),
nobody [35, 50) -> po = 35/50 = 0.7, pA = 0.5, pB = 0.6, pe = 0.5, kappa = 0.2/0.5 = 0.4.
The view must show exactly what ``agreement_json`` reports.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from qcoder.analysis.agreement import Pooling, Unit
from qcoder.app import Project
from qcoder.app.agreement import agreement, agreement_json
from qcoder.core.model import AttributeScope
from qcoder.gui.team.agreement_view import TAB_AUDIT, TAB_DISAGREEMENTS, AgreementDialog
from qcoder.gui.team.stats_model import NOT_DEFINED, STATS, VALUE_ROLE
from qcoder.importers.base import finish

TEXT = "We met every week and shared the case files openly."[:50]
assert len(TEXT) == 50


@pytest.fixture
def two(qapp, tmp_path: Path, settings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from qcoder.gui.context import AppContext
    from qcoder.gui.style import apply_style

    apply_style(QApplication.instance())  # type: ignore[arg-type]
    project = Project.create(tmp_path / "two.qcoder", name="Two coders")
    doc = project.add_document(finish(TEXT, "d.txt", "txt"), name="Weekly meetings")
    project.set_attributes(AttributeScope.DOCUMENT, {doc.id: {"site": "Harbor City"}})
    code = project.create_code("Information sharing")
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    project.add_coding(doc.id, code.id, maya.id, 0, 25)
    project.add_coding(doc.id, code.id, jordan.id, 0, 20)
    project.add_coding(doc.id, code.id, jordan.id, 25, 35)
    project.history.clear()
    settings.set_coder_name("Lead")
    ctx = AppContext(settings)
    ctx.open_project(project)
    yield ctx
    ctx.close_project()


def _dialog(qtbot, ctx) -> AgreementDialog:  # type: ignore[no-untyped-def]
    dialog = AgreementDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.choices_ready, timeout=30000)  # who coded what is read in a worker
    return dialog


def _compute(qtbot, dialog: AgreementDialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.computed, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is not None, dialog.error
    return blocker.args[0]


def _row_values(model, row: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {name: model.index(row, col).data(VALUE_ROLE) for col, name in enumerate(STATS, start=1)}


def _click_row(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_figures_equal_the_service(qtbot, two, qtmodeltester) -> None:
    ctx = two
    dialog = _dialog(qtbot, ctx)
    assert sorted(dialog.coder_names()) == ["Jordan", "Maya"]  # the coders who coded something
    dialog.set_coders(["Maya", "Jordan"])
    dialog.set_choice(Unit.CHARACTER, Pooling.POOLED, "site")
    _compute(qtbot, dialog)

    report, inputs = agreement(ctx.project, ["Maya", "Jordan"], Unit.CHARACTER, None, Pooling.POOLED, "site")
    expected = agreement_json(report, inputs)
    model = dialog.figures.codes_model
    assert model.index(0, 0).data() == "All codes (pooled)"
    overall = _row_values(model, 0)
    assert overall == {k: expected["overall"][k] for k in STATS}
    assert overall["percent_agreement"] == pytest.approx(0.7)
    assert overall["cohen_kappa"] == pytest.approx(0.4)
    assert model.index(0, 1).data() == "70.0%" and model.index(0, 2).data() == "0.400"
    assert model.index(0, 6).data() == "50"  # characters rated by both
    assert model.headerData(6, Qt.Orientation.Horizontal) == "Characters"
    assert model.index(1, 0).data() == "Information sharing"
    assert _row_values(model, 1) == {k: expected["codes"][0]["stats"][k] for k in STATS}

    # the per-document breakdown follows the selected code
    _click_row(qtbot, dialog.figures.codes_view, 1)
    assert dialog.figures.detail_label.text() == "Breakdown for Information sharing"
    docs = dialog.figures.docs_model
    assert docs.rowCount() == 1 and docs.index(0, 0).data() == "Weekly meetings"
    assert _row_values(docs, 0) == {k: expected["codes"][0]["documents"][0]["stats"][k] for k in STATS}
    groups = dialog.figures.groups_model
    assert groups.index(0, 0).data() == "Harbor City"
    assert _row_values(groups, 0) == {k: expected["groups"][0]["codes"][0]["stats"][k] for k in STATS}
    # no pairwise matrix for two coders
    assert dialog.figures.detail_tabs.isTabVisible(1) and not dialog.figures.detail_tabs.isTabVisible(2)
    for m in (model, docs, groups):
        qtmodeltester.check(m)

    # averaged: the overall row says so
    dialog.set_choice(pooling=Pooling.AVERAGED)
    _compute(qtbot, dialog)
    assert model.index(0, 0).data() == "All codes (averaged)"
    assert "averaged" in dialog.figures.scope_label.text()

    # export: the rows of report.to_rows
    out = Path(ctx.project.path).with_name("agreement.csv")
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_to(out)
    assert blocker.args[0] == out
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    report, inputs = agreement(ctx.project, ["Maya", "Jordan"], Unit.CHARACTER, None, Pooling.AVERAGED, "site")
    want = report.to_rows(inputs.code_names, inputs.doc_names)
    assert [r["scope"] for r in rows] == [str(w["scope"]) for w in want]
    assert float(rows[0]["cohen_kappa"]) == pytest.approx(want[0]["cohen_kappa"])  # type: ignore[arg-type]


def test_three_coders_pairwise_matrix_and_undefined(qtbot, two, qtmodeltester) -> None:
    ctx = two
    project = ctx.project
    doc = project.documents()[0]
    code = project.codes()[0]
    sam = project.ensure_coder("Sam")
    project.add_coding(doc.id, code.id, sam.id, 0, 50)  # Sam coded everything
    trust = project.create_code("Trust")
    project.add_coding(doc.id, trust.id, sam.id, 0, 10)  # only Sam used "Trust"
    dialog = _dialog(qtbot, ctx)
    dialog.set_coders(["Maya", "Jordan", "Sam"])
    dialog.set_choice(group_by=None)
    _compute(qtbot, dialog)
    report, inputs = agreement(project, ["Maya", "Jordan", "Sam"], group_by=None)
    expected = agreement_json(report, inputs)
    model = dialog.figures.codes_model
    assert _row_values(model, 0) == {k: expected["overall"][k] for k in STATS}
    # Cohen's kappa is for two coders: n/d, with the reason as a tooltip
    assert model.index(0, 2).data() == NOT_DEFINED
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("not defined: Cohen's kappa compares two")
    assert dialog.figures.detail_tabs.isTabVisible(2) and not dialog.figures.detail_tabs.isTabVisible(1)
    pair = dialog.figures.pair_model
    names = [pair.headerData(i, Qt.Orientation.Horizontal) for i in range(pair.columnCount())]
    assert names == ["Jordan", "Maya", "Sam"]  # in the order of the coder list
    by_pair = {frozenset(p["coders"]): p["cohen_kappa"] for p in expected["pairwise"]}
    assert pair.index(1, 0).data(VALUE_ROLE) == by_pair[frozenset({"Maya", "Jordan"})]
    assert pair.index(1, 2).data(VALUE_ROLE) == by_pair[frozenset({"Maya", "Sam"})]
    assert pair.index(1, 1).data() == "—"
    # per code: the worked example again for Maya and Jordan; 0 with Sam, who coded every character
    _click_row(qtbot, dialog.figures.codes_view, 1)
    assert pair.index(1, 0).data(VALUE_ROLE) == pytest.approx(0.4) and pair.index(1, 0).data() == "0.400"
    assert pair.index(1, 2).data(VALUE_ROLE) == pytest.approx(0.0)
    # "Trust" only Sam used: for Maya and Jordan (neither applied it) chance agreement is 1, kappa undefined
    _click_row(qtbot, dialog.figures.codes_view, 2)
    assert dialog.figures.codes_model.index(2, 0).data() == "Trust"
    assert pair.index(0, 1).data(VALUE_ROLE) is None and pair.index(0, 1).data() == NOT_DEFINED
    trust = next(c for c in expected["codes"] if c["code"] == "Trust")
    want = {frozenset(p["coders"]): p["cohen_kappa"] for p in trust["pairwise"]}
    assert want[frozenset({"Maya", "Jordan"})] is None
    assert pair.index(0, 2).data(VALUE_ROLE) == want[frozenset({"Jordan", "Sam"})]
    qtmodeltester.check(pair)
    dialog.figures.detail_tabs.setCurrentIndex(2)


def test_reconcile_accept_writes_consensus_and_shrinks_the_list(qtbot, two, qtmodeltester) -> None:
    ctx = two
    project = ctx.project
    dialog = _dialog(qtbot, ctx)
    dialog.set_coders(["Maya", "Jordan"])
    _compute(qtbot, dialog)
    dialog.tabs.setCurrentIndex(TAB_DISAGREEMENTS)
    panel = dialog.disagreements
    rows = panel.rows()
    # largest first: [25, 35) only Jordan (omission), then [20, 25) Maya longer (boundary)
    assert [(r.item.start, r.item.end, r.item.kind.value) for r in rows] == [(25, 35, "omission"), (20, 25, "boundary")]
    assert dialog.tabs.tabText(TAB_DISAGREEMENTS) == "Disagreements (2)"
    _click_row(qtbot, panel.view, 0)
    assert set(panel.side.browsers) == set(rows[0].item.coders)
    maya = project.coder_by_name("Maya").id
    jordan = project.coder_by_name("Jordan").id
    assert panel.side.applied[maya].text() == "Applied here: nothing"
    assert panel.side.applied[jordan].text() == "Applied here: Information sharing"
    assert "shared" in panel.side.browsers[jordan].toPlainText()
    qtmodeltester.check(panel.model)

    steps = ctx.undo_stack.count()
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.mouseClick(panel.accept_buttons["Maya"], Qt.MouseButton.LeftButton)
    assert dialog.job is None  # Consensus is not compared: its decisions change no figure, nothing recomputed
    consensus = project.coder_by_name("Consensus")
    assert consensus is not None
    # seeded with the agreed [0, 20); Maya's version of [25, 35) is "nothing"
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 20)]
    assert [(r.item.start, r.item.end) for r in panel.rows()] == [(20, 25)]  # the list shrank
    assert dialog.tabs.tabText(TAB_DISAGREEMENTS) == "Disagreements (1)"
    assert ctx.undo_stack.count() == steps + 1  # seeding + decision: one step

    # the next one is selected: accept Maya's longer span
    assert panel.selected()[0].start == 20
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.mouseClick(panel.accept_buttons["Maya"], Qt.MouseButton.LeftButton)
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 25)]
    assert panel.rows() == [] and "No disagreements left" in panel.side.header.text()
    panel.hide_decided.setChecked(False)
    assert len(panel.rows()) == 2 and all(r.decided for r in panel.rows())
    panel.hide_decided.setChecked(True)

    # the consensus agrees with Maya everywhere now
    dialog.set_coders(["Maya", "Consensus"])
    _compute(qtbot, dialog)
    assert _row_values(dialog.figures.codes_model, 0)["cohen_kappa"] == pytest.approx(1.0)
    assert _row_values(dialog.figures.codes_model, 0)["percent_agreement"] == pytest.approx(1.0)
    dialog.set_coders(["Maya", "Jordan"])
    _compute(qtbot, dialog)
    panel.hide_decided.setChecked(True)
    assert panel.rows() == []

    # the audit log tab shows the decisions
    dialog.tabs.setCurrentIndex(TAB_AUDIT)
    audit = dialog.audit.audit_model
    actions = [audit.index(r, 2).data() for r in range(audit.rowCount())]
    assert sorted(actions) == ["Reconcile", "Reconcile", "Start consensus"]
    assert {audit.index(r, 1).data() for r in range(audit.rowCount())} == {"Lead"}
    assert any("accepted Maya's version" in audit.index(r, 3).data() for r in range(audit.rowCount()))
    qtmodeltester.check(audit)

    # undo the last decision: the figures are computed again and it is back in the list
    with qtbot.waitSignal(dialog.computed, timeout=30000):
        ctx.undo_stack.undo()
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 20)]
    assert [(r.item.start, r.item.end) for r in panel.rows()] == [(20, 25)]


def test_union_and_intersection_on_several_at_once(qtbot, two, tmp_path) -> None:
    ctx = two
    project = ctx.project
    dialog = _dialog(qtbot, ctx)
    _compute(qtbot, dialog)
    dialog.tabs.setCurrentIndex(TAB_DISAGREEMENTS)
    panel = dialog.disagreements
    panel.view.selectAll()
    assert len(panel.selected()) == 2 and "2 disagreements selected" in panel.side.header.text()
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.mouseClick(panel.union_button, Qt.MouseButton.LeftButton)
    consensus = project.coder_by_name("Consensus")
    assert consensus is not None
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 35)]
    assert panel.rows() == []
    assert ctx.undo_stack.undoText() == "Reconcile 2 disagreements"

    with qtbot.waitSignal(dialog.computed, timeout=30000):  # undone elsewhere: computed again
        ctx.undo_stack.undo()
    assert project.codings(coder_ids=[consensus.id]) == [] and len(panel.rows()) == 2
    panel.view.selectAll()
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.mouseClick(panel.intersection_button, Qt.MouseButton.LeftButton)
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 20)]

    # the figures as an Excel workbook too
    from openpyxl import load_workbook

    out = tmp_path / "agreement.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(out)
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Summary", "Per code"] and book.sheetnames[-1] == "Breakdowns"
    sheet = book["Breakdowns"]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["unit", "pooling", "scope", "group", "code", "document"]
    first = {h: c.value for h, c in zip(header, sheet[2], strict=True)}
    assert first["scope"] == "overall" and first["cohen_kappa"] == pytest.approx(0.4)
    # and the methods appendix in Word
    from docx import Document as Docx

    out = tmp_path / "appendix.docx"
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_to(out)
    assert blocker.args[0] == out
    headings = [p.text for p in Docx(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["What was compared", "Statistics and why", "Agreement per code"]


def test_blind_mode_keeps_coders_from_comparing(qtbot, two) -> None:
    from qcoder.core.permissions import Role

    ctx = two
    project = ctx.project
    lead = project.ensure_coder("Lead")
    project.set_member(lead.id, Role.LEAD)
    project.set_member(project.coder_by_name("Maya").id, Role.CODER)
    project.set_blind_mode(True)
    ctx.set_coder("Maya")
    project.identify(project.coder_by_name("Maya").id)
    dialog = _dialog(qtbot, ctx)
    assert dialog.banner.isVisible() and "Blind mode is on" in dialog.banner.text()
    assert not dialog.compute_button.isEnabled() and dialog.compute() is None
    assert not dialog.disagreements.can_decide


def test_code_paths_in_the_disagreement_pane_read_as_written(qtbot, two) -> None:
    """Issue 18 item 8: the pane showed "Challenges &gt; Confidentiality"."""
    project = two.project
    parent = project.create_code("Evidence of collaboration")
    project.move_code(project.code_by_path("Information sharing").id, parent.id)
    dialog = _dialog(qtbot, two)
    dialog.set_coders(["Maya", "Jordan"])
    _compute(qtbot, dialog)
    dialog.tabs.setCurrentIndex(TAB_DISAGREEMENTS)
    panel = dialog.disagreements
    _click_row(qtbot, panel.view, 0)
    jordan = project.coder_by_name("Jordan").id
    label = panel.side.applied[jordan]
    assert label.text() == "Applied here: Evidence of collaboration > Information sharing"
    assert "&gt;" not in label.text() and label.textFormat() == Qt.TextFormat.PlainText


def test_the_figures_say_what_alpha_means(qtbot, two) -> None:
    """Issue 15: the window shows the same verdicts as the CLI, by the cited convention."""
    from qcoder.analysis.agreement.verdicts import alpha_verdict
    from qcoder.gui.team.stats_model import VERDICT_COLUMN

    dialog = _dialog(qtbot, two)
    dialog.set_coders(["Maya", "Jordan"])
    _compute(qtbot, dialog)
    model = dialog.figures.codes_model
    assert model.headerData(VERDICT_COLUMN, Qt.Orientation.Horizontal) == "Verdict (α)"
    for row in range(model.rowCount()):
        alpha = model.row(row).stats.krippendorff_alpha
        assert model.index(row, VERDICT_COLUMN).data() == alpha_verdict(alpha)
        assert "Krippendorff" in model.headerData(
            VERDICT_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )


def test_sorting_by_verdict_puts_what_needs_attention_first(qapp) -> None:
    from qcoder.analysis.agreement import Stats, Unit
    from qcoder.gui.team.stats_model import VERDICT_COLUMN, StatsRow, StatsTableModel

    def row(name: str, alpha: float | None) -> StatsRow:
        return StatsRow(name, name, Stats(0.9, alpha, None, alpha, 0.9, 100, 100))

    model = StatsTableModel("Code")
    model.set_rows([row("a", 0.9), row("b", None), row("c", 0.5), row("d", 0.7), row("e", 0.6)], 2, Unit.CHARACTER)
    model.sort(-1)  # no column: the order given (codebook order) stays
    assert [r.label for r in model.rows()] == ["a", "b", "c", "d", "e"]
    model.sort(VERDICT_COLUMN)
    assert [r.label for r in model.rows()] == ["c", "e", "d", "a", "b"]
    assert [model.index(i, VERDICT_COLUMN).data() for i in range(5)] == [
        "unreliable",
        "unreliable",
        "tentative",
        "reliable",
        "not defined",
    ]


def test_disagreements_reviewed_with_the_keyboard_only(qtbot, two) -> None:
    """Issue 19: compute, open the tab, move with the arrows and decide with Alt+1 (accept the
    coder listed first; Alt+U union, Alt+I intersection) — the next disagreement is then selected."""
    ctx = two
    project = ctx.project
    dialog = _dialog(qtbot, ctx)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.set_coders(["Maya", "Jordan"])
    dialog.compute_button.setFocus()
    with qtbot.waitSignal(dialog.computed, timeout=30000):
        qtbot.keyClick(dialog.compute_button, Qt.Key.Key_Space)
    bar = dialog.tabs.tabBar()
    bar.setFocus()
    while bar.currentIndex() != TAB_DISAGREEMENTS:
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    panel = dialog.disagreements
    keys = panel.accept_buttons["Maya"].shortcut()  # Alt+1, Alt+2… in the coders' order
    assert keys.toString() in ("Alt+1", "Alt+2") and panel.accept_buttons["Maya"].toolTip().endswith(
        f"({keys.toString()})"
    )
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.selected()[0].start == 25
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.keyClick(panel.view, keys[0].key(), keys[0].keyboardModifiers())
    assert panel.selected()[0].start == 20  # the next one
    dialog.activateWindow()  # as the window manager does when the decision's progress closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    with qtbot.waitSignal(dialog.decided, timeout=30000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    consensus = project.coder_by_name("Consensus")
    assert consensus is not None and panel.rows() == []
    assert [(c.start, c.end) for c in project.codings(coder_ids=[consensus.id])] == [(0, 25)]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_dialog_keeps_its_width_on_a_laptop_while_computing(qtbot, demo_ctx, language) -> None:  # type: ignore[no-untyped-def]
    """On a 1366x768 screen the dialog grew past the screen's right edge when Compute was
    pressed: its status line ("Computing agreement…") and the choices of long code paths set
    the row's minimum width. Now the status wraps and the choices elide, in every language."""
    from PySide6.QtCore import QEvent, QObject

    from qcoder.gui import i18n

    assert i18n.install_translators(language, QApplication.instance()) == language
    try:
        dialog = _dialog(qtbot, demo_ctx)
        dialog.resize(1100, 700)
        widths: list[int] = []

        class Watch(QObject):
            def eventFilter(self, watched, event):  # type: ignore[no-untyped-def] # noqa: N802
                if watched is dialog and event.type() == QEvent.Type.Resize:
                    widths.append(dialog.width())
                return False

        watch = Watch()
        dialog.installEventFilter(watch)
        assert dialog.minimumSizeHint().width() <= 1366 - 16 - 100  # room to spare on a laptop
        _compute(qtbot, dialog)
        assert dialog.width() == 1100 and widths == []
        assert dialog.minimumSizeHint().width() <= 1366 - 16 - 100
    finally:
        i18n.remove_translators(QApplication.instance())

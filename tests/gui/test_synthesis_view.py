"""The Group synthesis tab of the framework matrix window, on the demo project (whose exemplars
are starred): "n of N" equal to the stats, a case summary rolled up into its group and undone,
a cell's quotes attributed, export, and it fits a laptop."""

from __future__ import annotations

from pathlib import Path

from docx import Document as read_docx
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from qcoder.analysis.frequencies import stats_json
from qcoder.gui.analysis.framework_view import FrameworkDialog
from qcoder.gui.analysis.synthesis_view import SynthesisPanel

THEME = "Challenges > Confidentiality"


def _open(qtbot, ctx) -> tuple[FrameworkDialog, SynthesisPanel]:  # type: ignore[no-untyped-def]
    dialog = FrameworkDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.framework is not None and not dialog.is_computing(), timeout=10000)
    panel = dialog.synthesis
    assert panel.synthesis is None  # computed only when its tab is shown
    with qtbot.waitSignal(panel.computed, timeout=10000):
        dialog.show_synthesis()
    return dialog, panel


def _theme_id(panel: SynthesisPanel, path: str) -> str:
    assert panel.synthesis is not None
    return next(cid for cid, p in panel.synthesis.themes if p == path)


def test_counts_quotes_and_a_summary_rolled_up(qtbot, qtmodeltester, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog, panel = _open(qtbot, demo_ctx)
    qtmodeltester.check(panel.model)
    synthesis = panel.synthesis
    assert synthesis is not None and (synthesis.group, synthesis.across) == ("stakeholder_group", "site")
    assert synthesis.groups == [
        panel.model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for i in range(panel.model.columnCount())
    ]
    assert panel.model.headerData(3, Qt.Orientation.Horizontal) == "victim service\nprovider"
    project = demo_ctx.project
    stats = {r["code"]: r["by"]["stakeholder_group"] for r in stats_json(project.snapshot(), ["stakeholder_group"])}
    for cell in synthesis.cells:
        expected = stats[cell.path][cell.group]
        assert (cell.respondents, cell.respondents_total) == (expected["participants"], expected["respondents"])
        assert f"{cell.cases} of {cell.cases_total}" == expected["sites"]
    code_id = _theme_id(panel, THEME)
    panel.select(code_id, "victim service provider")
    cell = panel.selected_cell()
    assert cell is not None and cell.quotes
    assert panel.model.data(panel.grid.currentIndex()).startswith("6 of 6 · 5 of 5 sites  ★")
    text = panel.detail.toPlainText()
    assert cell.quotes[0].text[:40] in text and cell.quotes[0].attribution() in text
    case = "site=Harbor City|stakeholder_group=victim service provider"
    with qtbot.waitSignal(panel.computed, timeout=10000):
        project.set_summary(case, code_id, "Advocates guard privilege.")
    assert "✎ Harbor City: Advocates guard privilege." in panel.model.data(panel.grid.currentIndex())
    assert "Advocates guard privilege. — Evaluator" in panel.detail.toPlainText()
    with qtbot.waitSignal(panel.computed, timeout=10000):
        demo_ctx.undo_stack.undo()
    assert "✎" not in panel.model.data(panel.grid.currentIndex())
    dialog.wait()


def test_groups_by_site_without_across_and_export(qtbot, demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog, panel = _open(qtbot, demo_ctx)
    with qtbot.waitSignal(panel.computed, timeout=10000):
        panel.set_group("site")
    assert panel.synthesis is not None and panel.synthesis.group == "site"
    assert all(c.cases is None for c in panel.synthesis.cells) and "Harbor City" in panel.synthesis.groups
    for name in ("s.xlsx", "s.docx"):
        with qtbot.waitSignal(panel.exported, timeout=20000):
            panel.export(tmp_path / name)
    grid = load_workbook(tmp_path / "s.xlsx")["Group synthesis"]
    assert grid["A1"].value == "Theme" and grid["B1"].value == panel.synthesis.groups[0]
    assert read_docx(str(tmp_path / "s.docx")).paragraphs[0].text == "Group synthesis"
    dialog.wait()


def test_it_fits_a_laptop(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog, panel = _open(qtbot, demo_ctx)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    assert panel.grid.horizontalHeader().sectionSize(0) > 60
    dialog.wait()

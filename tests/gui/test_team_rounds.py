"""The agreement window's per-round view: grouping by the training-round attribute lists
the rounds in the order they were added (issue 15)."""

from __future__ import annotations

from pathlib import Path

from qcoder.app import Project
from qcoder.app.agreement import agreement
from qcoder.app.rounds import ROUND_ATTRIBUTE, add_round
from qcoder.gui.context import AppContext
from qcoder.importers.base import finish
from tests.gui.test_team_agreement import _compute, _dialog, _row_values


def test_groups_by_training_round_in_round_order(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    project = Project.create(tmp_path / "rounds.qcoder")
    code = project.create_code("Trust")
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    for name, theirs in (("a", (0, 30)), ("b", (5, 40))):
        doc = project.add_document(finish("text." * 10, f"{name}.txt", "txt"))
        project.add_coding(doc.id, code.id, maya.id, 0, 30)
        project.add_coding(doc.id, code.id, jordan.id, *theirs)
    add_round(project, "Pilot", ["b"])  # added first: listed first, though "Calibration" sorts before it
    add_round(project, "Calibration", ["a"])
    settings.set_coder_name("Lead")
    ctx = AppContext(settings)
    ctx.open_project(project)
    try:
        dialog = _dialog(qtbot, ctx)
        dialog.set_coders(["Maya", "Jordan"])
        dialog.set_choice(group_by=ROUND_ATTRIBUTE)
        _compute(qtbot, dialog)
        dialog.figures.show_details(code.id)
        groups = dialog.figures.groups_model
        assert [groups.index(r, 0).data() for r in range(groups.rowCount())] == ["Pilot", "Calibration"]
        report, _ = agreement(project, ["Maya", "Jordan"], group_by=ROUND_ATTRIBUTE)
        assert (
            _row_values(groups, 0)["krippendorff_alpha"] == report.by_group_code[("Pilot", code.id)].krippendorff_alpha
        )
    finally:
        ctx.close_project()


def _rounds_project(tmp_path: Path) -> Project:
    """Two rounds: in the first the coders disagree on Trust, in the second they agree; Tone
    has two exclusive subcodes the coders apply to the same passage (Maya: Positive, Jordan:
    Negative on part of it)."""
    project = Project.create(tmp_path / "rounds.qcoder")
    trust = project.create_code("Trust")
    tone = project.create_code("Tone")
    positive = project.create_code("Positive", tone.id)
    negative = project.create_code("Negative", tone.id)
    maya, jordan = project.ensure_coder("Maya"), project.ensure_coder("Jordan")
    for name, theirs in (("first", (20, 50)), ("second", (0, 30))):
        doc = project.add_document(finish("text." * 10, f"{name}.txt", "txt"))
        project.add_coding(doc.id, trust.id, maya.id, 0, 30)
        project.add_coding(doc.id, trust.id, jordan.id, *theirs)
        project.add_coding(doc.id, positive.id, maya.id, 30, 45)
        project.add_coding(doc.id, positive.id, jordan.id, 30, 40)
        project.add_coding(doc.id, negative.id, jordan.id, 40, 45)
    add_round(project, "Pilot", ["first"])
    add_round(project, "Calibration", ["second"])
    return project


def test_rounds_and_unitizing_tabs_show_what_the_command_line_prints(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from qcoder.app.agreement_text import round_rows, unitized_rows
    from qcoder.gui.team.agreement_view import TAB_ROUNDS, TAB_UNITIZING

    project = _rounds_project(tmp_path)
    settings.set_coder_name("Lead")
    ctx = AppContext(settings)
    ctx.open_project(project)
    try:
        dialog = _dialog(qtbot, ctx)
        assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 768
        dialog.set_coders(["Maya", "Jordan"])
        dialog.set_choice(group_by=None)  # rounds are shown whatever the grouping
        _compute(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.tabs.isTabVisible(TAB_ROUNDS))
        assert not dialog.tabs.isTabVisible(TAB_UNITIZING)  # not asked for
        report, inputs = agreement(project, ["Maya", "Jordan"], group_by=ROUND_ATTRIBUTE)
        want = round_rows(report, inputs, project.codes(), ["Pilot", "Calibration"])
        model = dialog.rounds.model
        assert model.header == ["Code", "Pilot", "Calibration", "Change"]
        assert [model.header, *model.rows] == want
        trust_id = next(c.id for c in project.codes() if c.name == "Trust")
        trust = report.by_group_code[("Pilot", trust_id)].krippendorff_alpha
        calibrated = report.by_group_code[("Calibration", trust_id)].krippendorff_alpha
        assert trust is not None and calibrated is not None and calibrated > trust  # the training worked
        assert dialog.rounds.cell("Trust", "Change") == f"{calibrated - trust:+.3f}"
        assert "training works" in dialog.rounds.meaning.text()

        dialog.unitizing_box.setChecked(True)  # no exclusive group yet: per code only, and a hint
        _compute(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.tabs.isTabVisible(TAB_UNITIZING))
        assert not dialog.unitizing.note.isHidden() and "exclusive" in dialog.unitizing.note.text()
        assert [r[0] for r in dialog.unitizing.model.rows] == ["Trust", "Tone > Positive", "Tone > Negative"]
        assert [dialog.exclusive_box.itemData(i) for i in range(dialog.exclusive_box.count())] == [None, "Tone"]
        dialog.exclusive_box.setCurrentIndex(dialog.exclusive_box.findData("Tone"))
        _compute(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.tabs.isTabVisible(TAB_UNITIZING))
        report, inputs = agreement(project, ["Maya", "Jordan"], group_by=None, exclusive=["Tone"], unitized=True)
        want = unitized_rows(report, inputs, project.codes())
        assert [dialog.unitizing.model.header, *dialog.unitizing.model.rows] == want
        assert report.unitized is not None
        group = report.unitized.groups[0]
        assert dialog.unitizing.cell("Tone (exclusive)", "cuα") == f"{group.cu_alpha:.3f}"
        assert dialog.unitizing.cell("Trust", "α 2004") == f"{report.unitized.by_code[trust_id]:.3f}"
        assert dialog.unitizing.note.isHidden()  # a group was chosen: |uα, cuα, Cuα are there
        assert "What this means" in dialog.unitizing.meaning.text()
        _exports_carry_both_tables(qtbot, dialog, tmp_path)
    finally:
        ctx.close_project()


def _exports_carry_both_tables(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window's Export writes the rounds and unitizing tables it shows (XLSX sheets and DOCX
    tables), the same rows."""
    from docx import Document
    from openpyxl import load_workbook

    out = tmp_path / "appendix.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.export_to(out)
    assert blocker.args == [out]
    book = load_workbook(out)
    for sheet, panel in (("Training rounds", dialog.rounds), ("Unitizing", dialog.unitizing)):
        rows = [[c.value or "" for c in r] for r in book[sheet].iter_rows()]
        assert rows == [panel.model.header, *panel.model.rows]
    out = tmp_path / "appendix.docx"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(out)
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in Document(str(out)).tables]
    for panel in (dialog.rounds, dialog.unitizing):
        assert [panel.model.header, *panel.model.rows] in tables

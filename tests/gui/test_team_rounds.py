"""The agreement window's per-round view: grouping by the training-round attribute lists
the rounds in the order they were added (issue 15)."""

from __future__ import annotations

from pathlib import Path

from qcoder.app import Project
from qcoder.app.agreement import agreement
from qcoder.app.rounds import ROUND_ATTRIBUTE, add_round
from qcoder.importers.base import finish
from tests.gui.test_team_agreement import _compute, _dialog, _row_values


def test_groups_by_training_round_in_round_order(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.context import AppContext

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

"""The saturation window (Analysis → Saturation): computed in a worker, chart and table agree with
the analysis, the order can change, a new coding updates it, Export CSV writes the table."""

from __future__ import annotations

import csv
from pathlib import Path

from qcoder.analysis.saturation import Order
from qcoder.gui.analysis.saturation import SaturationDialog


def _open(qtbot, ctx) -> SaturationDialog:  # type: ignore[no-untyped-def]
    dialog = SaturationDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.saturation is not None and not dialog.is_computing(), timeout=10000)
    return dialog


def test_chart_and_table_of_the_project(qtbot, qtmodeltester, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    # Interview A: Prosecutors (Alice), Service providers (Bob); Interview B: Resources (Alice)
    grid = dialog.model.grid()
    assert grid[0][:4] == ["#", "Document", "New codes", "Cumulative codes"]
    assert [row[1:4] for row in grid[1:]] == [["Interview A", "2", "2"], ["Interview B", "1", "3"]]
    assert grid[2][-1] == "Resources"
    lines = {line.name: line.values for line in dialog.chart.lines}
    assert lines == {"All coders": (2, 3), "Alice": (1, 2), "Bob": (1, 1)}
    assert dialog.chart.documents == ["Interview A", "Interview B"]
    assert "Interview B" in dialog.chart.tooltip_at(dialog.chart.x_of(1, dialog.chart.plot_rect()))
    assert "3 codes" in dialog.status.text()
    qtmodeltester.check(dialog.model)
    dialog.wait()


def test_order_change_and_new_coding(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.set_order(Order.NAME)
    assert [row[1] for row in dialog.model.grid()[1:]] == ["Interview A", "Interview B"]
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.set_order(Order.DATE)  # the test project has no interview date
    assert "no interview date" in dialog.status.text().lower() and dialog.model.rowCount() == 0
    assert not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.set_order(Order.PROJECT)
    project = ctx.project
    doc_b = next(d for d in project.documents() if d.name == "Interview B")
    partnerships = next(c for c in project.codes() if c.name == "Partnerships")
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        project.add_coding(doc_b.id, partnerships.id, project.coder_by_name("Bob").id, 0, 5)
    assert dialog.model.grid()[2][2:4] == ["2", "4"]  # the parent applied directly is a new code
    dialog.wait()


def test_export_csv(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = _open(qtbot, ctx)
    target = tmp_path / "sat.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == dialog.model.grid()
    assert "Saved sat.csv" in dialog.status.text()
    dialog.wait()


def test_export_chart_png(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    dialog = _open(qtbot, ctx)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.chart_button.isEnabled()
    dialog.chart_button.click()
    image = QImage(str(target))
    assert not image.isNull() and image.width() == dialog.chart.width()
    assert "Saved chart.png" in dialog.status.text()
    dialog.wait()


def test_export_is_project_export_s_writer_in_a_worker_with_progress(  # type: ignore[no-untyped-def]
    qtbot, ctx, tmp_path: Path, monkeypatch
) -> None:
    """The button runs Project → Export's writer (no second code path) behind a progress
    dialog, in the order shown, and never over the open project's file."""
    from qcoder.app import exports
    from qcoder.gui.workers import ProgressDialog

    calls: list[dict[str, object]] = []
    original = exports.write_saturation

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(exports, "write_saturation", spy)
    dialog = _open(qtbot, ctx)
    with qtbot.waitSignal(dialog.computed, timeout=10000):
        dialog.set_order(Order.NAME)
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.export(tmp_path / "sat.csv") is not None
        assert dialog.findChildren(ProgressDialog)
    assert calls == [{"order": "name", "by_coder": True}]
    assert dialog.export(ctx.project.path) is None
    assert "open project's own file" in dialog.status.text()
    dialog.wait()


def test_menu_action_opens_it_and_it_fits_a_laptop(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.saturation_action.trigger()
    dialog = window.saturation_dialog
    assert isinstance(dialog, SaturationDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.saturation is not None and not dialog.is_computing(), timeout=10000)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.wait()

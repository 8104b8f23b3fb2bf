"""The Word theme report from the window (issue 16): the dialog's options are the CLI's, the
report is written in a worker (progress, Cancel), its first table equals the stats for the same
options, and the dialog fits a 1366×768 laptop."""

from __future__ import annotations

import threading
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from qcoder.app.reports import ReportOptions, report_stats
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.exporters.report_text import percent_of
from qcoder.gui.report_dialog import ReportDialog, check_items, export_word_report


def _open(qtbot, ctx, register: bool = True) -> ReportDialog:  # type: ignore[no-untyped-def]
    dialog = export_word_report(None, ctx)
    assert dialog is not None
    if register:  # a dialog closed by the test deletes itself: qtbot must not close it again
        qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_options_run_and_first_table_matches_stats(qtbot, demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx)
    assert dialog.options() == ReportOptions()  # the CLI's defaults: every coder, by stakeholder group
    check_items(dialog.coders, {"Maya Chen"})
    dialog.group.setCurrentIndex(dialog.group.findData("site"))
    check_items(dialog.themes, {"Challenges"})
    dialog.quotes.setValue(1)
    dialog.output.setText(str(tmp_path / "report"))  # .docx is added
    options = dialog.options()
    assert options == ReportOptions(coders=("Maya Chen",), group_by="site", themes=("Challenges",), quotes=1)
    with qtbot.waitSignal(dialog.written, timeout=30000) as written:
        assert dialog.run() is not None
        assert dialog.job.progress.isVisible() and dialog.job.cancel_button.isVisible()
    path = Path(written.args[0])
    assert path == tmp_path / "report.docx" and path.exists()
    assert dialog.status.text() == "Saved report.docx"
    qtbot.waitUntil(lambda: dialog.job.worker is None)
    assert not dialog.job.progress.isVisible()
    # the first table: a row per theme (Challenges and its subcodes), n of N per site
    table = docx.Document(str(path)).tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    stats = report_stats(demo_ctx.project, options)
    assert [r[0] for r in rows[1:]] == [s["code"].split(" > ")[-1] for s in stats]
    sites = [v for v, c in stats[0]["by"]["site"].items() if c["respondents"]]
    assert rows[0][1:-1] == sites
    for row, s in zip(rows[1:], stats, strict=True):
        cells = [s["by"]["site"][v] for v in sites]
        assert row[1:-1] == [
            f"{c['participants']} of {c['respondents']}\n{percent_of(c['participants'], c['respondents'])}"
            for c in cells
        ]


def test_consensus_choice_and_cancel(qtbot, demo_ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    demo_ctx.project.ensure_coder("Consensus")
    dialog = ReportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.consensus.isEnabled() and dialog.coders.isEnabled()
    dialog.by_consensus.setChecked(True)
    assert dialog.consensus.isEnabled() and not dialog.coders.isEnabled()
    assert dialog.consensus.currentText() == "Consensus"  # preselected by name
    check_items(dialog.coders, {"Maya Chen"})  # ignored: the consensus coder is chosen
    dialog.summary_table.setChecked(False)
    assert dialog.options() == ReportOptions(consensus="Consensus", summary_table=False)

    started = threading.Event()

    def slow(project, options, path, progress: ProgressCallback, cancel: CancelToken) -> Path:  # type: ignore[no-untyped-def]
        started.set()
        progress(0, 3, "Challenges")
        for _ in range(2000):  # until Cancel (at most 20 s)
            if cancel.cancelled:
                break
            threading.Event().wait(0.01)
        cancel.check()
        return Path(path)

    monkeypatch.setattr("qcoder.gui.report_dialog.write_report", slow)
    dialog.output.setText(str(tmp_path / "never.docx"))
    worker = dialog.run()
    assert worker is not None and dialog.run() is None  # one report at a time
    qtbot.waitUntil(started.is_set, timeout=10000)
    with qtbot.waitSignal(worker.cancelled, timeout=10000):
        dialog.job.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.job.worker is None)
    assert dialog.status.text() == "Cancelled." and not (tmp_path / "never.docx").exists()
    assert dialog.write_button.isEnabled()


def test_empty_output_and_errors_are_said(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx)
    dialog.output.setText("  ")
    assert dialog.run() is None and dialog.status.text() == "Choose where to save the report."


def test_themes_are_the_codebook_and_it_fits_a_laptop(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, demo_ctx, register=False)
    paths = [dialog.themes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.themes.count())]
    assert paths[0] == "Relationships between stakeholder groups" and len(paths) == len(demo_ctx.project.codes())
    assert dialog.themes.item(1).text().startswith("    ")  # a subcode, indented under its parent
    assert dialog.group.currentData() == "stakeholder_group"
    assert dialog.width() <= 1366 and dialog.height() <= 768
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):  # closed and deleted
        dialog.close_button.click()

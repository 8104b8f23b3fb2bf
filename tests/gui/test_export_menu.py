"""Project → Export (issue 16): each entry, triggered from the real menu, asks its options and
the file, writes a valid file in a worker behind a progress dialog and says where in the status
bar; Cancel and failures leave no file; the open project file is never written over."""

from __future__ import annotations

import csv
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox

from qcoder.app.exports import Written
from qcoder.gui.export_options import ExportOptions

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def demo_window(qtbot, demo_ctx):  # type: ignore[no-untyped-def]
    from qcoder.gui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.exports.last_box is not None:  # the result box is not modal: close it with its window
        w.exports.last_box.close()


@pytest.fixture
def save_as(monkeypatch) -> Callable[..., list[tuple[Any, ...]]]:  # type: ignore[no-untyped-def]
    """``save_as(path, selected_filter="")``: the save dialog answers ``path``; returns its calls."""

    def answer(path: Path | str, selected: str = "") -> list[tuple[Any, ...]]:
        calls: list[tuple[Any, ...]] = []

        def get(*args: Any, **kwargs: Any) -> tuple[str, str]:
            calls.append(args)
            return str(path), selected or (args[3].split(";;")[0] if len(args) > 3 else "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get)
        return calls

    return answer


class Shown(list[ExportOptions]):
    tweak: Callable[[ExportOptions], object] | None = None


def _tick(dialog: ExportOptions, key: str, row: int, on: bool) -> None:
    dialog.checks[key].item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


@pytest.fixture
def options(monkeypatch) -> Shown:  # type: ignore[no-untyped-def]
    """Every options dialog is accepted as shown (its defaults); ``options.tweak`` may change it first."""
    shown = Shown()

    def exec_(self: ExportOptions) -> int:
        shown.append(self)
        if shown.tweak is not None:
            shown.tweak(self)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ExportOptions, "exec", exec_)
    return shown


def _export_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    project = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    return next(a.menu() for a in project.actions() if a.menu() is not None and a.text() == "Export")


def _run(qtbot, window, action_text: str) -> Written | None:  # type: ignore[no-untyped-def]
    action = next(a for a in _export_menu(window).actions() if a.text() == action_text)
    assert action.isEnabled()
    with qtbot.waitSignal(window.exports.ended, timeout=30000) as blocker:
        action.trigger()
    result = blocker.args[0]
    assert window.exports.worker is None
    return result if isinstance(result, Written) else None


def _status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


def _no_leftovers(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if ".part" in p.name] == []


def test_the_menu_lists_every_report_the_word_report_first(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in _export_menu(window).actions() if not a.isSeparator()]
    assert texts == [
        "Word theme report…",
        "Analysis workbook (XLSX)…",
        "Framework matrix (XLSX or DOCX)…",
        "Saturation table (CSV)…",
        "Agreement report (DOCX or XLSX)…",
        "Memos (DOCX)…",
        "Codebook (XLSX, CSV or DOCX)…",
        "REFI-QDA project (.qdpx)…",
        "REFI-QDA codebook (.qdc)…",
    ]
    assert all(a.isEnabled() for a in window.exports.actions)
    window.ctx.close_project()
    assert not any(a.isEnabled() for a in window.exports.actions)  # only with a project open


def test_the_word_report_entry_opens_its_dialog_and_writes(qtbot, demo_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.report_dialog import ReportDialog

    action = next(a for a in _export_menu(demo_window).actions() if a.text() == "Word theme report…")
    action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in demo_window.findChildren(ReportDialog)))
    dialog = next(w for w in demo_window.findChildren(ReportDialog) if w.isVisible())
    dialog.output.setText(str(tmp_path / "themes"))
    with qtbot.waitSignal(dialog.written, timeout=30000) as written:
        dialog.run()
    assert Path(written.args[0]) == tmp_path / "themes.docx" and (tmp_path / "themes.docx").stat().st_size > 0
    dialog.close()


def test_workbook_with_the_command_line_options(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    calls = save_as(tmp_path / "wb.xlsx")
    written = _run(qtbot, demo_window, "Analysis workbook (XLSX)…")
    assert written is not None and written.path == tmp_path / "wb.xlsx"
    title, start = calls[0][1], calls[0][2]
    assert title == "Export the analysis workbook" and start.endswith("workbook.xlsx")
    assert options[0].values()["by"] == ["stakeholder_group", "site"]  # qcoder export's defaults
    sheets = load_workbook(tmp_path / "wb.xlsx", read_only=True).sheetnames
    assert "Frequencies" in sheets and any("site" in s for s in sheets)
    assert str(tmp_path / "wb.xlsx") in _status(demo_window)
    _no_leftovers(tmp_path)


def test_framework_matrix_docx_from_the_filter_and_the_open_windows_cases(  # type: ignore[no-untyped-def]
    qtbot, demo_window, save_as, options, tmp_path
) -> None:
    import docx

    dialog = demo_window.open_framework()
    dialog.set_cases("stakeholder_group")
    save_as(tmp_path / "matrix", "Word document (*.docx)")  # no suffix typed: the filter's
    written = _run(qtbot, demo_window, "Framework matrix (XLSX or DOCX)…")
    assert written is not None and written.path == tmp_path / "matrix.docx"
    assert options[0].values()["cases"] == "stakeholder_group"
    document = docx.Document(str(tmp_path / "matrix.docx"))
    assert document.tables and written.count and f"{written.count} cells" in _status(demo_window)


def test_saturation_csv(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_as(tmp_path / "sat.csv")
    options.tweak = lambda d: d.flags["by_coder"].setChecked(True)
    written = _run(qtbot, demo_window, "Saturation table (CSV)…")
    assert written is not None
    with (tmp_path / "sat.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["#", "Document", "New codes", "Cumulative codes"]
    assert any(h.endswith(": new") for h in rows[0])  # a column pair per coder, as --by-coder
    assert len(rows) - 1 == written.count == demo_window.documents_row_count()


def test_agreement_report_docx_and_xlsx(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx
    from openpyxl import load_workbook

    save_as(tmp_path / "agreement.docx")
    assert _run(qtbot, demo_window, "Agreement report (DOCX or XLSX)…") is not None
    assert docx.Document(str(tmp_path / "agreement.docx")).paragraphs
    save_as(tmp_path / "agreement.xlsx")
    assert _run(qtbot, demo_window, "Agreement report (DOCX or XLSX)…") is not None
    assert "Breakdowns" in load_workbook(tmp_path / "agreement.xlsx", read_only=True).sheetnames


def test_agreement_needs_two_coders(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calls = save_as(tmp_path / "agreement.docx")

    def one_coder(dialog: ExportOptions) -> None:
        for row in range(1, dialog.checks["coders"].count()):
            _tick(dialog, "coders", row, False)
        _tick(dialog, "coders", 0, True)

    options.tweak = one_coder
    assert _run(qtbot, demo_window, "Agreement report (DOCX or XLSX)…") is None
    assert calls == [] and not (tmp_path / "agreement.docx").exists()
    assert "two or more coders" in demo_window.exports.last_box.text()


def test_memos_docx(qtbot, window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    from qcoder.app.memos import add_memo

    add_memo(window.ctx.project, "project", "Journal: the shelter is small.")
    save_as(tmp_path / "memos.docx")
    options.tweak = lambda d: _tick(d, "kinds", 4, True)  # coding memos too
    written = _run(qtbot, window, "Memos (DOCX)…")
    assert written is not None and written.count == 2  # the journal entry and the coding memo
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "memos.docx")).paragraphs)
    assert "Journal: the shelter is small." in text and "shelter size" in text
    save_as(tmp_path / "bob.docx")
    options.tweak = lambda d: d.choices["author"].setCurrentIndex(d.choices["author"].findData("Bob"))
    written = _run(qtbot, window, "Memos (DOCX)…")
    assert written is not None and written.count == 0  # Bob wrote none (as memo export --author Bob)


def test_codebook_and_refi_qda(qtbot, window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    save_as(tmp_path / "codes.csv")
    written = _run(qtbot, window, "Codebook (XLSX, CSV or DOCX)…")
    assert written is not None and written.count == 4
    assert "Service providers" in (tmp_path / "codes.csv").read_text(encoding="utf-8-sig")
    save_as(tmp_path / "codes.docx")
    assert _run(qtbot, window, "Codebook (XLSX, CSV or DOCX)…") is not None
    book = docx.Document(str(tmp_path / "codes.docx"))
    assert "4 codes" in book.paragraphs[1].text and book.tables
    save_as(tmp_path / "study.qdpx")
    assert _run(qtbot, window, "REFI-QDA project (.qdpx)…") is not None
    with zipfile.ZipFile(tmp_path / "study.qdpx") as z:
        assert "project.qde" in z.namelist()
    save_as(tmp_path / "codes.qdc")
    assert _run(qtbot, window, "REFI-QDA codebook (.qdc)…") is not None
    root = ElementTree.parse(tmp_path / "codes.qdc").getroot()
    assert root.tag.endswith("CodeBook") and "Prosecutors" in ElementTree.tostring(root, encoding="unicode")
    assert options == []  # these have no options: straight to the file
    _no_leftovers(tmp_path)


def test_cancel_leaves_no_partial_file_and_the_old_one_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, window, save_as, options, tmp_path, monkeypatch
) -> None:
    import qcoder.exporters.xlsx_export as xlsx_export

    target = tmp_path / "wb.xlsx"
    target.write_bytes(b"the old workbook")
    started, release = threading.Event(), threading.Event()

    def slow_export(snapshot: Any, path: Path, **kwargs: Any) -> Path:
        Path(path).write_bytes(b"PK half a workbook")
        started.set()
        release.wait(30)
        return Path(path)

    monkeypatch.setattr(xlsx_export, "export_xlsx", slow_export)
    save_as(target)
    action = window.exports.workbook_action
    with qtbot.waitSignal(window.exports.ended, timeout=30000) as blocker:
        action.trigger()
        qtbot.waitUntil(started.is_set)
        progress = window.exports.progress_dialog
        qtbot.waitUntil(progress.isVisible)  # the progress dialog shows while it runs
        assert window.exports.worker is not None
        assert window.exports.export_codebook() is None  # one export at a time
        assert "still running" in _status(window)
        progress.canceled.emit()  # the Cancel button
        release.set()
    assert blocker.args == [None]
    assert target.read_bytes() == b"the old workbook"
    _no_leftovers(tmp_path)
    assert "cancelled" in _status(window)


def test_a_failure_is_worded_by_the_error_builder_and_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, save_as, options, tmp_path, monkeypatch
) -> None:
    import qcoder.exporters.memos_docx as memos_docx

    def full_disk(entries: Any, path: Path, title: str) -> Path:
        Path(path).write_bytes(b"PK half")
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(memos_docx, "export_memos_docx", full_disk)
    save_as(tmp_path / "memos.docx")
    assert _run(qtbot, window, "Memos (DOCX)…") is None
    assert list(tmp_path.glob("*.docx")) == [] and [p for p in tmp_path.iterdir() if ".part" in p.name] == []
    box = window.exports.last_box
    assert isinstance(box, QMessageBox) and "disk is full" in box.text()
    assert box.text().endswith(f"{tmp_path / 'memos.docx'}.")  # the chosen file, not the temporary one
    assert "Export failed" in _status(window)


def test_the_open_project_file_is_never_written_over(qtbot, settings, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.context import AppContext
    from qcoder.gui.main_window import MainWindow
    from tests.gui.conftest import build_project

    project = build_project(tmp_path / "study.qdpx")  # a project file named like an export
    settings.set_coder_name("Alice")
    ctx = AppContext(settings)
    ctx.open_project(project)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        before = project.path.read_bytes()
        save_as(project.path)
        assert _run(qtbot, window, "REFI-QDA project (.qdpx)…") is None
        assert "open project's own file" in window.exports.last_box.text()
        assert project.path.read_bytes() == before and ctx.project.codes()
        save_as(tmp_path / "study")  # the same name without its suffix: the suffix is added
        assert _run(qtbot, window, "Codebook (XLSX, CSV or DOCX)…") is not None
        assert (tmp_path / "study.xlsx").exists() and project.path.read_bytes() == before
    finally:
        ctx.close_project()


def _docx_text(path: Path) -> list[str]:
    import docx

    book = docx.Document(str(path))
    cells = [c.text for t in book.tables for r in t.rows for c in r.cells]
    return [p.text for p in book.paragraphs] + cells


def test_agreement_offers_the_command_line_options_and_writes_what_it_writes(  # type: ignore[no-untyped-def]
    qtbot, demo_window, save_as, options, tmp_path
) -> None:
    """Every option of ``qcoder agreement -h`` is in the dialog, and the same choices give the
    same appendix as the command line (--codes, --exclusive, --none, --unitized, --ci with
    draws/level/seed)."""
    from qcoder.cli import main

    project = demo_window.ctx.project
    parent = "Relationships between stakeholder groups"
    codes = [f"{parent} > Victim service providers and law enforcement", f"{parent} > Law enforcement and prosecutors"]

    def choose(dialog: ExportOptions) -> None:
        for key in ("codes", "exclusive"):
            view = dialog.checks[key]
            for row in range(view.count()):
                value = view.item(row).data(Qt.ItemDataRole.UserRole)
                _tick(dialog, key, row, value in (codes if key == "codes" else [parent]))
        dialog.choices["none"].setCurrentIndex(dialog.choices["none"].findData("category"))
        dialog.flags["unitized"].setChecked(True)
        dialog.flags["ci"].setChecked(True)
        dialog.numbers["ci_draws"].setValue(60)
        dialog.numbers["ci_level"].setValue(0.9)
        dialog.numbers["ci_seed"].setValue(11)

    options.tweak = choose
    save_as(tmp_path / "window.docx")
    assert _run(qtbot, demo_window, "Agreement report (DOCX or XLSX)…") is not None
    dialog = options[-1]
    assert {"coders", "codes", "exclusive"} <= set(dialog.checks)
    assert {"unit", "pooling", "group_by", "none"} <= set(dialog.choices)
    assert {"ci", "unitized", "by_round"} <= set(dialog.flags)
    assert {"ci_draws", "ci_level", "ci_seed"} <= set(dialog.numbers)
    assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1366  # fits a laptop screen
    coders = ",".join(dialog.values()["coders"])  # type: ignore[arg-type]
    argv = ["agreement", str(project.path), "--coders", coders, "--codes", ",".join(codes)]
    argv += ["--exclusive", parent, "--none", "category", "--unitized", "--ci", "--ci-draws", "60"]
    argv += ["--ci-level", "0.9", "--seed", "11", "--format", "docx", "-o", str(tmp_path / "cli.docx")]
    assert main(argv) == 0
    window_text = _docx_text(tmp_path / "window.docx")
    assert window_text == _docx_text(tmp_path / "cli.docx")
    joined = "\n".join(window_text)
    assert "90%" in joined and "60 " in joined and "Unitizing" in joined


def test_agreement_by_round_needs_rounds(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    save_as(tmp_path / "rounds.docx")
    options.tweak = lambda d: d.flags["by_round"].setChecked(True)
    assert _run(qtbot, demo_window, "Agreement report (DOCX or XLSX)…") is None
    assert "no training rounds yet" in demo_window.exports.last_box.text().casefold()
    assert not (tmp_path / "rounds.docx").exists()


def test_memos_search_since_until_and_summaries(qtbot, demo_window, save_as, options, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """As ``qcoder memo export --search --since --until --type summary``."""
    from datetime import date, timedelta

    from qcoder.app.framework import set_cell_summary
    from qcoder.app.memos import add_memo

    project = demo_window.ctx.project
    add_memo(project, "project", "Journal: the shelter is small.")
    add_memo(project, "project", "Journal: colocation helps.")
    theme = "Relationships between stakeholder groups"
    set_cell_summary(project, "site=Harbor City", theme, "Harbor City: trust grew.", None)
    today = date.today()

    def ask(search: str = "", since: str = "", until: str = "", summaries: bool = False) -> Written | None:
        def tweak(d: ExportOptions) -> None:
            d.texts["search"].setText(search)
            d.texts["since"].setText(since)
            d.texts["until"].setText(until)
            _tick(d, "kinds", 5, summaries)

        options.tweak = tweak
        save_as(tmp_path / "memos.docx")
        return _run(qtbot, demo_window, "Memos (DOCX)…")

    everything = ask()
    assert everything is not None and everything.count is not None
    written = ask(search="shelter SMALL")
    assert written is not None and written.count == 1
    assert "Journal: the shelter is small." in "\n".join(_docx_text(tmp_path / "memos.docx"))
    written = ask(since=(today + timedelta(days=2)).isoformat())
    assert written is not None and written.count == 0
    written = ask(until=(today + timedelta(days=2)).isoformat())
    assert written is not None and written.count == everything.count
    written = ask(search="trust grew", summaries=True)  # the framework summaries, when ticked
    assert written is not None and written.count == 1
    assert ask(since="4 December") is None
    assert "YYYY-MM-DD" in demo_window.exports.last_box.text()

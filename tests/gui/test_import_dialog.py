"""Import dialog: a folder with a broken file, the report, one undo step, sheet, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from qcoder.gui.import_dialog import FAILED, IMPORTED, SKIPPED, ImportDialog


def _transcript(n: int) -> str:
    return (
        f"Interviewer: Tell me about case {n}.\n\n"
        f"Respondent {n}: It started with a referral number {n} from the hotline.\n"
    )


def _folder(tmp_path: Path, good: int, broken: bool = True) -> Path:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    for n in range(good):
        (folder / f"case-{n:02d}.txt").write_text(_transcript(n), encoding="utf-8")
    if broken:
        (folder / "broken.txt").write_bytes(b"")  # an empty transcript cannot be imported
    (folder / ".hidden.txt").write_text("Interviewer: hidden\n", encoding="utf-8")
    (folder / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))  # listed as skipped
    return folder


def _run(qtbot, dialog: ImportDialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.import_finished, timeout=30000) as blocker:
        assert dialog.start_import() is not None
    return blocker.args[0]


def _dialog(qtbot, ctx) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_folder_with_a_broken_file(qtbot, ctx, project, tmp_path, qtmodeltester) -> None:
    folder = _folder(tmp_path, good=3)
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    before = {d.name for d in project.documents()}
    stack_before = ctx.undo_stack.count()
    report = _run(qtbot, dialog)

    assert [i.document for i in report.imported] == ["case-00", "case-01", "case-02"]
    assert [Path(p.path).name for p in report.failed] == ["broken.txt"]
    assert "empty" in report.failed[0].reason
    names = {d.name for d in project.documents()} - before
    assert names == {"case-00", "case-01", "case-02"}
    doc = next(d for d in project.documents() if d.name == "case-01")
    assert project.document(doc.id).text == _transcript(1).rstrip("\n")
    assert sorted(s.label for s in project.speakers(doc.id)) == ["Interviewer", "Respondent 1"]

    # the report page: one row per file, the reason for the failure
    assert dialog.pages.currentIndex() == 2
    model = dialog.report_model
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())
    ]
    assert [r[:2] for r in rows] == [
        (IMPORTED, "case-00.txt"),
        (IMPORTED, "case-01.txt"),
        (IMPORTED, "case-02.txt"),
        (SKIPPED, "cover.jpg"),
        (FAILED, "broken.txt"),
    ]
    assert rows[3][2] == "not a transcript (.jpg file)"
    assert rows[4][2] == report.failed[0].reason
    assert dialog.summary.text() == (
        "Imported 3 documents. 1 skipped. 1 could not be imported (see the reasons below)."
    )
    qtmodeltester.check(model)

    # the whole import is one undo step
    assert ctx.undo_stack.count() == stack_before + 1
    assert ctx.undo_stack.undoText() == "Import 3 documents"
    assert project.history is ctx.history  # the service's history is restored after the worker
    ctx.undo_stack.undo()
    assert {d.name for d in project.documents()} == before
    ctx.undo_stack.redo()
    assert {d.name for d in project.documents()} - before == names


def test_same_text_twice_is_skipped(qtbot, ctx, project, tmp_path) -> None:
    folder = _folder(tmp_path, good=1, broken=False)
    first = _dialog(qtbot, ctx)
    first.add_paths([folder / "case-00.txt"])
    _run(qtbot, first)
    again = _dialog(qtbot, ctx)
    again.add_paths([folder / "case-00.txt", tmp_path / "missing.txt"])
    report = _run(qtbot, again)
    assert report.imported == []
    assert [p.reason for p in report.skipped] == ["same text as a document already in the project"]
    statuses = [again.report_model.index(r, 0).data() for r in range(again.report_model.rowCount())]
    assert statuses == [SKIPPED, FAILED]


def test_attribute_sheet_is_applied(qtbot, ctx, project, tmp_path) -> None:
    folder = _folder(tmp_path, good=2, broken=False)
    sheet = tmp_path / "attributes.csv"
    sheet.write_text(
        "document,site,stakeholder_group\ncase-00,Harbor City,prosecutor\n"
        "case-01,Pine Valley,law enforcement\nnot-there,Nowhere,other\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    dialog.set_sheet(sheet)
    report = _run(qtbot, dialog)
    assert report.sheet is not None and report.sheet.documents == 2
    values = {d.name: dict(d.attributes) for d in project.documents()}
    assert values["case-00"] == {"site": "Harbor City", "stakeholder_group": "prosecutor"}
    assert values["case-01"]["site"] == "Pine Valley"
    assert "Attributes set on 2 documents" in dialog.sheet_summary.text()
    assert "not-there" in dialog.sheet_summary.text()
    ctx.undo_stack.undo()  # documents and attributes go together
    assert {d.name for d in project.documents()} == {"Interview A", "Interview B"}


def test_file_name_pattern_sets_attributes(qtbot, ctx, project, tmp_path) -> None:
    folder = tmp_path / "named"
    folder.mkdir()
    for name in ("HC-LE-01", "PV-PROS-02"):
        (folder / f"{name}.txt").write_text(_transcript(len(name)) + name, encoding="utf-8")
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    dialog.set_pattern("{site}-{stakeholder_group}-{}")
    report = _run(qtbot, dialog)
    assert len(report.imported) == 2
    values = {d.name: dict(d.attributes) for d in project.documents()}
    assert values["HC-LE-01"] == {"site": "HC", "stakeholder_group": "LE"}
    assert values["PV-PROS-02"] == {"site": "PV", "stakeholder_group": "PROS"}


def test_cancelling_keeps_the_files_already_imported(qtbot, ctx, project, tmp_path) -> None:
    folder = _folder(tmp_path, good=8, broken=False)
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    before = len(project.documents())

    def cancel_after_two(done: int, total: int, message: str) -> None:
        if done >= 2:  # runs in the worker thread, before file number `done` is read
            dialog.worker.token.cancel()  # type: ignore[union-attr]

    # connected directly, so the cancel happens at a known point of the worker's progress
    dialog.import_started.connect(
        lambda worker: worker.progress.connect(cancel_after_two, Qt.ConnectionType.DirectConnection)
    )
    report = _run(qtbot, dialog)
    assert report.cancelled
    assert 2 <= len(report.imported) < 8
    kept = {d.name for d in project.documents()}
    assert len(kept) == before + len(report.imported)
    assert {i.document for i in report.imported} <= kept
    assert dialog.summary.text().startswith("Import cancelled: the documents imported before it are kept.")
    assert ctx.undo_stack.undoText() == f"Import {len(report.imported)} documents"


def test_cancel_button(qtbot, ctx, project, tmp_path) -> None:
    folder = _folder(tmp_path, good=3, broken=False)
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=30000):
        dialog.start_import()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None
    assert project.history is ctx.history
    assert len(project.documents()) == 2 + len(dialog.report.imported)


def test_closing_while_running_cancels_and_restores_the_history(qtbot, ctx, project, tmp_path) -> None:
    folder = _folder(tmp_path, good=4, broken=False)
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    dialog.start_import()
    dialog.reject()  # Esc while importing: cancels, the dialog stays to show what was kept
    assert dialog.worker is not None and dialog.worker.token.cancelled
    dialog.done(0)  # closing for good waits for the worker
    assert project.history is ctx.history
    assert dialog.report is not None
    assert len(project.documents()) == 2 + len(dialog.report.imported)


def test_nothing_chosen_is_explained(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    assert "Add files or folders" in dialog.choose_message.text()
    dialog.set_sheet("/no/such/sheet.csv")
    assert dialog.import_button.text() == "Apply attributes"
    assert dialog.start_import() is None
    assert "does not exist" in dialog.choose_message.text()


def test_files_without_extension_are_sniffed_or_skipped_with_the_reason(qtbot, ctx, tmp_path) -> None:
    """Issue 23: content decides for a file without a known extension; what is no transcript
    format is listed as skipped, with what it appears to be."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "interview").write_text("Interviewer: Hi?\n\nAna: Hello.\n", encoding="utf-16")
    (folder / "scan").write_bytes(b"\x00\x01\x02\xff" * 300)
    dialog = _dialog(qtbot, ctx)
    dialog.add_paths([folder])
    report = _run(qtbot, dialog)
    assert [i.document for i in report.imported] == ["interview"] and report.failed == []
    model = dialog.report_model
    rows = {model.index(r, 1).data(): (model.index(r, 0).data(), model.index(r, 2).data()) for r in range(2)}
    assert rows["interview"][0] == IMPORTED and "has no extension" in rows["interview"][1]
    assert rows["scan"][0] == SKIPPED
    assert rows["scan"][1].startswith("unsupported file type (no extension): it appears to be binary data")

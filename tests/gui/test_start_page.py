"""Start page: new project, open, recent projects (missing ones greyed, removable), demo, server URL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from qcoder.app import Project
from qcoder.gui.start_page import EXISTS_ROLE, PATH_ROLE, StartPage


def _page(qtbot, ctx, tmp_path: Path) -> StartPage:  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)
    page = StartPage(ctx)
    page.demo_dir = tmp_path / "appdata" / "demo"
    qtbot.addWidget(page)
    return page


def test_new_project_adds_the_suffix_and_opens_it(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, tmp_path)
    with qtbot.waitSignal(ctx.project_opened):
        assert page.new_project(tmp_path / "evaluation")
    assert ctx.project is not None and ctx.project.path == tmp_path / "evaluation.qcoder"
    assert ctx.project.name == "evaluation"
    assert ctx.settings.recent_projects()[0] == str(tmp_path / "evaluation.qcoder")
    assert page.recent_model.index(0).data(PATH_ROLE) == str(tmp_path / "evaluation.qcoder")
    # the same name again is refused, on the page
    assert not page.new_project(tmp_path / "evaluation.qcoder")
    assert "already exists" in page.message.text()


def test_open_and_recent_list_with_a_missing_file(qtbot, ctx, tmp_path, qtmodeltester) -> None:
    path = tmp_path / "other.qcoder"
    Project.create(path).close()
    gone = tmp_path / "gone.qcoder"
    ctx.settings.add_recent_project(gone)
    ctx.settings.add_recent_project(path)
    page = _page(qtbot, ctx, tmp_path)
    model = page.recent_model
    qtmodeltester.check(model)
    rows = {model.index(r).data(PATH_ROLE): r for r in range(model.rowCount())}
    missing = model.index(rows[str(gone)])
    assert missing.data(EXISTS_ROLE) is False
    assert missing.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    assert "(not found)" in missing.data()
    assert model.index(rows[str(path)]).data(Qt.ItemDataRole.ForegroundRole) is None

    # opening the missing one explains; it can then be removed from the list
    assert not page.open_project(gone)
    assert "was not found" in page.message.text()
    page.recent_view.setCurrentIndex(model.index(rows[str(gone)]))
    qtbot.mouseClick(page.remove_recent_button, Qt.MouseButton.LeftButton)
    assert str(gone) not in ctx.settings.recent_projects()
    assert page.message.text() == ""

    # double-clicking an existing one opens it
    page.show()
    qtbot.waitExposed(page)
    index = next(model.index(r) for r in range(model.rowCount()) if model.index(r).data(PATH_ROLE) == str(path))
    pos = page.recent_view.visualRect(index).center()
    with qtbot.waitSignal(ctx.project_opened, timeout=5000):
        qtbot.mouseClick(page.recent_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(page.recent_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert ctx.project is not None and ctx.project.path == path


def test_a_file_that_is_not_a_project_is_refused(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, tmp_path)
    bogus = tmp_path / "notes.qcoder"
    bogus.write_text("just some notes", encoding="utf-8")
    current = ctx.project
    assert not page.open_project(bogus)
    assert page.message.text()
    assert ctx.project is current


def test_unreachable_server_url_is_reported(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, tmp_path)
    current = ctx.project
    qtbot.keyClicks(page.url_edit, "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)  # connects in a worker
    assert "cannot be opened as a project" in page.message.text()
    assert "s3cret" not in page.message.text() and "nobody:***@" in page.message.text()
    assert ctx.project is current
    page.url_edit.clear()
    assert not page.open_project("")
    assert "server address" in page.message.text()


def test_demo_project_is_built_once_then_reopened(qtbot, ctx, tmp_path) -> None:
    page = _page(qtbot, ctx, tmp_path)
    with qtbot.waitSignal(ctx.project_opened, timeout=120000):
        assert page.open_demo()
    project = ctx.project
    assert project is not None and project.path == page.demo_dir / "demo.qcoder"
    assert len(project.documents()) == 15
    assert len(project.codings()) > 100
    assert page.last_error == ""
    # a second time it is opened as it is (the user's work in it is kept)
    anchor = project.documents()[0]
    project.rename_document(anchor.id, "My renamed demo document")
    ctx.close_project()
    with qtbot.waitSignal(ctx.project_opened, timeout=10000):
        assert page.open_demo()
    assert any(d.name == "My renamed demo document" for d in ctx.project.documents())


def test_new_project_dialog_asks_about_encryption_and_takes_the_window_lock(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = _page(qtbot, ctx, tmp_path)
    target = tmp_path / "study"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def no(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    page.new_project_dialog()
    assert asked and "passphrase" in asked[0]
    assert "crime victims" not in asked[0]  # the question fits every project, not one study
    assert ctx.project is not None and ctx.project.path == tmp_path / "study.qcoder"
    assert not ctx.project.encrypted
    assert (tmp_path / "study.qcoder.lock").exists()  # a second window would be told

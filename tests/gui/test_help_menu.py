"""Issue 20: Help menu (guide, tour, shortcuts, About) and files handed to the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from qcoder.app import Project
from qcoder.gui import crash_log, file_open, help_menu
from qcoder.gui.about_dialog import AboutDialog


def test_the_help_menu_has_its_actions_and_missing_modules_do_nothing(qtbot, window, monkeypatch) -> None:
    menu = QMenu(window)
    help_menu.install_help_menu(window, menu)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["User guide", "Guided tour", "Keyboard shortcuts", "", "About qcoder"]
    assert window.help_actions["guide"].shortcut().toString() == "F1"
    calls: list[str] = []
    monkeypatch.setattr(window, "_show_shortcuts", lambda: calls.append("keys"))
    window.help_actions["shortcuts"].trigger()
    assert calls == ["keys"]
    assert help_menu.call_optional("qcoder.gui.no_such_module", "open_guide", window) is False


def test_guide_and_tour_are_called_when_present(qtbot, window, monkeypatch) -> None:
    import sys
    import types

    seen: list[object] = []
    fake = types.ModuleType("qcoder.gui.tour")
    fake.start_tour = lambda w: seen.append(w)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qcoder.gui.tour", fake)
    menu = QMenu(window)
    help_menu.install_help_menu(window, menu)
    window.help_actions["tour"].trigger()
    assert seen == [window]


def test_about_shows_versions_and_where_things_live(qtbot, window, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(crash_log.ENV_DIR, str(tmp_path / "logs"))
    dialog = AboutDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    text = " ".join(f.text() for f in dialog.fields.values())
    project_path = window.ctx.project.path
    assert str(project_path.with_name(project_path.name + ".backups")) in text
    assert str(tmp_path / "logs") in text
    assert window.ctx.settings.location() in text
    assert "Python" in dialog.versions.text() and "Qt" in dialog.versions.text()
    field = dialog.fields["Log folder (errors only)"]
    assert field.isReadOnly()
    buttons = dialog.findChildren(QPushButton)
    next(b for b in buttons if b.accessibleName() == "Copy: Log folder (errors only)").click()
    assert QApplication.clipboard().text() == str(tmp_path / "logs")


def test_a_qcoder_file_handed_over_opens_in_the_window(qtbot, window, tmp_path) -> None:
    other = Project.create(tmp_path / "other.qcoder", name="Other study")
    other.close()
    file_open.open_paths(window, [str(tmp_path / "other.qcoder")])
    qtbot.waitUntil(lambda: window.ctx.project is not None and window.ctx.project.path.name == "other.qcoder")


def test_a_qdpx_becomes_a_new_project_through_the_refi_import(qtbot, window, tmp_path, monkeypatch) -> None:
    source = tmp_path / "from-nvivo.qdpx"
    source.write_bytes(b"PK")  # the import dialog (stubbed here) reads it
    target = tmp_path / "from-nvivo.qcoder"
    asked: list[Path] = []
    monkeypatch.setattr(file_open, "choose_new_project", lambda w, s: asked.append(s) or (target, False))
    imported: list[object] = []
    monkeypatch.setattr(window.team, "import_refi", lambda path=None: imported.append(path))
    assert file_open.open_path(window, str(source))
    assert asked == [source] and imported == [source]
    assert window.ctx.project is not None and window.ctx.project.path == target


def test_cancelling_the_new_project_imports_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    source = tmp_path / "x.qdpx"
    source.write_bytes(b"PK")
    monkeypatch.setattr(file_open, "choose_new_project", lambda w, s: None)
    monkeypatch.setattr(window.team, "import_refi", lambda path=None: pytest.fail("imported"))
    assert not file_open.open_path(window, str(source))


def test_a_file_handed_over_while_a_dialog_is_open_waits(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setModal(True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    monkeypatch.setattr(file_open, "open_path", lambda w, p: pytest.fail("opened under a dialog"))
    file_open.open_paths(window, [str(tmp_path / "other.qcoder")])
    assert "other.qcoder" in window.statusBar().currentMessage()
    dialog.close()


def test_a_macos_file_open_event_opens_the_file(qtbot, window, monkeypatch) -> None:
    from PySide6.QtGui import QFileOpenEvent

    seen: list[list[str]] = []
    monkeypatch.setattr(file_open, "open_paths", lambda w, paths: seen.append(paths))
    events = file_open.FileOpenEvents(window)
    app = QApplication.instance()
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QFileOpenEvent("/tmp/study.qcoder"))
        qtbot.waitUntil(lambda: seen == [["/tmp/study.qcoder"]])
    finally:
        app.removeEventFilter(events)

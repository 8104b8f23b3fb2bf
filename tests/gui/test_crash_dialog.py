"""Issue 20: an error that escapes is logged locally (no message, no data) and shown once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from qcoder.gui import crash_log
from qcoder.gui.crash_dialog import CrashDialog, CrashReporter

SECRET = "Det. Ortega said the shelter address is 12 Elm Street"


class Emitter(QObject):
    fire = Signal()


def _boom() -> None:
    raise ValueError(SECRET)


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(crash_log.ENV_DIR, str(folder))
    monkeypatch.delenv(crash_log.DEBUG_ENV, raising=False)
    return folder


@pytest.fixture
def reporter(qtbot, logs: Path):  # type: ignore[no-untyped-def]
    r = CrashReporter()
    r.install()
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()
        r.dialog.deleteLater()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_without_its_message_and_shown(qtbot, reporter, logs: Path, capsys) -> None:
    emitter = Emitter()
    emitter.fire.connect(_boom)
    emitter.fire.emit()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000)
    files = list(logs.glob("crash-*.log"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "_boom" in text and "raise ValueError(SECRET)" in text
    assert SECRET not in text and "12 Elm" not in text
    assert "Python:" in text and "Qt:" in text and "qcoder:" in text
    dialog = reporter.dialog
    assert dialog is not None
    assert dialog.path_edit.text() == str(files[0])
    assert "Nothing unsaved is lost" in dialog.message.text()
    assert SECRET not in capsys.readouterr().err  # stderr names the type only


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_shows_one_dialog(qtbot, reporter, logs: Path) -> None:
    emitter = Emitter()
    emitter.fire.connect(_boom)
    for _ in range(5):
        emitter.fire.emit()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.repeats == 4, timeout=3000)
    dialogs = [w for w in qtbot_widgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert "4 more errors" in dialogs[0].repeat_label.text()
    assert len(list(logs.glob("crash-*.log"))) == 5


def test_an_error_in_a_thread_is_logged_and_shown_on_the_main_thread(qtbot, reporter, logs: Path) -> None:
    thread = threading.Thread(target=_boom, name="worker-x")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000)
    text = next(logs.glob("crash-*.log")).read_text(encoding="utf-8")
    assert "thread worker-x" in text and SECRET not in text


def test_debug_keeps_the_message(logs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(crash_log.DEBUG_ENV, "1")
    try:
        _boom()
    except ValueError as exc:
        path = crash_log.write_crash(type(exc), exc, exc.__traceback__)
    assert path is not None and SECRET in path.read_text(encoding="utf-8")


def test_only_the_newest_logs_are_kept(logs: Path) -> None:
    logs.mkdir()
    for i in range(15):
        (logs / f"crash-2026010{i // 10}-{i:06d}.log").write_text("x")
    (logs / "other.txt").write_text("kept")
    crash_log.rotate(logs)
    names = sorted(p.name for p in logs.glob("crash-*.log"))
    assert len(names) == crash_log.KEEP and names[0].endswith("000005.log")
    assert (logs / "other.txt").exists()


def qtbot_widgets() -> list[object]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


@pytest.mark.qt_no_exception_capture
def test_a_failing_dialog_does_not_loop(qtbot, reporter, logs: Path, monkeypatch) -> None:
    def broken(*args: object) -> None:
        raise AttributeError("no")

    monkeypatch.setattr("qcoder.gui.crash_dialog.CrashDialog", broken)
    emitter = Emitter()
    emitter.fire.connect(_boom)
    emitter.fire.emit()
    qtbot.waitUntil(lambda: len(list(logs.glob("crash-*.log"))) == 2, timeout=3000)
    qtbot.wait(50)
    assert len(list(logs.glob("crash-*.log"))) == 2  # the error and the dialog's own, then quiet

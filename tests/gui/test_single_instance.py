"""Issue 20: one window per user; a second start hands its file to the running window."""

from __future__ import annotations

import socket
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from qcoder.gui import single_instance
from qcoder.gui.single_instance import InstanceServer, send_to_running


def _name() -> str:
    return f"qcoder-test-{uuid.uuid4().hex[:12]}"


def _send_in_thread(name: str, paths: list[str]) -> tuple[threading.Thread, list[bool]]:
    """The sender blocks (as a second process would), so it runs beside the event loop."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(send_to_running(name, paths)))
    thread.start()
    return thread, result


def test_the_second_server_forwards_and_the_first_receives(qtbot) -> None:
    name = _name()
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    assert not second.listen()  # a live window answers: the second start must forward
    with qtbot.waitSignal(first.received, timeout=5000) as got:
        thread, sent = _send_in_thread(name, ["/tmp/a b/é.qdpx", "study.qcoder"])
    thread.join(5)
    assert got.args == [["/tmp/a b/é.qdpx", "study.qcoder"]] and sent == [True]
    first.close()
    first.deleteLater()
    second.close()
    second.deleteLater()
    qtbot.wait(10)


def test_nobody_listening_means_not_sent(qapp) -> None:
    assert send_to_running(_name(), ["x.qcoder"], timeout_ms=200) is False


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale file")
def test_a_stale_socket_is_removed_and_this_instance_becomes_the_server(qtbot, tmp_path: Path) -> None:
    name = _name()
    from PySide6.QtNetwork import QLocalServer

    probe = QLocalServer()
    assert probe.listen(name)
    path = probe.fullServerName()
    probe.close()  # removes the file; now leave a dead one as a crashed window would
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(path)
    dead.close()
    assert Path(path).exists()
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.received, timeout=5000) as got:
        thread, _sent = _send_in_thread(name, [])
    thread.join(5)
    assert got.args == [[]]  # no file: just raise the window
    server.close()


def test_names_differ_by_settings_folder_and_messages_round_trip() -> None:
    assert single_instance.server_name("/a") != single_instance.server_name("/b")
    assert single_instance.server_name("/a") == single_instance.server_name("/a")
    assert single_instance.decode(single_instance.encode(["ü.qcoder"]).rstrip(b"\n")) == ["ü.qcoder"]
    assert single_instance.decode(b"\xff{not json") == []


def test_off_by_environment(monkeypatch) -> None:
    monkeypatch.setenv(single_instance.ENV_OFF, "1")
    assert single_instance.disabled()
    monkeypatch.setenv(single_instance.ENV_OFF, "0")
    assert not single_instance.disabled()


def test_run_gui_hands_the_file_to_the_running_window(qtbot, settings, monkeypatch, tmp_path) -> None:
    from qcoder.gui.app import instance_name, run_gui

    monkeypatch.delenv(single_instance.ENV_OFF, raising=False)
    server = InstanceServer(instance_name(settings))
    assert server.listen()
    result: list[int] = []
    target = str(tmp_path / "x.qdpx")
    with qtbot.waitSignal(server.received, timeout=5000) as got:
        thread = threading.Thread(target=lambda: result.append(run_gui(target, settings=settings)))
        thread.start()
    thread.join(5)
    assert got.args == [[target]] and result == [0]  # no second window: the process ends
    server.close()


def test_run_gui_with_a_qdpx_and_no_window_opens_one_and_imports(qtbot, settings, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from qcoder.gui import file_open
    from qcoder.gui.app import run_gui
    from qcoder.gui.main_window import MainWindow
    from qcoder.gui.team.actions import TeamActions

    monkeypatch.delenv(single_instance.ENV_OFF, raising=False)
    source = tmp_path / "study.qdpx"
    source.write_bytes(b"PK")
    target = tmp_path / "study.qcoder"
    monkeypatch.setattr(file_open, "choose_new_project", lambda w, s: (target, False))
    imported: list[object] = []

    def fake_import(self: object, path: object = None) -> None:
        imported.append(path)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                QTimer.singleShot(0, w.close)

    monkeypatch.setattr(TeamActions, "import_refi", fake_import)
    settings.set_coder_name("Alice")
    safety = QTimer()  # a safety net, never reached when it works
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(10_000)
    try:
        assert run_gui(str(source), settings=settings) == 0
    finally:
        safety.stop()
    assert imported == [source] and target.exists()


def test_a_handler_that_spins_the_event_loop_outlives_the_sender(qtbot) -> None:
    """Opening a project may run a nested event loop while the sender's socket closes. With the
    handler called inside the socket's signal, the window crashed now and then with two real
    processes (2 runs in 3); this test takes that path but did not reproduce the crash."""
    from PySide6.QtNetwork import QLocalSocket

    name = _name()
    server = InstanceServer(name)
    assert server.listen()
    accepted = threading.Event()
    server.server.newConnection.connect(accepted.set, Qt.ConnectionType.DirectConnection)

    def send_after_accept() -> None:  # as another process does: the data comes after the accept
        sock = QLocalSocket()
        sock.connectToServer(name)
        assert sock.waitForConnected(2000)
        accepted.wait(5)
        sock.write(single_instance.encode(["a.qcoder"]))
        sock.flush()
        sock.disconnectFromServer()

    done: list[list[str]] = []

    def slow_open(paths: list[str]) -> None:
        thread.join(5)  # the sender has gone
        qtbot.wait(50)  # a nested loop, as the open flow's dialogs run
        done.append(paths)

    server.received.connect(slow_open)
    thread = threading.Thread(target=send_after_accept)
    thread.start()
    qtbot.waitUntil(lambda: done == [["a.qcoder"]], timeout=5000)
    qtbot.wait(20)
    server.close()
    server.deleteLater()


def test_on_windows_the_new_start_lets_the_running_window_take_the_foreground(monkeypatch) -> None:
    """Without AllowSetForegroundWindow the running window's activateWindow only flashes its
    taskbar button on Windows; elsewhere nothing is called."""
    import ctypes
    from types import SimpleNamespace

    calls: list[int] = []
    fake = SimpleNamespace(user32=SimpleNamespace(AllowSetForegroundWindow=lambda who: calls.append(who) or 1))
    monkeypatch.setattr(ctypes, "windll", fake, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert single_instance.allow_foreground_handover() is False and calls == []
    monkeypatch.setattr(sys, "platform", "win32")
    assert single_instance.send_to_running("qcoder-nobody-listens-here", [], timeout_ms=50) is False
    assert calls == [single_instance.ASFW_ANY]

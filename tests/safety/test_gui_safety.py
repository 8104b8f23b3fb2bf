"""The window's side of project safety: passphrase and restore dialogs, the open flow for
encrypted, damaged, locked and cloud-synced projects, rolling backups while a project is open."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget  # noqa: E402

from qcoder.app.backups import backup_now, list_backups  # noqa: E402
from qcoder.app.safety import create_project, encryption_unavailable_reason, open_project  # noqa: E402
from qcoder.gui.safety import (  # noqa: E402
    AutoBackupTimer,
    PassphraseDialog,
    RestoreDialog,
    open_project_interactive,
    restore_open_project,
)
from qcoder.store.locking import read_lock  # noqa: E402
from tests.helpers import imported  # noqa: E402
from tests.safety.test_backups import _corrupt  # noqa: E402

SHOTS = Path(os.environ.get("QCODER_SHOTS", "/tmp"))


def _project(path: Path, n: int = 3, passphrase: str | None = None) -> None:
    with create_project(path, "study", passphrase=passphrase) as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        for i in range(n):
            p.add_coding(doc.id, code.id, coder.id, i % 240, i % 240 + 5)


def when_modal(kind: type, act: Callable[[QWidget], None], log: list[str] | None = None) -> None:
    """Act on the next modal dialog of ``kind`` as soon as it is shown."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            if log is not None:
                log.append(widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle())
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_new_passphrase_dialog_checks_length_and_repeat(qtbot):
    dialog = PassphraseDialog("study.qcoder", new=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not ok.isEnabled() and "at least 8" in dialog.message.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClicks(dialog.repeat, "correct horse")
    assert not ok.isEnabled() and dialog.message.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.repeat, " battery")
    assert ok.isEnabled() and dialog.value() == "correct horse battery"
    assert "nobody can recover" in dialog.intro.text()
    dialog.show()
    dialog.grab().save(str(SHOTS / "qcoder-passphrase-new.png"))


def test_restore_dialog_lists_backups_and_selects_the_good_one(qtbot, tmp_path: Path):
    path = tmp_path / "study.qcoder"
    _project(path)
    with open_project(path) as p:
        first = p._store.open_backup
        manual = backup_now(p)
    backups = list_backups(path)
    dialog = RestoreDialog(path, backups, damaged="The check found: SQLite: page 4 is never used.", good=first)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.selected() == first.path and "newest good backup" in dialog.list.currentItem().text()
    assert "study.qcoder is damaged" in dialog.header.text()
    dialog.list.setCurrentRow(0)
    assert dialog.selected() == manual.path
    dialog.show()
    dialog.grab().save(str(SHOTS / "qcoder-restore-dialog.png"))


@pytest.mark.skipif(encryption_unavailable_reason() is not None, reason="SQLCipher is not available")
def test_encrypted_project_asks_again_after_a_wrong_passphrase(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("QCODER_PASSPHRASE", raising=False)
    path = tmp_path / "secret.qcoder"
    _project(path, passphrase="right one!")
    asked: list[str] = []
    answers = iter(["wrong one", "right one!"])

    def ask(_parent: object, name: str, error: str) -> str | None:
        asked.append(f"{name}|{error}")
        return next(answers)

    project = open_project_interactive(None, path, ask=ask)
    assert project is not None
    try:
        assert asked == ["secret.qcoder|", "secret.qcoder|That passphrase does not open this project. Try again."]
        assert len(project.codings()) == 3
        assert read_lock(path).pid == os.getpid()  # the window lock is held
    finally:
        project.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, tmp_path: Path):
    path = tmp_path / "pages.qcoder"
    path.write_bytes(os.urandom(8192))
    assert open_project_interactive(None, path, ask=lambda *a: None) is None


def test_damaged_project_offers_the_newest_good_backup(qtbot, tmp_path: Path):
    path = tmp_path / "study.qcoder"
    _project(path, n=200)
    open_project(path).close()
    _corrupt(path)
    seen: list[str] = []
    when_modal(RestoreDialog, lambda d: d.restore_button.click(), seen)  # type: ignore[attr-defined]

    def after_restore() -> None:
        when_modal(QMessageBox, lambda box: box.accept(), seen)  # "restored…" information

    QTimer.singleShot(0, after_restore)
    project = open_project_interactive(None, path)
    assert project is not None
    try:
        assert seen[0] == "Restore from backup"
        assert "was restored from the backup" in seen[1] and ".damaged-" in seen[1]
        assert len(project.codings()) == 200
    finally:
        project.close()


def test_project_open_in_another_window_can_be_opened_read_only(qtbot, tmp_path: Path):
    from tests.safety.test_locking import _holder_process

    path = tmp_path / "study.qcoder"
    _project(path)
    other = _holder_process(path)
    seen: list[str] = []
    try:

        def choose_read_only(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            button = next(b for b in box.buttons() if b.text() == "Open read-only")
            button.click()

        when_modal(QMessageBox, choose_read_only, seen)
        project = open_project_interactive(None, path)
        assert project is not None
        assert "is open in another qcoder window (process" in seen[0]
        assert project._store.read_only
        assert len(project.codings()) == 3
        project.close()
        when_modal(QMessageBox, lambda box: box.reject(), seen)  # Cancel: nothing opened
        assert open_project_interactive(None, path) is None
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(30)


def test_cloud_folder_warning_is_shown(qtbot, tmp_path: Path):
    folder = tmp_path / "OneDrive - Contoso" / "research"
    folder.mkdir(parents=True)
    path = folder / "study.qcoder"
    _project(path)
    seen: list[str] = []
    when_modal(QMessageBox, lambda box: box.accept(), seen)
    project = open_project_interactive(None, path)
    assert project is not None
    project.close()
    assert len(seen) == 1 and "inside a OneDrive folder" in seen[0]


def test_auto_backup_timer_and_restore_action(qtbot, tmp_path: Path):
    from qcoder.gui.context import AppContext
    from qcoder.gui.settings import Settings

    path = tmp_path / "study.qcoder"
    _project(path)
    settings = Settings.at(tmp_path / "settings.ini")
    settings.set_coder_name("ana")
    ctx = AppContext(settings)
    timer = AutoBackupTimer(ctx, every_minutes=0)
    project = open_project_interactive(None, path)
    assert project is not None
    ctx.open_project(project)
    assert timer.auto is not None and timer.timer.isActive()
    doc = project.documents()[0]
    code = project.codes()[0]
    project.add_coding(doc.id, code.id, ctx.coder.id, 50, 60)  # a change: backed up in the background
    qtbot.waitUntil(
        lambda: (
            timer.auto is not None
            and timer.auto.last_backup is not None
            and timer.auto.last_backup.reason == "auto"
            and not timer.auto.running
        ),
        timeout=10_000,
    )
    project.add_coding(doc.id, code.id, ctx.coder.id, 70, 80)
    timer.auto.wait()
    # "Restore from backup…": choose the backup made when the project was opened (4 codings)
    backups = list_backups(path)
    opened = next(b for b in backups if b.reason == "open")
    seen: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).toolTip() == str(opened.path))
        dialog.list.setCurrentRow(row)
        dialog.restore_button.click()
        when_modal(QMessageBox, lambda box: box.accept(), seen)

    when_modal(RestoreDialog, choose, seen)
    assert restore_open_project(None, ctx) is True
    assert ctx.project is not None and len(ctx.project.codings()) == 3
    kept = next(b for b in list_backups(path) if b.reason == "before-restore")
    with open_project(kept.path, backup=False, read_only=True) as before:
        assert len(before.codings()) == 5  # the state before the restore is kept
    ctx.close_project()
    assert not timer.timer.isActive()


@pytest.mark.skipif(encryption_unavailable_reason() is not None, reason="SQLCipher is not available")
def test_create_encrypted_and_encrypt_action(qtbot, tmp_path: Path):
    from qcoder.app.safety import is_encrypted
    from qcoder.gui.context import AppContext
    from qcoder.gui.safety import back_up_now, create_project_interactive, encrypt_open_project
    from qcoder.gui.settings import Settings

    created = create_project_interactive(
        None, tmp_path / "new.qcoder", "new", encrypted=True, ask_new=lambda _p, _n: "a long passphrase"
    )
    assert created is not None
    created.close()
    assert is_encrypted(tmp_path / "new.qcoder")

    path = tmp_path / "plain.qcoder"
    _project(path)
    settings = Settings.at(tmp_path / "settings.ini")
    settings.set_coder_name("ana")
    ctx = AppContext(settings)
    project = open_project_interactive(None, path)
    assert project is not None
    ctx.open_project(project)
    assert back_up_now(None, ctx) is not None
    assert encrypt_open_project(None, ctx, ask_new=lambda _p, _n: "another long one") is True
    assert is_encrypted(path) and ctx.project is not None and len(ctx.project.codings()) == 3
    assert all(b.encrypted for b in list_backups(path))
    ctx.close_project()


def test_an_open_that_checks_the_file_runs_in_a_worker(qtbot, tmp_path: Path, monkeypatch):
    """A project changed since a checked session closed it is checked (and backed up) on open:
    0.8 s at 10,000 documents, so the window opens it in a worker behind a progress dialog; a
    project as a checked session left it opens at once."""
    import sqlite3

    from qcoder.gui.safety import open_flow

    path = tmp_path / "p.qcoder"
    _project(path)
    open_project(path).close()  # checked, and the clean close recorded
    in_workers: list[str] = []
    real = open_flow.run_with_progress

    def counted(parent, title, fn):  # type: ignore[no-untyped-def]
        in_workers.append(title)
        return real(parent, title, fn)

    monkeypatch.setattr(open_flow, "run_with_progress", counted)
    project = open_flow.open_project_interactive(None, path)
    assert project is not None and in_workers == []
    project.close()
    conn = sqlite3.connect(path)  # a change made outside qcoder
    conn.execute("UPDATE project_meta SET value = 'renamed elsewhere' WHERE key = 'name'")
    conn.commit()
    conn.close()
    project = open_flow.open_project_interactive(None, path)
    assert project is not None and in_workers == ["Opening the project"]
    assert project.name == "renamed elsewhere"
    project.close()

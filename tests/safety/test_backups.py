"""Rolling backups (online backup API, <project>.backups/), the integrity check on open, and
restoring from a backup, through the service API and the CLI."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from qcoder.app.backups import AutoBackup, backup_dir, backup_now, list_backups, restore_backup
from qcoder.app.safety import ProjectDamaged, ProjectLocked, check_project, create_project, open_project
from qcoder.cli import main as cli_main
from qcoder.core.errors import NotAProject, ProjectError
from qcoder.store import backup_files
from tests.helpers import imported


def _coded(path: Path, n: int = 1) -> tuple[str, str, str]:
    with create_project(path, "study") as p:
        doc = p.add_document(imported())
        code = p.create_code("Trust")
        coder = p.ensure_coder("ana")
        for i in range(n):
            p.add_coding(doc.id, code.id, coder.id, i % 240, i % 240 + 5)
    return doc.id, code.id, coder.id


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file (a failing disk, a bad sync)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096 * 2, size - 4096, 4096 * 3):
            fh.seek(offset + 100)
            fh.write(os.urandom(600))


def test_backup_on_open_only_when_changed(tmp_path: Path, monkeypatch):
    from qcoder.store import project_store

    monkeypatch.setattr(project_store, "BACKUP_EVERY_MINUTES", 0.0)
    path = tmp_path / "study.qcoder"
    ids = _coded(path)
    assert list_backups(path) == []  # creating makes none
    with open_project(path) as p:
        first = p._store.open_backup
    assert first is not None and first.reason == "open"
    assert first.path.parent == tmp_path / "study.qcoder.backups"
    assert first.path.name.startswith("study-") and first.path.suffix == ".qcoder"
    with open_project(path) as p:  # nothing changed since: no new backup
        assert p._store.open_backup is None
        p.add_coding(*ids, 20, 30)
    with open_project(path) as p:  # changed: a new one
        assert p._store.open_backup is not None
    backups = list_backups(path)
    assert len(backups) == 2
    # a backup is a complete, checked project in a single file (no -wal next to it)
    with sqlite3.connect(backups[0].path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == 2
    expected = [b.path for b in backups] + [backup_dir(path) / n for n in ("last-backup.json", "last-check.json")]
    assert sorted(backup_dir(path).iterdir()) == sorted(expected)


def test_backup_on_open_at_most_once_per_interval(tmp_path: Path):
    path = tmp_path / "study.qcoder"
    ids = _coded(path)
    open_project(path).close()
    with open_project(path) as p:
        p.add_coding(*ids, 20, 30)
    with open_project(path) as p:  # changed, but the last automatic backup is minutes old at most
        assert p._store.open_backup is None
    assert len(list_backups(path)) == 1


def test_backups_can_be_turned_off(tmp_path: Path, monkeypatch):
    path = tmp_path / "p.qcoder"
    _coded(path)
    monkeypatch.setenv("QCODER_BACKUPS", "0")
    open_project(path).close()
    assert list_backups(path) == []


def test_rotation_keeps_the_last_k_automatic_and_every_manual(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    ids = _coded(path)
    with open_project(path, backup=False) as p:
        manual = backup_now(p)
        for i in range(6):
            p.add_coding(*ids, 40 + i, 50 + i)
            assert p._store.backup_if_changed("auto", keep=3) is not None
    backups = list_backups(path)
    assert [b.reason for b in backups].count("auto") == 3
    assert manual.path in [b.path for b in backups]
    # the newest automatic backup holds the last change
    with sqlite3.connect(backups[0].path) as con:
        assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == 7


def test_auto_backup_every_n_minutes_of_work(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    ids = _coded(path)
    now = [1000.0]
    with open_project(path, backup=False) as p:
        auto = AutoBackup(p, every_minutes=5, keep=10, background=False, clock=lambda: now[0])
        p.add_coding(*ids, 1, 3)
        assert list_backups(path) == []  # changes, but not 5 minutes yet
        now[0] += 301
        assert auto.tick() is True
        assert len(list_backups(path)) == 1
        assert auto.last_backup is not None
        now[0] += 400
        assert auto.tick() is False  # time passed but nothing changed
        p.add_coding(*ids, 2, 4)  # a change after the interval: backed up right away
        assert len(list_backups(path)) == 2
        p.add_coding(*ids, 3, 5)  # within the interval: waits
        assert len(list_backups(path)) == 2
        auto.close()  # the last changes are backed up on close
    assert len(list_backups(path)) == 3
    assert [b.reason for b in list_backups(path)] == ["close", "auto", "auto"]


def test_background_backup_while_writing(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    ids = _coded(path)
    with open_project(path, backup=False) as p:
        auto = AutoBackup(p, every_minutes=0, keep=50)
        for i in range(30):
            p.add_coding(*ids, i, i + 2)
        auto.close()
        assert auto.last_error is None
    for b in list_backups(path):
        assert check_project(b.path).ok


def test_a_crash_while_backing_up_leaves_no_fake_backup(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path)
    folder = backup_dir(path)
    folder.mkdir()
    # a half-written backup of a process that died (pid 999999999 does not exist)
    partial = folder / ".p-20260101T000000000000Z-open.qcoder.partial-999999999"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert list_backups(path) == []
    open_project(path).close()
    assert not partial.exists()
    assert len(list_backups(path)) == 1


def test_damaged_project_is_reported_with_the_newest_good_backup(tmp_path: Path):
    path = tmp_path / "study.qcoder"
    ids = _coded(path, n=200)
    open_project(path).close()  # makes the open backup
    good = list_backups(path)[0]
    _corrupt(path)
    with pytest.raises(ProjectDamaged) as err:
        open_project(path)
    message = str(err.value)
    assert "study.qcoder is damaged" in message
    assert str(good.path) in message and f"qcoder restore {path} --from {good.path}" in message
    assert err.value.backup == good
    # the CLI check says the same and exits 1
    assert cli_main(["check", str(path)]) == 1
    # restoring brings the project back; the damaged file is kept aside
    result = restore_backup(path, good.path)
    assert any(".damaged-" in p.name for p in result.previous)
    with open_project(path) as p:
        assert len(p.codings()) == 200
        p.add_coding(*ids, 1, 2)
    assert check_project(path).ok


def test_damaged_project_without_backup_says_so(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path, n=300)
    _corrupt(path)
    with pytest.raises((ProjectDamaged, NotAProject)) as err:
        open_project(path, backup=False)
    if isinstance(err.value, ProjectDamaged):
        assert err.value.backup is None and "No good backup" in str(err.value)


def test_offsets_outside_the_text_are_found(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA ignore_check_constraints = ON")  # another tool, past the CHECKs of 0007
        con.execute('UPDATE codings SET "end" = 100000')
        con.execute("UPDATE turns SET start = -3 WHERE rowid = (SELECT min(rowid) FROM turns)")
    report = check_project(path)
    assert not report.ok
    assert any("outside its" in p and "coding" in p for p in report.problems)
    assert any(p.startswith("turn ") for p in report.problems)
    with pytest.raises(ProjectDamaged, match="outside its"):
        open_project(path)


def test_broken_references_are_found(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path)
    with sqlite3.connect(path) as con:  # foreign keys are off in this connection
        con.execute("DELETE FROM codes")
    report = check_project(path)
    assert not report.ok and any("codings refer to missing codes" in p for p in report.problems)


def test_document_length_mismatch_and_search_index_are_checked(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE documents SET chars = chars + 1")
    assert any("says it has" in p for p in check_project(path).problems)
    path2 = tmp_path / "q.qcoder"
    _coded(path2)
    with sqlite3.connect(path2) as con:
        con.execute("DELETE FROM documents_fts_data WHERE id > 1")
    report = check_project(path2, full=True)
    assert not report.ok and any("search index" in p for p in report.problems)


def test_restore_of_a_healthy_project_keeps_the_current_state(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    ids = _coded(path)
    with open_project(path) as p:
        old = backup_now(p)
        p.add_coding(*ids, 10, 20)
    result = restore_backup(path, old.path)
    assert len(result.previous) == 1 and "before-restore" in result.previous[0].name
    with open_project(path) as p:
        assert len(p.codings()) == 1
    with sqlite3.connect(result.previous[0]) as con:
        assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == 2


def test_restore_refused_while_a_window_has_the_project(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path)
    with open_project(path) as p:
        backup = backup_now(p)
    with open_project(path, window=True):
        with pytest.raises(ProjectLocked):
            restore_backup(path, backup.path)


def test_restore_refuses_a_bad_backup(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    _coded(path, n=200)
    with open_project(path) as p:
        backup = backup_now(p)
    _corrupt(backup.path)
    with pytest.raises(ProjectError, match="fails its check"):
        restore_backup(path, backup.path)
    assert backup_files.newest_good_backup(path, None) != backup


def test_cli_backup_list_restore(tmp_path: Path, capsys):
    path = tmp_path / "p.qcoder"
    ids = _coded(path)
    assert cli_main(["backup", str(path)]) == 0
    out = capsys.readouterr().out
    assert "backed up to" in out and "p.qcoder.backups" in out
    with open_project(path, backup=False) as p:
        p.add_coding(*ids, 7, 9)
    assert cli_main(["backup", str(path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing
    assert cli_main(["restore", str(path)]) == 2  # no backup chosen: lists them
    assert cli_main(["restore", str(path), "--latest"]) == 0
    assert "restored" in capsys.readouterr().out
    with open_project(path, backup=False) as p:
        assert len(p.codings()) == 1
    assert cli_main(["check", str(path)]) == 0
    assert "ok (full check" in capsys.readouterr().out


def test_cli_check_json_and_errors(tmp_path: Path, capsys):
    import json

    path = tmp_path / "p.qcoder"
    _coded(path)
    assert cli_main(["check", str(path), "--json", "--quick"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["full"] is False and data["encrypted"] is False
    assert cli_main(["check", str(tmp_path / "missing.qcoder")]) == 1
    assert "no project at" in capsys.readouterr().err

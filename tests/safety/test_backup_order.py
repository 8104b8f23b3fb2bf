"""Backups are ordered and rotated by a sequence number, never by the clock alone (issue 22,
item 3): a backup dated in the future (made while the clock was ahead, or planted) must not make
each new automatic backup vanish at rotation, nor be what ``restore --latest`` picks."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from qcoder.app.backups import backup_dir, list_backups
from qcoder.app.safety import create_project, open_project
from qcoder.cli import main as cli_main
from qcoder.store import backup_files
from tests.helpers import imported


class _AheadClock(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
        return datetime.now(tz) + timedelta(days=400)


def _documents_in(backup: Path) -> int:
    with sqlite3.connect(backup) as con:
        return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])


def _work(path: Path, n: int, keep: int = 3) -> list[Path]:
    """``n`` changes, each followed by an automatic backup and rotation; the backups made."""
    made = []
    with open_project(path, backup=False) as p:
        for i in range(n):
            p.add_document(imported(f"Interviewer: question {i}?\n\nAna: answer {i}.\n", name=f"n{i}.txt"))
            info = p._store.backup_if_changed("auto", keep=keep, min_age_minutes=10 if i == 0 else 0)
            assert info is not None, "a changed project is backed up (a future-dated backup is no reason to wait)"
            made.append(info.path)
    return made


@pytest.mark.parametrize("planted", [False, True], ids=["clock-ahead", "old-name-planted"])
def test_a_future_dated_backup_does_not_push_new_ones_out(tmp_path: Path, monkeypatch, planted):
    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        p.add_document(imported())
    if planted:  # a future-dated backup named as earlier versions named them (no sequence number)
        with open_project(path, backup=False) as p:
            made = p._store._backup("auto").path
        future = made.with_name(f"p-{datetime.now(UTC) + timedelta(days=400):%Y%m%dT%H%M%S%f}Z-auto.qcoder")
        shutil.move(made, future)
    else:  # made while the computer's clock was a year ahead
        monkeypatch.setattr(backup_files, "datetime", _AheadClock)
        with open_project(path, backup=False) as p:
            future = p._store._backup("auto").path
        monkeypatch.undo()
    assert list_backups(path)[0].made_at > datetime.now(UTC) + timedelta(days=300)
    made = _work(path, 4, keep=3)
    kept = [b.path for b in list_backups(path)]
    assert kept == made[::-1][:3], "the newest three automatic backups are kept, newest first"
    assert future not in kept  # rotated out as the oldest
    assert cli_main(["restore", str(path), "--latest"]) == 0
    with open_project(path) as p:
        assert len(p.documents()) == 5  # the newest backup's content


def test_sequence_numbers_continue_in_the_folder(tmp_path: Path):
    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        p.add_document(imported())
    made = _work(path, 3, keep=10)
    numbers = [b.sequence for b in list_backups(path)]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) == 3
    assert all(f"-s{b.sequence:06d}-auto" in b.path.name for b in list_backups(path))
    assert [_documents_in(m) for m in made] == [2, 3, 4]
    assert backup_dir(path).is_dir()


def test_one_fingerprint_serves_the_backup_decision_and_the_open_check(tmp_path: Path):
    """A file replaced by a copy of the same size and modification time (a sync tool, a restore
    by hand) is a changed file for both: backed up on the next chance, checked on the next open."""
    from qcoder.store import verified

    path = tmp_path / "p.qcoder"
    with create_project(path) as p:
        p.add_document(imported())
    with open_project(path, backup=False) as p:
        p._store._backup("auto")
    assert not backup_files.changed_since_last_backup(path)
    copy = tmp_path / "copy.qcoder"
    shutil.copy2(path, copy)  # same size, same modification time, another inode
    copy.replace(path)
    assert backup_files.changed_since_last_backup(path)
    assert verified.last_checked(path) is None
    assert verified.fingerprint is backup_files.state_fingerprint

"""Backup files of a SQLite project: made with SQLite's online backup API, never by copying
a file that is in use.

Backups of ``study.qcoder`` go to the folder ``study.qcoder.backups/`` next to it, named
``study-20261128T131500123456Z-s000042-open.qcoder`` (UTC time, a sequence number, then why it
was made: ``open``, ``auto``, ``manual``, ``before-restore``, ``before-encrypt``…). Backups are
ordered (newest first, rotation, ``restore --latest``) by the sequence number, one more than the
highest in the folder, never by the clock alone: a clock that was ahead once must not make every
new backup look older than a future-dated one (backups named without a number, from earlier
versions, count as older than every numbered one, and among themselves by their time). A backup is written under a
temporary name, checked (``PRAGMA quick_check``), flushed to disk and only then renamed, so
a crash while backing up never leaves a broken file that looks like a backup. A backup of an
encrypted project is encrypted with the same passphrase.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qcoder.core.errors import ProjectError
from qcoder.store.crypto import connect_any, is_plain_sqlite
from qcoder.store.integrity import IntegrityReport, check_dbapi, check_file
from qcoder.store.private_files import create_private, private_folder, write_private_text

BACKUP_DIR_SUFFIX = ".backups"
AUTO_REASONS = ("open", "auto", "close")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-s(?P<seq>\d{1,18}))?-(?P<reason>[a-z-]+)(?P<suffix>\.[^.]+)?$"
)
_STATE = "last-backup.json"

# rolling backups: on open and after this much time with changes; keep this many automatic ones
BACKUP_EVERY_MINUTES = 10.0
BACKUP_KEEP = 10
BACKUPS_ENV = "QCODER_BACKUPS"  # "0" turns automatic backups off (tests, scripts)


def automatic_backups_on() -> bool:
    return os.environ.get(BACKUPS_ENV, "1").strip().lower() not in ("0", "off", "no", "false")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime
    reason: str
    size: int
    encrypted: bool
    sequence: int = 0  # 0: named without one (an earlier version's backup)

    @property
    def automatic(self) -> bool:
        return self.reason in AUTO_REASONS

    def label(self) -> str:
        local = self.made_at.astimezone()
        return f"{local:%Y-%m-%d %H:%M:%S}, {self.reason}, {_size(self.size)}"


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return f"{n} bytes"


def backup_dir(project: Path) -> Path:
    return project.with_name(project.name + BACKUP_DIR_SUFFIX)


def _parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None or not path.is_file():
        return None
    try:
        made = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
        encrypted = size > 0 and not is_plain_sqlite(path)
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made, m["reason"], size, encrypted, int(m["seq"] or 0))


def list_backups(project: Path) -> list[BackupInfo]:
    """The backups of ``project``, newest first (damaged ones included; see :func:`newest_good_backup`)."""
    folder = backup_dir(project)
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: (b.sequence, b.made_at), reverse=True)


def _next_sequence(folder: Path) -> int:
    numbers = (m["seq"] for m in (_NAME.match(p.name) for p in folder.iterdir()) if m is not None and m["seq"])
    return max((int(n) for n in numbers), default=0) + 1


def verify_backup(backup: BackupInfo | Path, passphrase: str | None, full: bool = False) -> IntegrityReport:
    return check_file(backup.path if isinstance(backup, BackupInfo) else backup, passphrase, full=full)


def newest_good_backup(project: Path, passphrase: str | None) -> BackupInfo | None:
    """The newest backup that passes the check (with ``passphrase`` for an encrypted one)."""
    for backup in list_backups(project):
        if verify_backup(backup, passphrase).ok:
            return backup
    return None


def online_backup(
    source: Path, target: Path, passphrase: str | None, *, source_conn: Any = None, verify: bool = False
) -> IntegrityReport | None:
    """Copy the live database ``source`` into a new file ``target`` with the online backup API.

    ``source_conn``: an open DB-API connection to ``source`` to copy from (saves keying a new
    connection to an encrypted file, a few hundred milliseconds). ``verify``: check the copy
    (``quick_check`` and qcoder's rules) before closing it, and return the report.
    """
    src = source_conn if source_conn is not None else connect_any(source, passphrase)
    report = None
    try:
        plain = isinstance(src, sqlite3.Connection)
        create_private(target)
        dst = connect_any(target, None if plain else passphrase, check=False)
        try:
            src.backup(dst)  # one step: a consistent snapshot even while others write
            # a backup is a single file: no write-ahead log next to it
            dst.execute("PRAGMA journal_mode = DELETE")
            if verify:
                report = check_dbapi(dst, full=False)
        finally:
            dst.close()
    finally:
        if source_conn is None:
            src.close()
    return report


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - directories cannot be opened for fsync on Windows
        return
    _fsync(folder)


def make_backup(
    project: Path, passphrase: str | None, reason: str = "manual", folder: Path | None = None, source_conn: Any = None
) -> BackupInfo:
    """Back up ``project`` into its backups folder (or ``folder``); returns the new backup."""
    if not re.fullmatch(r"[a-z-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = folder or backup_dir(project)
    private_folder(folder)
    _clean_partials(folder)
    now = datetime.now(UTC)
    name = f"{project.stem}-{now.strftime(_STAMP)}-s{_next_sequence(folder):06d}-{reason}{project.suffix}"
    final = folder / name
    partial = folder / f".{name}.partial-{os.getpid()}"
    fingerprint = state_fingerprint(project)
    try:
        report = online_backup(project, partial, passphrase, source_conn=source_conn, verify=True)
        assert report is not None
        if not report.ok:
            raise ProjectError(f"the backup of {project.name} failed its check: {report.summary()}")
        _fsync(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    _write_state(folder, fingerprint)
    info = _parse(final)
    assert info is not None
    return info


def _clean_partials(folder: Path) -> None:
    """Remove temporary files of backups whose process died before finishing them."""
    from qcoder.store.locking import _pid_alive

    for p in folder.glob(".*.partial-*"):
        pid = p.name.rsplit("-", 1)[-1].split(".")[0]
        if not pid.isdigit() or not _pid_alive(int(pid)) or int(pid) == os.getpid():
            p.unlink(missing_ok=True)


def rotate(project: Path, keep: int, reasons: Iterable[str] = AUTO_REASONS) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones are never deleted."""
    wanted = set(reasons)
    autos = [b for b in list_backups(project) if b.reason in wanted]
    removed = []
    for b in autos[max(keep, 1) :]:
        b.path.unlink(missing_ok=True)
        removed.append(b.path)
    return removed


# --- has the project changed since the last backup? ---------------------------------------------


def state_fingerprint(project: Path) -> list[int]:
    """The state of the project file on disk, one function for both decisions that ask "has it
    changed?": a backup on open, and skipping the check on open (:mod:`qcoder.store.verified`).

    Size, modification time, inode and change time of the file and of its write-ahead log when
    that holds anything (an empty log comes and goes with connections without any change to the
    data); a file replaced by another one (restored, converted, copied over) differs by its inode.
    """
    out: list[int] = []
    for p in (project, project.with_name(project.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            out += [0, 0, 0, 0]
            continue
        out += [st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns] if st.st_size else [0, 0, 0, 0]
    return out


def _write_state(folder: Path, fingerprint: list[int]) -> None:
    try:
        write_private_text(folder / _STATE, json.dumps({"fingerprint": fingerprint}))
    except (OSError, ProjectError):
        pass


def changed_since_last_backup(project: Path) -> bool:
    try:
        data: dict[str, Any] = json.loads((backup_dir(project) / _STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return bool(data.get("fingerprint") != state_fingerprint(project))


def backup_due(project: Path, min_age_minutes: float = 0.0) -> bool:
    """Whether an automatic backup would be made now: the project changed since the last backup
    and the newest automatic backup is at least ``min_age_minutes`` old."""
    if not changed_since_last_backup(project):
        return False
    if min_age_minutes > 0:
        newest = next((b for b in list_backups(project) if b.automatic), None)
        age = (datetime.now(UTC) - newest.made_at).total_seconds() if newest is not None else None
        if age is not None and 0 <= age < min_age_minutes * 60:  # one dated in the future is no reason
            return False
    return True


# --- restoring ------------------------------------------------------------------------------------


def sidecars(project: Path) -> list[Path]:
    return [project.with_name(project.name + s) for s in ("-wal", "-shm", "-journal")]


def set_aside(project: Path, reason: str) -> list[Path]:
    """Move a damaged project file (and its log files) into the backups folder, unchanged.

    Only for a file nobody can use any more: a damaged file is moved, not copied, and never
    offered as a backup (its name does not end in the project's suffix).
    """
    folder = backup_dir(project)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    moved = []
    for p in [project, *sidecars(project)]:
        if p.exists():
            target = folder / f"{p.name}.{reason}-{stamp}"
            shutil.move(str(p), str(target))
            moved.append(target)
    return moved


def restore_file(backup: Path, project: Path, passphrase: str | None, *, replace: bool) -> None:
    """Put the content of ``backup`` into ``project`` with the online backup API.

    ``replace`` False: copy into the existing, healthy project database (SQLite locks it for the
    copy; other connections see the restored content afterwards). ``replace`` True: the project
    file is gone or unusable: write a new file next to it and move it into place.
    """
    if not replace:
        src = connect_any(backup, passphrase)
        try:
            dst = connect_any(project, passphrase)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
        return
    tmp = project.with_name(f".{project.name}.restoring-{os.getpid()}")
    tmp.unlink(missing_ok=True)
    try:
        online_backup(backup, tmp, passphrase)
        conn = connect_any(tmp, passphrase)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        _fsync(tmp)
        for p in sidecars(project):
            p.unlink(missing_ok=True)
        os.replace(tmp, project)
        _fsync_dir(project.parent)
    finally:
        for p in (tmp, *sidecars(tmp)):
            p.unlink(missing_ok=True)

"""Rolling backups and restoring from them.

Where: the folder ``<project>.backups/`` next to the project file (``study.qcoder`` →
``study.qcoder.backups/``). When: on open (when the project changed since the last backup),
then every ``every_minutes`` of work while changes are being made (:class:`AutoBackup`), and on
close if anything changed; the newest ``keep`` automatic backups are kept, manual ones
(``qcoder backup``, "Back up now") and the copies made before a restore are never deleted.
How: SQLite's online backup API (a consistent copy even while the project is in use), checked
before it gets its final name; encrypted like the project.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qcoder.app.project import Project
from qcoder.core.changes import ChangeSet
from qcoder.core.errors import ProjectError
from qcoder.store import backup_files
from qcoder.store.backup_files import (
    BACKUP_EVERY_MINUTES,
    BACKUP_KEEP,
    BackupInfo,
    backup_dir,
    list_backups,
    newest_good_backup,
)
from qcoder.store.crypto import PassphraseRequired, WrongPassphrase, connect_any, is_plain_sqlite
from qcoder.store.integrity import IntegrityReport, check_file
from qcoder.store.project_store import ProjectStore
from qcoder.store.writer_lock import replacing

__all__ = [
    "AutoBackup",
    "BackupInfo",
    "RestoreResult",
    "backup_dir",
    "backup_now",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
    "verify_backup",
]


def _store(project: Project) -> ProjectStore:
    return project.store


def backup_now(project: Project, reason: str = "manual") -> BackupInfo:
    """A backup of the open project in its backups folder."""
    return _store(project).make_backup(reason)


def verify_backup(backup: Path, passphrase: str | None = None, full: bool = True) -> IntegrityReport:
    return check_file(backup, passphrase, full=full)


class AutoBackup:
    """Rolling backups while a project is open: call :meth:`tick` from a timer (the window does,
    every minute) or rely on change notifications; :meth:`close` makes the last one.

    Backups run on a background thread (their own SQLite connections), one at a time.
    """

    def __init__(
        self,
        project: Project,
        every_minutes: float = BACKUP_EVERY_MINUTES,
        keep: int = BACKUP_KEEP,
        *,
        background: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.project = project
        self.every = every_minutes * 60.0
        self.keep = keep
        self.background = background
        self._clock = clock
        self._last = clock()
        self._dirty = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.last_backup: BackupInfo | None = _store(project).open_backup
        self.last_error: str | None = None
        self._unsubscribe = project.subscribe(self._on_change)

    def _on_change(self, _changes: ChangeSet) -> None:
        self._dirty = True
        self.tick()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def tick(self) -> bool:
        """Start a backup if there were changes and ``every_minutes`` have passed; True if started."""
        if not self._dirty or self._clock() - self._last < self.every or self.running:
            return False
        self._start("auto")
        return True

    def _start(self, reason: str) -> None:
        self._dirty = False
        self._last = self._clock()
        if self.background:
            self._thread = threading.Thread(target=self._run, args=(reason,), name="qcoder-backup", daemon=True)
            self._thread.start()
        else:
            self._run(reason)

    def _run(self, reason: str) -> None:
        with self._lock:
            store = _store(self.project)
            info = store.backup_if_changed(reason, self.keep)
            if info is not None:
                self.last_backup = info
            self.last_error = store.backup_error

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def close(self, final: bool = True) -> None:
        """Stop; with ``final``, back up the changes made since the last backup (in this thread)."""
        self._unsubscribe()
        self.wait()
        if final and self._dirty:
            self._dirty = False
            self._run("close")


@dataclass(frozen=True, slots=True)
class RestoreResult:
    project: Path
    restored_from: Path
    previous: list[Path]  # the project as it was: a "before-restore" backup, or the damaged files set aside


def restore_backup(project: Path, backup: Path, passphrase: str | None = None) -> RestoreResult:
    """Replace the project's content with ``backup``'s.

    Refused while a window (of any process) has the project open. The project as it was is kept:
    a healthy one as a ``before-restore`` backup, a damaged one moved unchanged into the backups
    folder. The backup is fully checked first and the restored project afterwards.
    """
    project = Path(project)
    backup = Path(backup)
    if not backup.is_file():
        raise ProjectError(f"no backup at {backup}")
    report = check_file(backup, passphrase, full=True)
    if not report.ok:
        raise ProjectError(f"the backup {backup.name} fails its check, so it was not restored: {report.summary()}")
    with replacing(project, "restore"):
        previous: list[Path] = []
        state = _project_state(project, passphrase)
        same_kind = project.exists() and is_plain_sqlite(project) == is_plain_sqlite(backup)
        if state == "healthy":
            previous.append(backup_files.make_backup(project, passphrase, "before-restore").path)
            backup_files.restore_file(backup, project, passphrase, replace=not same_kind)
        else:
            if state == "damaged":
                previous += backup_files.set_aside(project, "damaged")
            backup_files.restore_file(backup, project, passphrase, replace=True)
        after = check_file(project, passphrase, full=True)
        if not after.ok:  # pragma: no cover - the backup passed the same check a moment ago
            raise ProjectError(f"the restored project fails its check: {after.summary()}")
    return RestoreResult(project, backup, previous)


def _project_state(project: Path, passphrase: str | None) -> str:
    """ "missing", "healthy" or "damaged"; a wrong or missing passphrase is raised, not called damage."""
    if not project.exists():
        return "missing"
    if project.stat().st_size and not is_plain_sqlite(project):
        try:
            connect_any(project, passphrase).close()
        except (WrongPassphrase, PassphraseRequired):
            # either the wrong passphrase, or garbage where the header should be: only a
            # readable backup with this passphrase tells them apart, and it was checked already
            if passphrase is None:
                raise
            return "damaged"
    return "healthy" if check_file(project, passphrase, full=False).ok else "damaged"

"""The writer lock: who is writing to a project file right now.

Every process that writes to a project file (a command-line run or a window) holds the writer
lock *shared* from its first writing transaction until it closes the project, so several
writers can work side by side (SQLite serialises their transactions). Replacing or rewriting
the whole file (encrypting, decrypting, a new passphrase, restoring a backup) and merging take
it *exclusively*: they refuse, with one line, while another process writes, and a writer that
starts meanwhile refuses in its turn. A reader takes nothing and may always read.

The lock is an OS advisory lock (``flock``) on ``<project>.writer.lock`` next to the project,
created owner-only and never through a link; it dies with its process, so a crashed writer
leaves no lock behind (the file is removed by the last holder that closes cleanly). Where the
file system has no advisory locks the writer lock does nothing; the window lock and SQLite's
own locking still apply. On Windows (whose file locks are exclusive only) a writer does not take
it, so there a conversion or restore checks the window lock only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qcoder.core.errors import ProjectError
from qcoder.store.locking import (
    LOCK_SUFFIX,
    ProjectLocked,
    WindowLock,
    _close_locked,
    _NoAdvisoryLocks,
    _try_lock,
    read_lock,
)
from qcoder.store.private_files import open_lock_file

WRITER_SUFFIX = ".writer" + LOCK_SUFFIX


class ProjectBusy(ProjectError):
    """Another process is writing to the project (or converting it) right now."""

    def __init__(self, project: Path, action: str) -> None:
        super().__init__(
            f"another qcoder process is writing to {project.name}; cannot {action} it now "
            "(wait for that command to finish, or close the project in the other window)"
        )
        self.project = project
        self.action = action


def writer_lock_path(project: Path) -> Path:
    return project.with_name(project.name + WRITER_SUFFIX)


def _take(project: Path, shared: bool) -> tuple[int, bool] | None:
    """An open, locked lock file (fd, advisory) or None when another process holds it."""
    path = writer_lock_path(project)
    for _attempt in range(20):
        fd = open_lock_file(path)
        if shared and sys.platform == "win32":  # pragma: no cover - Windows byte locks are exclusive only
            return fd, False
        try:
            got = _try_lock(fd, shared)
        except _NoAdvisoryLocks:
            return fd, False
        if not got:
            os.close(fd)
            return None
        # the last holder may have removed the file between our open and our lock
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd, True
        os.close(fd)
    return None


class WriterLock:
    """The writer lock on one project file, held until :meth:`release`."""

    def __init__(self, project: Path, fd: int, advisory: bool, exclusive: bool) -> None:
        self.project = project
        self._fd: int | None = fd
        self._advisory = advisory
        self.exclusive = exclusive

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def shared(cls, project: Path, action: str = "change") -> WriterLock:
        """For a writer; refused while a conversion, restore or merge holds it exclusively."""
        taken = _take(project, shared=True)
        if taken is None:
            holder = read_lock(project)  # a conversion or restore names itself in the window lock
            if holder is not None and holder.pid != os.getpid():
                raise ProjectLocked(project, holder, action)
            raise ProjectBusy(project, action)
        return cls(project, taken[0], taken[1], exclusive=False)

    @classmethod
    def exclusive_for(cls, project: Path, action: str) -> WriterLock:
        """For replacing or rewriting the whole project; refused while anyone else writes."""
        taken = _take(project, shared=False)
        if taken is None:
            raise ProjectBusy(project, action)
        return cls(project, taken[0], taken[1], exclusive=True)

    @contextmanager
    def exclusively(self, action: str) -> Iterator[None]:
        """Hold this (shared) lock exclusively for the block: refused while another process writes."""
        fd = self._fd
        if fd is None or not self._advisory or self.exclusive:
            yield
            return
        if not _try_lock(fd, shared=False):
            if not _try_lock(fd, shared=True):  # a conversion slipped in: this lock is lost
                self.release()
            raise ProjectBusy(self.project, action)
        self.exclusive = True  # a nested block keeps it so
        try:
            yield
        finally:
            self.exclusive = False
            _try_lock(fd, shared=True)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        path = writer_lock_path(self.project)
        try:
            # the last holder removes the file, and only while nobody else can hold it
            if self._advisory and (self.exclusive or _try_lock(fd, shared=False)):
                if os.fstat(fd).st_ino == os.stat(path).st_ino:
                    path.unlink()
        except OSError:
            pass
        finally:
            _close_locked(fd)


@contextmanager
def replacing(project: Path, kind: str) -> Iterator[None]:
    """Hold ``project`` for replacing or rewriting it whole: the window lock (no window, no other
    conversion) and the writer lock exclusively (no process writing)."""
    with WindowLock.acquire(project, kind=kind):
        lock = WriterLock.exclusive_for(project, _ACTIONS.get(kind, kind))
        try:
            yield
        finally:
            lock.release()


_ACTIONS = {"encrypt": "encrypt", "decrypt": "decrypt", "rekey": "change the passphrase of", "restore": "restore"}

"""Who has a project file open: the window lock, and cloud-synced folders.

A qcoder window holds an exclusive *window lock* on a project file for as long as the project
is open in it: a lock file ``<project>.lock`` next to the project (for ``study.qcoder``:
``study.qcoder.lock``) holding the pid, host, user and start time of the window, with an OS
advisory lock (``flock``) on it. The advisory lock dies with the process, so a lock left by a
crashed window is recognised as stale at once; where advisory locks do not work (some network
file systems) a lock of a process that no longer exists on the same host is stale too. A lock
held on another host cannot be checked from here; the message names the host.

Command-line runs take no window lock: they may read while a window is open, and their
writing transactions refuse while another process holds the window lock
(:func:`check_no_window`). Two writers never corrupt the file in any case: SQLite's own
locking serialises transactions. Every process that writes also holds the *writer lock*
(:mod:`qcoder.store.writer_lock`) until it closes the project, so that converting, restoring
or merging a project waits for no one and replaces nothing under a writer.

Lock files are created owner-only and never through a symbolic or hard link
(:func:`qcoder.store.private_files.open_lock_file`).
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from qcoder.core.errors import ProjectError
from qcoder.store.private_files import open_lock_file

LOCK_SUFFIX = ".lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError as exc:  # no advisory locks on this file system: fall back to pid checks
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                raise _NoAdvisoryLocks from exc
            raise

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class _NoAdvisoryLocks(Exception):
    pass


def _close_locked(fd: int) -> None:
    """Unlock and close a lock file's descriptor."""
    try:
        _unlock(fd)
    except OSError:
        pass
    os.close(fd)


@dataclass(frozen=True, slots=True)
class LockInfo:
    """What a lock file says about the process holding the project open."""

    pid: int
    host: str
    user: str
    since: str  # ISO time
    kind: str = "window"
    token: str = ""

    def describe(self) -> str:
        when = self.since.replace("T", " ")[:19]
        return f"process {self.pid} of user {self.user} on host {self.host}, since {when} UTC"


_BUSY = {
    "encrypt": "being encrypted",
    "decrypt": "being decrypted",
    "rekey": "getting a new passphrase",
    "restore": "being restored from a backup",
}


class ProjectLocked(ProjectError):
    """Another process holds the project open in a window."""

    def __init__(self, project: Path, holder: LockInfo | None, action: str = "open") -> None:
        who = holder.describe() if holder else "another process"
        where = ""
        if holder is not None and holder.host != socket.gethostname():
            where = f" If qcoder is no longer running on {holder.host}, delete the lock file {lock_path(project)}."
        busy = _BUSY.get(holder.kind if holder is not None else "window")
        if busy is None:
            text = f"{project.name} is open in a qcoder window ({who}); cannot {action} it here while it is open there."
        else:
            text = f"{project.name} is {busy} ({who}); cannot {action} it until that has finished."
        super().__init__(text + where)
        self.project = project
        self.holder = holder
        self.action = action


class ProjectReadOnly(ProjectError):
    """The project was opened read-only (for example while a window elsewhere has it)."""

    def __init__(self, location: str | Path) -> None:
        super().__init__(f"{Path(str(location)).name} is open read-only here; changes are not possible")
        self.location = location


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + LOCK_SUFFIX)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - no cheap portable check; assume alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(project: Path) -> LockInfo | None:
    """The lock file's content (whether or not its holder is still alive)."""
    try:
        raw = lock_path(project).read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(raw) if raw.strip() else {}
    except (OSError, ValueError):
        return None
    try:
        return LockInfo(
            int(data["pid"]),
            str(data["host"]),
            str(data.get("user", "?")),
            str(data["since"]),
            str(data.get("kind", "window")),
            str(data.get("token", "")),
        )
    except (KeyError, TypeError, ValueError):
        return None


def window_holder(project: Path) -> LockInfo | None:
    """The live process holding ``project``'s window lock, or None (no lock, or a stale one)."""
    path = lock_path(project)
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except OSError:
        return read_lock(project)
    try:
        info = read_lock(project)
        try:
            got = _try_lock(fd, shared=True)
        except _NoAdvisoryLocks:
            got = None
        if got:
            _unlock(fd)
            # nobody holds the advisory lock: a lock from this host is stale; one written on
            # another host may be held there through a file system that does not share locks
            if info is None or info.host == socket.gethostname():
                return None
            return info
        if got is None and info is not None and info.host == socket.gethostname() and not _pid_alive(info.pid):
            return None
        return info or LockInfo(0, "?", "?", "")
    finally:
        os.close(fd)


def check_no_window(project: Path, own: WindowLock | None, action: str = "change") -> None:
    """Raise :class:`ProjectLocked` if a window of another process (or another lock) holds ``project``."""
    if own is not None and own.held:
        return
    if not lock_path(project).exists():
        return
    holder = window_holder(project)
    if holder is not None:
        raise ProjectLocked(project, holder, action)


class WindowLock:
    """The exclusive window lock on one project file, held until :meth:`release`."""

    def __init__(self, project: Path, fd: int, info: LockInfo) -> None:
        self.project = project
        self.info = info
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, project: Path, kind: str = "window") -> WindowLock:
        path = lock_path(project)
        for _attempt in range(20):
            fd = open_lock_file(path)
            try:
                try:
                    got = _try_lock(fd, shared=False)
                except _NoAdvisoryLocks:
                    got = None
                if got is False:
                    raise ProjectLocked(project, read_lock(project))
                if got is None:
                    holder = read_lock(project)
                    if holder is not None and not (holder.host == socket.gethostname() and not _pid_alive(holder.pid)):
                        raise ProjectLocked(project, holder)
                else:
                    holder = read_lock(project)
                    if holder is not None and holder.host != socket.gethostname():
                        # written on another host: its process may hold it through a file system
                        # that does not share advisory locks; do not take it over silently
                        raise ProjectLocked(project, holder)
                # the file may have been unlinked by its previous holder between open and lock
                try:
                    same = os.fstat(fd).st_ino == os.stat(path).st_ino
                except FileNotFoundError:
                    same = False
                if not same:
                    os.close(fd)
                    continue
                info = LockInfo(
                    os.getpid(), socket.gethostname(), _user(), datetime.now(UTC).isoformat(), kind, uuid.uuid4().hex
                )
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(asdict(info), indent=1).encode("utf-8"))
                os.fsync(fd)
                return cls(project, fd, info)
            except BaseException:
                try:
                    os.close(fd)
                except OSError:
                    pass
                raise
        raise ProjectLocked(project, read_lock(project))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if read_lock(self.project) == self.info:
                lock_path(self.project).unlink(missing_ok=True)
        finally:
            _close_locked(fd)

    def __enter__(self) -> WindowLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def break_stale_lock(project: Path, force: bool = False) -> LockInfo | None:
    """Remove a lock left behind; refuse (ProjectLocked) while its holder lives, unless ``force``.

    ``force`` is for a lock written on another host whose process is known to be gone.
    """
    info = read_lock(project)
    holder = window_holder(project)
    if holder is not None and not force:
        raise ProjectLocked(project, holder, "unlock")
    if holder is not None and holder.host == socket.gethostname() and _pid_alive(holder.pid):
        raise ProjectLocked(project, holder, "unlock")
    lock_path(project).unlink(missing_ok=True)
    return info


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


# --- cloud-synced folders -------------------------------------------------------------------------

_CLOUD_NAMES = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "icloud": "iCloud Drive",
    "iclouddrive": "iCloud Drive",  # Windows: C:\Users\NAME\iCloudDrive
    "mobile documents": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "box sync": "Box",
    "box": "Box",
    "pcloud drive": "pCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "mega": "MEGA",
    "syncthing": "Syncthing",
}
_CLOUD_PREFIXES = (
    ("onedrive - ", "OneDrive"),  # "OneDrive - Contoso" (work accounts)
    ("dropbox (", "Dropbox"),  # "Dropbox (Contoso)" team folders
)
# macOS File Provider folders: ~/Library/CloudStorage/OneDrive-Contoso, GoogleDrive-me@example.org…
_CLOUDSTORAGE_PREFIXES = (
    ("onedrive-", "OneDrive"),
    ("dropbox-", "Dropbox"),
    ("googledrive-", "Google Drive"),
    ("box-", "Box"),
)


def cloud_sync_provider(path: str | PurePath) -> str | None:
    """The cloud storage service whose synced folder holds ``path`` (by its folder names), or None."""
    parts = [p.casefold() for p in PurePath(path).parts[:-1]]
    for i, part in enumerate(parts):
        name = _CLOUD_NAMES.get(part)
        if name is not None:
            return name
        prefixes = _CLOUD_PREFIXES + (_CLOUDSTORAGE_PREFIXES if i and parts[i - 1] == "cloudstorage" else ())
        for prefix, provider in prefixes:
            if part.startswith(prefix):
                return provider
    return None


class CloudFolderWarning(str):
    """A warning text (a ``str``) about a project in a cloud-synced folder; ``provider`` names the service."""

    provider: str

    def __new__(cls, provider: str, path: Path) -> CloudFolderWarning:
        text = (
            f"{path.name} is inside a {provider} folder. Sync services copy database files while they "
            "are being written and can corrupt them or produce conflicting copies, and they do not share "
            "qcoder's lock between computers. Keep the project in a local folder (put backups or "
            "exports in the synced folder instead), or make sure only one computer opens it at a time and "
            "syncing has finished before you open it."
        )
        obj = super().__new__(cls, text)
        obj.provider = provider
        return obj

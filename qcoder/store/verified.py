"""Which state of a project file was last known good, so that opening it can skip the check.

The integrity check on open (``PRAGMA quick_check`` and qcoder's own rules) reads the whole file:
0.75 s for 10,000 documents and 500k codings. It is there to catch damage made *between* two
sessions (a cloud-sync conflict, a half-copied file, a failing disk), so it can be incremental:

- when a session that began from a checked state closes cleanly, the file's fingerprint (size,
  modification time, inode and change time of the file and of a non-empty write-ahead log) is
  recorded in ``PROJECT.backups/last-check.json``, with the time of the last real check;
- the next open skips the check when the fingerprint is unchanged, the last real check is less
  than :data:`RECHECK_AFTER_DAYS` old, and the record was written by a clean close.

A session killed before closing (a crash, SIGKILL, a power cut) writes no record, and it changed
the file, so the next open checks it; so does any change made outside qcoder. ``qcoder check``
runs the full check (every index, the search index) on demand.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from qcoder.core.errors import ProjectError
from qcoder.store.backup_files import backup_dir, state_fingerprint
from qcoder.store.private_files import write_private_text

RECORD = "last-check.json"
RECHECK_AFTER_DAYS = 7


fingerprint = state_fingerprint  # the same state as the backup-on-open decision uses


def _read(project: Path) -> dict[str, Any]:
    try:
        data = json.loads((backup_dir(project) / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def last_checked(project: Path) -> datetime | None:
    """When the file was last checked, if it is unchanged since a clean close; else None."""
    data = _read(project)
    if data.get("fingerprint") != fingerprint(project):
        return None
    try:
        checked = datetime.fromisoformat(str(data["checked_at"]))
    except (KeyError, ValueError):
        return None
    if checked.tzinfo is None or datetime.now(UTC) - checked > timedelta(days=RECHECK_AFTER_DAYS):
        return None
    return checked


def record_clean_close(project: Path, checked_at: datetime) -> None:
    """Record the closed file's fingerprint (only where its backups folder already exists)."""
    folder = backup_dir(project)
    if not folder.is_dir():
        return
    data = {"fingerprint": fingerprint(project), "checked_at": checked_at.isoformat()}
    try:
        write_private_text(folder / RECORD, json.dumps(data))
    except (OSError, ProjectError):
        pass


def forget(project: Path) -> None:
    """Drop the record (the next open checks the file)."""
    try:
        (backup_dir(project) / RECORD).unlink(missing_ok=True)
    except OSError:
        pass

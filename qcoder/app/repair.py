"""``qcoder check --repair``: back up a project, then repair what can be repaired.

The repairs are :mod:`qcoder.store.repair`'s (lengths set to the texts', rows breaking the span
rules set aside in the ``set_aside`` table, the search index rebuilt); an older project is
upgraded on the way (migration 0007 sets such rows aside as well). The report lists what was
done and what the full check still finds afterwards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from qcoder.core.errors import ProjectError
from qcoder.store import backup_files
from qcoder.store.crypto import PASSPHRASE_ENV, PassphraseRequired, is_plain_sqlite
from qcoder.store.engine import is_url
from qcoder.store.integrity import IntegrityReport
from qcoder.store.private_files import private_folder
from qcoder.store.project_store import ProjectStore
from qcoder.store.repair import repairable

__all__ = ["RepairReport", "repair_project", "repairable"]


@dataclass
class RepairReport:
    location: str
    backup: Path | None = None
    upgraded_from: str | None = None
    actions: list[str] = field(default_factory=list)
    set_aside: int = 0  # rows in the set_aside table after the repair (earlier repairs included)
    remaining: IntegrityReport | None = None

    @property
    def ok(self) -> bool:
        return self.remaining is not None and self.remaining.ok


def _backup_first(path: Path, passphrase: str | None) -> Path:
    """A copy of the project as it is (damaged or not) in its backups folder."""
    folder = backup_files.backup_dir(path)
    private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-before-repair{path.suffix}"
    try:
        backup_files.online_backup(path, target, passphrase)
    except Exception as exc:  # noqa: BLE001 - a file too damaged to copy cannot be repaired here
        target.unlink(missing_ok=True)
        raise ProjectError(
            f"{path.name} cannot even be copied ({type(exc).__name__}); nothing was changed. "
            f"Restore a backup instead: qcoder restore {path} --latest"
        ) from None
    return target


def repair_project(location: str | Path, passphrase: str | None = None) -> RepairReport:
    """Back up (project files), then repair; raises ProjectError when nothing can be done."""
    report = RepairReport(str(location))
    if not is_url(location):
        path = Path(location)
        if not path.exists():
            raise ProjectError(f"no project at {path}")
        passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or None
        if passphrase is None and path.stat().st_size > 0 and not is_plain_sqlite(path):
            raise PassphraseRequired(path)
        report.backup = _backup_first(path, passphrase)
    with ProjectStore.open(location, passphrase=passphrase, check=False, backup=False) as store:
        report.upgraded_from = store.upgraded_from
        before = store.set_aside_count()
        if report.upgraded_from is not None and before:
            report.actions.append(f"the upgrade from schema {report.upgraded_from} set aside {before} row(s)")
        report.actions += store.repair()
        report.set_aside = store.set_aside_count()
        report.remaining = store.check(full=True)
    return report

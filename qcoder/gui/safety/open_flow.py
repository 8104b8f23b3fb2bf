"""Opening a project in the window, with everything that can stand in the way:

- an encrypted project: the passphrase is asked for (again, after a wrong one);
- a damaged project: the restore dialog offers the newest good backup;
- a project open in another window (this or another computer): open it read-only, or not;
- a project in a cloud-synced folder: a warning explaining the risk.

``open_project_interactive`` returns the opened ``Project`` (holding the window lock unless
read-only) or None when the user gave up. :class:`AutoBackupTimer` makes rolling backups while
a project is open in the window; :func:`restore_open_project` is the "Restore from backup…"
menu action.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from qcoder.app import Project
from qcoder.app.backups import AutoBackup, backup_now, list_backups, newest_good_backup, restore_backup
from qcoder.app.safety import (
    CloudFolderWarning,
    PassphraseRequired,
    ProjectDamaged,
    ProjectLocked,
    WrongPassphrase,
    create_project,
    encrypt_project,
    encryption_unavailable_reason,
    open_project,
    open_takes_time,
    project_warnings,
)
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate
from qcoder.gui.safety.passphrase_dialog import ask_new_passphrase, ask_passphrase
from qcoder.gui.safety.restore_dialog import RestoreDialog
from qcoder.gui.workers import run_with_progress

BACKUP_TICK_MS = 60_000

# the dialogs, replaceable in tests: (parent, project name, error) -> passphrase or None
AskPassphrase = Callable[[QWidget | None, str, str], str | None]


def _run(parent: QWidget | None, title: str, fn: Callable[[], Any], in_worker: bool) -> Any:
    if not in_worker:
        return fn()
    worker = run_with_progress(parent, title, lambda progress, cancel: fn())
    if worker.outcome == "failed" and worker.error is not None:
        raise worker.error
    if worker.outcome != "finished":
        return None
    return worker.result


def open_project_interactive(
    parent: QWidget | None,
    location: str | Path,
    *,
    window: bool = True,
    passphrase: str | None = None,
    ask: AskPassphrase = ask_passphrase,
    in_worker: bool = False,
) -> Project | None:
    """Open ``location`` for the window; raises other errors (show them with ``user_message``)."""
    url = isinstance(location, str) and "://" in location
    path = None if url else Path(location)
    name = path.name if path is not None else str(location)
    read_only = False
    for _attempt in range(20):
        try:
            make = partial(
                open_project,
                location,
                passphrase=passphrase,
                window=window and not read_only and not url,
                read_only=read_only,
            )
            slow = in_worker or passphrase is not None or open_takes_time(location)  # a check or a backup first
            project: Project | None = _run(parent, translate("safety.open_flow", "Opening the project"), make, slow)
            if project is None:
                return None
        except PassphraseRequired:
            passphrase = ask(parent, name, "")
            if passphrase is None:
                return None
            continue
        except WrongPassphrase:
            passphrase = ask(
                parent, name, translate("safety.open_flow", "That passphrase does not open this project. Try again.")
            )
            if passphrase is None:
                return None
            continue
        except ProjectLocked as exc:
            if not _offer_read_only(parent, name, exc):
                return None
            read_only = True
            continue
        except ProjectDamaged as exc:
            if not offer_restore(parent, exc.path, damaged=exc, passphrase=passphrase):
                return None
            continue
        show_open_warnings(parent, project, read_only)
        return project
    return None


def _offer_read_only(parent: QWidget | None, name: str, exc: ProjectLocked) -> bool:
    who = exc.holder.describe() if exc.holder else translate("safety.open_flow", "another qcoder")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("safety.open_flow", "Project already open"),
        translate(
            "safety.open_flow",
            "{name} is open in another qcoder window ({who}).\n\n"
            "Two windows changing the same project would get in each other's way, so only one may "
            "change it. You can open it here read-only, to look without changing anything.",
        ).format(name=name, who=who),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    read_only = box.addButton(translate("safety.open_flow", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is read_only


def show_open_warnings(parent: QWidget | None, project: Project, read_only: bool = False) -> None:
    for warning in project_warnings(project):
        if isinstance(warning, CloudFolderWarning):
            title = translate("safety.open_flow", "Project in a synced folder")
        else:
            title = translate("safety.open_flow", "Project warning")
        QMessageBox.warning(parent, title, warning)


def offer_restore(
    parent: QWidget | None, path: Path, *, damaged: ProjectDamaged | None = None, passphrase: str | None = None
) -> bool:
    """Show the restore dialog for ``path``; True if a backup was restored."""
    backups = list_backups(path)
    good = damaged.backup if damaged is not None else newest_good_backup(path, passphrase)
    problems = "; ".join(damaged.problems[:2]) if damaged is not None else ""
    dialog = RestoreDialog(
        path,
        backups,
        damaged=translate("safety.open_flow", "The check found: {problems}.").format(problems=problems)
        if damaged
        else "",
        good=good,
        parent=parent,
    )
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.selected() is None:
        return False
    source = dialog.selected()
    assert source is not None
    try:
        result = _run(
            parent,
            translate("safety.open_flow", "Restoring the backup"),
            lambda: restore_backup(path, source, passphrase),
            True,
        )
    except Exception as exc:  # noqa: BLE001 - shown to the user
        QMessageBox.critical(
            parent,
            translate("safety.open_flow", "Restore from backup"),
            translate("safety.open_flow", "The backup was not restored.\n\n{reason}").format(reason=user_message(exc)),
        )
        return False
    if result is None:
        return False
    kept = "\n".join(str(p) for p in result.previous)
    when = dialog.list.currentItem().text().split(" — ")[0]
    text = translate("safety.open_flow", "{name} was restored from the backup of {when}.").format(
        name=path.name, when=when
    )
    if kept:
        text += "\n\n" + translate("safety.open_flow", "The project as it was is kept in:\n{folders}").format(
            folders=kept
        )
    QMessageBox.information(parent, translate("safety.open_flow", "Restore from backup"), text)
    return True


def restore_open_project(parent: QWidget | None, ctx: Any) -> bool:
    """The "Restore from backup…" action: close the open project, restore, reopen it."""
    project: Project | None = ctx.project
    if project is None or project.path is None:
        QMessageBox.information(
            parent,
            translate("safety.open_flow", "Restore from backup"),
            translate(
                "safety.open_flow", "Backups are made for project files; a server project is backed up by the server."
            ),
        )
        return False
    path = project.path
    passphrase = project.passphrase  # the project's own key, kept only in memory
    ctx.close_project()
    restored = offer_restore(parent, path, passphrase=passphrase)
    try:
        reopened = open_project_interactive(parent, path, passphrase=passphrase)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.critical(
            parent,
            translate("safety.open_flow", "Open project"),
            translate("safety.open_flow", "The project could not be opened.\n\n{reason}").format(
                reason=user_message(exc)
            ),
        )
        return False
    if reopened is not None:
        ctx.open_project(reopened)
    return restored


def back_up_now(parent: QWidget | None, ctx: Any) -> Path | None:
    """The "Back up now" action; returns the new backup's path."""
    project: Project | None = ctx.project
    if project is None or project.path is None:
        return None
    try:
        info = _run(parent, translate("safety.open_flow", "Backing up"), lambda: backup_now(project), True)
    except Exception as exc:  # noqa: BLE001
        QMessageBox.critical(
            parent,
            translate("safety.open_flow", "Back up now"),
            translate("safety.open_flow", "The backup failed.\n\n{reason}").format(reason=user_message(exc)),
        )
        return None
    return info.path if info is not None else None


def create_project_interactive(
    parent: QWidget | None,
    path: Path,
    name: str = "",
    *,
    encrypted: bool = False,
    ask_new: Callable[[QWidget | None, str], str | None] = ask_new_passphrase,
) -> Project | None:
    """A new project for the window (holding the window lock); ``encrypted`` asks for a passphrase."""
    passphrase = None
    if encrypted:
        reason = encryption_unavailable_reason()
        if reason is not None:
            QMessageBox.warning(
                parent,
                translate("safety.open_flow", "Encrypted project"),
                translate("safety.open_flow", "Encryption is not available here: {reason}").format(reason=reason),
            )
            return None
        passphrase = ask_new(parent, path.name)
        if passphrase is None:
            return None
    project = create_project(path, name, passphrase=passphrase, window=True)
    show_open_warnings(parent, project)
    return project


def encrypt_open_project(
    parent: QWidget | None, ctx: Any, ask_new: Callable[[QWidget | None, str], str | None] = ask_new_passphrase
) -> bool:
    """The "Encrypt project…" action: close the project, encrypt it and its backups, reopen it."""
    project: Project | None = ctx.project
    if project is None or project.path is None:
        return False
    reason = encryption_unavailable_reason()
    if reason is not None:
        QMessageBox.warning(
            parent,
            translate("safety.open_flow", "Encrypt project"),
            translate("safety.open_flow", "Encryption is not available here: {reason}").format(reason=reason),
        )
        return False
    if project.passphrase is not None:
        QMessageBox.information(
            parent,
            translate("safety.open_flow", "Encrypt project"),
            translate("safety.open_flow", "{name} is already encrypted.").format(name=project.path.name),
        )
        return False
    chosen = ask_new(parent, project.path.name)
    if chosen is None:
        return False
    passphrase: str | None = chosen
    path = project.path
    ctx.close_project()
    try:
        result = _run(
            parent, translate("safety.open_flow", "Encrypting the project"), lambda: encrypt_project(path, chosen), True
        )
    except Exception as exc:  # noqa: BLE001 - shown; the project is reopened as it was
        QMessageBox.critical(
            parent,
            translate("safety.open_flow", "Encrypt project"),
            translate("safety.open_flow", "The project was not encrypted.\n\n{reason}").format(
                reason=user_message(exc)
            ),
        )
        result = None
        passphrase = None
    reopened = open_project_interactive(parent, path, passphrase=passphrase)
    if reopened is not None:
        ctx.open_project(reopened)
    if result is not None and result.plaintext_left:
        left = "\n".join(str(p) for p in result.plaintext_left)
        QMessageBox.warning(
            parent,
            translate("safety.open_flow", "Encrypt project"),
            translate(
                "safety.open_flow",
                "These copies could not be encrypted (damaged files set "
                "aside earlier); delete them if they are no longer needed:\n{files}",
            ).format(files=left),
        )
    return result is not None


class AutoBackupTimer(QObject):
    """Rolling backups while a project is open in the window (every ``every_minutes`` of work,
    and when it is closed), on a background thread."""

    def __init__(self, ctx: Any, every_minutes: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.every_minutes = every_minutes
        self.auto: AutoBackup | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_TICK_MS)
        self.timer.timeout.connect(self.tick)
        ctx.project_opened.connect(self._opened)
        ctx.project_closed.connect(self._closed)
        if ctx.project is not None:
            self._opened()

    def _opened(self) -> None:
        self._closed()
        project = self.ctx.project
        if project is None or project.path is None or project.read_only:
            return
        self.auto = AutoBackup(project) if self.every_minutes is None else AutoBackup(project, self.every_minutes)
        self.timer.start()

    def tick(self) -> None:
        if self.auto is not None:
            self.auto.tick()

    def _closed(self) -> None:
        # project_closed comes before the project is closed: the last backup still sees it
        self.timer.stop()
        auto, self.auto = self.auto, None
        if auto is not None:
            auto.close(final=True)

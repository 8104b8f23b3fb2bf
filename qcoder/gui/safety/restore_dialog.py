"""Choosing a backup to restore: offered when a project is damaged, and from the Project menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.backups import BackupInfo
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, number, translate

REASONS = {
    "open": QT_TRANSLATE_NOOP("safety.restore_dialog", "when the project was opened"),
    "auto": QT_TRANSLATE_NOOP("safety.restore_dialog", "automatic, while working"),
    "close": QT_TRANSLATE_NOOP("safety.restore_dialog", "when the project was closed"),
    "manual": QT_TRANSLATE_NOOP("safety.restore_dialog", "made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("safety.restore_dialog", "before an earlier restore"),
}


class RestoreDialog(QDialog):
    """A list of the project's backups, newest first; ``good`` (the newest that passes the check)
    is selected. :meth:`selected` is the chosen backup after ``exec()``."""

    def __init__(
        self,
        project: Path,
        backups: list[BackupInfo],
        *,
        damaged: str = "",
        good: BackupInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("safety.restore_dialog", "Restore from backup"))
        self.setMinimumSize(640, 380)
        layout = QVBoxLayout(self)
        head = _head(project, damaged)
        self.header = QLabel(head)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.list = QListWidget()
        a11y(
            self.list,
            translate("safety.restore_dialog", "Backups"),
            translate("safety.restore_dialog", "The project's backups, newest first: when, why and how big"),
        )
        self._fill(backups, good)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        folder = backups[0].path.parent if backups else project.with_name(project.name + ".backups")
        self.where = QLabel(translate("safety.restore_dialog", "Backups are kept in {folder}").format(folder=folder))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        if not backups:
            self.where.setText(
                translate("safety.restore_dialog", "There are no backups of {name} in {folder}.").format(
                    name=project.name, folder=folder
                )
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("safety.restore_dialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def _fill(self, backups: list[BackupInfo], good: BackupInfo | None) -> None:
        for b in backups:
            when = b.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            reason = translate("safety.restore_dialog", REASONS[b.reason]) if b.reason in REASONS else b.reason
            text = f"{when} — {reason} — {_size(b.size)}"
            if good is not None and b.path == good.path:
                text = "✔ " + text + " — " + translate("safety.restore_dialog", "newest good backup")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
            if good is not None and b.path == good.path:
                self.list.setCurrentItem(item)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def _head(project: Path, damaged: str) -> str:
    """The dialog's first lines (rich text): why a backup is offered."""
    if damaged:
        first = translate("safety.restore_dialog", "{name} is damaged").format(name=_esc(project.name))
        rest = _esc(translate("safety.restore_dialog", "and cannot be opened safely."))
        advice = _esc(
            translate(
                "safety.restore_dialog",
                "Restore a backup: the damaged file is kept, unchanged, in the backups folder.",
            )
        )
        head = f"<b>{first}</b> {rest}<br><br>{_esc(damaged)}<br><br>{advice}"
    else:
        head = _esc(
            translate(
                "safety.restore_dialog",
                "Replace the content of {name} with a backup. The project as it is now is "
                "kept as another backup, so this can be undone.",
            )
        ).format(name=f"<b>{_esc(project.name)}</b>")
    return head


def _size(n: float) -> str:
    if n < 1024:
        return translate("safety.restore_dialog", "{n} bytes").format(n=number(int(n)))
    for unit in (
        translate("safety.restore_dialog", "KB"),
        translate("safety.restore_dialog", "MB"),
        translate("safety.restore_dialog", "GB"),
    ):
        n /= 1024
        if n < 1024 or unit == translate("safety.restore_dialog", "GB"):
            break
    return f"{number(n, 1)} {unit}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

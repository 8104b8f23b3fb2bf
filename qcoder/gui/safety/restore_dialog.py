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

REASONS = {
    "open": "when the project was opened",
    "auto": "automatic, while working",
    "close": "when the project was closed",
    "manual": "made by hand",
    "before-restore": "before an earlier restore",
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
        self.setWindowTitle("Restore from backup")
        self.setMinimumSize(640, 380)
        layout = QVBoxLayout(self)
        if damaged:
            head = (
                f"<b>{project.name} is damaged</b> and cannot be opened safely.<br><br>{_esc(damaged)}<br><br>"
                "Restore a backup: the damaged file is kept, unchanged, in the backups folder."
            )
        else:
            head = (
                f"Replace the content of <b>{project.name}</b> with a backup. The project as it is now is "
                "kept as another backup, so this can be undone."
            )
        self.header = QLabel(head)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.list = QListWidget()
        a11y(self.list, "Backups", "The project's backups, newest first: when, why and how big")
        for b in backups:
            when = b.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            text = f"{when} — {REASONS.get(b.reason, b.reason)} — {_size(b.size)}"
            if good is not None and b.path == good.path:
                text = "✔ " + text + " — newest good backup"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
            if good is not None and b.path == good.path:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        folder = backups[0].path.parent if backups else project.with_name(project.name + ".backups")
        self.where = QLabel(f"Backups are kept in {folder}")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        if not backups:
            self.where.setText(f"There are no backups of {project.name} in {folder}.")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

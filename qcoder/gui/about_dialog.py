"""Help → About: the version, Python and Qt, and where things live on this computer.

Each place (settings file, default folder for projects, backups of the open project, log
folder) is shown in a selectable field with *Copy* and *Open folder*. Nothing here uses the
network.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.backups import backup_dir
from qcoder.gui import crash_log
from qcoder.gui.context import AppContext
from qcoder.gui.crash_dialog import copy_text, open_folder
from qcoder.gui.i18n import translate


@dataclass(frozen=True)
class Place:
    label: str
    path: Path | None  # None: shown as ``note`` only
    folder: Path | None  # what Open folder opens
    note: str = ""


def places(ctx: AppContext) -> list[Place]:
    """Where qcoder keeps things for this user and this project."""
    settings_file = Path(ctx.settings.location()) if ctx.settings.location() else None
    projects = Path(ctx.settings.last_directory() or Path.home())
    result = [
        Place(
            translate("about_dialog", "Settings file"), settings_file, settings_file.parent if settings_file else None
        ),
        Place(translate("about_dialog", "Default folder for projects"), projects, projects),
    ]
    project = ctx.project
    if project is not None and project.path is not None:
        backups = backup_dir(project.path)
        folder = backups if backups.is_dir() else project.path.parent  # made at the first backup
        result.append(Place(translate("about_dialog", "Backups of the open project"), backups, folder))
    elif project is not None:
        note = translate("about_dialog", "A server project: its backups are made on the database server.")
        result.append(Place(translate("about_dialog", "Backups of the open project"), None, None, note))
    else:
        note = translate("about_dialog", "Open a project to see its backups folder (beside the project file).")
        result.append(Place(translate("about_dialog", "Backups of the open project"), None, None, note))
    logs = crash_log.log_dir()
    result.append(Place(translate("about_dialog", "Log folder (errors only)"), logs, logs))
    return result


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about_dialog", "About qcoder"))
        layout = QVBoxLayout(self)
        v = crash_log.versions()
        head = QLabel(
            translate("about_dialog", "<b>qcoder {version}</b><br>Qualitative coding of interview transcripts.").format(
                version=v["qcoder"]
            )
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(head)
        self.versions = QLabel(
            translate("about_dialog", "Python {python} · Qt {qt} · PySide6 {pyside}").format(
                python=v["Python"], qt=v["Qt"], pyside=v["PySide6"]
            )
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.versions)
        saved = QLabel(
            translate(
                "about_dialog",
                "Every change is written to the project as you work; Ctrl+Z undoes it. "
                "qcoder sends nothing over the network: errors are logged only on this computer.",
            )
        )
        saved.setWordWrap(True)
        layout.addWidget(saved)
        self.fields: dict[str, QLineEdit] = {}
        layout.addLayout(self._places_grid(places(ctx)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _places_grid(self, rows: list[Place]) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for i, place in enumerate(rows):
            label = QLabel(place.label)
            grid.addWidget(label, 2 * i, 0, 1, 4)
            if place.path is None:
                note = QLabel(place.note)
                note.setWordWrap(True)
                grid.addWidget(note, 2 * i + 1, 1, 1, 3)
                continue
            field = QLineEdit(str(place.path))
            field.setReadOnly(True)
            field.setCursorPosition(0)
            wanted = field.fontMetrics().horizontalAdvance(str(place.path)) + 24
            field.setMinimumWidth(min(wanted, 560))  # whole paths where the screen allows
            field.setAccessibleName(place.label)
            label.setBuddy(field)
            self.fields[place.label] = field
            copy = QPushButton(translate("about_dialog", "Copy"))
            copy.setAccessibleName(translate("about_dialog", "Copy: {place}").format(place=place.label))
            copy.clicked.connect(lambda _=False, text=str(place.path): copy_text(text))
            folder = place.folder
            show = QPushButton(translate("about_dialog", "Open folder"))
            show.setAccessibleName(translate("about_dialog", "Open folder: {place}").format(place=place.label))
            show.clicked.connect(lambda _=False, f=folder: open_folder(f) if f else None)
            grid.addWidget(field, 2 * i + 1, 1)
            grid.addWidget(copy, 2 * i + 1, 2)
            grid.addWidget(show, 2 * i + 1, 3)
        return grid

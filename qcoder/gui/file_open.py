"""Open a file handed to the window (the command line, a double-click, a second start).

A ``.qcoder`` project (or a server URL) goes through the start page's open flow
(passphrase, lock, damaged-file dialogs). A ``.qdpx`` from another QDA program becomes a new
project: the user picks where to save it (beside the ``.qdpx`` by default) and whether to
encrypt it, then the REFI-QDA import dialog (Team → Import REFI-QDA) previews and imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from qcoder.gui.i18n import translate

EXCHANGE_SUFFIXES = (".qdpx",)


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` in front of the others (un-minimized)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class FileOpenEvents(QObject):
    """macOS hands a double-clicked file to the running application as a ``QFileOpenEvent``
    (not on the command line): open it like a file handed over by a second start."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toString()
            if path:
                QTimer.singleShot(0, self, lambda: open_paths(self._window, [path]))
                return True
        return False


def location_of(path: str) -> str:
    return path if "://" in path else str(Path(path).expanduser().resolve())


def open_paths(window: Any, paths: list[str]) -> None:
    """Bring the window forward and open each of ``paths`` (usually one) in turn. While a
    modal dialog is open (an import, a passphrase), that dialog comes forward instead and the
    status bar says to open the file again afterwards: a project must not change under it."""
    bring_to_front(window)
    modal = QApplication.activeModalWidget()
    if modal is not None:
        bring_to_front(modal)
        if paths:
            message = translate("file_open", "Finish the open dialog first, then open {name} again.")
            window.statusBar().showMessage(message.format(name=Path(paths[0]).name), 15000)
        return
    for path in paths:
        open_path(window, path)


def open_path(window: Any, path: str) -> bool:
    location = location_of(path)
    if Path(location).suffix.lower() in EXCHANGE_SUFFIXES and "://" not in location:
        return import_as_new_project(window, Path(location))
    opener = getattr(window.start_page, "open_project", None)
    return bool(opener(location) if opener is not None else window.open_project_path(location))


def choose_new_project(window: QWidget, source: Path) -> tuple[Path, bool] | None:
    """Ask where the new project goes and whether to encrypt it; None when cancelled."""
    start = source.with_suffix(".qcoder")
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        translate("file_open", "New project from {name}").format(name=source.name),
        str(start),
        translate("file_open", "qcoder projects (*.qcoder)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    answer = QMessageBox.question(
        window,
        translate("file_open", "New project"),
        translate(
            "file_open",
            "Encrypt the new project with a passphrase?\n\nEncrypt it if the interviews hold personal or "
            "sensitive information. If the passphrase is lost, nobody can recover the project.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return Path(chosen), answer == QMessageBox.StandardButton.Yes


def import_as_new_project(window: Any, source: Path) -> bool:
    """A ``.qdpx`` into a new project, through the REFI-QDA import dialog."""
    if not source.is_file():
        QMessageBox.warning(
            window,
            translate("file_open", "Open file"),
            translate("file_open", "{path} was not found. It may have been moved, renamed or deleted.").format(
                path=source
            ),
        )
        return False
    choice = choose_new_project(window, source)
    if choice is None:
        return False
    target, encrypted = choice
    page = window.start_page
    page.encrypt_new = encrypted
    try:
        created = bool(page.new_project(str(target)))
    finally:
        page.encrypt_new = False
    if not created:
        bring_to_front(window)
        return False
    window.team.import_refi(source)
    return True

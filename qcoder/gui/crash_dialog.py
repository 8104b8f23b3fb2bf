"""Errors that escape: logged locally (:mod:`qcoder.gui.crash_log`) and shown in one dialog.

:class:`CrashReporter` takes ``sys.excepthook`` (PySide6 hands it the exceptions raised in
slots and event handlers) and ``threading.excepthook``. Each error is written to the log
folder at once; the dialog is shown on the main thread, once per burst: while it is open,
further errors are only logged and counted. Nothing is ever sent anywhere.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui import crash_log
from qcoder.gui.errors import ExceptHook, safe_excepthook
from qcoder.gui.i18n import count_text, translate

ThreadHook = Callable[[threading.ExceptHookArgs], Any]


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (created first if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def copy_text(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


class CrashDialog(QDialog):
    """Something went wrong: nothing unsaved is lost; the log is at <path>; keep working or close."""

    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("crash_dialog", "Something went wrong"))
        self.log_path = log_path
        self.repeats = 0
        layout = QVBoxLayout(self)
        head = QLabel(translate("crash_dialog", "Something went wrong in qcoder."))
        head.setStyleSheet("font-weight: bold")
        layout.addWidget(head)
        self.message = QLabel(self._message())  # separate labels: a wrapped multi-paragraph one is cut short
        again = QLabel(translate("crash_dialog", "You may keep working, or close qcoder and open it again."))
        for label in (self.message, again):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.where = QLabel(self._where())
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        folder = log_path.parent if log_path is not None else crash_log.log_dir()
        self.path_edit = QLineEdit(str(log_path or folder))
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(translate("crash_dialog", "Log file"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        self.copy_button = QPushButton(translate("crash_dialog", "Copy path"))
        self.copy_button.clicked.connect(lambda: copy_text(self.path_edit.text()))
        self.open_button = QPushButton(translate("crash_dialog", "Open folder"))
        self.open_button.clicked.connect(lambda: open_folder(folder))
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.details = QLabel(self._details())
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.repeat_label = QLabel("")
        self.repeat_label.hide()
        layout.addWidget(self.repeat_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("crash_dialog", "Keep working"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, self._screen_width() - 40))

    def _screen_width(self) -> int:
        screen = QGuiApplication.primaryScreen()
        return screen.availableGeometry().width() if screen is not None else 800

    @staticmethod
    def _message() -> str:
        return translate(
            "crash_dialog", "Nothing unsaved is lost: every change is written to the project the moment you make it."
        )

    def _where(self) -> str:
        if self.log_path is not None:
            return translate("crash_dialog", "The details were written to a log file on this computer:")
        return translate("crash_dialog", "The log file could not be written. The log folder is:")

    @staticmethod
    def _details() -> str:
        if crash_log.debug_enabled():
            return translate(
                "crash_dialog",
                "QCODER_DEBUG=1 is set: the log also holds the error's message and local variables, "
                "which may quote your data. Nothing is sent anywhere.",
            )
        return translate(
            "crash_dialog",
            "The log holds the kind of error, where in qcoder's code it happened, the time and the "
            "versions. It leaves out the error's message and any of your data (set QCODER_DEBUG=1 to "
            "include them). Nothing is sent anywhere; share the file only if you choose to.",
        )

    def note_repeat(self, log_path: Path | None) -> None:
        """Another error while the dialog is open: count it instead of opening a second dialog."""
        self.repeats += 1
        text = count_text(
            self.repeats,
            translate("crash_dialog", "{n} more error since, also logged."),
            translate("crash_dialog", "{n} more errors since, also logged."),
        )
        self.repeat_label.setText(text)
        if self.repeat_label.isHidden():
            self.repeat_label.show()
            self.adjustSize()  # room for the new line: wrapped labels are not squeezed
        if log_path is not None:
            self.log_path = log_path
            self.path_edit.setText(str(log_path))


class CrashReporter(QObject):
    """Installs the hooks; logs every escaped error and shows one :class:`CrashDialog` per burst."""

    crashed = Signal(object)  # the log path (or None); queued to the main thread

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.dialog: CrashDialog | None = None
        self.logged: list[Path] = []
        self._broken = False
        self._sys_previous: ExceptHook | None = None
        self._thread_previous: ThreadHook | None = None
        self._stderr = safe_excepthook()  # the type on stderr, never the message
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._sys_previous, self._thread_previous = sys.excepthook, threading.excepthook
        self._stderr = safe_excepthook(self._sys_previous)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._sys_previous is not None and sys.excepthook == self.excepthook:
            sys.excepthook = self._sys_previous
        if self._thread_previous is not None and threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._thread_previous
        self._sys_previous = self._thread_previous = None

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._report(kind, exc, tb, "main thread")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    def _report(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> None:
        if issubclass(kind, KeyboardInterrupt):
            (self._sys_previous or sys.__excepthook__)(kind, exc, tb)
            return
        path = crash_log.write_crash(kind, exc, tb, where)
        if path is not None:
            self.logged.append(path)
        self._stderr(kind, exc, tb)
        self.crashed.emit(path)

    def _show(self, path: Path | None) -> None:
        if self._broken:  # the dialog itself failed once: errors are still logged, not shown
            return
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.note_repeat(path)
                return
            self.dialog = CrashDialog(path, self._parent_widget())
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
        except Exception:
            self._broken = True  # no loop of failing dialogs
            raise

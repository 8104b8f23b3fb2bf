"""Run a Qt-free task in a worker thread, optionally collecting its changes as ONE undo step.

Service calls that write (``apply_merge``, ``import_exchange``, ``handout``, ``reconcile``)
push commands through ``project.execute``. In a worker thread they must not touch the
window's ``QUndoStack``, so while the task runs the project's history is wrapped: commands
pushed from the worker thread run at once and are collected; commands pushed from the GUI
thread meanwhile (the agreement window is not modal: the user may code in the main window)
go to the window's undo stack as usual. When the task ends, on the GUI thread, the collected
commands are recorded on the undo stack as one step.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from qcoder.app import Project
from qcoder.core.changes import ChangeSet
from qcoder.core.commands import Batch, Command
from qcoder.core.history import History
from qcoder.gui.context import AppContext
from qcoder.gui.workers import Task, Worker


class WorkerHistory:
    """History protocol: the worker thread's commands are collected, the GUI thread's pass through."""

    def __init__(self, project: Project, previous: History) -> None:
        self._project = project
        self.previous = previous
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self.commands: list[Command] = []

    def push(self, command: Command) -> ChangeSet:
        if threading.get_ident() == self._gui_thread:
            return self.previous.push(command)
        changes = self._project.run_do(command)  # raises before anything is recorded
        with self._lock:
            self.commands.append(command)
        return changes

    def undo(self) -> ChangeSet | None:
        return self.previous.undo()

    def redo(self) -> ChangeSet | None:
        return self.previous.redo()

    def clear(self) -> None:
        self.previous.clear()


class Job(QObject):
    """One task in a worker; ``ended(job)`` arrives on the GUI thread once it is over (and
    its undo step, if any, is recorded)."""

    progress = Signal(int, int, str)
    ended = Signal(object)

    def __init__(
        self,
        fn: Task,
        parent: QObject | None = None,
        *,
        ctx: AppContext | None = None,
        undo_text: str | None = None,
        rename: bool = True,
    ) -> None:
        """``undo_text`` names the undo step; with ``rename=False`` a task that ran a single
        command keeps that command's own text."""
        super().__init__(parent)
        self._ctx = ctx
        self._undo_text = undo_text
        self._rename = rename
        self._history: WorkerHistory | None = None
        self._project: Project | None = None
        self.worker = Worker(fn, self)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self._on_done)
        self.commands = 0
        self._over = False

    def start(self) -> Job:
        if self._ctx is not None and self._undo_text is not None:
            self._project = self._ctx.require_project()
            self._history = WorkerHistory(self._project, self._project.history)
            self._project.history = self._history
        self.worker.start()
        return self

    @property
    def outcome(self) -> str:
        """ "finished", "failed" or "cancelled" once over ("" while running)."""
        return self.worker.outcome

    @property
    def result(self) -> Any:
        return self.worker.result

    @property
    def error(self) -> BaseException | None:
        return self.worker.error

    def running(self) -> bool:
        return not self._over

    def cancel(self) -> None:
        self.worker.cancel()

    def finish_now(self) -> None:
        """Wait for the worker and record its undo step now (a dialog closing mid-task)."""
        self.worker.wait()
        self._on_done()

    @Slot()
    def _on_done(self) -> None:
        if self._over:
            return
        self._over = True
        self.worker.wait()
        history, project = self._history, self._project
        self._history = None
        if history is None or project is None:
            self.ended.emit(self)
            return
        if project.history is history:
            project.history = history.previous
        commands = list(history.commands)
        self.commands = len(commands)
        if commands:
            command = commands[0] if len(commands) == 1 else Batch(commands, text=self._undo_text or "Change")
            if self._rename and self._undo_text:
                command.text = self._undo_text
            ctx = self._ctx
            if ctx is not None and ctx.history is not None and ctx.project is project:
                ctx.history.push_done(command)
        self.ended.emit(self)

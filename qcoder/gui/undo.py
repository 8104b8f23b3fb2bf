"""A ``QUndoStack`` that implements the core's History protocol.

``Project.execute`` calls ``history.push(command)``. With this adapter installed
(``project.history = UndoStackHistory(project, stack)``) every change made through the
service API lands on the window's undo stack, so Ctrl+Z / Ctrl+Shift+Z and the Edit menu
undo codings and codebook edits alike. The command runs once, through the project, before
it is pushed: a command that raises is never pushed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from qcoder.core.changes import ChangeSet
from qcoder.core.commands import Command, push_or_record
from qcoder.gui.command_names import command_name


class _Runner(Protocol):
    def run_do(self, command: Command) -> ChangeSet: ...
    def run_undo(self, command: Command) -> ChangeSet: ...


class _Wrapped(QUndoCommand):
    """Wraps a core command already done once; its first ``redo`` (from push) is skipped."""

    def __init__(self, history: UndoStackHistory, command: Command) -> None:
        super().__init__(command_name(command.text))  # worded by the core, translated here
        self.command = command
        self._history = history
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._history._run(self.command, undo=False)

    def undo(self) -> None:
        self._history._run(self.command, undo=True)


class UndoStackHistory:
    """History protocol over a QUndoStack; undo/redo may also be triggered by the stack itself
    (its actions or ``QUndoView``): the outcome of the last run is kept in ``last_changes`` /
    ``last_error``."""

    def __init__(self, runner: _Runner, stack: QUndoStack) -> None:
        self._runner = runner
        self.stack = stack
        self.last_changes: ChangeSet | None = None
        self.last_error: Exception | None = None

    def _run(self, command: Command, *, undo: bool) -> None:
        self.last_error = None
        try:
            self.last_changes = self._runner.run_undo(command) if undo else self._runner.run_do(command)
        except Exception as exc:  # noqa: BLE001 - re-raised by undo()/redo(); Qt cannot carry it
            self.last_changes = None
            self.last_error = exc

    def push(self, command: Command) -> ChangeSet:
        recorded = push_or_record(self._runner, command)  # inside a recording: pushed later as one step
        if recorded is not None:
            return recorded
        changes = self._runner.run_do(command)  # raises before anything is pushed
        self.stack.push(_Wrapped(self, command))
        return changes

    def push_done(self, command: Command) -> None:
        """Record a command that already ran (e.g. a ``Batch`` of commands collected while a
        multi-call action ran) without running it again."""
        self.stack.push(_Wrapped(self, command))

    def undo(self) -> ChangeSet | None:
        if not self.stack.canUndo():
            return None
        self.stack.undo()
        return self._outcome()

    def redo(self) -> ChangeSet | None:
        if not self.stack.canRedo():
            return None
        self.stack.redo()
        return self._outcome()

    def _outcome(self) -> ChangeSet | None:
        error = self.last_error
        if error is not None:
            # the database and the stack no longer agree on what is done: start afresh
            self.last_error = None
            self.stack.clear()
            raise error
        return self.last_changes

    def clear(self) -> None:
        self.stack.clear()

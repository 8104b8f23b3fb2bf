"""Headless undo/redo history over :class:`Command` objects.

The service layer owns a history and a runner that executes a command's ``do``/``undo`` inside
one transaction. While a :func:`~qcoder.core.commands.recording` is active in the pushing
thread, ``push`` runs the command and hands it to the recording instead (several service calls
become one undo step). The GUI substitutes an adapter with the same interface backed by a
``QUndoStack``; both call back into the same runner, so there is one source of truth.
"""

from __future__ import annotations

from typing import Protocol

from qcoder.core.changes import ChangeSet
from qcoder.core.commands import Command, push_or_record


class CommandRunner(Protocol):
    def run_do(self, command: Command) -> ChangeSet: ...
    def run_undo(self, command: Command) -> ChangeSet: ...


class History(Protocol):
    def push(self, command: Command) -> ChangeSet: ...
    def undo(self) -> ChangeSet | None: ...
    def redo(self) -> ChangeSet | None: ...
    def clear(self) -> None: ...


class UndoHistory:
    """A linear undo stack: pushing after an undo drops the redo branch."""

    def __init__(self, runner: CommandRunner, limit: int = 1000) -> None:
        self._runner = runner
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit

    def push(self, command: Command) -> ChangeSet:
        recorded = push_or_record(self._runner, command)  # inside a recording: one step later
        if recorded is not None:
            return recorded
        changes = self._runner.run_do(command)  # raises before anything is recorded
        self.push_done(command)
        return changes

    def push_done(self, command: Command) -> None:
        """Record a command that already ran (e.g. a recording's ``Batch``) without running it again."""
        self._done.append(command)
        self._undone.clear()
        if len(self._done) > self._limit:
            del self._done[0]

    def undo(self) -> ChangeSet | None:
        if not self._done:
            return None
        command = self._done[-1]
        changes = self._runner.run_undo(command)
        self._undone.append(self._done.pop())
        return changes

    def redo(self) -> ChangeSet | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        changes = self._runner.run_do(command)
        self._done.append(self._undone.pop())
        return changes

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

"""Several service calls as ONE undo step.

Some user actions call the service API more than once (link a speaker to a new participant:
add the participant, set its attributes, link the speaker; an import: one command per file).
While such an action runs, the project's history is swapped for a :class:`CollectingHistory`
that runs each command at once and remembers it; afterwards the commands are recorded on the
window's undo stack as one ``Batch`` (already done, so it is not run again).

The collector may be filled from a worker thread (imports): it never touches Qt objects.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from qcoder.app import Project
from qcoder.core.changes import ChangeSet
from qcoder.core.commands import Batch, Command
from qcoder.core.history import CommandRunner, History
from qcoder.gui.context import AppContext


class CollectingHistory:
    """A History that runs commands through the project and keeps them, without an undo stack."""

    def __init__(self, runner: CommandRunner) -> None:
        self._runner = runner
        self._lock = threading.Lock()
        self.commands: list[Command] = []

    def push(self, command: Command) -> ChangeSet:
        changes = self._runner.run_do(command)  # raises before anything is recorded
        with self._lock:
            self.commands.append(command)
        return changes

    def undo(self) -> ChangeSet | None:
        return None

    def redo(self) -> ChangeSet | None:
        return None

    def clear(self) -> None:
        return None


class Grouping:
    """Swap the project's history for a collector now; :meth:`finish` records what ran."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        self._ctx = ctx
        self.text = text
        self.project: Project = ctx.require_project()
        self._previous: History = self.project.history
        self.collector = CollectingHistory(self.project)
        self.project.history = self.collector

    def finish(self, text: str | None = None) -> int:
        """Restore the project's history and push the collected commands as one undo step;
        returns how many commands ran."""
        self.project.history = self._previous
        commands = list(self.collector.commands)
        if commands:
            command: Command = commands[0] if len(commands) == 1 else Batch(commands, text=text or self.text)
            if len(commands) == 1 and text:
                command.text = text
            if self._ctx.history is not None and self.project is self._ctx.project:
                self._ctx.history.push_done(command)
        return len(commands)


@contextmanager
def one_undo_step(ctx: AppContext, text: str) -> Iterator[Grouping]:
    """``with one_undo_step(ctx, "Link speaker"): project.add_participant(...); ...``"""
    grouping = Grouping(ctx, text)
    try:
        yield grouping
    finally:
        grouping.finish()

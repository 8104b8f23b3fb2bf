"""Several commands as ONE undo step, and recording the commands a multi-call action runs.

:class:`Batch` is the compound command: ``do`` runs its sub-commands in order (their change
sets merged), ``undo`` undoes them in reverse order.

Some user actions call the service API more than once (link a speaker to a new participant;
an import runs one command per file; a merge or a reconciliation runs many). To make them one
undo step, run them inside :func:`recording`: while it is active *in the current thread*
(a ``ContextVar``), a history's ``push`` runs each command at once and hands it to the
:class:`Recording` instead of its own undo stack (see :func:`push_or_record`). Afterwards
:meth:`Recording.command` is the one command to record as already done. Nothing swaps the
project's history, so a worker thread recording its commands does not capture commands the
GUI thread pushes meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from qcoder.core.changes import ChangeSet
from qcoder.core.commands.base import Command
from qcoder.core.repository import Repository


@dataclass
class Batch(Command):
    """Several commands as one undo step (undone in reverse order)."""

    commands: list[Command]
    text: str = "Batch"

    def do(self, repo: Repository) -> ChangeSet:
        changes = ChangeSet()
        for c in self.commands:
            changes.update(c.do(repo))
        return changes

    def undo(self, repo: Repository) -> ChangeSet:
        changes = ChangeSet()
        for c in reversed(self.commands):
            changes.update(c.undo(repo))
        return changes


class Runner(Protocol):
    def run_do(self, command: Command) -> ChangeSet: ...


class Recording:
    """The commands run while a :func:`recording` was active, in order; thread-safe to fill."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lock = threading.Lock()
        self._commands: list[Command] = []

    @property
    def commands(self) -> list[Command]:
        with self._lock:
            return list(self._commands)

    def run(self, runner: Runner, command: Command) -> ChangeSet:
        """Run ``command`` through ``runner`` now and keep it (a command that raises is not kept)."""
        changes = runner.run_do(command)
        with self._lock:
            self._commands.append(command)
        return changes

    def command(self, text: str | None = None, *, rename: bool = True) -> Command | None:
        """The recorded commands as one command (None when none ran): a single command as
        itself (renamed to ``text`` unless ``rename`` is false), several as a :class:`Batch`."""
        commands = self.commands
        if not commands:
            return None
        name = text or self.text
        if len(commands) > 1:
            return Batch(commands, text=name)
        if rename and name:
            commands[0].text = name
        return commands[0]


_ACTIVE: ContextVar[Recording | None] = ContextVar("qcoder_recording", default=None)


def active_recording() -> Recording | None:
    """The recording active in the current thread/context, if any."""
    return _ACTIVE.get()


@contextmanager
def recording(text: str = "Change", into: Recording | None = None) -> Iterator[Recording]:
    """``with recording("Link speaker") as rec: project.add_participant(...); ...`` then
    ``rec.command()``. Pass ``into`` to fill a recording made elsewhere (e.g. on another thread)."""
    rec = into if into is not None else Recording(text)
    token = _ACTIVE.set(rec)
    try:
        yield rec
    finally:
        _ACTIVE.reset(token)


def push_or_record(runner: Runner, command: Command) -> ChangeSet | None:
    """For a history's ``push``: run and record ``command`` if a recording is active here,
    returning its changes; None when the history should push it itself."""
    rec = _ACTIVE.get()
    return None if rec is None else rec.run(runner, command)


def batch_of(commands: Sequence[Command], text: str) -> Command:
    """One command for ``commands``: the command itself when there is one, else a Batch."""
    return commands[0] if len(commands) == 1 else Batch(list(commands), text=text)

"""Several service calls as ONE undo step on the window's undo stack.

Some user actions call the service API more than once (link a speaker to a new participant:
add the participant, set its attributes, link the speaker; an import: one command per file).
They run inside a core :func:`~qcoder.core.commands.recording`; afterwards the recorded commands
are pushed on the window's undo stack as one command (a ``Batch``, already done, so it is not
run again). The project's history is never swapped.

A grouping whose calls run in a worker thread (imports) passes :attr:`Grouping.recording` to
``recording(into=...)`` inside the worker: only that thread's commands are collected.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from qcoder.app import Project
from qcoder.core.commands import Recording, recording
from qcoder.gui.context import AppContext

_BACKGROUND: set[Grouping] = set()


def background_writes() -> bool:
    """True while a worker thread may be writing through the project (a background grouping
    has started and not finished yet)."""
    return bool(_BACKGROUND)


class Grouping:
    """A recording for one user action; :meth:`finish` pushes what ran as one undo step.
    ``background=True``: its calls run in a worker thread (see :func:`background_writes`)."""

    def __init__(self, ctx: AppContext, text: str, *, background: bool = False) -> None:
        self._ctx = ctx
        self.text = text
        self.project: Project = ctx.require_project()
        self.recording = Recording(text)
        if background:
            _BACKGROUND.add(self)

    def finish(self, text: str | None = None) -> int:
        """Push the recorded commands as one undo step; returns how many commands ran. A single
        command keeps its own name unless ``text`` is given."""
        _BACKGROUND.discard(self)
        commands = self.recording.commands
        command = self.recording.command(text, rename=bool(text))
        if command is not None and self._ctx.history is not None and self.project is self._ctx.project:
            self._ctx.history.push_done(command)
        return len(commands)


@contextmanager
def one_undo_step(ctx: AppContext, text: str) -> Iterator[Grouping]:
    """``with one_undo_step(ctx, "Link speaker"): project.add_participant(...); ...``"""
    grouping = Grouping(ctx, text)
    try:
        with recording(into=grouping.recording):
            yield grouping
    finally:
        grouping.finish()

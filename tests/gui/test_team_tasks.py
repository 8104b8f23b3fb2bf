"""Background writes: the worker's commands become one undo step, while a coding made in the
window at the same time stays a step of its own."""

from __future__ import annotations

import threading
from typing import Any

from qcoder.gui.grouping import background_writes
from qcoder.gui.team.server import LiveRefresh
from qcoder.gui.team.tasks import Job


def test_worker_and_window_changes_stay_apart(qtbot, ctx, project) -> None:
    doc = project.documents()[0]
    codes = project.codes()
    alice = ctx.coder
    assert alice is not None
    go = threading.Event()
    before = ctx.undo_stack.count()

    def task(progress: Any, cancel: Any) -> int:
        assert go.wait(30)  # until the window has made its own change
        project.add_coding(doc.id, codes[0].id, alice.id, 0, 4)
        project.add_coding(doc.id, codes[1].id, alice.id, 5, 9)
        return 2

    job = Job(task, ctx=ctx, undo_text="Background work").start()
    assert background_writes() and project.history is ctx.history  # the history is never swapped
    mine = project.add_coding(doc.id, codes[2].id, alice.id, 10, 14)  # in the window, meanwhile
    live = LiveRefresh(ctx, backends=("sqlite",))
    assert live.poll() is None  # no polling while a worker writes through the project
    assert ctx.undo_stack.count() == before + 1 and ctx.undo_stack.undoText() == "Code selection"
    with qtbot.waitSignal(job.ended, timeout=30000):
        go.set()
    assert job.outcome == "finished" and job.commands == 2
    assert not background_writes() and live.poll() is not None
    assert ctx.undo_stack.count() == before + 2 and ctx.undo_stack.undoText() == "Background work"
    ctx.undo_stack.undo()  # both background codings go, the window's stays
    assert [c.id for c in project.codings() if c.start in (0, 5, 10) and c.coder_id == alice.id] == [mine.id]


def test_a_failing_task_records_nothing(qtbot, ctx, project) -> None:
    before = ctx.undo_stack.count()

    def task(progress: Any, cancel: Any) -> None:
        project.create_code("Partnerships")  # a duplicate name at the top level: refused
        raise AssertionError("not reached")

    job = Job(task, ctx=ctx, undo_text="Nothing")
    with qtbot.waitSignal(job.ended, timeout=30000):
        job.start()
    assert job.outcome == "failed" and job.commands == 0
    assert ctx.undo_stack.count() == before and project.history is ctx.history

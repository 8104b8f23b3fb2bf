"""Several commands as one undo step, without Qt: the compound command and recordings."""

import threading

import pytest

from qcoder.core.changes import Kind
from qcoder.core.commands import Batch, Recording, active_recording, recording
from qcoder.core.history import UndoHistory
from tests.core.test_history import Append, Runner


def test_batch_does_in_order_and_undoes_in_reverse():
    items: list[str] = []
    batch = Batch([Append(items, "a"), Append(items, "b")], text="both")
    changes = batch.do(None)  # type: ignore[arg-type]
    assert items == ["a", "b"] and changes.added == {Kind.CODE: {"a", "b"}}
    batch.undo(None)  # type: ignore[arg-type]
    assert items == []


def test_calls_inside_a_recording_become_one_undo_step():
    items: list[str] = []
    h = UndoHistory(Runner())
    h.push(Append(items, "x"))
    with recording("Two things") as rec:
        h.push(Append(items, "a"))
        h.push(Append(items, "b"))
        assert h.undo_text == "append x"  # nothing reached the history yet
    assert active_recording() is None and items == ["x", "a", "b"]
    command = rec.command()
    assert isinstance(command, Batch) and command.text == "Two things"
    h.push_done(command)
    h.undo()
    assert items == ["x"]
    h.redo()
    assert items == ["x", "a", "b"]


def test_a_single_recorded_command_keeps_its_name_unless_renamed():
    items: list[str] = []
    with recording("Group") as rec:
        UndoHistory(Runner()).push(Append(items, "a"))
    command = rec.command(rename=False)
    assert command is not None and command.text == "append a"
    assert rec.command("Renamed") is command and command.text == "Renamed"
    assert Recording("empty").command() is None


def test_a_failing_command_is_not_recorded():
    items: list[str] = []
    with recording() as rec, pytest.raises(ValueError):
        UndoHistory(Runner()).push(Append(items, "bad"))
    assert rec.commands == []


def test_a_recording_belongs_to_the_thread_that_entered_it():
    items: list[str] = []
    h = UndoHistory(Runner())
    shared = Recording("Background")
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with recording(into=shared):
            h.push(Append(items, "w1"))
            entered.set()
            assert release.wait(10)
            h.push(Append(items, "w2"))

    t = threading.Thread(target=worker)
    t.start()
    assert entered.wait(10)
    h.push(Append(items, "gui"))  # this thread has no recording: an undo step of its own
    release.set()
    t.join(10)
    assert [c.text for c in shared.commands] == ["append w1", "append w2"]
    assert h.undo_text == "append gui"

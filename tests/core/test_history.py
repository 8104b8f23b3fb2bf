"""Undo/redo without Qt and without storage: a fake runner over an in-memory list."""

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands import Command
from qcoder.core.history import UndoHistory


class Append(Command):
    def __init__(self, items: list[str], item: str) -> None:
        self.items, self.item, self.text = items, item, f"append {item}"

    def do(self, repo):  # type: ignore[override]
        if self.item == "bad":
            raise ValueError("bad")
        self.items.append(self.item)
        return ChangeSet().add(Kind.CODE, self.item)

    def undo(self, repo):  # type: ignore[override]
        self.items.remove(self.item)
        return ChangeSet().remove(Kind.CODE, self.item)


class Runner:
    def run_do(self, c):
        return c.do(None)

    def run_undo(self, c):
        return c.undo(None)


def test_undo_redo_linear():
    items: list[str] = []
    h = UndoHistory(Runner())
    h.push(Append(items, "a"))
    h.push(Append(items, "b"))
    assert h.undo_text == "append b"
    assert h.undo().removed == {Kind.CODE: {"b"}}
    assert items == ["a"] and h.can_redo
    h.redo()
    assert items == ["a", "b"]
    h.undo()
    h.push(Append(items, "c"))  # drops the redo branch
    assert not h.can_redo and items == ["a", "c"]
    assert h.undo() and h.undo() and h.undo() is None
    assert items == []


def test_failed_command_is_not_recorded():
    items: list[str] = []
    h = UndoHistory(Runner())
    try:
        h.push(Append(items, "bad"))
    except ValueError:
        pass
    assert not h.can_undo


def test_changeset_merge():
    a = ChangeSet().add(Kind.CODING, "1")
    a.update(ChangeSet().change(Kind.CODING, "2").remove(Kind.CODE, "x"))
    assert a.ids(Kind.CODING) == {"1", "2"} and a.touches(Kind.CODE) and bool(a)
    assert not ChangeSet()

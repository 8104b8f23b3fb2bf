"""Shared GUI pieces: offsets, settings, undo adapter, context, workers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from qcoder.core.changes import Kind
from qcoder.core.errors import Cancelled, DuplicateName
from qcoder.gui.offsets import OffsetMap
from qcoder.gui.settings import SHOW_MINE, SHOW_SELECTED, CodingFilter, Settings
from qcoder.gui.workers import Worker, run_with_progress


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii\nsecond line",
        "emoji 😊 in 🏠 text\nand 👩‍⚕️ ZWJ",
        "中文 Русский 😊\n日本語テキスト",
        "🏠",
    ],
)
def test_offsets_match_qtextdocument(qapp, text: str) -> None:
    doc = QTextDocument()
    doc.setPlainText(text)
    m = OffsetMap(text)
    assert m.qt_length == doc.characterCount() - 1
    for i, ch in enumerate(text):
        s, e = m.span_to_qt(i, i + 1)
        cur = QTextCursor(doc)
        cur.setPosition(s)
        cur.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
        selected = cur.selectedText().replace("\u2029", "\n")
        assert selected == ch
        assert m.span_from_qt(s, e) == (i, i + 1)
    assert m.from_qt(m.qt_length) == len(text)


def test_offsets_inside_surrogate_pair() -> None:
    text = "a😊b"
    m = OffsetMap(text)
    assert m.to_qt(2) == 3
    assert m.from_qt(2) == 1  # inside the pair rounds down
    assert m.span_from_qt(0, 2) == (0, 2)  # end inside the pair includes the emoji


def test_settings_roundtrip(tmp_path) -> None:
    s = Settings.at(tmp_path / "s.ini")
    for i in range(12):
        s.add_recent_project(f"/p/{i}.qcoder")
    s.add_recent_project("/p/3.qcoder")
    assert s.recent_projects()[0] == "/p/3.qcoder"
    assert len(s.recent_projects()) == 10
    s.set_coder_name(" Alice ")
    s.set_quick_codes("proj", {1: "c1", 9: "c9"})
    s.set_splitter_sizes("main", [200, 600])
    s.set_coding_filter("proj", CodingFilter(SHOW_SELECTED, frozenset({"x"}), frozenset({"c2"})))
    s.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert again.coder_name() == "Alice"
    assert again.quick_codes("proj") == {1: "c1", 9: "c9"}
    assert again.quick_codes("other") == {}
    assert again.splitter_sizes("main") == [200, 600]
    f = again.coding_filter("proj")
    assert f.coder_mode == SHOW_SELECTED and f.coder_ids == {"x"} and f.hidden_codes == {"c2"}
    assert not f.shows("c2", "x", None) and f.shows("c1", "x", None) and not f.shows("c1", "y", None)
    assert CodingFilter(SHOW_MINE).shows("c", "me", "me") and not CodingFilter(SHOW_MINE).shows("c", "o", "me")


def test_undo_stack_adapter_drives_project(ctx) -> None:
    project = ctx.project
    seen = []
    ctx.changed.connect(seen.append)
    code = project.create_code("New one")
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "New code New one"
    assert seen and Kind.CODE in seen[-1].added
    ctx.undo_stack.undo()  # through the stack itself (as the Edit menu does)
    assert all(c.id != code.id for c in project.codes())
    project.redo()  # through the service API
    assert any(c.id == code.id for c in project.codes())
    with pytest.raises(DuplicateName):
        project.create_code("New one")
    assert ctx.undo_stack.count() == 1  # a failing command is not pushed


def test_context_coder_and_close(ctx, project) -> None:
    assert ctx.coder is not None and ctx.coder.name == "Alice"
    with_signal = []
    ctx.coder_changed.connect(lambda: with_signal.append(1))
    bob = ctx.set_coder("Bob")
    assert bob.name == "Bob" and ctx.settings.coder_name() == "Bob" and with_signal
    assert ctx.project_id == project.project_id


def test_worker_outcomes(qtbot) -> None:
    def ok(progress, cancel):
        for i in range(3):
            progress(i + 1, 3, f"step {i}")
        return 42

    w = Worker(ok)
    steps = []
    w.progress.connect(lambda d, t, m: steps.append(d))
    with qtbot.waitSignal(w.finished, timeout=5000) as blocker:
        w.start()
    assert blocker.args == [42]
    w.wait()
    qtbot.waitUntil(lambda: steps == [1, 2, 3])

    def boom(progress, cancel):
        raise DuplicateName("code", "X")

    w2 = Worker(boom)
    with qtbot.waitSignal(w2.failed, timeout=5000) as blocker:
        w2.start()
    assert "already a code" in blocker.args[0]
    w2.wait()

    def cancellable(progress, cancel):
        cancel.check()
        raise AssertionError("not cancelled")

    w3 = Worker(cancellable)
    w3.cancel()
    with qtbot.waitSignal(w3.cancelled, timeout=5000):
        w3.start()
    w3.wait()
    assert isinstance(Cancelled("x"), Exception)


def test_run_with_progress_returns_result(qtbot) -> None:
    w = run_with_progress(None, "Working", lambda progress, cancel: "done")
    assert w.outcome == "finished" and w.result == "done"


def test_push_done_records_without_running(ctx) -> None:
    from qcoder.core.commands import Batch

    project = ctx.project
    collected = []

    class Collect:
        def push(self, command):
            collected.append(command)
            return project.run_do(command)

    saved, project.history = project.history, Collect()
    a = project.create_code("One")
    b = project.create_code("Two")
    project.history = saved
    ctx.history.push_done(Batch(collected, text="Two codes"))
    assert ctx.undo_stack.count() == 1
    project.undo()
    assert {a.id, b.id}.isdisjoint(c.id for c in project.codes())
    project.redo()
    assert {a.id, b.id} <= {c.id for c in project.codes()}

"""The recording player dock: showing a document with a recording loads it and opens the dock;
play/pause, ±5 s, speed, "play from here" at the cursor's turn; the turn being spoken is marked
in the transcript; without Qt Multimedia the dock says how to enable it. Audio goes to no
device (there is no sound card here): Qt's FFmpeg backend still plays and moves the position."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.app import media
from qcoder.app.project import Project
from qcoder.gui import player as player_module
from qcoder.gui.context import AppContext
from qcoder.importers.base import ImportedDocument, ImportedTurn
from qcoder.importers.captions import read as read_captions
from tests.recordings import silence

pytestmark = pytest.mark.skipif(not player_module.HAVE_MEDIA, reason="the media extra is not installed")

VTT = """WEBVTT

00:00:00.000 --> 00:00:02.000
<v Maria Lopez>We started the task force in 2019 with a small grant.

00:00:02.000 --> 00:00:04.000
<v Interviewer>What changed once the coordinator came?

00:00:04.000 --> 00:00:06.000
<v Maria Lopez>Everyone knew whom to call.
"""


@pytest.fixture
def recorded(tmp_path: Path, settings):  # type: ignore[no-untyped-def]
    vtt = tmp_path / "call.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    project = Project.create(tmp_path / "p.qcoder")
    doc = project.add_document(read_captions(vtt))
    media.link_media(project, doc.id, silence(tmp_path / "call.wav", 6.0))
    project.history.clear()
    settings.set_coder_name("Maya")
    ctx = AppContext(settings)
    ctx.open_project(project)
    yield ctx, doc.id
    ctx.close_project()


@pytest.fixture
def shown(qtbot, recorded):  # type: ignore[no-untyped-def]
    from qcoder.gui.main_window import MainWindow

    ctx, doc_id = recorded
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.viewer.show_document(doc_id)
    panel = window.player
    qtbot.waitUntil(panel.has_recording)
    yield window, panel
    panel.stop()


def test_showing_the_document_loads_its_recording_and_opens_the_dock(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, panel = shown
    assert window.docks["player"].isVisible()
    assert panel.minimumSizeHint().width() <= 220  # fits the dock beside the codebook on a laptop
    assert panel.status.text() == "call.wav — 3 turns timed"
    assert panel.video is not None and not panel.video.isVisible()  # audio: no picture
    assert panel.player is not None
    panel.play_action.trigger()
    qtbot.waitUntil(lambda: panel.player.position() > 300, timeout=5000)
    assert panel.play_button.accessibleName() == "Pause"
    panel.play_action.trigger()
    qtbot.waitUntil(lambda: panel.play_button.accessibleName() == "Play")
    at = panel.player.position()
    panel.forward_action.trigger()
    qtbot.waitUntil(lambda: panel.player.position() >= min(at + 5000, 6000) - 50)
    panel.back_action.trigger()
    qtbot.waitUntil(lambda: panel.player.position() <= at + 50)
    panel.speed.setCurrentIndex(panel.speed.findData(2.0))
    assert panel.player.playbackRate() == 2.0


def test_play_from_here_and_the_spoken_turn_is_marked(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    window, panel = shown
    text = window.viewer.state.text
    start = text.index("Everyone knew")
    window.viewer.view.select_span(start + 3, start + 3)
    panel.here_action.trigger()  # F8: the cursor's turn starts at 4 s
    assert panel.player is not None
    qtbot.waitUntil(lambda: panel.player.position() >= 4000, timeout=5000)
    turn = next(t for t in panel.timed.turns if t.start <= start < t.end)
    qtbot.waitUntil(lambda: window.viewer.view._playing == (turn.start, turn.end))
    panel.player.pause()
    panel.player.setPosition(2500)  # the interviewer's turn
    qtbot.waitUntil(lambda: window.viewer.view._playing is not None and window.viewer.view._playing[0] < start)
    menu = window.coding.build_text_menu(start)
    assert menu is not None and "Play from here" in [a.text() for a in menu.actions()]


def test_clicking_a_paragraph_number_plays_that_turn(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, Qt

    window, panel = shown
    view = window.viewer.view
    start = window.viewer.state.text.index("Everyone knew")  # Maria's second turn, at 4 s
    block = view.document().findBlock(view.state.offsets.to_qt(start))
    top = int(view.blockBoundingGeometry(block).translated(view.contentOffset()).top())
    qtbot.mouseClick(view.numbers, Qt.MouseButton.LeftButton, pos=QPoint(5, top + 3))
    assert panel.player is not None
    qtbot.waitUntil(lambda: panel.player.position() >= 4000, timeout=5000)


def test_the_keys_are_the_players(shown) -> None:  # type: ignore[no-untyped-def]
    window, panel = shown
    keys = {a.objectName(): a.shortcut().toString() for a in panel.actions_}
    assert keys == {"media.play": "F4", "media.back": "F3", "media.forward": "F5", "media.here": "F8"}
    assert all(a in window.actions() for a in panel.actions_)  # they work wherever the focus is


def test_a_missing_recording_and_no_media_extra_are_said(qtbot, recorded, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ctx, doc_id = recorded
    (tmp_path / "call.wav").unlink()
    panel = player_module.PlayerPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(doc_id)
    assert "missing: call.wav" in panel.status.text() and not panel.has_recording()
    monkeypatch.setattr(player_module, "HAVE_MEDIA", False)
    bare = player_module.PlayerPanel(ctx)
    qtbot.addWidget(bare)
    assert "pip install 'qcoder[media]'" in bare.status.text()
    bare.toggle_play()  # says there is nothing to play, no error


def test_the_excerpts_panel_shows_the_time_and_plays_from_there(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    from qcoder.gui.excerpts_panel import TIME

    window, panel = shown
    project = window.ctx.project
    text = window.viewer.state.text
    doc_id = panel.document_id
    code = project.create_code("Coordination")
    coder = project.ensure_coder("Maya")
    start = text.index("knew whom")  # inside the third turn (4 s to 6 s)
    project.add_coding(doc_id, code.id, coder.id, start, start + 9)
    excerpts = window.excerpts
    with qtbot.waitSignal(excerpts.loaded, timeout=10000):
        window.ctx.codes_selected.emit([code.id])
    assert excerpts.model.headers()[TIME] == "Time"
    row = excerpts.row_at(0)
    expected = media.timed_turns(project, doc_id).time_of(start)
    assert expected is not None and 4.0 < expected < 6.0
    assert excerpts.proxy.index(0, TIME).data() == "00:00:0" + str(int(expected))
    excerpts.play_from(row)  # the context menu's "Play from here"
    assert panel.player is not None
    qtbot.waitUntil(lambda: panel.player.position() >= int(expected * 1000) - 50, timeout=5000)
    assert window.viewer.view.textCursor().selectionStart() == start


def test_a_missing_recording_is_re_linked_with_the_others_in_its_new_folder(
    qtbot, recorded, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ctx, doc_id = recorded
    project = ctx.project
    other = project.add_document(ImportedDocument("Second call.", "other.txt", "txt"), "other")
    media.link_media(project, other.id, silence(tmp_path / "other.wav", 1.0))
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("call.wav", "other.wav"):
        (tmp_path / name).rename(moved / name)
    (tmp_path / "sub").mkdir()
    panel = player_module.PlayerPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(doc_id)
    assert panel.relink_button.isVisibleTo(panel) and not panel.link_button.isVisibleTo(panel)
    asked: list[str] = []

    def pick(_parent, _title, start, _filter=""):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(moved / "call.wav"), ""

    monkeypatch.setattr(player_module.QFileDialog, "getOpenFileName", pick)
    panel.choose_relink()
    assert asked == [str(tmp_path)]  # the folder the recording was last in
    assert [r["missing"] for r in media.media_rows(project)] == [False, False]  # both found in the new folder
    assert [r["media"] for r in media.media_rows(project)] == ["moved/call.wav", "moved/other.wav"]
    assert panel.has_recording() and not panel.relink_button.isVisibleTo(panel)
    project.undo()  # one step
    assert [r["missing"] for r in media.media_rows(project)] == [True, True]
    monkeypatch.setattr(player_module.QFileDialog, "getExistingDirectory", lambda *_a: str(moved))
    panel.choose_relink(folder=True)
    assert [r["missing"] for r in media.media_rows(project)] == [False, False]


def test_read_times_from_the_text_in_the_dock(qtbot, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    text = "[00:00:05] Interviewer: How did it start?\n[00:01:10] Maria: With a grant.\n"
    turns = [ImportedTurn("Interviewer", 11, 41), ImportedTurn("Maria", 53, len(text) - 1)]
    project = Project.create(tmp_path / "t.qcoder")
    doc = project.add_document(ImportedDocument(text, "t.txt", "txt", turns=turns))
    project.history.clear()
    ctx = AppContext(settings)
    ctx.open_project(project)
    panel = player_module.PlayerPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(doc.id)
    assert panel.times_action.isEnabled()
    with qtbot.waitSignal(panel.message) as said:
        panel.times_action.trigger()
    assert said.args == ["2 turn(s) got a time from the text"]
    assert sorted(t.start_time for t in project.turns(doc.id)) == [5.0, 70.0]
    project.undo()
    assert [t.start_time for t in project.turns(doc.id)] == [None, None]
    ctx.close_project()

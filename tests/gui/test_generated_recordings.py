"""Real recordings made on this machine: espeak-ng speaks a four-turn interview, ffmpeg encodes
it as WAV, MP3, M4A and a short MP4 (a colour picture and the speech); the folder is imported
(each recording links itself to the transcript with its base name), the durations are read, and
each recording is played in the player dock (offscreen, no sound card): seek by turn, follow,
speed. The MP4's transcript carries its times as text (``[00:00:03] Maria Lopez:``), read on
import. Skipped when espeak-ng or ffmpeg is not installed (CI installs them: .ci/run)."""

from __future__ import annotations

import json
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from qcoder.app import media
from qcoder.app.project import Project
from qcoder.cli import main
from qcoder.core.media import hms
from qcoder.gui import player as player_module
from qcoder.gui.context import AppContext

pytestmark = [
    pytest.mark.skipif(
        shutil.which("espeak-ng") is None or shutil.which("ffmpeg") is None, reason="needs espeak-ng and ffmpeg"
    ),
    pytest.mark.skipif(not player_module.HAVE_MEDIA, reason="the media extra is not installed"),
]

TURNS = (  # each speaker twice: a plain-text transcript's labels are trusted when they repeat
    ("Interviewer", "How did the task force start?"),
    ("Maria Lopez", "We started it in twenty nineteen, with a small grant."),
    ("Interviewer", "And what changed when the coordinator came?"),
    ("Maria Lopez", "Everyone knew whom to call."),
)
GAP = 0.4  # seconds of silence after each turn
FORMATS = ("wav", "mp3", "m4a", "mp4")


def _run(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=120)


def _speak(folder: Path) -> tuple[Path, list[float], float]:
    """The interview as one WAV (mono 22 050 Hz), each turn's start time and the length."""
    frames: list[bytes] = []
    starts: list[float] = []
    at = 0.0
    params = None
    for i, (speaker, words) in enumerate(TURNS):
        part = folder / f"turn{i}.wav"
        _run("espeak-ng", "-v", "en+f3" if speaker != "Interviewer" else "en", "-s", "190", "-w", str(part), words)
        with wave.open(str(part), "rb") as w:
            params = w.getparams()
            data = w.readframes(w.getnframes())
            rate = w.getframerate()
        part.unlink()
        silence = b"\0" * (int(rate * GAP) * params.sampwidth * params.nchannels)
        starts.append(at)
        frames += [data, silence]
        at += w.getnframes() / rate + int(rate * GAP) / rate
    assert params is not None
    speech = folder / "speech.wav"
    with wave.open(str(speech), "wb") as out:
        out.setparams(params)
        out.writeframes(b"".join(frames))
    return speech, starts, at


def _vtt(starts: list[float], total: float, fmt: str) -> str:
    """Captions of the interview (the format named in the first cue: each document's text differs)."""

    def stamp(seconds: float) -> str:
        return f"{hms(seconds)}.{int(round(seconds % 1 * 1000)):03d}"

    ends = [*starts[1:], total]
    cues = [
        f"{stamp(s)} --> {stamp(e)}\n<v {who}>{words}\n" for (who, words), s, e in zip(TURNS, starts, ends, strict=True)
    ]
    cues[0] = cues[0].replace("?", f" ({fmt})?", 1)
    return "WEBVTT\n\n" + "\n".join(cues)


def _marked(starts: list[float]) -> str:
    return "".join(f"[{hms(s)}] {who}: {words}\n" for (who, words), s in zip(TURNS, starts, strict=True))


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A folder of interviews, one per format, each beside its transcript; the project imported."""
    work = tmp_path_factory.mktemp("generated")
    calls = work / "calls"
    calls.mkdir()
    speech, starts, total = _speak(work)
    shutil.copy(speech, calls / "call-wav.wav")
    _run(
        "ffmpeg",
        "-y",
        "-loglevel",
        "error",
        "-i",
        str(speech),
        "-c:a",
        "libmp3lame",
        "-b:a",
        "64k",
        str(calls / "call-mp3.mp3"),
    )
    _run(
        "ffmpeg",
        "-y",
        "-loglevel",
        "error",
        "-i",
        str(speech),
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        str(calls / "call-m4a.m4a"),
    )
    _run(
        "ffmpeg", "-y", "-loglevel", "error",
        "-f", "lavfi", "-i", f"color=c=teal:s=160x120:r=10:d={total:.2f}",
        "-i", str(speech),
        "-shortest", "-c:v", "mpeg4", "-c:a", "aac", "-b:a", "64k", str(calls / "call-mp4.mp4"),
    )  # fmt: skip
    for name in ("call-wav", "call-mp3", "call-m4a"):
        (calls / f"{name}.vtt").write_text(_vtt(starts, total, name), encoding="utf-8")
    (calls / "call-mp4.txt").write_text(_marked(starts), encoding="utf-8")
    project = work / "study.qcoder"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(calls)]) == 0
    return project, starts, total


def test_the_folder_import_links_every_recording_with_its_length(recordings, capsys) -> None:  # type: ignore[no-untyped-def]
    project, starts, total = recordings
    capsys.readouterr()
    assert main(["media", "list", str(project), "--json"]) == 0
    rows = {r["document"]: r for r in json.loads(capsys.readouterr().out)}
    assert sorted(rows) == [f"call-{f}" for f in sorted(FORMATS)]
    for fmt in FORMATS:
        row = rows[f"call-{fmt}"]
        assert row["media"] == f"calls/call-{fmt}.{fmt}" and not row["missing"]
        assert row["duration"] == pytest.approx(total, abs=0.25), fmt  # encoders pad a few frames
        assert (row["turns_timed"], row["turns_estimated"]) == (4, 0), fmt
    with Project.open(project) as p:  # the MP4's transcript: its times were written in the text
        doc = next(d for d in p.documents() if d.name == "call-mp4")
        timed = media.timed_turns(p, doc.id)
        assert [t.start for t in timed.times] == [float(int(s)) for s in starts]


@pytest.fixture
def window(qtbot, recordings, settings):  # type: ignore[no-untyped-def]
    from qcoder.gui.main_window import MainWindow

    project_path, _starts, _total = recordings
    settings.set_coder_name("Maya")
    ctx = AppContext(settings)
    ctx.open_project(Project.open(project_path))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.player.stop()
    ctx.close_project()


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_recording_plays_seeks_by_turn_follows_and_changes_speed(qtbot, window, recordings, fmt) -> None:  # type: ignore[no-untyped-def]
    _project, starts, total = recordings
    project = window.ctx.project
    doc = next(d for d in project.documents() if d.name == f"call-{fmt}")
    panel = window.player
    window.viewer.show_document(doc.id)
    qtbot.waitUntil(panel.has_recording)
    player = panel.player
    assert player is not None
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=10000)  # decoded by Qt's FFmpeg
    assert player.duration() / 1000 == pytest.approx(total, abs=0.3)
    assert panel.video is not None and panel.video.isVisible() == (fmt == "mp4")
    marked: list[tuple[int, int, bool]] = []
    view = window.viewer.view
    original = view.set_playing
    view.set_playing = lambda s, e, follow: (marked.append((s, e, follow)), original(s, e, follow))  # type: ignore[method-assign]
    # seek by turn: the cursor in the third turn, F8 plays from its start
    text = window.viewer.state.text
    third = text.index("coordinator")
    view.select_span(third, third)
    panel.here_action.trigger()
    turn = next(t for t in panel.timed.turns if t.start <= third < t.end)
    qtbot.waitUntil(lambda: player.position() >= int(starts[2] * 1000) - 100, timeout=10000)
    qtbot.waitUntil(lambda: view._playing == (turn.start, turn.end), timeout=5000)
    assert marked[-1] == (turn.start, turn.end, True)  # followed
    # follow off: the turn is still marked, not scrolled to
    panel.follow.setChecked(False)
    player.pause()
    player.setPosition(int((starts[1] + 0.2) * 1000))
    qtbot.waitUntil(lambda: bool(marked) and marked[-1][2] is False and marked[-1][0] < turn.start, timeout=5000)
    panel.follow.setChecked(True)
    # speed: twice as fast
    panel.speed.setCurrentIndex(panel.speed.findData(2.0))
    assert player.playbackRate() == 2.0
    at = player.position()
    player.play()
    qtbot.waitUntil(lambda: player.position() > at + 300, timeout=10000)
    player.pause()


def test_play_from_an_excerpt_of_another_document(qtbot, window, recordings) -> None:  # type: ignore[no-untyped-def]
    _project, starts, _total = recordings
    project = window.ctx.project
    docs = {d.name: d.id for d in project.documents()}
    window.viewer.show_document(docs["call-wav"])
    qtbot.waitUntil(window.player.has_recording)
    text = project.document(docs["call-m4a"]).text
    at = text.index("coordinator")
    code = project.create_code("Coordination")
    project.add_coding(docs["call-m4a"], code.id, project.ensure_coder("Maya").id, at, at + 11)
    excerpts = window.excerpts
    with qtbot.waitSignal(excerpts.loaded, timeout=10000):
        window.ctx.codes_selected.emit([code.id])
    row = excerpts.row_at(0)
    assert row.seconds is not None and row.seconds > starts[2]
    excerpts.play_from(row)  # shows call-m4a, loads its recording and plays once it is in
    player = window.player.player
    assert player is not None and window.player.document_id == docs["call-m4a"]
    qtbot.waitUntil(lambda: player.position() > 0, timeout=10000)
    assert player.position() >= int(row.seconds * 1000) - 100  # from the excerpt, not from the start
    project.undo()  # the coding
    project.undo()  # the code

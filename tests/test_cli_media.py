"""Recordings through the command line: linked on import when they lie beside the transcript,
by hand, listed with their length and timed turns; the link survives moving the project folder;
times written in transcripts become turn times (on import, and on demand)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from qcoder.app.project import Project
from qcoder.cli import main
from qcoder.core.commands import SetMedia, SetTurnTimes
from qcoder.core.model import MediaLink
from qcoder.importers.base import ImportedDocument, ImportedTurn
from tests.recordings import silence

VTT = """WEBVTT

1
00:00:00.000 --> 00:00:01.500
<v Maria Lopez>We started the task force in 2019.

2
00:00:01.500 --> 00:00:03.000
<v Interviewer>What changed?
"""

MARKED = """[00:00:05] Interviewer: How did it start?
[00:01:10] Maria: With a grant. (00:01:20) Then a coordinator.
Interviewer: And now?
Maria 00:03:00
It works.
"""


def _json(capsys, *argv: str) -> object:  # type: ignore[no-untyped-def]
    assert main([*argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_links_the_recording_beside_the_transcript(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path / "study"
    calls = work / "calls"
    calls.mkdir(parents=True)
    (calls / "GMT2021-Lopez.vtt").write_text(VTT, encoding="utf-8")
    silence(calls / "GMT2021-Lopez.wav", 3.0)
    (calls / "notes.txt").write_text(MARKED, encoding="utf-8")
    project = str(work / "p.qcoder")
    assert main(["new", project]) == 0
    capsys.readouterr()
    report = _json(capsys, "import", project, str(calls), "--json")
    assert isinstance(report, dict)
    assert report["media"] == [{"document": "GMT2021-Lopez", "media": str(calls / "GMT2021-Lopez.wav")}]
    assert all("GMT2021-Lopez.wav" not in s["path"] for s in report["skipped"])  # linked, not skipped
    listed = _json(capsys, "media", "list", project, "--json")
    assert listed == [
        {
            "document": "GMT2021-Lopez",
            "media": "calls/GMT2021-Lopez.wav",  # relative to the project file's folder
            "duration": 3.0,
            "turns_timed": 2,
            "turns_estimated": 0,
            "missing": False,
        }
    ]
    docs = {d["name"]: d for d in _json(capsys, "documents", project, "--json")}  # type: ignore[union-attr]
    assert docs["GMT2021-Lopez"]["media"] == "calls/GMT2021-Lopez.wav" and docs["notes"]["media"] is None

    # times written in a transcript became turn times on import; unmarked turns are estimated
    with Project.open(project) as p:
        notes = p.document_by_name("notes")
        turns = sorted(p.turns(notes.id), key=lambda t: t.start)
        assert [t.start_time for t in turns] == [5.0, 70.0, None, 180.0]
        from qcoder.app.media import timed_turns

        timed = timed_turns(p, notes.id)
        assert timed.estimated == 1 and timed.times[2].estimated and 70.0 < (timed.times[2].start or 0) < 180.0

    # the project folder moves with its recordings: the link still resolves
    moved = tmp_path / "elsewhere"
    shutil.move(str(work), str(moved))
    listed = _json(capsys, "media", "list", str(moved / "p.qcoder"), "--json")
    assert isinstance(listed, list) and listed[0]["missing"] is False


def test_link_by_hand_copy_unlink_and_errors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project = str(tmp_path / "p.qcoder")
    (tmp_path / "a.txt").write_text("Interviewer: Hello.\nMaria: Hi.\n", encoding="utf-8")
    assert main(["new", project]) == 0 and main(["import", project, str(tmp_path / "a.txt")]) == 0
    outside = tmp_path.parent / f"{tmp_path.name}-recordings"
    outside.mkdir()
    wav = silence(outside / "a-call.wav", 1.5)
    capsys.readouterr()
    assert main(["media", "link", project, "a", str(wav)]) == 0
    assert "linked" in capsys.readouterr().out
    listed = _json(capsys, "media", "list", project, "--json")
    assert isinstance(listed, list) and listed[0]["media"] == str(wav.resolve())  # outside: absolute
    assert main(["media", "link", project, "a", str(wav), "--copy"]) == 0
    assert "(1.5 s)" in capsys.readouterr().out
    assert (tmp_path / "p media" / "a-call.wav").is_file()
    listed = _json(capsys, "media", "list", project, "--json")
    assert isinstance(listed, list) and listed[0]["media"] == "p media/a-call.wav"
    wav.unlink()
    (tmp_path / "p media" / "a-call.wav").unlink()
    listed = _json(capsys, "media", "list", project, "--json")
    assert isinstance(listed, list) and listed[0]["missing"] is True
    assert main(["media", "link", project, "a", str(tmp_path / "nowhere.wav")]) == 1
    assert "no such recording" in capsys.readouterr().err
    assert main(["media", "link", project, "a", str(tmp_path / "a.txt")]) == 1
    assert "is not a recording" in capsys.readouterr().err
    assert main(["media", "unlink", project, "a"]) == 0
    assert "unlinked" in capsys.readouterr().out
    assert _json(capsys, "media", "list", project, "--json") == []


def test_times_on_demand_for_an_existing_project(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.qcoder"
    with Project.create(path) as p:
        start = MARKED.index("With a grant")
        doc = p.add_document(
            ImportedDocument(
                MARKED, "old.txt", "txt", turns=[ImportedTurn("Maria", start, MARKED.index("\nInterviewer: And"))]
            )
        )
        assert [t.start_time for t in p.turns(doc.id)] == [None]  # stored before times were read
        p.execute(SetMedia(doc.id, MediaLink(doc.id, "x.m4a")))
    capsys.readouterr()
    assert main(["media", "times", str(path)]) == 0
    assert "1 turn(s)" in capsys.readouterr().out
    with Project.open(path) as p:
        assert [t.start_time for t in p.turns()] == [70.0]
        p.execute(SetTurnTimes(doc.id, {p.turns()[0].id: (None, None)}))
        from qcoder.app.media import read_time_markers

        assert read_time_markers(p, [doc.id]) == 1 and [t.start_time for t in p.turns()] == [70.0]
        p.undo()  # one undoable step
        assert [t.start_time for t in p.turns()] == [None]


UNLABELLED = """WEBVTT

00:00:00.000 --> 00:00:02.000
We started the task force in 2019.

00:00:05.000 --> 00:00:07.000
After the pause a new paragraph begins.

00:00:07.200 --> 00:00:09.000
It goes on here.
"""


def test_captions_without_speakers_are_timed_by_their_paragraphs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "oral.vtt").write_text(UNLABELLED, encoding="utf-8")
    silence(tmp_path / "oral.wav", 9.0)
    project = str(tmp_path / "p.qcoder")
    assert main(["new", project]) == 0 and main(["import", project, str(tmp_path / "oral.vtt")]) == 0
    capsys.readouterr()
    listed = _json(capsys, "media", "list", project, "--json")
    assert isinstance(listed, list) and listed[0]["turns_timed"] == 2  # two paragraphs (a pause of 3 s)
    from qcoder.app.media import timed_turns

    with Project.open(project) as p:
        doc = p.document_by_name("oral")
        assert p.turns(doc.id) == []
        timed = timed_turns(p, doc.id)
        text = p.document(doc.id).text
        assert [t.start for t in timed.times] == [0.0, 5.0]
        assert timed.time_of(text.index("It goes on")) is not None

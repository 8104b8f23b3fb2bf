"""Recordings through REFI-QDA: a linked recording is exported as an AudioSource/VideoSource
whose Transcript is the document's text with its SyncPoints (valid against Project.xsd), the
file embedded when small enough (else referenced by path), and imported back as a link with the
same times."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema

from qcoder.app import media
from qcoder.app.exchange import export_exchange, import_exchange
from qcoder.app.project import Project
from qcoder.exchange import refiqda
from qcoder.exchange.refiqda import PROJECT_XSD
from qcoder.exchange.refiqda import media as refiqda_media
from qcoder.importers.captions import read as read_captions
from tests.recordings import silence
from tests.refiqda.refiqda_helpers import project as qde_project
from tests.refiqda.refiqda_helpers import write_qdpx

NS = "{urn:QDA-XML:project:1.0}"
VTT = """WEBVTT

00:00:01.000 --> 00:00:02.000
<v Maria Lopez>We started the task force in 2019 with a small grant.

00:00:02.500 --> 00:00:04.000
<v Interviewer>What changed once the coordinator came?

00:00:04.000 --> 00:00:06.000
<v Maria Lopez>Everyone knew whom to call.
"""


@pytest.fixture
def linked(tmp_path: Path):  # type: ignore[no-untyped-def]
    work = tmp_path / "study"
    work.mkdir()
    vtt = work / "call.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    project = Project.create(work / "p.qcoder")
    doc = project.add_document(read_captions(vtt))
    media.link_media(project, doc.id, silence(work / "call.wav", 6.0))
    yield project, doc.id, tmp_path
    project.close()


def _times(project: Project, document_id: str) -> list[float | None]:
    text = project.document(document_id).text
    places = [text.index(s) + 3 for s in ("We started", "What changed", "Everyone knew")]
    clock = media.clock(project)
    return [clock.time_of(document_id, p) for p in places]


def test_a_recording_and_its_sync_points_go_out_and_come_back(linked) -> None:  # type: ignore[no-untyped-def]
    project, doc_id, tmp = linked
    out = tmp / "study.qdpx"
    export_exchange(project, out)
    with zipfile.ZipFile(out) as zf:
        qde = zf.read("project.qde")
        entries = set(zf.namelist())
        audio_files = [n for n in entries if n.endswith(".wav")]
        assert len(audio_files) == 1 and zf.read(audio_files[0]) == (tmp / "study" / "call.wav").read_bytes()
    xmlschema.XMLSchema(str(PROJECT_XSD)).validate(qde)
    root = ET.fromstring(qde)
    text_source = root.find(f"{NS}Sources/{NS}TextSource")
    audio = root.find(f"{NS}Sources/{NS}AudioSource")
    assert text_source is not None and audio is not None
    assert audio.get("path") == "internal://" + audio_files[0].removeprefix("sources/")
    transcript = audio.find(f"{NS}Transcript")
    assert transcript is not None and transcript.get("plainTextPath") == text_source.get("plainTextPath")
    points = [(int(p.get("position", "")), int(p.get("timeStamp", ""))) for p in transcript.iter(f"{NS}SyncPoint")]
    text = project.document(doc_id).text
    assert (text.index("We started"), 1000) in points  # a turn starts at its speaker's words
    assert [ms for _p, ms in points] == sorted(ms for _p, ms in points)
    before = _times(project, doc_id)

    (tmp / "elsewhere").mkdir()
    with Project.create(tmp / "elsewhere" / "copy.qcoder") as copy:
        result = import_exchange(copy, out)
        assert not [loss for loss in result.report.losses if "audio" in loss.subject]
        [row] = media.media_rows(copy)
        assert row["media"] == "copy media/call.wav"  # extracted beside the project, stored relative
        assert row["missing"] is False and row["duration"] == pytest.approx(6.0)
        new_id = copy.documents()[0].id
        assert _times(copy, new_id) == pytest.approx(before)
        copy.undo()
        assert media.media_rows(copy) == []  # the link is part of the import's undo step


def test_a_large_or_missing_recording_is_referenced_by_path(linked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project, doc_id, tmp = linked
    monkeypatch.setattr(refiqda_media, "EMBED_LIMIT", 100)
    video = tmp / "study" / "call.mp4"
    video.write_bytes(b"\0" * 1000)
    media.link_media(project, doc_id, video)
    out = tmp / "big.qdpx"
    assert export_exchange(project, out) == ["call.mp4"]  # said to the user: referenced by path
    with zipfile.ZipFile(out) as zf:
        assert not [n for n in zf.namelist() if n.endswith(".mp4")]
        root = ET.fromstring(zf.read("project.qde"))
    source = root.find(f"{NS}Sources/{NS}VideoSource")
    assert source is not None and source.get("path") == "absolute://" + video.resolve().as_posix()
    with Project.create(tmp / "other.qcoder") as other:
        import_exchange(other, out)
        [row] = media.media_rows(other)
        assert row["media"] == "study/call.mp4"  # the path written, relative to this project's folder


def test_a_recording_without_its_transcript_is_reported(tmp_path: Path) -> None:
    body = (
        '<Sources><AudioSource guid="a1a1a1a1-0000-0000-0000-000000000001" name="talk.m4a" '
        'path="internal://talk.m4a"><Transcript guid="a1a1a1a1-0000-0000-0000-000000000002" '
        'plainTextPath="internal://missing.txt"><SyncPoint guid="a1a1a1a1-0000-0000-0000-000000000003" '
        'timeStamp="1000" position="0"/></Transcript>'
        '<AudioSelection guid="a1a1a1a1-0000-0000-0000-000000000004" begin="0" end="900"/>'
        "</AudioSource></Sources>"
    )
    path = write_qdpx(tmp_path / "t.qdpx", qde_project(body), {"sources/talk.m4a": b"x"})
    snapshot, report = refiqda.import_qdpx(path, media_dir=tmp_path / "media")
    assert snapshot.media == [] and not (tmp_path / "media").exists()
    [loss] = report.losses
    assert "1 audio source(s): talk.m4a" in loss.subject and "1 selection(s)" in loss.detail


def test_an_embedded_file_that_is_not_a_recording_is_never_written_out(tmp_path: Path) -> None:
    g = "b2b2b2b2-0000-0000-0000-00000000000"
    body = (
        f'<Sources><TextSource guid="{g}1" name="call" plainTextPath="internal://{g}1.txt"/>'
        f'<AudioSource guid="{g}2" name="run.sh" path="internal://run.sh">'
        f'<Transcript guid="{g}3" plainTextPath="internal://{g}1.txt"/></AudioSource></Sources>'
    )
    files = {f"sources/{g}1.txt": b"Hello there.", "sources/run.sh": b"#!/bin/sh\n"}
    path = write_qdpx(tmp_path / "t.qdpx", qde_project(body), files)
    snapshot, report = refiqda.import_qdpx(path, media_dir=tmp_path / "media")
    assert snapshot.media == [] and not (tmp_path / "media").exists()
    assert [d.text for d in snapshot.documents] == ["Hello there."]
    assert any("run.sh" in loss.subject for loss in report.losses)

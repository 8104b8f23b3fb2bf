"""Times in transcripts: markers in the text, interpolated turn times, the time of an offset."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcoder.core.media import TurnTime, hms, media_beside, time_at, time_markers, turn_times


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("[00:01:23] Interviewer: hello", [(0, 83.0)]),
        ("Intro\n00:01:23 Maria Lopez\nWe started.", [(6, 83.0)]),
        ("Intro\n00:01:23 - Maria: We started.", [(6, 83.0)]),
        ("Maria Lopez 00:01:23\nWe started.\nJames 1:02:03\nThen.", [(0, 83.0), (33, 3723.0)]),
        ("She said (01:23) and then [01:30.5] more", [(9, 83.0), (26, 90.5)]),
        ("[00:05:00] a\n[00:04:00] backwards is dropped\n[00:06:00] c", [(0, 300.0), (45, 360.0)]),
        ("No times here, only 3 o'clock and 2021-03-04.", []),
    ],
)
def test_time_markers(text: str, want: list[tuple[int, float]]) -> None:
    assert time_markers(text) == want


def test_turn_times_interpolate_between_known_ones_and_mark_them() -> None:
    spans = [(0, 100), (100, 200), (200, 300), (300, 400)]
    got = turn_times(spans, [10.0, None, None, 40.0])
    assert got[0] == TurnTime(10.0, False) and got[3] == TurnTime(40.0, False)
    assert got[1] == TurnTime(20.0, True) and got[2] == TurnTime(30.0, True)
    # a marker inside a turn is that turn's own time; after the last known: at the same pace
    got = turn_times(spans, [None, None, None, None], markers=[(5, 0.0), (205, 20.0)])
    assert [t.start for t in got] == [0.0, 10.0, 20.0, 30.0]
    assert [t.estimated for t in got] == [False, True, False, True]
    assert turn_times(spans, [None] * 4) == [TurnTime(None, False)] * 4


def test_time_at_interpolates_inside_a_timed_turn() -> None:
    spans = [(0, 100), (100, 200)]
    assert time_at(50, spans, [10.0, 30.0], [20.0, None]) == 15.0
    assert time_at(150, spans, [10.0, 30.0], [20.0, None]) == 30.0  # last turn, no end: its start
    assert time_at(50, spans, [10.0, 30.0], [None, None]) == 20.0  # to the next turn's start
    assert time_at(250, spans, [10.0, 30.0], [20.0, 40.0]) is None
    assert time_at(50, spans, [None, 30.0], [None, 40.0]) is None


def test_hms() -> None:
    assert hms(3723.9) == "01:02:03" and hms(0) == "00:00:00" and hms(None) == ""


def test_media_beside_finds_the_recording_with_the_same_name(tmp_path: Path) -> None:
    vtt = tmp_path / "GMT20210304-Interview.vtt"
    vtt.write_text("WEBVTT\n")
    assert media_beside(vtt) is None
    (tmp_path / "GMT20210304-Interview.mp4").write_bytes(b"")
    (tmp_path / "GMT20210304-Interview.M4A").write_bytes(b"")
    assert media_beside(vtt) == tmp_path / "GMT20210304-Interview.M4A"  # audio first, any case


def test_a_marker_before_a_speaker_label_belongs_to_that_turn() -> None:
    from qcoder.core.media import marker_times

    text = "[00:00:05] Maria: We began.\n[00:00:09] James: Then (00:00:12) more.\nMaria: no time."
    spans = [(18, 27), (46, 69), (77, 86)]
    assert marker_times(spans, time_markers(text)) == [5.0, 9.0, None]

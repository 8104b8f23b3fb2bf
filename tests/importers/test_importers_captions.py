"""WebVTT (Teams voices, Zoom prefixes, broken files) and SRT import."""

from __future__ import annotations

import pytest

from qcoder.core.errors import ImportFailed
from qcoder.core.text import normalize_text
from qcoder.importers import import_file
from qcoder.importers.captions import PARAGRAPH_SOFT_CHARS, parse_timestamp

TEAMS = """WEBVTT

b1a2c3d4-0001/12-0
00:00:01.000 --> 00:00:03.500
<v Maria Lopez>Thanks for joining today.</v>

b1a2c3d4-0001/13-0
00:00:03.500 --> 00:00:06.000
<v Maria Lopez>Could you describe your role?</v>

b1a2c3d4-0002/1-0
00:00:06.200 --> 00:00:09.000
<v Sgt. Dawson>Sure. I run the vice unit &amp; the task force.

b1a2c3d4-0003/2-0
00:00:09.100 --> 00:00:10.000
<v.loud Maria Lopez><i>Great</i>, thanks.</v>
"""

ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Interviewer: Okay, I think the recording is going.

2
00:00:04.500 --> 00:00:07.250
Interviewer: Note: this is voluntary.

3
00:00:08.000 --> 00:00:12.000
Carmen Ruiz: Yes, of course.

4
00:00:12.000 --> 00:00:15.000
Carmen Ruiz: I have been there four years.
That's a long time.

5
00:00:15.500 --> 00:00:18.000
Interviewer: Great.
"""


def test_teams_voices_join_consecutive_cues(write) -> None:
    doc = import_file(write("teams.vtt", TEAMS))
    assert doc.source_format == "vtt"
    assert doc.metadata["source"] == "teams"
    assert doc.text == (
        "Maria Lopez: Thanks for joining today. Could you describe your role?\n\n"
        "Sgt. Dawson: Sure. I run the vice unit & the task force.\n\n"
        "Maria Lopez: Great, thanks."
    )
    assert [(t.speaker, doc.text[t.start : t.end], t.start_time, t.end_time) for t in doc.turns] == [
        ("Maria Lopez", "Thanks for joining today. Could you describe your role?", 1.0, 6.0),
        ("Sgt. Dawson", "Sure. I run the vice unit & the task force.", 6.2, 9.0),
        ("Maria Lopez", "Great, thanks.", 9.1, 10.0),
    ]
    assert "<" not in doc.text and "-->" not in doc.text and "00:" not in doc.text
    assert doc.warnings == []


def test_zoom_prefixes(write) -> None:
    doc = import_file(write("zoom.vtt", ZOOM))
    assert doc.metadata["source"] == "zoom"
    assert doc.speakers == ["Interviewer", "Carmen Ruiz"]
    assert [(t.speaker, doc.text[t.start : t.end], t.start_time, t.end_time) for t in doc.turns] == [
        ("Interviewer", "Okay, I think the recording is going. Note: this is voluntary.", 1.0, 7.25),
        ("Carmen Ruiz", "Yes, of course. I have been there four years. That's a long time.", 8.0, 15.0),
        ("Interviewer", "Great.", 15.5, 18.0),
    ]
    assert doc.text.startswith("Interviewer: Okay, I think")
    assert "\n\nCarmen Ruiz: Yes, of course." in doc.text


def test_broken_vtt_keeps_text_and_warns(write) -> None:
    broken = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "NOTE exported by hand\nsecond note line\n\n"
        "STYLE\n::cue { color: red }\n\n"
        "1\n00:00:01.000 --> 00:00:02.000\n<v Ann>First.\n\n"
        "2\n00:00:0x.000 --> 00:00:03.000\n<v Bob>Broken time, kept.\n\n"
        "3\n00:00:04.000 --> 00:00:05.000 align:start position:10%\n<v Ann>Second.\n"
        "4\n00:00:05.000 --> 00:00:06.000\n<v Ann>No blank line before me.\n\n"
        "a stray block without timing\n\n"
        "5\n00:99:00.000 --> 00:00:07.000\n<v Bob>Minutes out of range.</v>\n"
    )
    doc = import_file(write("broken.vtt", broken))
    assert doc.text == (
        "Ann: First.\n\nBob: Broken time, kept.\n\n"
        "Ann: Second. No blank line before me.\n\n"
        "a stray block without timing\n\nBob: Minutes out of range."
    )
    assert "2 cues with malformed timestamps kept without times" in doc.warnings
    assert "1 text block without a timing line kept as text" in doc.warnings
    bob = [t for t in doc.turns if t.speaker == "Bob"]
    assert [(t.start_time, t.end_time) for t in bob] == [(None, None), (None, None)]
    ann = [t for t in doc.turns if t.speaker == "Ann"]
    assert [(t.start_time, t.end_time) for t in ann] == [(1.0, 2.0), (4.0, 6.0)]


def test_srt_with_prefixes_and_crlf_cp1252(write) -> None:
    srt = (
        "1\r\n00:00:01,000 --> 00:00:02,500\r\nI: Wie geht’s?\r\n\r\n"
        "2\r\n00:00:03,000 --> 00:00:04,000\r\nR: Très bien.\r\n\r\n"
        "3\r\n00:00:04,000 --> 00:00:05,000\r\nR: Merci.\r\n\r\n"
        "4\r\n00:00:05,500 --> 00:00:06,000\r\nI: Gut.\r\n"
    ).encode("cp1252")
    doc = import_file(write("s.srt", srt))
    assert doc.source_format == "srt"
    assert doc.text == "I: Wie geht’s?\n\nR: Très bien. Merci.\n\nI: Gut."
    assert [(t.speaker, t.start_time, t.end_time) for t in doc.turns] == [
        ("I", 1.0, 2.5),
        ("R", 3.0, 5.0),
        ("I", 5.5, 6.0),
    ]
    assert normalize_text(doc.text) == doc.text


def test_unlabelled_captions_become_paragraphs(write) -> None:
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\nhello there\n\n00:02.100 --> 00:03.000\n"
        "general kenobi\n\n00:09.000 --> 00:10.000\n- after a pause\n"
    )
    doc = import_file(write("plain.vtt", vtt))
    assert doc.text == "hello there general kenobi\n\n- after a pause"
    assert doc.turns == []
    assert doc.metadata["source"] == "captions"


def test_two_voices_in_one_cue(write) -> None:
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>Hi.</v>\n<v Bob>Hello.</v>\n\n"
        "00:00:03.000 --> 00:00:04.000\n<v Bob>How are you?</v>\n"
    )
    doc = import_file(write("two.vtt", vtt))
    assert doc.text == "Ann: Hi.\n\nBob: Hello. How are you?"
    assert [(t.speaker, t.start_time, t.end_time) for t in doc.turns] == [("Ann", 1.0, 3.0), ("Bob", 1.0, 4.0)]


def test_vtt_without_any_timing_is_plain_text(write) -> None:
    doc = import_file(write("t.vtt", "I: hi\nR: ho\n"))
    assert doc.speakers == ["I", "R"]
    assert "no caption timings" in doc.warnings[0]


def test_vtt_header_only_fails(write) -> None:
    with pytest.raises(ImportFailed):
        import_file(write("h.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n"))


@pytest.mark.parametrize(
    "stamp, seconds",
    [
        ("00:01:02.500", 62.5),
        ("01:02.5", 62.5),
        ("1:00:00,040", 3600.04),
        ("00:00:05", 5.0),
        ("0x:00:01.000", None),
        ("00:61:00.000", None),
        ("", None),
        ("12", None),
    ],
)
def test_parse_timestamp(stamp: str, seconds: float | None) -> None:
    got = parse_timestamp(stamp)
    assert got == pytest.approx(seconds) if seconds is not None else got is None


def test_unlabelled_captions_without_pauses_become_readable_paragraphs() -> None:
    """Issue 23 item 3: an oral-history SRT with no speaker labels and no long pauses became
    one 69,288-character paragraph; paragraphs now also end at a sentence end once long."""
    from qcoder.importers.captions import PARAGRAPH_SOFT_CHARS, read_text

    cues = []
    for i in range(300):
        a, b = i * 3, i * 3 + 3  # back to back: no pause at all
        text = "and then we went on with the work" if i % 4 else "It was a long year of meetings."
        cues.append(f"{i + 1}\n00:{a // 60:02d}:{a % 60:02d},000 --> 00:{b // 60:02d}:{b % 60:02d},000\n{text}\n")
    doc = read_text("\n".join(cues), "history.srt", "srt")
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) > 10
    assert max(len(p) for p in paragraphs) < PARAGRAPH_SOFT_CHARS + 200
    assert all(p.endswith(".") for p in paragraphs[:-1])  # cut at sentence ends only


# --- the fast paths read exactly what the general ones read ---------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from qcoder.importers import captions  # noqa: E402
from qcoder.importers.base import clean_text  # noqa: E402

_FRAGMENT_ALPHABET = st.sampled_from(
    list("ab é😀 \t\n<>/v&;#x7\ufeff\u00a0\u2028") + ["</v>", "<i>", "&amp;", "&#7;", "<v A>"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENT_ALPHABET, max_size=30).map("".join))
def test_clean_plain_equals_clean_text_of_plain(fragment: str):
    fragment = clean_text(fragment)  # cue text is a part of the cleaned file
    assert captions._clean_plain(fragment) == clean_text(captions._plain(fragment))


def _slow_times(line: str) -> tuple[float | None, float | None]:
    m = captions._TIMING.match(line)
    return (
        captions.parse_timestamp(m.group("a")) if m else None,
        captions.parse_timestamp(m.group("b")) if m else None,
    )


_DIGITS = st.integers(0, 99).map(lambda n: f"{n:02d}")


@settings(max_examples=400, deadline=None)
@given(
    st.tuples(_DIGITS, _DIGITS, _DIGITS, st.integers(0, 999), _DIGITS, _DIGITS, _DIGITS, st.integers(0, 999)),
    st.sampled_from([".", ","]),
    st.sampled_from([" --> ", "-->", " --> ", "\t-->\t"]),
    st.sampled_from(["", " align:start position:0%", "x", ".5", " "]),
)
def test_common_timing_lines_read_as_the_general_parser_reads_them(parts, dot, arrow, tail):
    h1, m1, s1, f1, h2, m2, s2, f2 = parts
    line = f"{h1}:{m1}:{s1}{dot}{f1:03d}{arrow}{h2}:{m2}:{s2}{dot}{f2:03d}{tail}"
    fast, slow = captions._cue_times(line), _slow_times(line)
    assert fast == pytest.approx(slow) if None not in slow else fast == slow


def test_one_speakers_long_talk_is_split_into_turns(write) -> None:
    """Issue 23, as met on a real Zoom recording (a teacher talking for 20 minutes, every cue
    "Caleob King: ..."): the cues of one speaker joined into a single 13,308-character turn.
    A turn that has grown PARAGRAPH_SOFT_CHARS long now ends at a sentence end or a pause;
    short turns stay whole."""
    cues = []
    for i in range(30):
        start, end = 4 * i, 4 * i + 3.5
        sentence = f"Sentence {i} is about moles and mass, and it goes on for a little while longer."
        cues.append(
            f"{i + 1}\n00:{start // 60:02d}:{start % 60:02d}.000 --> 00:{int(end) // 60:02d}:{int(end) % 60:02d}.500\n"
            f"Teacher: {sentence}\n"
        )
    cues.append("31\n00:02:05.000 --> 00:02:06.000\nPupil: Okay.\n")
    cues.append("32\n00:02:06.500 --> 00:02:07.000\nTeacher: Good. Next one.\n")
    cues.append("33\n00:02:07.500 --> 00:02:08.000\nPupil: Yes.\n")
    doc = import_file(write("talk.vtt", "WEBVTT\n\n" + "\n".join(cues)))
    teacher = [t for t in doc.turns if t.speaker == "Teacher"]
    assert len(teacher) >= 4
    assert max(t.end - t.start for t in doc.turns) < PARAGRAPH_SOFT_CHARS + 100
    assert [t.speaker for t in doc.turns][-3:] == ["Pupil", "Teacher", "Pupil"]
    assert doc.text.endswith("Teacher: Good. Next one.\n\nPupil: Yes.")
    assert all(doc.text[t.start : t.end].startswith("Sentence") for t in teacher[:-1])


UNLABELLED = (
    "1\n00:00:01,000 --> 00:00:02,000\nhello there\n\n2\n00:00:02,100 --> 00:00:03,000\n"
    "general kenobi.\n\n3\n00:00:04,500 --> 00:00:05,000\nafter a short pause\n\n"
    "4\n00:01:09,000 --> 00:01:10,000\nafter a long one\n"
)


def test_unlabelled_caption_paragraphs_keep_their_start_times(write) -> None:
    """Issue 23: captions without speakers keep the start time of each paragraph."""
    doc = import_file(write("history.srt", UNLABELLED))
    assert doc.text == "hello there general kenobi. after a short pause\n\nafter a long one"  # 1.5 s, 66 s
    assert doc.turns == []
    assert doc.paragraph_times == [(0, 1.0), (doc.text.index("after a long"), 69.0)]


def test_labelled_captions_keep_times_on_turns_not_paragraphs(write) -> None:
    doc = import_file(write("z.vtt", ZOOM))
    assert doc.paragraph_times == [] and doc.turns[0].start_time == 1.0


def test_the_pause_that_starts_a_paragraph_is_configurable(write, monkeypatch) -> None:
    from qcoder.importers.captions import PAUSE_ENV, pause_seconds, read_text

    doc = read_text(UNLABELLED, "h.srt", "srt", pause=1.0)
    assert doc.text.split("\n\n") == ["hello there general kenobi.", "after a short pause", "after a long one"]
    assert [t for _o, t in doc.paragraph_times] == [1.0, 4.5, 69.0]
    assert read_text(UNLABELLED, "h.srt", "srt", pause=90.0).text.count("\n\n") == 0
    monkeypatch.setenv(PAUSE_ENV, "1")
    assert pause_seconds() == 1.0
    assert [t for _o, t in import_file(write("h.srt", UNLABELLED)).paragraph_times] == [1.0, 4.5, 69.0]
    monkeypatch.setenv(PAUSE_ENV, "90")
    assert [t for _o, t in import_file(write("h2.srt", UNLABELLED)).paragraph_times] == [1.0]
    for bad in ("", "x", "-3", "nan", "0"):
        monkeypatch.setenv(PAUSE_ENV, bad)
        assert pause_seconds() == 2.0

"""Plain-text import: encodings, line endings, binary junk, empty files, format sniffing."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qcoder.core.errors import ImportFailed
from qcoder.core.text import normalize_text
from qcoder.importers import SUPPORTED_SUFFIXES, import_file
from qcoder.importers.base import clean_text

TRANSCRIPT = (
    "Interview HC-07\n"
    "Date: 2021-03-04\n"
    "\n"
    "Interviewer: Wie geht’s? Erzählen Sie von der Zusammenarbeit – “ehrlich”.\n"
    "Respondent: Très bien, merci. Señor Núñez kam später; ça allait.\n"
    "Interviewer: Und danach?\n"
    "Respondent: Alles gut. Das Café am Bahnhof war schön.\n"
)


def _check(doc_text: str) -> None:
    assert "\r" not in doc_text
    assert normalize_text(doc_text) == doc_text


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1252", b""),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_encodings_and_line_endings(write, encoding: str, prefix: bytes, newline: str) -> None:
    data = prefix + TRANSCRIPT.replace("\n", newline).encode(encoding)
    doc = import_file(write("t.txt", data))
    assert doc.text == TRANSCRIPT.rstrip("\n")
    _check(doc.text)
    assert doc.source_format == "txt"
    assert doc.speakers == ["Interviewer", "Respondent"]
    assert [doc.text[t.start : t.end] for t in doc.turns] == [
        "Wie geht’s? Erzählen Sie von der Zusammenarbeit – “ehrlich”.",
        "Très bien, merci. Señor Núñez kam später; ça allait.",
        "Und danach?",
        "Alles gut. Das Café am Bahnhof war schön.",
    ]
    assert doc.metadata["encoding"].replace("_", "-") == encoding


def test_latin1_text_reads_as_western(write) -> None:
    text = "Interviewer: À la fin, señor, garçon, naïve façade, Ærø.\nRespondent: Ça va.\n"
    doc = import_file(write("t.txt", text.encode("latin-1")))
    assert doc.text == text.strip()


def test_utf16_without_bom_is_recognised(write) -> None:
    doc = import_file(write("t.txt", TRANSCRIPT.encode("utf-16-le")))
    assert doc.text == TRANSCRIPT.strip()


def test_zero_width_kept_and_nul_removed(write) -> None:
    """Issue 23: zero-width characters and a BOM inside the text are the source's text (kept);
    NUL cannot be stored (removed)."""
    doc = import_file(
        write("t.txt", "I: he\u200bllo\x00 there\nR: fi\ufeffne \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\n")
    )
    assert doc.text == "I: he\u200bllo there\nR: fi\ufeffne \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert [doc.text[t.start : t.end] for t in doc.turns] == [
        "he\u200bllo there",
        "fi\ufeffne \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    ]


def test_markdown_bold_labels(write) -> None:
    doc = import_file(write("t.md", "# Interview\n\n**Interviewer:** Hello.\n\n**Respondent:** Hi.\n"))
    assert doc.source_format == "md"
    assert doc.speakers == ["Interviewer", "Respondent"]
    assert [doc.text[t.start : t.end] for t in doc.turns] == ["Hello.", "Hi."]


def test_random_bytes_renamed_txt_fail_clearly(write) -> None:
    junk = random.Random(7).randbytes(5000)
    with pytest.raises(ImportFailed, match="looks like binary data, not text"):
        import_file(write("junk.txt", junk))


def test_png_renamed_txt_says_what_it_is(write) -> None:
    data = b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(3000)
    with pytest.raises(ImportFailed, match="binary data, not text.*image"):
        import_file(write("photo.txt", data))


@pytest.mark.parametrize(
    "content", [b"", b"   \n\r\n\t  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_files_fail(write, content: bytes) -> None:
    with pytest.raises(ImportFailed, match="empty|only blank"):
        import_file(write("empty.txt", content))


@pytest.mark.parametrize("suffix", [s for s in SUPPORTED_SUFFIXES])
def test_empty_file_of_every_type_fails(write, suffix: str) -> None:
    with pytest.raises(ImportFailed, match="empty"):
        import_file(write("empty" + suffix, b""))


def test_missing_file_and_unsupported_type(tmp_path: Path, write) -> None:
    with pytest.raises(ImportFailed, match="does not exist"):
        import_file(tmp_path / "nope.txt")
    # an unknown extension: the content decides (issue 23); text is imported, binary refused
    doc = import_file(write("a.xyz", "I: hi\nR: ho\n"))
    assert doc.text == "I: hi\nR: ho" and "named .xyz" in doc.warnings[0]
    binary = tmp_path / "b.xyz"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ImportFailed, match=r"unsupported file type \.xyz: it appears to be binary data"):
        import_file(binary)
    with pytest.raises(ImportFailed, match="not a file"):
        d = tmp_path / "folder.txt"
        d.mkdir()
        import_file(d)


def test_txt_holding_vtt_or_rtf_is_imported_as_such(write) -> None:
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello there.</v>\n\n"
        "00:00:02.500 --> 00:00:04.000\n<v Bob>Hi Ann.</v>\n"
    )
    doc = import_file(write("captions.txt", vtt))
    assert doc.source_format == "vtt"
    assert doc.speakers == ["Ann", "Bob"]
    assert "WEBVTT" not in doc.text and "-->" not in doc.text
    assert "named .txt but contains a caption" in doc.warnings[0]

    rtf = r"{\rtf1\ansi I: Hello\par R: Hi\par I: Bye\par}"
    doc = import_file(write("r.txt", rtf))
    assert doc.source_format == "rtf"
    assert doc.speakers == ["I", "R"]


def test_crlf_offsets_match_normalized_text(write) -> None:
    raw = "Title\r\n\r\nI:\tQuestion one?\r\nR:  Answer one.\r\n  continues here.\r\n\r\nI: Two?\r\n"
    doc = import_file(write("t.txt", raw))
    assert doc.text == raw.replace("\r\n", "\n").strip()
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        ("I", "Question one?"),
        ("R", "Answer one.\n  continues here."),
        ("I", "Two?"),
    ]


MAGIC = [b"PK\x03\x04", b"%PDF-1.4\n", b"{\\rtf1 ", b"WEBVTT\n\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]


def test_import_never_raises_other_errors_on_garbage(write, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)  # no .doc converter: keep this fast
    rng = random.Random(3)
    for i in range(40):
        suffix = SUPPORTED_SUFFIXES[i % len(SUPPORTED_SUFFIXES)]
        data = rng.randbytes(rng.randint(1, 3000))
        if i % 3 == 0:  # plausible magic bytes followed by junk
            data = MAGIC[i % 5] + data
        try:
            doc = import_file(write(f"g{i}{suffix}", data))
        except ImportFailed as exc:
            assert str(exc)
        else:
            _check(doc.text)
            assert doc.text.strip()


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
    | st.lists(
        st.sampled_from(
            ["a", " ", "\t", "\r", "\n", "\r\n", "\x00", "\x0b", "\x0c", "\u200b", "\ufeff", "\xad", "\x85", "é", "😀"]
        ),
        max_size=80,
    ).map("".join)
)
def test_clean_text_is_normalized(raw: str) -> None:
    cleaned = clean_text(raw)
    assert normalize_text(cleaned) == cleaned
    assert clean_text(cleaned) == cleaned
    assert not cleaned.startswith("\n") and not cleaned.endswith("\n")


def test_stuck_reader_is_abandoned_after_timeout(write, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from qcoder.importers import plaintext

    monkeypatch.setattr(plaintext, "read", lambda path: time.sleep(3))
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="took longer than 0.3 seconds"):
        import_file(write("slow.txt", "I: a\nR: b\n"), timeout=0.3)
    assert time.perf_counter() - started < 2.5


def test_unexpected_library_errors_become_import_failed(write, monkeypatch: pytest.MonkeyPatch) -> None:
    from qcoder.importers import plaintext

    def boom(path: Path) -> None:
        raise KeyError("word/document.xml")

    monkeypatch.setattr(plaintext, "read", boom)
    for timeout in (None, 5.0):
        with pytest.raises(ImportFailed, match="could not be read \\(KeyError"):
            import_file(write("x.txt", "I: a\nR: b\n"), timeout=timeout)


def test_text_starting_like_a_magic_number_is_still_text(write) -> None:
    for start in ("MZ", "ID3", "GIF"):
        raw = f"{start}: Grüße aus Köln.\nAB: Danke.\n{start}: Bitte.\nAB: Tschüss.\n"
        doc = import_file(write(f"{start}.txt", raw.encode("cp1252")))
        assert doc.speakers == [start, "AB"]


def test_plain_text_is_stored_as_the_source_has_it(write) -> None:
    """Issue 23: 64 real Otter.ai .txt transcripts (the documents of a REFI-QDA project) were
    stored without their trailing spaces and leading blank line, so every position after the
    first such space was off by one or more against the source file. Only line endings, a
    leading BOM and the line breaks ending the file may change."""
    source = "\nBSR01_transcript\n\nSara  00:00\nThey have been released. \n\nBSR01  00:09\nYes.\xad \x0c\n\n"
    doc = import_file(write("otter.txt", ("\ufeff" + source).replace("\n", "\r\n").encode("utf-8")))
    assert doc.text == source.rstrip("\n")
    assert doc.text.index("released") == source.index("released")
    assert [t.speaker for t in doc.turns] == ["Sara", "BSR01"]

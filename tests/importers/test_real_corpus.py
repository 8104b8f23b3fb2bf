"""Import fidelity on real transcripts (tests/data/real/SOURCES.md, issue 23).

The redistributable files are committed under tests/data/real/ and always tested; the others
are fetched by scripts/fetch_real_corpus.py into a cache and tested when QCODER_REAL_CORPUS
points at it (skipped otherwise)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from qcoder.app.importing import collect_files
from qcoder.core.errors import ImportFailed
from qcoder.importers import ImportedDocument, import_file

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
CORPUS = os.environ.get("QCODER_REAL_CORPUS", "")
MAX_PARAGRAPH = 5000

# speakers each committed file has (the people labelled in it); a file not listed here is
# an unexpected new file — list it
SPEAKERS = {
    **{f"pdpilot/transcripts/P{n}.pdf": 2 for n in range(1, 8)},  # MAXQDA PDF export
    "pdpilot/coded-segments.pdf": None,  # MAXQDA's table of coded segments, not a transcript
    "plc_fishbowl/transcript.vtt": 1,  # a teacher alone on a Zoom recording
    "plc_fishbowl/GMT20251022-150701_Recording.transcript.txt": 1,  # the same, WebVTT named .txt
    "zoom_transcript_filter/input_example.txt": 2,
    "zoom_transcript_filter/input_example.utf16.txt": 2,
    "zoom_transcript_filter/input_example.cp1252.txt": 2,
    # the same transcript saved by LibreOffice Writer as .odt, .rtf, Word 97 .doc and .docx
    **{f"zoom_transcript_filter/input_example.{ext}": 2 for ext in ("odt", "rtf", "doc", "docx")},
    "qualcoder_examples/ID1.docx": 0,  # unlabelled sample text
    "qualcoder_examples/ID2.odt": 0,
    "qualcoder_examples/transcript.txt": 3,  # "[id1] text" lines
}
# paragraphs longer than MAX_PARAGRAPH that the source itself has (one answer in one paragraph)
LONG_IN_SOURCE = {"QR03_transcript_deidentified.txt", "QR03_transcript_deidentified.docx"}


def _documents(root: Path) -> list[Path]:
    files, _missing, _skipped = collect_files([root])
    return [f for f in files if not f.name.startswith(("LICENSE", "SOURCES", "README"))]


def _source_text(path: Path, doc: ImportedDocument) -> str:
    """The file's text as its bytes say, apart from line endings (those ending the file go)
    and a leading BOM."""
    text = path.read_bytes().decode(doc.metadata.get("encoding", "utf-8"))
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")


def _problems(path: Path, doc: ImportedDocument) -> list[str]:
    problems = []
    if "\t" in doc.text:
        problems.append(f"{path.name}: {doc.text.count(chr(9))} tabs")
    longest = max((len(p) for p in doc.text.split("\n")), default=0)
    if longest > MAX_PARAGRAPH and path.name not in LONG_IN_SOURCE:
        problems.append(f"{path.name}: a paragraph of {longest} characters")
    if doc.source_format == "txt" and doc.text != _source_text(path, doc):
        problems.append(f"{path.name}: the stored text is not the source text")
    return problems


NEEDS_CONVERTER = {".doc"}  # read through LibreOffice or antiword, when installed


def _converter() -> bool:
    return shutil.which("soffice") is not None or shutil.which("antiword") is not None


def test_committed_real_files_import_faithfully() -> None:
    files = _documents(REAL)
    assert sorted(str(f.relative_to(REAL)) for f in files) == sorted(SPEAKERS)
    problems = []
    for path in files:
        if path.suffix in NEEDS_CONVERTER and not _converter():
            continue
        doc = import_file(path)  # every file imports
        problems += _problems(path, doc)
        expected = SPEAKERS[str(path.relative_to(REAL))]
        if expected is not None and len(doc.speakers) != expected:
            problems.append(f"{path.name}: {len(doc.speakers)} speakers ({sorted(doc.speakers)}), expected {expected}")
    assert problems == []


def test_committed_encodings_decode_to_the_same_text() -> None:
    folder = REAL / "zoom_transcript_filter"
    texts = {import_file(folder / f"input_example{suffix}.txt").text for suffix in ("", ".utf16", ".cp1252")}
    assert len(texts) == 1


@pytest.mark.parametrize("ext", ["odt", "rtf", "doc", "docx"])
def test_the_transcript_saved_by_a_word_processor_reads_as_the_text_file(ext: str) -> None:
    """The Zoom transcript saved by LibreOffice Writer in each word-processor format imports
    as exactly the text of the .txt it was made from, with the same turns."""
    if ext in {e.lstrip(".") for e in NEEDS_CONVERTER} and not _converter():
        pytest.skip("no .doc converter (LibreOffice or antiword) installed")
    folder = REAL / "zoom_transcript_filter"
    source = import_file(folder / "input_example.txt")
    saved = import_file(folder / f"input_example.{ext}")
    assert saved.source_format == ext
    assert saved.text == source.text
    assert [(t.speaker, t.start, t.end) for t in saved.turns] == [(t.speaker, t.start, t.end) for t in source.turns]


@pytest.mark.skipif(not CORPUS or not Path(CORPUS).is_dir(), reason="real corpus not fetched (set QCODER_REAL_CORPUS)")
def test_every_fetched_real_transcript_imports_readably() -> None:
    files = [f for f in _documents(Path(CORPUS)) if any("transcript" in p.lower() for p in f.parts)]
    assert len(files) >= 25
    problems = []
    for path in files:
        try:
            doc = import_file(path)
        except ImportFailed as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        problems += _problems(path, doc)
        if len(doc.speakers) < 2:
            problems.append(f"{path.name}: {len(doc.speakers)} speakers")
    assert problems == []


def test_real_captions_without_labels_keep_each_paragraphs_start_time() -> None:
    """The teacher's real Zoom recording with its speaker prefixes taken out (as captions
    without speakers come): paragraphs end at pauses and, once long, at sentence ends, and
    each keeps the start time of its first cue."""
    from qcoder.importers.captions import PARAGRAPH_SOFT_CHARS, parse_cues, read_text

    raw = (REAL / "plc_fishbowl" / "GMT20251022-150701_Recording.transcript.txt").read_text(encoding="utf-8")
    unlabelled = raw.replace("Caleob King: ", "")
    doc = read_text(unlabelled, "recording.vtt", "vtt")
    labelled = import_file(REAL / "plc_fishbowl" / "GMT20251022-150701_Recording.transcript.txt")
    assert doc.turns == [] and len(doc.paragraph_times) == doc.text.count("\n\n") + 1 > 20
    assert " ".join(doc.text.split()) == " ".join(labelled.text[t.start : t.end] for t in labelled.turns)
    starts = {c.start: " ".join(c.lines).split()[0] for c in parse_cues(unlabelled)[0] if c.lines}
    times = [t for _o, t in doc.paragraph_times]
    assert times == sorted(set(times))
    for offset, seconds in doc.paragraph_times:
        assert doc.text[offset:].split()[0] == starts[seconds]  # the paragraph begins with that cue
    assert max(len(p) for p in doc.text.split("\n\n")) < PARAGRAPH_SOFT_CHARS + 500

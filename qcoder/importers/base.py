"""The structure every importer returns, whatever the source format."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from qcoder.core.errors import ImportFailed
from qcoder.core.text import normalize_text


@dataclass(frozen=True, slots=True)
class ImportedTurn:
    """A speaker turn: ``text[start:end]`` is what ``speaker`` said (no label included)."""

    speaker: str
    start: int
    end: int
    start_time: float | None = None  # seconds, from VTT/SRT cues or timestamp lines
    end_time: float | None = None


@dataclass(slots=True)
class ImportedDocument:
    """Normalized text (LF line endings) + speaker turns + metadata.

    ``turns`` are sorted, non-overlapping, and each lies inside ``text``.
    """

    text: str
    source_name: str
    source_format: str  # "txt", "docx", "vtt", ...
    turns: list[ImportedTurn] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # (offset, seconds): where a paragraph without a speaker starts in the text, and when it
    # starts in the recording (captions without speaker labels); sorted by offset
    paragraph_times: list[tuple[int, float]] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.turns:
            seen.setdefault(t.speaker, None)
        return list(seen)


# Vertical tab (Word's soft line break in plain-text exports) and form feed (page break
# from converters) become line breaks; other C0/C1 controls except tab/LF and soft hyphens are
# removed. Zero-width characters (ZWJ, ZWNJ, U+200B, word joiner) are text and stay. Regexes
# rather than str.translate: translate with a dict costs ~10 ms per 60k characters.
_BREAKS = re.compile(r"[\x0b\x0c]")
_DROP = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\xad]+")


def clean_text(raw: str) -> str:
    """:func:`normalize_text` plus removal of stray control characters, trailing spaces on
    lines and blank lines at both ends of the document."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _DROP.sub("", _BREAKS.sub("\n", text))
    # trailing spaces line by line: the regex [ \t]+$ was quadratic on a long run of spaces
    # not ending a line ('I' + 150,000 spaces + ':x' took 189 s)
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text.lstrip("\ufeff\n").rstrip("\n")


def check_turns(text: str, turns: list[ImportedTurn]) -> None:
    """Assert the invariants of ``turns`` (a bug, not bad input, if they fail)."""
    prev_end = 0
    for t in turns:
        if not (prev_end <= t.start < t.end <= len(text)):
            raise AssertionError(f"bad turn span {t} (previous end {prev_end}, length {len(text)})")
        prev_end = t.end


def _times_from_markers(text: str, turns: list[ImportedTurn]) -> list[ImportedTurn]:
    """Turns without a time take the first time written in them or before their label
    (``[00:01:23]``, ``(01:23)``…: :func:`qcoder.core.media.marker_times`)."""
    if not turns or all(t.start_time is not None for t in turns) or ":" not in text:
        return turns
    from qcoder.core.media import marker_times, time_markers

    markers = time_markers(text)
    if not markers:
        return turns
    written = marker_times([(t.start, t.end) for t in turns], markers)
    return [
        replace(t, start_time=w) if t.start_time is None and w is not None else t
        for t, w in zip(turns, written, strict=True)
    ]


def finish(
    raw_text: str,
    source_name: str,
    source_format: str,
    *,
    metadata: dict[str, str] | None = None,
    warnings: list[str] | None = None,
    empty_reason: str = "the document contains no text",
    exact: bool = False,
) -> ImportedDocument:
    """Clean ``raw_text``, detect speaker turns and build the document. With ``exact`` (text
    files, whose characters are the source's) only :func:`normalize_text` applies and the line
    breaks ending the file go: the stored text is the source text apart from line endings and
    a leading BOM, so positions counted in the source file are positions in the document.

    Raises :class:`ImportFailed` with ``empty_reason`` when no text is left.
    """
    from qcoder.importers.speakers import detect_turns

    text = normalize_text(raw_text).rstrip("\n") if exact else clean_text(raw_text)
    if not text.strip():
        raise ImportFailed(empty_reason)
    turns = _times_from_markers(text, detect_turns(text))
    check_turns(text, turns)
    return ImportedDocument(
        text=text,
        source_name=source_name,
        source_format=source_format,
        turns=turns,
        metadata=dict(metadata or {}),
        warnings=list(warnings or []),
    )

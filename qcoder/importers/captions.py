"""WebVTT (.vtt: Zoom, Teams, Stream/OneDrive) and SubRip (.srt) caption files.

Cue text becomes a readable transcript: one paragraph per speaker turn, "Speaker: text",
with a blank line between turns and no timestamps or tags inline. Consecutive cues of the
same speaker join into one turn that keeps the start time of its first cue and the end
time of its last. Speakers come from ``<v Name>`` voice spans (Teams/Stream, with or
without ``</v>``) or from ``Name:`` prefixes (Zoom); a prefix only counts as a speaker when
it recurs (or is a known form like "Interviewer"), so "Note: …" in a caption stays text.

A hand-written parser rather than webvtt-py: webvtt-py silently drops a cue whose
timestamp it cannot parse (its text is lost without a warning) and requires the WEBVTT
header, while real exports are often slightly broken (SRT with ",", missing blank lines,
stray text blocks, a hand-edited time). Here a malformed timing line keeps the cue's text
without times, a block without a timing line keeps its text, and each such repair is
counted in ``warnings``.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from qcoder.core.errors import ImportFailed
from qcoder.importers._textenc import decode_bytes
from qcoder.importers.base import ImportedDocument, ImportedTurn, check_turns, clean_text, finish
from qcoder.importers.speakers import is_known_label, plausible_label

_TIMING = re.compile(r"[ \t]*(?P<a>[^\s>-]*)[ \t]*-{1,2}>[ \t]*(?P<b>\S*)")
_LOOSE_TIMING = re.compile(r"\d[ \t]*-{1,2}>[ \t]*\d")
_STAMP = re.compile(r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,:](\d{1,3}))?")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:[ \t]+([^>\n]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>|<\d[\d:.]*>|</>")
_PREFIX = re.compile(r"([^:\n]{1,44}?)[ \t]?:[ \t]+(?=\S)")
_SPACES = re.compile(r"\s+")
_BLOCK_KEYWORDS = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")
# the usual timing line, "00:01:02.500 --> 00:01:04.000" (+ settings), read in one step; any
# other form goes through _TIMING and parse_timestamp (same results, 3x slower)
_COMMON_TIMING = re.compile(
    r"[ \t]*(\d\d):([0-5]\d):([0-5]\d)[.,](\d{3})[ \t]*-->[ \t]*(\d\d):([0-5]\d):([0-5]\d)[.,](\d{3})(?=\s|$)"
)

PARAGRAPH_GAP_SECONDS = 2.0  # unlabelled captions: a pause this long starts a new paragraph
PAUSE_ENV = "QCODER_CAPTION_PAUSE_SECONDS"  # another pause for that, in seconds (e.g. 1.5)
# ... and so does a sentence end once the paragraph is this long (a continuous talk with no
# pause would otherwise become one paragraph of an hour of speech)
PARAGRAPH_SOFT_CHARS = 600
_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")


@dataclass(slots=True)
class _Cue:
    start: float | None
    end: float | None
    lines: list[str] = field(default_factory=list)
    timed: bool = True


@dataclass(slots=True)
class _Segment:
    speaker: str | None
    text: str
    start: float | None
    end: float | None


@dataclass(slots=True)
class _Stats:
    bad_times: int = 0
    untimed_blocks: int = 0


def parse_timestamp(value: str) -> float | None:
    """Seconds of ``00:01:02.500`` / ``01:02.500`` / ``00:01:02,500``; None if malformed."""
    m = _STAMP.fullmatch(value.strip())
    if m is None:
        return None
    hours: int = int(m.group(1) or 0)
    minutes: int = int(m.group(2))
    seconds: int = int(m.group(3))
    if minutes >= 60 or seconds >= 60:
        return None
    frac = str(m.group(4) or "0")
    fraction: float = int(frac) / 10 ** len(frac)
    return hours * 3600 + minutes * 60 + seconds + fraction


def _is_timing(line: str) -> bool:
    return "-->" in line or (">" in line and _LOOSE_TIMING.search(line) is not None)


def _cue_times(line: str) -> tuple[float | None, float | None]:
    fast = _COMMON_TIMING.match(line)
    if fast is not None:
        h1, m1, s1, f1, h2, m2, s2, f2 = map(int, fast.groups())
        return h1 * 3600 + m1 * 60 + s1 + f1 / 1000, h2 * 3600 + m2 * 60 + s2 + f2 / 1000
    m = _TIMING.match(line)
    start = parse_timestamp(m.group("a")) if m else None
    end = parse_timestamp(m.group("b")) if m else None
    return start, end


def parse_cues(text: str) -> tuple[list[_Cue], _Stats]:
    """Cues of a (normalized) VTT or SRT text, tolerating the usual damage."""
    lines = text.split("\n")
    stats = _Stats()
    cues: list[_Cue] = []
    i = 0
    if lines and lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        while i < len(lines) and lines[i].strip() and not _is_timing(lines[i]):
            i += 1  # header block ("WEBVTT", "Kind: captions", "Language: en")
    block: list[str] = []  # lines of the current block before its timing line
    cue: _Cue | None = None  # cue opened in the current block
    skipping = False

    def stray(block_lines: list[str]) -> None:
        kept = [x for x in block_lines if x.strip()]
        if kept:
            stats.untimed_blocks += 1
            cues.append(_Cue(None, None, kept, timed=False))

    for line in lines[i:]:
        if not line.strip():
            if cue is None and not skipping:
                stray(block)
            block, cue, skipping = [], None, False
            continue
        if skipping:
            continue
        if cue is None and not block and _BLOCK_KEYWORDS.match(line):
            skipping = True
            continue
        if _is_timing(line):
            if cue is not None:  # no blank line between two cues
                if cue.lines and cue.lines[-1].strip().isdigit():
                    cue.lines.pop()  # SRT sequence number of the new cue
            elif len(block) > 1:
                stray(block[:-1])  # block[-1] is the cue identifier
            start, end = _cue_times(line)
            if start is None or end is None:
                stats.bad_times += 1
                start = end = None
            cue = _Cue(start, end)
            cues.append(cue)
            block = []
            continue
        if cue is not None:
            cue.lines.append(line)
        else:
            block.append(line)
    if cue is None and not skipping:
        stray(block)
    return cues, stats


def _plain(fragment: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


def _clean_plain(fragment: str) -> str:
    """``clean_text(_plain(fragment))`` of a fragment of cleaned text, without the regexes when
    there is no tag and no entity (an entity may stand for a control character to remove)."""
    if "&" in fragment:
        return clean_text(_plain(fragment))
    if "<" in fragment:
        closed = fragment.replace("</v>", "")  # the usual closing tag, without the regex...
        fragment = closed if "<" not in closed else _TAG.sub("", fragment)  # ...when it is the only one
    return " ".join(fragment.split()).lstrip("\ufeff")


def _segments(cue: _Cue) -> list[_Segment]:
    """Split a cue at its voice spans: ``<v A>hi</v> <v B>hello`` → two segments."""
    payload = "\n".join(cue.lines)
    voices = list(_VOICE.finditer(payload)) if "<" in payload else []
    if not voices:
        return [_Segment(None, _clean_plain(payload), cue.start, cue.end)]
    out: list[_Segment] = []
    head = payload[: voices[0].start()]
    if head.strip() and _plain(head):
        out.append(_Segment(None, _clean_plain(head), cue.start, cue.end))
    for k, v in enumerate(voices):
        stop = voices[k + 1].start() if k + 1 < len(voices) else len(payload)
        name = " ".join((v.group(1) or "").split()) or None
        out.append(_Segment(name, _clean_plain(payload[v.end() : stop]), cue.start, cue.end))
    return out


def _apply_prefixes(segments: list[_Segment]) -> int:
    """Turn recurring ``Name: text`` prefixes of unvoiced segments into speakers (Zoom)."""
    found: list[tuple[int, str, int]] = []
    for idx, seg in enumerate(segments):
        if seg.speaker is not None:
            continue
        m = _PREFIX.match(seg.text)
        if m is None:
            continue
        label = plausible_label(m.group(1))
        if label is not None:
            found.append((idx, label, m.end()))
    counts = Counter(label.casefold() for _, label, _ in found)
    applied = 0
    for idx, label, cut in found:
        if counts[label.casefold()] >= 2 or is_known_label(label):
            seg = segments[idx]
            seg.speaker = label
            seg.text = seg.text[cut:].strip()
            applied += 1
    return applied


@dataclass(slots=True)
class _Group:
    speaker: str | None
    texts: list[str]
    start: float | None
    end: float | None
    chars: int = 0  # len(" ".join(texts)) + 1, kept as texts grow


def pause_seconds() -> float:
    """The pause that starts a new paragraph of unlabelled captions: ``QCODER_CAPTION_PAUSE_SECONDS``
    when it holds a positive number, PARAGRAPH_GAP_SECONDS otherwise."""
    try:
        value = float(os.environ.get(PAUSE_ENV, ""))
    except ValueError:
        return PARAGRAPH_GAP_SECONDS
    return value if math.isfinite(value) and value > 0 else PARAGRAPH_GAP_SECONDS


def _group(segments: list[_Segment], pause: float = PARAGRAPH_GAP_SECONDS) -> list[_Group]:
    """Consecutive segments of one speaker join into a turn; unlabelled ones into paragraphs
    that end at a pause of ``pause`` seconds, or at a sentence end once they are
    PARAGRAPH_SOFT_CHARS long. A speaker's turn that has grown PARAGRAPH_SOFT_CHARS long
    ends the same way (a Zoom recording of one teacher talking was one 13,308-character turn)."""
    groups: list[_Group] = []
    for seg in segments:
        if not seg.text:
            continue
        last = groups[-1] if groups else None
        same = last is not None and last.speaker == seg.speaker
        if same and last is not None:
            gap = (seg.start - last.end) if seg.start is not None and last.end is not None else 0.0
            if seg.speaker is None and gap >= pause:
                same = False
            elif last.chars >= PARAGRAPH_SOFT_CHARS:
                same = not (gap >= pause or _SENTENCE_END.search(last.texts[-1]))
        if same and last is not None:
            last.texts.append(seg.text)
            last.chars += len(seg.text) + 1
            if seg.end is not None:
                last.end = seg.end
            if last.start is None:
                last.start = seg.start
        else:
            groups.append(_Group(seg.speaker, [seg.text], seg.start, seg.end, len(seg.text) + 1))
    return groups


def _render(groups: list[_Group]) -> tuple[str, list[ImportedTurn], list[tuple[int, float]]]:
    """The text, the speakers' turns, and (offset, start time) of each paragraph without a speaker."""
    out: list[str] = []
    turns: list[ImportedTurn] = []
    times: list[tuple[int, float]] = []
    pos = 0
    for g in groups:
        if out:
            out.append("\n\n")
            pos += 2
        if g.speaker is not None:
            label = f"{g.speaker}: "
            out.append(label)
            pos += len(label)
        body = " ".join(g.texts)
        out.append(body)
        if g.speaker is not None:
            turns.append(ImportedTurn(g.speaker, pos, pos + len(body), g.start, g.end))
        elif g.start is not None:
            times.append((pos, g.start))
        pos += len(body)
    return "".join(out), turns, times


def read_text(raw: str, name: str, source_format: str, pause: float = PARAGRAPH_GAP_SECONDS) -> ImportedDocument:
    """The transcript of caption text ``raw``; unlabelled captions start a paragraph after a
    pause of ``pause`` seconds (or at a sentence end once long), keeping its start time."""
    text = clean_text(raw)
    if not text.strip():
        raise ImportFailed("the file is empty")
    cues, stats = parse_cues(text)
    timed = [c for c in cues if c.timed]
    if not timed and stats.bad_times == 0:
        return finish(
            text,
            name,
            source_format,
            warnings=["no caption timings (start --> end lines) found; imported as plain text"],
        )
    segments = [s for c in cues for s in _segments(c)]
    voiced = any(s.speaker is not None for s in segments)
    prefixed = _apply_prefixes(segments)
    groups = _group(segments, pause)
    if not groups:
        raise ImportFailed("the caption file contains no caption text")
    body, turns, times = _render(groups)
    check_turns(body, turns)
    metadata = {"source": "teams" if voiced else "zoom" if prefixed else "captions", "cues": str(len(timed))}
    ends = [c.end for c in timed if c.end is not None]
    if ends:
        metadata["duration"] = f"{max(ends):.3f}"
    warnings: list[str] = []
    if stats.bad_times:
        warnings.append(
            f"{stats.bad_times} cue{'s' if stats.bad_times != 1 else ''} with malformed timestamps kept without times"
        )
    if stats.untimed_blocks:
        warnings.append(
            f"{stats.untimed_blocks} text block{'s' if stats.untimed_blocks != 1 else ''} "
            "without a timing line kept as text"
        )
    return ImportedDocument(
        text=body,
        source_name=name,
        source_format=source_format,
        turns=turns,
        metadata=metadata,
        warnings=warnings,
        paragraph_times=times,
    )


def read(path: Path) -> ImportedDocument:
    data = path.read_bytes()
    if not data.strip():
        raise ImportFailed("the file is empty")
    decoded = decode_bytes(data)
    fmt = "srt" if path.suffix.lower() == ".srt" else "vtt"
    doc = read_text(decoded.text, path.name, fmt, pause_seconds())
    doc.metadata["encoding"] = decoded.encoding
    return doc

"""Recordings beside transcripts, and times in transcripts (standard library only).

- :func:`media_beside` finds the recording a transcript came with: a media file with the same
  base name in the same folder (Zoom writes ``GMT20210304-….m4a`` beside its ``….vtt``).
- :func:`time_markers` reads times written into a transcript's text — ``[00:01:23]``,
  ``00:01:23 Speaker``, ``Speaker 00:01:23``, ``(01:23)`` — as (offset, seconds) pairs.
- :func:`turn_times` gives every turn a start time: its own (a caption cue, a marker inside
  it), or one interpolated by position between the nearest known ones, marked estimated.
- :func:`time_at` is the time of an offset: inside a timed turn, interpolated by position
  between the turn's start and end times; :class:`Clock` gives it for any document and offset
  (an excerpt's time in the panels, reports and exports).

Offsets are code points into the stored text; times are seconds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from qcoder.core.model import Turn

AUDIO_SUFFIXES = (".m4a", ".mp3", ".wav", ".aac", ".ogg", ".oga", ".opus", ".flac", ".wma")
VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi")
MEDIA_SUFFIXES = AUDIO_SUFFIXES + VIDEO_SUFFIXES


def is_media(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MEDIA_SUFFIXES


def is_video(path: str | Path) -> bool:
    return Path(path).suffix.lower() in VIDEO_SUFFIXES


def media_beside(transcript: Path, listings: dict[Path, dict[str, Path]] | None = None) -> Path | None:
    """The recording with the transcript's base name in its folder (audio before video when
    both exist: Zoom's audio-only file is the one to listen to), or None. ``listings`` caches
    each folder's media files across calls (an import of thousands of files)."""
    folder = transcript.parent
    cache = {} if listings is None else listings
    names = cache.get(folder)
    if names is None:
        try:
            names = {p.name.casefold(): p for p in folder.iterdir() if is_media(p) and p.is_file()}
        except OSError:
            names = {}
        cache[folder] = names
    stem = transcript.stem.casefold()
    for suffix in MEDIA_SUFFIXES:
        found = names.get(stem + suffix)
        if found is not None:
            return found
    return None


# h:mm:ss, hh:mm:ss, mm:ss, with optional .mmm / ,mmm fractions
_CLOCK = r"(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?"
# a marker standing alone in brackets anywhere: [00:01:23] (01:23)
_BRACKETED = re.compile(r"[\[(]" + _CLOCK + r"[\])]")
# a line starting with a time before the speaker: "00:01:23 Speaker" / "00:01:23 - Speaker:"
_LEADING = re.compile(r"(?m)^[ \t]*" + _CLOCK + r"(?=[ \t]+(?:[-–—][ \t]*)?\S)")
# a speaker line ending with a time: "Speaker 00:01:23" / "Speaker (00:01:23)" then a newline
_TRAILING = re.compile(r"(?m)^[^\n:]{1,60}?[ \t]+" + _CLOCK + r"[ \t]*$")


def _seconds(m: re.Match[str], first: int = 1) -> float:
    hours, minutes, secs, frac = (m.group(first + i) for i in range(4))
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if frac:
        value += int(frac) / (10 ** len(frac))
    return float(value)


def time_markers(text: str) -> list[tuple[int, float]]:
    """Every time written into ``text``, as (offset of the marker, seconds), in text order;
    a line read by two patterns counts once. Times must not run backwards: a marker earlier
    in time than the one before it is dropped (a date, a duration quoted in speech)."""
    found: dict[int, float] = {}
    for pattern in (_BRACKETED, _LEADING, _TRAILING):
        for m in pattern.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            key = m.start() if pattern is _BRACKETED else line_start
            if not any(abs(k - key) <= 1 for k in found) or pattern is _BRACKETED:
                found.setdefault(key, _seconds(m))
    out: list[tuple[int, float]] = []
    for offset in sorted(found):
        seconds = found[offset]
        if out and seconds < out[-1][1]:
            continue
        out.append((offset, seconds))
    return out


def marker_times(spans: Sequence[tuple[int, int]], markers: Sequence[tuple[int, float]]) -> list[float | None]:
    """For each turn (``spans`` in text order), the time written just before it, after the
    previous turn (where its speaker label stands: ``[00:01:23] Maria: …``; the nearest one),
    else the first time written inside it."""
    out: list[float | None] = []
    offsets = [o for o, _ in markers]
    previous_end = 0
    for start, end in spans:
        before = bisect_right(offsets, start - 1) - 1  # the last marker before the turn
        inside = bisect_right(offsets, start - 1)  # the first marker from the turn's start on
        if before >= 0 and offsets[before] >= min(previous_end, start):
            out.append(markers[before][1])
        elif inside < len(markers) and offsets[inside] < end:
            out.append(markers[inside][1])
        else:
            out.append(None)
        previous_end = end
    return out


@dataclass(frozen=True, slots=True)
class TurnTime:
    start: float | None  # seconds; None: no time known anywhere in the document
    estimated: bool


def turn_times(
    spans: Sequence[tuple[int, int]],
    cue_times: Sequence[float | None],
    markers: Sequence[tuple[int, float]] = (),
) -> list[TurnTime]:
    """The start time of each turn (``spans`` in text order, ``cue_times`` their stored start
    times). A turn without one takes the first marker inside it; the rest are interpolated
    linearly by character position between the nearest known turns before and after (after
    the last known one: extrapolated at the pace of the known ones), and marked estimated."""
    known: list[tuple[int, float]] = []
    own: list[float | None] = []
    written = marker_times(spans, markers)
    for (start, _end), cue, marker in zip(spans, cue_times, written, strict=True):
        time = cue if cue is not None else marker
        own.append(time)
        if time is not None:
            known.append((start, time))
    if not known:
        return [TurnTime(None, False) for _ in spans]
    offsets = [o for o, _ in known]
    out = []
    for (start, _end), time in zip(spans, own, strict=True):
        if time is not None:
            out.append(TurnTime(time, False))
            continue
        out.append(TurnTime(_interpolate(known, offsets, start), True))
    return out


def _interpolate(known: list[tuple[int, float]], offsets: list[int], at: int) -> float:
    i = bisect_right(offsets, at)
    if 0 < i < len(known):
        (o0, t0), (o1, t1) = known[i - 1], known[i]
        return t0 + (t1 - t0) * (at - o0) / (o1 - o0) if o1 > o0 else t0
    if len(known) < 2:  # one known time: nothing to measure a pace by
        return known[0][1]
    (o0, t0), (o1, t1) = (known[0], known[-1])
    pace = (t1 - t0) / (o1 - o0) if o1 > o0 else 0.0
    return max(0.0, t0 + pace * (at - o0)) if i == 0 else t1 + pace * (at - o1)


def time_at(
    offset: int,
    spans: Sequence[tuple[int, int]],
    starts: Sequence[float | None],
    ends: Sequence[float | None],
    begins: Sequence[int] | None = None,
) -> float | None:
    """The time of ``offset``: in the turn that holds it, the turn's start time plus the share
    of the turn before ``offset`` times its duration (the next turn's start when the turn has no
    end time). None when the offset lies in no timed turn. ``begins``: the spans' starts, when
    the caller keeps them (many offsets of one document)."""
    i = bisect_right(begins if begins is not None else [s for s, _ in spans], offset) - 1
    if i < 0 or offset >= spans[i][1] or starts[i] is None:
        return None
    start = starts[i]
    assert start is not None
    end = ends[i]
    if end is None and i + 1 < len(starts):
        end = starts[i + 1]
    s, e = spans[i]
    if end is None or e <= s or end <= start:
        return start
    return start + (end - start) * (offset - s) / (e - s)


def hms(seconds: float | None) -> str:
    """``hh:mm:ss`` ("" for None)."""
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def paragraph_turns(document_id: str, starts: Sequence[tuple[int, float]], length: int) -> list[Turn]:
    """Captions without speaker labels: each timed paragraph is a "turn" (no speaker)."""
    if not starts:
        return []
    ends = [o for o, _ in starts[1:]] + [length]
    return [Turn("", document_id, "", o, e, t) for (o, t), e in zip(starts, ends, strict=True)]


@dataclass(frozen=True)
class TimedTurns:
    """A document's turns in text order with their start times (own or estimated)."""

    turns: list[Turn]
    times: list[TurnTime]

    @classmethod
    def of(
        cls,
        document_id: str,
        turns: Iterable[Turn],
        paragraph_starts: Sequence[tuple[int, float]] = (),
        length: int = 0,
    ) -> TimedTurns:
        """The document's ``turns`` timed; a document without turns (captions without speaker
        labels) is timed by its paragraphs' ``(offset, seconds)`` starts, each paragraph a turn
        (the last one running to ``length``)."""
        ordered = sorted(turns, key=lambda t: t.start)
        if not ordered:
            ordered = paragraph_turns(document_id, paragraph_starts, length or 2**62)
        return cls(ordered, turn_times([(t.start, t.end) for t in ordered], [t.start_time for t in ordered]))

    @property
    def timed(self) -> int:
        return sum(1 for t in self.times if t.start is not None and not t.estimated)

    @property
    def estimated(self) -> int:
        return sum(1 for t in self.times if t.estimated)

    @cached_property
    def _spans(self) -> tuple[list[tuple[int, int]], list[float | None], list[float | None], list[int]]:
        spans = [(t.start, t.end) for t in self.turns]
        return spans, [t.start for t in self.times], [t.end_time for t in self.turns], [s for s, _ in spans]

    def time_of(self, offset: int) -> float | None:
        """The time at ``offset`` (interpolated inside its turn), None when unknown."""
        return time_at(offset, *self._spans) if self.turns else None

    def turn_at(self, seconds: float) -> int | None:
        """The index of the turn being spoken at ``seconds`` (the last one started by then)."""
        best = None
        for i, t in enumerate(self.times):
            if t.start is not None and t.start <= seconds:
                best = i
        return best


class Clock:
    """The time of any offset of any document (:class:`TimedTurns` per document, made on first
    use)."""

    def __init__(self, turns: Iterable[Turn], paragraph_times: Mapping[str, Sequence[tuple[int, float]]]) -> None:
        self._turns: dict[str, list[Turn]] = {}
        for t in turns:
            self._turns.setdefault(t.document_id, []).append(t)
        self._paragraphs = paragraph_times
        self._done: dict[str, TimedTurns] = {}

    def time_of(self, document_id: str, offset: int) -> float | None:
        done = self._done.get(document_id)
        if done is None:
            turns, starts = self._turns.get(document_id, ()), self._paragraphs.get(document_id, ())
            done = self._done[document_id] = TimedTurns.of(document_id, turns, starts)
        return done.time_of(offset)

    def hms_of(self, document_id: str, offset: int) -> str:
        """``hh:mm:ss`` of the offset, "" when unknown."""
        return hms(self.time_of(document_id, offset))

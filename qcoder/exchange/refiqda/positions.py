"""Map REFI-QDA selection positions onto qcoder's normalized text.

A source's text arrives "raw" (as stored in the archive, leading BOM removed) and is stored by
qcoder as ``normalize_text(raw)``: CRLF and lone CR become LF and NULs are dropped; zero-width
characters are kept, so positions that count them (as every tool does) map one to one. Tools
count positions in one of four ways (:class:`PositionConvention`); an :class:`OffsetMapper`
turns a position in one convention into a code-point offset in the normalized text, in
O(log n) per lookup. :func:`detect` picks the convention a tool used for one source from the
selections themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.core.text import Span, Utf16Map
from qcoder.exchange.refiqda.report import Evidence, PositionConvention

# Must match what qcoder.core.text.normalize_text drops (checked by the tests).
REMOVED_CHARS = frozenset("\x00")

# Order of preference when the evidence cannot decide: the standard first.
STANDARD_ORDER = (
    PositionConvention.CODEPOINTS_RAW,
    PositionConvention.CODEPOINTS_LF,
    PositionConvention.UTF16_RAW,
    PositionConvention.UTF16_LF,
)


_REMOVED_OR_CRLF = re.compile("\r(?=\n)|[" + "".join(sorted(REMOVED_CHARS)) + "]")


def strip_bom(raw: str) -> str:
    while raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw


class SourceText:
    """The raw text of one source and what normalization removes from it."""

    __slots__ = ("raw", "normalized", "_removed", "_crlf_lf", "_collapsed")

    def __init__(self, raw: str) -> None:
        self.raw = strip_bom(raw)
        raw = self.raw
        # raw indices of the characters normalize_text drops: the CR of each CRLF, zero-width
        self._removed: list[int] = []
        # indices, in the CRLF-collapsed text, of each LF that came from a CRLF
        self._crlf_lf: list[int] = []
        for m in _REMOVED_OR_CRLF.finditer(raw):
            i = m.start()
            self._removed.append(i)
            if m.group() == "\r":
                self._crlf_lf.append(i - len(self._crlf_lf))
        self.normalized = self._normalize()
        self._collapsed: str | None = None

    def _normalize(self) -> str:
        """``normalize_text(raw)``, from the removed characters already found (faster on long
        non-ASCII texts than the general translate; the tests check they agree)."""
        raw = self.raw
        if not self._removed:
            return raw.replace("\r", "\n")
        parts, prev = [], 0
        for i in self._removed:
            parts.append(raw[prev:i])
            prev = i + 1
        parts.append(raw[prev:])
        return "".join(parts).replace("\r", "\n")

    @property
    def has_crlf(self) -> bool:
        return bool(self._crlf_lf)

    def raw_to_normalized(self, i: int) -> int:
        return i - bisect_left(self._removed, i)

    def collapsed_to_raw(self, i: int) -> int:
        return i + bisect_left(self._crlf_lf, i)

    def collapsed(self) -> str:
        if self._collapsed is None:
            self._collapsed = self.raw.replace("\r\n", "\n") if self._crlf_lf else self.raw
        return self._collapsed


class OffsetMapper:
    """Positions in one convention -> offsets in the normalized text."""

    __slots__ = ("convention", "source", "_count_text", "_utf16", "length")

    def __init__(self, source: SourceText, convention: PositionConvention) -> None:
        self.convention = convention
        self.source = source
        lf = convention in (PositionConvention.CODEPOINTS_LF, PositionConvention.UTF16_LF)
        self._count_text = source.collapsed() if lf else source.raw
        utf16 = convention in (PositionConvention.UTF16_RAW, PositionConvention.UTF16_LF)
        u16 = Utf16Map(self._count_text) if utf16 else None
        self._utf16 = u16 if u16 is not None and u16.any_astral else None
        self.length = self._utf16.to_utf16(len(self._count_text)) if self._utf16 else len(self._count_text)

    @property
    def _collapsed(self) -> bool:
        return self._count_text is not self.source.raw

    def same_as(self, other: OffsetMapper) -> bool:
        """True when both count the same way on this text (e.g. UTF-16 on a text without emoji)."""
        return self._count_text is other._count_text and (self._utf16 is None) == (other._utf16 is None)

    def in_range(self, pos: int) -> bool:
        return 0 <= pos <= self.length

    def to_normalized(self, pos: int) -> int:
        """Normalized offset of an in-range position."""
        cp = self._utf16.from_utf16(pos) if self._utf16 else pos
        raw = self.source.collapsed_to_raw(cp) if self._collapsed else cp
        return self.source.raw_to_normalized(raw)

    def implausible(self, pos: int) -> bool:
        """True when a boundary falls inside a surrogate pair or between CR and LF.

        No tool puts a selection boundary there, so a convention that does is probably wrong.
        """
        cp = pos
        if self._utf16 is not None:
            cp = self._utf16.from_utf16(pos)
            if self._utf16.to_utf16(cp) != pos:
                return True
        if self._collapsed:  # no CRLF pair is left to split
            return False
        t = self._count_text
        return 0 < cp < len(t) and t[cp - 1] == "\r" and t[cp] == "\n"


@dataclass(frozen=True, slots=True)
class RawSelection:
    start: int
    end: int
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Detection:
    convention: PositionConvention
    evidence: Evidence
    mapper: OffsetMapper
    names_matched: int
    names_present: int


_REMOVED = re.compile("[" + "".join(sorted(REMOVED_CHARS)) + "]")


def canonical(text: str) -> str:
    """Text compared for name matching: as normalized (no zero-width characters), whitespace runs
    (line breaks included) collapsed to one space."""
    if not text.isascii() or "\x00" in text:
        text = _REMOVED.sub("", text)
    return " ".join(text.split())


def name_matches(name: str, excerpt: str) -> bool:
    """Whether a selection's ``name`` is its excerpt text (possibly truncated with an ellipsis)."""
    return _canonical_matches(canonical(name), excerpt)


def _canonical_matches(n: str, excerpt: str) -> bool:
    if not n:
        return False
    e = canonical(excerpt)
    if n == e:
        return True
    for ellipsis in ("…", "..."):
        if n.endswith(ellipsis):
            stem = n[: -len(ellipsis)].rstrip()
            return len(stem) >= 3 and e.startswith(stem)
    return False


@dataclass(frozen=True, slots=True)
class _Score:
    spans: tuple[Span | None, ...]
    in_range: int
    matched: int
    present: int
    implausible: int


class _Names:
    """Name matching shared by the candidates: canonical names and results cached per span."""

    def __init__(self, text: str, selections: Sequence[RawSelection]) -> None:
        self.text = text
        self.names = [canonical(s.name) if s.name else "" for s in selections]
        self.cache: dict[tuple[int, int, int], bool] = {}

    def matches(self, index: int, start: int, end: int) -> bool:
        key = (index, start, end)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = _canonical_matches(self.names[index], self.text[start:end])
        return hit


def _score(mapper: OffsetMapper, selections: Sequence[RawSelection], names: _Names) -> _Score:
    in_range = matched = present = implausible = 0
    spans: list[Span | None] = []
    for i, sel in enumerate(selections):
        if not (mapper.in_range(sel.start) and mapper.in_range(sel.end) and sel.start <= sel.end):
            spans.append(None)
            continue
        start, end = mapper.to_normalized(sel.start), mapper.to_normalized(sel.end)
        spans.append((start, end))
        in_range += 1
        implausible += mapper.implausible(sel.start) + mapper.implausible(sel.end)
        if names.names[i]:
            present += 1
            matched += names.matches(i, start, end)
    return _Score(tuple(spans), in_range, matched, present, implausible)


def detect(
    source: SourceText,
    selections: Sequence[RawSelection],
    preferred: PositionConvention | None = None,
) -> Detection:
    """Choose the convention under which the selections make most sense.

    Criteria, in order: every selection in range; most names matching their excerpt; fewest
    boundaries splitting a CRLF or a surrogate pair; the writing tool's known habit
    (``preferred``); the standard.
    """
    order = list(STANDARD_ORDER)
    if preferred is not None:
        order.remove(preferred)
        order.insert(0, preferred)
    # conventions that count alike on this text share a mapper (no CRLF, no emoji: all four)
    mappers: dict[PositionConvention, OffsetMapper] = {}
    for c in STANDARD_ORDER:
        m = OffsetMapper(source, c)
        mappers[c] = next((x for x in mappers.values() if x.same_as(m)), m)
    if not selections:
        return Detection(order[0], Evidence.NO_SELECTIONS, mappers[order[0]], 0, 0)

    names = _Names(source.normalized, selections)
    by_mapper: dict[int, _Score] = {}
    for m in mappers.values():
        if id(m) not in by_mapper:
            by_mapper[id(m)] = _score(m, selections, names)
    scores = {c: by_mapper[id(mappers[c])] for c in order}
    if len({sc.spans for sc in scores.values()}) == 1:
        c = STANDARD_ORDER[0]
        return Detection(c, Evidence.INDISTINGUISHABLE, mappers[c], scores[c].matched, scores[c].present)

    def key(c: PositionConvention) -> tuple[int, int, int, int]:
        sc = scores[c]
        return (sc.in_range, sc.matched, -sc.implausible, -order.index(c))

    best = max(order, key=key)
    b = scores[best]
    # the criterion needed to beat the hardest rival (a convention giving other spans)
    level = 0
    for c in order:
        r = scores[c]
        if r.spans == b.spans:
            continue
        if r.in_range < b.in_range:
            lv = 0
        elif r.matched < b.matched:
            lv = 1
        elif r.implausible > b.implausible:
            lv = 2
        else:
            lv = 3
        level = max(level, lv)
    if level == 3:
        evidence = Evidence.TOOL if preferred is not None and best == preferred else Evidence.STANDARD
    else:
        evidence = (Evidence.RANGE, Evidence.NAMES, Evidence.BOUNDARIES)[level]
    return Detection(best, evidence, mappers[best], b.matched, b.present)


def preferred_for_origin(origin: str) -> PositionConvention | None:
    """The convention a tool is known to write, from ``Project/@origin``."""
    o = origin.lower()
    if "nvivo" in o:
        return PositionConvention.UTF16_RAW
    if "atlas" in o:
        return PositionConvention.CODEPOINTS_LF
    return None

"""Map REFI-QDA selection positions onto qcoder's normalized text.

A source's text arrives "raw" (as stored in the archive, leading BOM removed) and is stored by
qcoder as ``normalize_text(raw)``: CRLF and lone CR become LF, zero-width characters and NULs
are dropped. Tools count positions in one of four ways (:class:`PositionConvention`); an
:class:`OffsetMapper` turns a position in one convention into a code-point offset in the
normalized text, in O(log n) per lookup. :func:`detect` picks the convention a tool used for
one source from the selections themselves.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from qcoder.core.text import Utf16Map, normalize_text
from qcoder.exporters.refiqda.report import Evidence, PositionConvention

# Must match what qcoder.core.text.normalize_text drops (checked by the tests).
REMOVED_CHARS = frozenset("\u200b\u200c\u200d\u2060\ufeff\x00")

# Order of preference when the evidence cannot decide: the standard first.
STANDARD_ORDER = (
    PositionConvention.CODEPOINTS_RAW,
    PositionConvention.CODEPOINTS_LF,
    PositionConvention.UTF16_RAW,
    PositionConvention.UTF16_LF,
)


def strip_bom(raw: str) -> str:
    while raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw


class SourceText:
    """The raw text of one source and what normalization removes from it."""

    __slots__ = ("raw", "normalized", "_removed", "_crlf_lf")

    def __init__(self, raw: str) -> None:
        self.raw = strip_bom(raw)
        raw = self.raw
        # raw indices of the characters normalize_text drops: the CR of each CRLF, zero-width
        self._removed: list[int] = []
        # indices, in the CRLF-collapsed text, of each LF that came from a CRLF
        self._crlf_lf: list[int] = []
        if "\r" in raw or "\x00" in raw or not raw.isascii():
            collapsed = 0
            for i, ch in enumerate(raw):
                if ch == "\r" and raw.startswith("\n", i + 1):
                    self._removed.append(i)
                    self._crlf_lf.append(i + 1 - collapsed - 1)
                    collapsed += 1
                elif ch in REMOVED_CHARS:
                    self._removed.append(i)
        self.normalized = normalize_text(raw)

    @property
    def has_crlf(self) -> bool:
        return bool(self._crlf_lf)

    def raw_to_normalized(self, i: int) -> int:
        return i - bisect_left(self._removed, i)

    def collapsed_to_raw(self, i: int) -> int:
        return i + bisect_left(self._crlf_lf, i)

    def collapsed(self) -> str:
        return self.raw.replace("\r\n", "\n")


class OffsetMapper:
    """Positions in one convention -> offsets in the normalized text."""

    __slots__ = ("convention", "source", "_count_text", "_utf16", "length")

    def __init__(self, source: SourceText, convention: PositionConvention) -> None:
        self.convention = convention
        self.source = source
        lf = convention in (PositionConvention.CODEPOINTS_LF, PositionConvention.UTF16_LF)
        self._count_text = source.collapsed() if lf and source.has_crlf else source.raw
        utf16 = convention in (PositionConvention.UTF16_RAW, PositionConvention.UTF16_LF)
        self._utf16 = Utf16Map(self._count_text) if utf16 else None
        self.length = (
            self._utf16.to_utf16(len(self._count_text)) if self._utf16 else len(self._count_text)
        )

    @property
    def _collapsed(self) -> bool:
        return self._count_text is not self.source.raw

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


def canonical(text: str) -> str:
    """Text compared for name matching: normalized, whitespace runs collapsed."""
    return " ".join(normalize_text(text).split())


def name_matches(name: str, excerpt: str) -> bool:
    """Whether a selection's ``name`` is its excerpt text (possibly truncated with an ellipsis)."""
    n = canonical(name)
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


def _score(mapper: OffsetMapper, selections: Sequence[RawSelection]) -> tuple[int, int, int, int]:
    in_range = matched = present = implausible = 0
    text = mapper.source.normalized
    for sel in selections:
        if not (mapper.in_range(sel.start) and mapper.in_range(sel.end) and sel.start <= sel.end):
            continue
        in_range += 1
        implausible += mapper.implausible(sel.start) + mapper.implausible(sel.end)
        if sel.name:
            present += 1
            excerpt = text[mapper.to_normalized(sel.start) : mapper.to_normalized(sel.end)]
            matched += name_matches(sel.name, excerpt)
    return in_range, matched, present, implausible


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
    mappers = {c: OffsetMapper(source, c) for c in order}
    if not selections:
        m = mappers[order[0]]
        return Detection(order[0], Evidence.NO_SELECTIONS, m, 0, 0)

    scores = {c: _score(mappers[c], selections) for c in order}
    spans = {c: _spans(mappers[c], selections) for c in order}
    if len(set(spans.values())) == 1:
        c = STANDARD_ORDER[0]
        s = scores[c]
        return Detection(c, Evidence.INDISTINGUISHABLE, mappers[c], s[1], s[2])

    def key(c: PositionConvention) -> tuple[int, int, int, int]:
        in_range, matched, _present, implausible = scores[c]
        return (in_range, matched, -implausible, -order.index(c))

    best = max(order, key=key)
    b_in, b_match, b_present, b_bad = scores[best]
    # the criterion needed to beat the hardest rival (a convention giving other spans)
    level = 0
    for c in order:
        if c == best or spans[c] == spans[best]:
            continue
        r_in, r_match, _p, r_bad = scores[c]
        if r_in < b_in:
            lv = 0
        elif r_match < b_match:
            lv = 1
        elif r_bad > b_bad:
            lv = 2
        else:
            lv = 3
        level = max(level, lv)
    if level == 3:
        evidence = Evidence.TOOL if preferred is not None and best == preferred else Evidence.STANDARD
    else:
        evidence = (Evidence.RANGE, Evidence.NAMES, Evidence.BOUNDARIES)[level]
    return Detection(best, evidence, mappers[best], b_match, b_present)


def _spans(mapper: OffsetMapper, selections: Sequence[RawSelection]) -> tuple[tuple[int, int] | None, ...]:
    out: list[tuple[int, int] | None] = []
    for sel in selections:
        if mapper.in_range(sel.start) and mapper.in_range(sel.end):
            out.append((mapper.to_normalized(sel.start), mapper.to_normalized(sel.end)))
        else:
            out.append(None)
    return tuple(out)


def preferred_for_origin(origin: str) -> PositionConvention | None:
    """The convention a tool is known to write, from ``Project/@origin``."""
    o = origin.lower()
    if "nvivo" in o:
        return PositionConvention.UTF16_RAW
    if "atlas" in o:
        return PositionConvention.CODEPOINTS_LF
    return None

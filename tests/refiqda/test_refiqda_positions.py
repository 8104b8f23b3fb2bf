"""Position conventions: mapping onto normalized text, and detection per source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from refiqda_helpers import span, units

from qcoder.core.text import normalize_text
from qcoder.exchange.refiqda import Evidence, PositionConvention
from qcoder.exchange.refiqda.positions import (
    REMOVED_CHARS,
    OffsetMapper,
    RawSelection,
    SourceText,
    detect,
    name_matches,
)

CONVENTIONS = list(PositionConvention)
# characters that matter: CR, LF, astral, BMP non-ASCII, zero-width ones normalize_text drops
ALPHABET = st.sampled_from(["a", "b", " ", "\r", "\n", "😀", "🙃", "é", "团", "\u200b", "\u200d", "\ufeff", "\x00"])


def test_removed_chars_match_normalize_text() -> None:
    raw = "a" + "".join(sorted(REMOVED_CHARS)) + "b\r\nc\rd"
    assert SourceText(raw).normalized == normalize_text(raw)
    for ch in REMOVED_CHARS:
        assert normalize_text(f"x{ch}y") == "xy"
    # and nothing else: every code point, normalized both ways
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF) + "\r\n\r"
    assert SourceText(every).normalized == normalize_text(every)


@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_every_boundary_maps_to_the_normalized_offset(raw: str) -> None:
    """For each raw boundary (not inside a CRLF), every convention maps to the same normalized offset."""
    source = SourceText(raw)
    raw = source.raw  # leading BOMs are never counted
    assert source.normalized == normalize_text(raw)
    mappers = {c: OffsetMapper(source, c) for c in CONVENTIONS}
    for i in range(len(raw) + 1):
        if 0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n":
            continue
        expected = len(normalize_text(raw[:i]))
        for c, m in mappers.items():
            pos = units(raw[:i], c.value)
            assert m.in_range(pos)
            assert m.to_normalized(pos) == expected, (c, i)
            assert not m.implausible(pos)
    for c, m in mappers.items():
        assert m.length == units(raw, c.value)


def test_positions_inside_pairs_are_implausible() -> None:
    source = SourceText("a😀b\r\nc")
    assert OffsetMapper(source, PositionConvention.UTF16_RAW).implausible(2)  # inside the surrogate pair
    assert OffsetMapper(source, PositionConvention.CODEPOINTS_RAW).implausible(4)  # between CR and LF
    assert not OffsetMapper(source, PositionConvention.CODEPOINTS_LF).implausible(4)


RAW = "Start 😀 here.\r\nThe team — 团队 — was kind 😅.\r\nEnd of story.\r\n" * 3


def _sels(raw: str, convention: PositionConvention, excerpts: list[str], names: bool) -> list[RawSelection]:
    out = []
    for ex in excerpts:
        s, e = span(raw, ex, convention.value)
        out.append(RawSelection(s, e, ex if names else None))
    return out


@pytest.mark.parametrize("truth", CONVENTIONS)
def test_names_decide_when_everything_is_in_range(truth: PositionConvention) -> None:
    excerpts = ["team — 团队", "was kind 😅", "End of"]  # all early in the text: in range everywhere
    source = SourceText("\ufeff" + RAW)
    d = detect(source, _sels(RAW, truth, excerpts, names=True))
    assert d.convention is truth
    assert d.evidence is Evidence.NAMES
    assert d.names_matched == d.names_present == 3


def test_truncated_names_count() -> None:
    assert name_matches("The team — 团…", "The team — 团队 — was kind")
    assert name_matches("The team...", "The team — 团队")
    assert name_matches("kind.\r\n  End", "kind.\nEnd")
    assert not name_matches("Code A", "The team")
    assert not name_matches("", "")


def test_boundaries_decide_for_crlf_counted_as_one() -> None:
    raw = "ab\r\ncd\r\nef\r\ngh"
    sels = _sels(raw, PositionConvention.CODEPOINTS_LF, ["cd", "ef"], names=False)
    d = detect(SourceText(raw), sels)
    assert d.convention is PositionConvention.CODEPOINTS_LF
    assert d.evidence is Evidence.BOUNDARIES


def test_range_decides_for_utf16() -> None:
    raw = "😀😀😀 abc"
    sels = _sels(raw, PositionConvention.UTF16_RAW, ["abc"], names=False)
    d = detect(SourceText(raw), sels)
    assert d.convention is PositionConvention.UTF16_RAW and d.evidence is Evidence.RANGE


def test_ambiguous_goes_to_the_tool_habit_then_the_standard() -> None:
    raw = "abc😀 def ghi jkl"
    sels = [RawSelection(0, 3)]  # same span under every convention? no: identical, so indistinguishable
    assert detect(SourceText(raw), sels).evidence is Evidence.INDISTINGUISHABLE
    sels = [RawSelection(6, 9)]  # "def" in UTF-16, "ef " in code points: both plausible
    assert detect(SourceText(raw), sels).convention is PositionConvention.CODEPOINTS_RAW
    assert detect(SourceText(raw), sels).evidence is Evidence.STANDARD
    nvivo = detect(SourceText(raw), sels, preferred=PositionConvention.UTF16_RAW)
    assert (nvivo.convention, nvivo.evidence) == (PositionConvention.UTF16_RAW, Evidence.TOOL)


def test_no_selections() -> None:
    d = detect(SourceText("x"), [])
    assert d.evidence is Evidence.NO_SELECTIONS and d.convention is PositionConvention.CODEPOINTS_RAW

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qcoder.core.errors import InvalidOffsets
from qcoder.core.text import Utf16Map, check_span, normalize_text, text_sha256


def test_normalize_line_endings_and_leading_bom_only():
    """Issue 23: the stored text is the source's apart from line endings, a leading BOM and NULs;
    zero-width characters, joiners and a BOM inside the text are kept."""
    assert normalize_text("\ufeffa\r\nb\rc\n\u200bd\x00") == "a\nb\nc\n\u200bd"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want": ZWNJ is spelling
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalize_text(persian + " " + family + " a\ufeffb\u2060c") == persian + " " + family + " a\ufeffb\u2060c"


def test_sha256_is_of_utf8():
    assert text_sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_check_span():
    check_span(0, 3, 3)
    for start, end in [(2, 2), (3, 2), (-1, 2), (0, 4)]:
        with pytest.raises(InvalidOffsets):
            check_span(start, end, 3)


def test_utf16_emoji_and_crlf_normalized_text():
    text = normalize_text("I:\r\nHi 😀 there\r\nR: 👍🏽 ok")
    m = Utf16Map(text)
    units = text.encode("utf-16-le")
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_utf16(m.to_utf16(i)) == i
    # a position in the middle of a surrogate pair rounds down to the character
    emoji = text.index("😀")
    assert m.from_utf16(m.to_utf16(emoji) + 1) == emoji
    assert len(units) // 2 == m.to_utf16(len(text))


@given(st.text(alphabet=st.sampled_from(list("ab\n é中😀👍🏽\U0001f600")), max_size=60))
def test_utf16_roundtrip_property(text: str):
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_utf16(u) == i

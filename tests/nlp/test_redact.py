"""Offsets through replacements: codings keep pointing at the same words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qcoder.core.errors import InvalidValue
from qcoder.nlp.redact import RedactionMap, Replacement, redact_text


def test_worked_example():
    text = "I met Luis Ortega at Harbor City PD today."
    reps = [Replacement(6, 17, "[name]"), Replacement(21, 32, "[city]")]
    new, om = redact_text(text, reps)
    assert new == "I met [name] at [city] PD today."
    assert new[slice(*om.span(0, 5))] == "I met"  # before: unchanged
    assert new[slice(*om.span(18, 20))] == "at"  # between: shifted
    assert new[slice(*om.span(33, 41))] == "PD today"  # after both
    assert new[slice(*om.span(6, 17))] == "[name]"  # exactly the name
    assert new[slice(*om.span(11, 17))] == "[name]"  # "Ortega" only: snapped to the placeholder
    assert new[slice(*om.span(2, 14))] == "met [name]"  # ends inside the name: grows to its end
    assert new[slice(*om.span(11, 35))] == "[name] at [city] PD"  # starts inside: grows to its start
    assert om.snapped(11, 35) and not om.snapped(6, 17) and not om.snapped(0, 5)


def test_rejects_bad_replacements():
    with pytest.raises(InvalidValue):
        redact_text("abcdef", [Replacement(1, 4, "x"), Replacement(3, 5, "y")])
    with pytest.raises(InvalidValue):
        redact_text("abcdef", [Replacement(2, 2, "x")])
    with pytest.raises(InvalidValue):
        redact_text("abcdef", [Replacement(2, 9, "x")])
    with pytest.raises(InvalidValue):
        redact_text("abcdef", [Replacement(1, 2, "")])


@st.composite
def case(draw):  # type: ignore[no-untyped-def]
    text = draw(st.text(alphabet="ab 😀\n", min_size=1, max_size=60))
    n = len(text)
    points = sorted(draw(st.sets(st.integers(0, n), max_size=10)))
    reps = []
    for a, b in zip(points[::2], points[1::2], strict=False):
        if a < b:
            reps.append(Replacement(a, b, draw(st.sampled_from(["[name]", "X", "[a longer placeholder]"]))))
    s = draw(st.integers(0, n - 1))
    e = draw(st.integers(s + 1, n))
    return text, reps, s, e


@given(case())
def test_coded_words_survive_with_placeholders_inside(data):
    text, reps, s, e = data
    new, om = redact_text(text, reps)
    ns, ne = om.span(s, e)
    assert 0 <= ns < ne <= len(new)
    # expected: the coding grown to whole replaced spans, with each replaced span as its placeholder
    gs, ge = s, e
    for r in reps:
        if r.start < gs < r.end:
            gs = r.start
        if r.start < ge < r.end:
            ge = r.end
    expected, pos = [], gs
    for r in reps:
        if gs <= r.start and r.end <= ge:
            expected.append(text[pos : r.start])
            expected.append(r.text)
            pos = r.end
    expected.append(text[pos:ge])
    assert new[ns:ne] == "".join(expected)


@given(case())
def test_map_is_monotonic(data):
    text, reps, _, _ = data
    om = RedactionMap(sorted(reps, key=lambda r: r.start))
    starts = [om.start(x) for x in range(len(text) + 1)]
    ends = [om.end(x) for x in range(len(text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(a <= b for a, b in zip(starts, ends, strict=True))

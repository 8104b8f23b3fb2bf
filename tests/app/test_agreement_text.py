"""Figures as a lead reads them: no "-0.000", no "100.0%" when coders differ on a few units."""

from __future__ import annotations

from qcoder.analysis.agreement.appendix import QUOTE_CHARS
from qcoder.app.agreement_appendix import _passage
from qcoder.app.agreement_text import _num, _pct


def test_numbers_and_shares():
    assert _num(-0.0000001) == "0.000" and _num(-0.0004) == "0.000"
    assert _num(-0.25) == "-0.250" and _num(None) == "–" and _num(0.8567) == "0.857"
    assert _pct(0.99995) == ">99.9%" and _pct(1.0) == "100.0%" and _pct(0.5) == "50.0%"
    assert _pct(0.00001) == "<0.1%" and _pct(0.0) == "0.0%" and _pct(None) == "–"


def test_passages_are_marked_where_they_cut_a_word():
    text = "we cover the basics before court"
    start = text.index("ver")
    assert _passage(text, start, text.index("ore")) == "…ver the basics bef…"
    assert _passage(text, text.index("the"), text.index(" before")) == "the basics"
    long = "word " * 400
    assert len(_passage(long, 0, len(long))) == QUOTE_CHARS and _passage(long, 0, len(long)).endswith("…")

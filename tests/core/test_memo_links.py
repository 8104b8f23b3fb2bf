"""Memo link markup: found in order with their spans; markup made safe."""

from __future__ import annotations

import pytest

from qcoder.core.memo_links import MemoLink, find_links, link_markup


def test_find_links() -> None:
    text = "See [[code:Barriers > Trust]] and [[document: HC-LE-01 ]], [[coding:abc]]; not [[site:x]] or [[code:]]."
    links = find_links(text)
    assert [(x.kind, x.ref) for x in links] == [
        ("code", "Barriers > Trust"),
        ("document", "HC-LE-01"),
        ("coding", "abc"),
    ]
    assert text[links[0].start : links[0].end] == "[[code:Barriers > Trust]]"
    assert find_links("[[code:a\nb]]") == []
    assert find_links("[[code:x]]") == [MemoLink("code", "x", 0, 10)]


def test_link_markup() -> None:
    assert link_markup("document", "Interview [A]\n2") == "[[document:Interview (A) 2]]"
    assert find_links(link_markup("code", "A > B"))[0].ref == "A > B"
    with pytest.raises(ValueError):
        link_markup("site", "x")

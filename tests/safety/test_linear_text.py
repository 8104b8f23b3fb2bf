"""Issue 22 #14: every pass over imported text is linear. 'I' + 150,000 spaces + ':x' took 189 s
(the trailing-space regex backtracked over the run, and an import's timeout cannot interrupt a
regex). Long runs of each character class must cost in proportion to their length."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qcoder.importers import captions, import_file
from qcoder.importers.base import clean_text
from qcoder.importers.speakers import detect_turns

PIECES = [" ", "\t", "a", "I", "1", ":", ".", "-", ">", "<", "&", "[", "é", "\u00a0", "\n", "a:", "A: ", "-->", "<v "]


def _work(text: str) -> None:
    detect_turns(clean_text(text))
    try:
        captions.read_text(text, "x.vtt", "vtt")
    except Exception:  # noqa: BLE001 - refusing the text is fine; taking quadratic time is not
        pass


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        _work(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_the_reported_file_imports_quickly(tmp_path: Path):
    path = tmp_path / "spaces.txt"
    path.write_text("I" + " " * 150_000 + ":x", encoding="utf-8")
    t0 = time.perf_counter()
    import_file(path, timeout=None)
    assert time.perf_counter() - t0 < 20  # 189 s before; ~1 s now


@pytest.mark.parametrize("piece", PIECES, ids=[repr(p) for p in PIECES])
def test_long_runs_cost_in_proportion(piece: str):
    for shape in ("{}", "I{}:x", "Interviewer: {}\n\nR: ok"):
        small = _seconds(shape.format(piece * 8_000))
        large = _seconds(shape.format(piece * 32_000))
        # 4x the text: linear work takes ~4x, quadratic ~16x (a floor absorbs timer noise)
        assert large < 8 * max(small, 0.002), f"{shape!r} with {piece!r}: {small:.3f} s -> {large:.3f} s"

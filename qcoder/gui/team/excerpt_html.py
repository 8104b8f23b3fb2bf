"""One coder's codings on a stretch of text, as HTML for the side-by-side comparison.

Pure functions (no Qt): the region in dispute is underlined, the context around it muted,
and the characters this coder coded with one of the codes in question are tinted with the
code's color.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from qcoder.core.colors import blend
from qcoder.gui.themes import current as theme

CONTEXT = 160  # characters of context on either side of the region


def window(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """The stretch to show: the region with up to ``context`` characters either side, cut at
    white space (and never across a blank line) so it starts and ends on whole words."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        blank = text.rfind("\n\n", lo, start)
        lo = blank + 2 if blank >= 0 else lo
        space = text.find(" ", lo, start)
        if blank < 0 and space >= 0:
            lo = space + 1
    if hi < len(text):
        blank = text.find("\n\n", end, hi)
        hi = blank if blank >= 0 else hi
        space = text.rfind(" ", end, hi)
        if blank < 0 and space >= 0:
            hi = space
    return lo, hi


def tint(color: str, strength: float = 0.38) -> str:
    """``color`` blended with the theme's text background (readable behind text)."""
    if len(color.lstrip("#")) != 6:
        return theme().mark
    return blend([color], strength, theme().base)


def segments(
    lo: int, hi: int, region: tuple[int, int], spans: Mapping[str, Sequence[tuple[int, int]]]
) -> list[tuple[int, int, bool, tuple[str, ...]]]:
    """Cut ``[lo, hi)`` where anything changes: (start, end, inside the region, codes covering)."""
    cuts = {lo, hi, max(lo, min(hi, region[0])), max(lo, min(hi, region[1]))}
    for ss in spans.values():
        for s, e in ss:
            if e > lo and s < hi:
                cuts.update((max(lo, s), min(hi, e)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        if b <= a:
            continue
        codes = tuple(c for c, ss in spans.items() if any(s <= a and b <= e for s, e in ss))
        out.append((a, b, region[0] <= a and b <= region[1], codes))
    return out


def coder_html(
    text: str,
    region: tuple[int, int],
    spans: Mapping[str, Sequence[tuple[int, int]]],
    colors: Mapping[str, str],
    names: Mapping[str, str],
    context: int = CONTEXT,
) -> str:
    """HTML of the window around ``region`` with this coder's ``spans`` (code id -> spans)."""
    lo, hi = window(text, region[0], region[1], context)
    parts = ["…"] if lo > 0 else []
    for a, b, inside, codes in segments(lo, hi, region, spans):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        style = []
        if codes:
            style.append(f"background-color:{tint(colors.get(codes[0], '#F59E0B'))}")
        if inside:
            style.append("text-decoration:underline")
        else:
            style.append(f"color:{theme().muted}")
        title = ", ".join(names.get(c, c) for c in codes)
        attr = f" title='{html.escape(title, quote=True)}'" if title else ""
        parts.append(f"<span style='{';'.join(style)}'{attr}>{piece}</span>")
    if hi < len(text):
        parts.append("…")
    return "".join(parts)

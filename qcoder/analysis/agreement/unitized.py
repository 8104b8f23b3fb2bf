"""Krippendorff's unitizing alpha (alpha_U) for span boundaries.

Implemented: alpha_U of Krippendorff (1995) "On the reliability of unitizing continuous
data", Sociological Methodology 25:47-76, in the form of Krippendorff (2004) Content
Analysis, 2nd ed., section 12.4: per category, over one continuum, for two or more
coders, each coder's continuum cut into units (of the category) and gaps. Several
categories combine by averaging the observed and the expected disagreements over the
categories, then alpha = 1 - D_o / D_e (as in Krippendorff 2004's worked example, which
gives 0.859 overall). Checked against the 2004 worked example (p. 254) and the 1995
examples as reproduced in DKPro Statistics' tests.

Undefined (None): fewer than two coders, an empty continuum, no unit at all, or D_e = 0.
Note that the published D_e stays positive when every coder made one unit spanning the
whole continuum, so alpha_U is 1 there (unlike the chance-corrected binary coefficients,
whose p_e = 1 makes them undefined).

In qcoder a coder's spans of a code are merged first (touching spans become one unit).
A document is one continuum; figures are given per (code, document) and per document.
No pooling across documents: the formula is defined for one continuum, and laying
documents end to end would join their edge gaps.

Not implemented: the 2016 family of Krippendorff, Mathet, Bouvry & Widlöcher ("On the
reliability of unitizing textual continua: Further developments", Quality & Quantity
50) — |u-alpha, cu-alpha, (k)u-alpha. Its cu-alpha is stated for pairs of coders and how
it extends to more than two is not settled in what we could check, so rather than guess
we provide none of those.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qcoder.analysis.agreement.inputs import AgreementData, Span
from qcoder.analysis.agreement.intervals import merge

Section = tuple[int, int, bool]  # begin, length, is a unit


def _sections(units: Sequence[Span], begin: int, length: int) -> list[Section]:
    out: list[Section] = []
    pos = begin
    for s, e in sorted(units):
        if s > pos:
            out.append((pos, s - pos, False))
        out.append((s, e - s, True))
        pos = e
    if pos < begin + length:
        out.append((pos, begin + length - pos, False))
    return out


def distance(g: Section, h: Section) -> int:
    """Squared distance between two intersecting sections (Krippendorff 2004, 12.4)."""
    bg, lg, ug = g
    bh, lh, uh = h
    d = bg - bh
    if ug and uh and -lg < d < lh:
        return d * d + (bg + lg - bh - lh) ** 2
    if ug and not uh and 0 <= d <= lh - lg:
        return lg * lg
    if uh and not ug and lh - lg <= d <= 0:
        return lh * lh
    return 0


def _check(units: Sequence[Span], begin: int, length: int) -> None:
    prev = begin
    for s, e in sorted(units):
        if s < prev or e <= s or e > begin + length:
            raise ValueError("units of one coder must be non-empty, non-overlapping and inside the continuum")
        prev = e


def disagreements(units_by_coder: Sequence[Sequence[Span]], begin: int, length: int) -> tuple[float, float] | None:
    """``(D_o, D_e)`` for one category on the continuum ``[begin, begin + length)``.

    Each coder's units must not overlap (adjacent units stay separate units). None when
    there are fewer than two coders, no length, or no unit at all."""
    m = len(units_by_coder)
    for u in units_by_coder:
        _check(u, begin, length)
    all_units = [e - s for u in units_by_coder for s, e in u]
    if m < 2 or length <= 0 or not all_units:
        return None
    sections = [_sections(u, begin, length) for u in units_by_coder]
    observed = 0
    for a, b in itertools.combinations(sections, 2):
        i = j = 0
        while i < len(a) and j < len(b):
            observed += distance(a[i], b[j])
            if a[i][0] + a[i][1] <= b[j][0] + b[j][1]:
                i += 1
            else:
                j += 1
    d_o = 2.0 * observed / (m * (m - 1) * length * length)

    n_c = len(all_units)
    gaps = sorted(ln for secs in sections for _, ln, unit in secs if not unit)
    suffix = [0] * (len(gaps) + 1)
    for k in range(len(gaps) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + gaps[k]
    total = 0.0
    for ln in all_units:
        k = bisect.bisect_left(gaps, ln)  # gaps at least as long as the unit
        fits = suffix[k] - (ln - 1) * (len(gaps) - k)  # sum over those gaps of (gap - l + 1)
        total += (n_c - 1) * (2 * ln**3 - 3 * ln**2 + ln) / 3.0 + ln * ln * fits
    denominator = m * length * (m * length - 1) - sum(ln * (ln - 1) for ln in all_units)
    d_e = total * 2.0 / length / denominator if denominator > 0 else 0.0
    return d_o, d_e


def unitized_alpha(units_by_coder: Sequence[Sequence[Span]], begin: int, length: int) -> float | None:
    """alpha_U for one category; None where undefined (no unit, D_e = 0, < 2 coders)."""
    got = disagreements(units_by_coder, begin, length)
    if got is None or got[1] <= 0:
        return None
    return 1.0 - got[0] / got[1]


def unitized_alpha_categories(
    categories: Mapping[str, Sequence[Sequence[Span]]], begin: int, length: int
) -> float | None:
    """alpha_U over several categories: mean D_o over mean D_e (categories with no unit
    are left out)."""
    parts = [d for units in categories.values() if (d := disagreements(units, begin, length)) is not None]
    if not parts:
        return None
    d_e = sum(p[1] for p in parts) / len(parts)
    if d_e <= 0:
        return None
    return 1.0 - (sum(p[0] for p in parts) / len(parts)) / d_e


@dataclass(frozen=True, slots=True)
class UnitizedResult:
    by_code_document: Mapping[tuple[str, str], float | None]
    by_document: Mapping[str, float | None]  # all codes of the document together


def unitized_report(
    data: AgreementData, coders: Sequence[str], codes: Sequence[str], documents: Sequence[str]
) -> UnitizedResult:
    """alpha_U per (code, document) and per document for the coders assigned each
    document (merged spans as units)."""
    by_cd: dict[tuple[str, str], float | None] = {}
    by_d: dict[str, float | None] = {}
    for d in documents:
        present = [r for r in coders if data.assignments is None or d in data.assignments.get(r, set())]
        length = data.doc_lengths[d]
        cats: dict[str, list[list[Span]]] = {}
        for c in codes:
            units = [merge(data.spans.get((d, c, r), ())) for r in present]
            by_cd[(c, d)] = unitized_alpha(units, 0, length) if len(present) >= 2 else None
            if any(units):
                cats[c] = units
        by_d[d] = unitized_alpha_categories(cats, 0, length) if len(present) >= 2 else None
    return UnitizedResult(by_cd, by_d)

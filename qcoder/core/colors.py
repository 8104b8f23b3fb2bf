"""Colour checks for code colours (stdlib only): contrast against a background and whether two
colours stay apart for people with a colour-vision deficiency.

- Contrast: WCAG 2.1 relative luminance and contrast ratio
  (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). Coloured marks (stripes) need 3:1
  against what they sit on (WCAG 2.1 SC 1.4.11, non-text contrast); text needs 4.5:1 (SC 1.4.3).
- Colour-blind simulation: the matrices of Machado, Oliveira & Fernandes, "A Physiologically-based
  Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, severity 1.0
  (protanopia, deuteranopia, tritanopia), applied to linear sRGB.
- Colour difference: CIEDE2000 (Sharma, Wu & Dalal, "The CIEDE2000 Color-Difference Formula:
  Implementation Notes, Supplementary Test Data, and Mathematical Observations", Color Research
  & Application 30(1), 2005) on CIELAB under D65.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

RGB = tuple[float, float, float]
Matrix = tuple[RGB, RGB, RGB]

# Machado et al. 2009, severity 1.0 (linear RGB in, linear RGB out)
CVD_MATRICES: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
VISIONS = ("normal", *CVD_MATRICES)

MARK_CONTRAST = 3.0  # WCAG 2.1 SC 1.4.11: a stripe against its background
TEXT_CONTRAST = 4.5  # WCAG 2.1 SC 1.4.3: body text against its background
# two code colours closer than this (CIEDE2000, in any vision) are "too close": about the
# difference between neighbouring colours of a 12-colour categorical palette
MIN_DELTA_E = 10.0


def parse_hex(color: str) -> RGB:
    """``#RRGGBB`` as sRGB channels in 0..1."""
    text = color.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    return (int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255)


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02X}" for v in rgb)


def _linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _gamma(v: float) -> float:
    v = max(0.0, min(1.0, v))
    return v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def luminance(color: str) -> float:
    """WCAG relative luminance (0 black .. 1 white)."""
    r, g, b = (_linear(v) for v in parse_hex(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(colors: Iterable[str], alpha: float, base: str) -> str:
    """``colors`` laid over ``base`` one after another, each at ``alpha`` (sRGB, as painted)."""
    r, g, b = parse_hex(base)
    for name in colors:
        cr, cg, cb = parse_hex(name)
        r, g, b = r + (cr - r) * alpha, g + (cg - g) * alpha, b + (cb - b) * alpha
    return to_hex((r, g, b))


def simulate(color: str, vision: str) -> str:
    """How ``color`` looks with ``vision`` ("normal" or a key of CVD_MATRICES)."""
    if vision == "normal":
        return color.upper()
    m = CVD_MATRICES[vision]
    lin = [_linear(v) for v in parse_hex(color)]
    out = tuple(_gamma(sum(m[i][j] * lin[j] for j in range(3))) for i in range(3))
    return to_hex((out[0], out[1], out[2]))


def to_lab(color: str) -> RGB:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(v) for v in parse_hex(color))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def _hue(b: float, a: float) -> float:
    return 0.0 if a == 0 and b == 0 else math.degrees(math.atan2(b, a)) % 360


def ciede2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = _hue(b1, a1p), _hue(b2, a2p)
    dlp, dcp = l2 - l1, c2p - c1p
    dhp = 0.0
    if c1p * c2p != 0:
        dhp = h2p - h1p
        if dhp > 180:
            dhp -= 360
        elif dhp < -180:
            dhp += 360
    dhp_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    hp_bar = h1p + h2p
    if c1p * c2p != 0:
        if abs(h1p - h2p) <= 180:
            hp_bar = (h1p + h2p) / 2
        else:
            hp_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(hp_bar - 30))
        + 0.24 * math.cos(math.radians(2 * hp_bar))
        + 0.32 * math.cos(math.radians(3 * hp_bar + 6))
        - 0.20 * math.cos(math.radians(4 * hp_bar - 63))
    )
    d_theta = 30 * math.exp(-(((hp_bar - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_bar**7 / (cp_bar**7 + 25**7))
    s_l = 1 + 0.015 * (lp_bar - 50) ** 2 / math.sqrt(20 + (lp_bar - 50) ** 2)
    s_c = 1 + 0.045 * cp_bar
    s_h = 1 + 0.015 * cp_bar * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (dhp_big / s_h) ** 2 + r_t * (dcp / s_c) * (dhp_big / s_h))


def delta_e(a: str, b: str, vision: str = "normal") -> float:
    """CIEDE2000 difference of two sRGB colours as seen with ``vision``."""
    return ciede2000(to_lab(simulate(a, vision)), to_lab(simulate(b, vision)))


def min_delta_e(a: str, b: str) -> tuple[float, str]:
    """The smallest difference of ``a`` and ``b`` over normal vision and the three
    dichromacies, and the vision it happens in."""
    return min((delta_e(a, b, v), v) for v in VISIONS)


@dataclass(frozen=True)
class ColorProblem:
    """Why a colour is hard to tell apart: ``kind`` "contrast" (against ``other``, a
    background) or "close" (to ``other``, another code's colour, with ``vision``)."""

    kind: str
    color: str
    other: str
    value: float
    vision: str = "normal"


def check_color(
    color: str, backgrounds: Iterable[str], others: Iterable[str], min_contrast: float = MARK_CONTRAST
) -> list[ColorProblem]:
    """What is wrong with ``color`` for a code: too little contrast against any of
    ``backgrounds``, too close to any of ``others`` (other codes' colours)."""
    out: list[ColorProblem] = []
    for bg in backgrounds:
        ratio = contrast(color, bg)
        if ratio < min_contrast:
            out.append(ColorProblem("contrast", color.upper(), bg.upper(), ratio))
    for other in others:
        if other.upper() == color.upper():
            out.append(ColorProblem("close", color.upper(), other.upper(), 0.0))
            continue
        d, vision = min_delta_e(color, other)
        if d < MIN_DELTA_E:
            out.append(ColorProblem("close", color.upper(), other.upper(), d, vision))
    return out


def check_palette(palette: Sequence[str], backgrounds: Iterable[str]) -> list[ColorProblem]:
    """Every problem of a palette: each colour against the backgrounds and the colours before it."""
    bgs = list(backgrounds)
    out: list[ColorProblem] = []
    for i, color in enumerate(palette):
        out.extend(check_color(color, bgs, palette[:i]))
    return out

"""Rules for codes: a valid name, a valid colour, and the palette new codes take their colour from."""

from __future__ import annotations

import re

from qcoder.core.errors import InvalidValue

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# a calm, distinguishable palette for new codes (Okabe-Ito + Tableau-like tints)
PALETTE = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
    "#8DD3C7",
    "#BEBADA",
    "#FB8072",
    "#80B1D3",
    "#FDB462",
    "#B3DE69",
    "#FCCDE5",
    "#BC80BD",
)


def palette_color(n_codes: int) -> str:
    """The colour for a new code in a codebook of ``n_codes`` codes."""
    return PALETTE[n_codes % len(PALETTE)]


def check_code_name(name: str) -> str:
    """``name`` with its whitespace collapsed; raises InvalidValue when empty or holding ``>``."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("a code needs a name")
    if ">" in name:
        raise InvalidValue("a code name cannot contain '>' (it separates levels in code paths)")
    return name


def check_color(color: str) -> str:
    """``color`` upper-cased; raises InvalidValue unless it has the form ``#RRGGBB``."""
    if not _COLOR.match(color):
        raise InvalidValue(f"{color!r} is not a color of the form #RRGGBB")
    return color.upper()

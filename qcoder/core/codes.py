"""Rules for codes: a valid name, a valid colour, and the palette new codes take their colour from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from qcoder.core.codepath import join_path, split_path
from qcoder.core.errors import InvalidValue
from qcoder.core.model import Code
from qcoder.core.names import check_name, clean_free_text, map_name

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")

# The palette new codes take their colour from, in order. Every colour has 3:1 contrast (WCAG
# 2.1 SC 1.4.11) against the stripe margins of the light, dark and high-contrast themes, and
# every pair stays at least colors.MIN_DELTA_E apart (CIEDE2000) in normal vision and simulated
# protanopia, deuteranopia and tritanopia (qcoder.core.colors; tests/core/test_colors.py).
# Only about eight colours meet both rules at once (the contrast band leaves a narrow range of
# lightness), so a bigger codebook reuses them; stripes carry code names and overlaps a count,
# so colour is never the only cue.
PALETTE = (
    "#4466CC",
    "#BB7700",
    "#009977",
    "#CC0088",
    "#227744",
    "#BB77BB",
    "#FF0066",
    "#2288FF",
)


def palette_color(n_codes: int) -> str:
    """The colour for a new code in a codebook of ``n_codes`` codes."""
    return PALETTE[n_codes % len(PALETTE)]


def least_used_color(used: Iterable[str]) -> str:
    """The palette colour the fewest of ``used`` (the codebook's colours) have, the first in
    palette order among equals: the default colour offered for a new code."""
    counts = Counter(c.upper() for c in used)
    return min(PALETTE, key=lambda c: counts[c])


PATH_MARK = ">"  # separates the levels of a code path (qcoder.core.codepath)
PATH_MARK_STANDIN = "\u203a"  # "›", what a ">" in a merged code name becomes
UNNAMED_CODE = "(unnamed code)"


def check_code_name(name: str) -> str:
    """``name`` with its whitespace collapsed; raises InvalidValue when empty or holding ``>``
    or a control character (the rule of :func:`qcoder.core.names.check_name`)."""
    if not name.strip():
        raise InvalidValue("a code needs a name")
    name = check_name(name, "code name")
    if PATH_MARK in name:
        raise InvalidValue("a code name cannot contain '>' (it separates levels in code paths)")
    return name


def check_code_path(path: str) -> str:
    """A code path from a sheet (``A > B``) with every level checked by :func:`check_code_name`."""
    check_name(path, "code name")  # control characters, before splitting strips some of them
    parts = split_path(path)
    if not parts:
        raise InvalidValue("a code needs a name")
    return join_path(check_code_name(p) for p in parts)


OTHER_PATH_MARKS = ("/", "\\")  # what other tools separate levels with (NVivo, MAXQDA: "\\")


def check_new_code_level(path: str, name: str) -> str:
    """``name`` checked as a level of ``path`` that does not exist yet and is to be created.
    A path written with ``/`` or ``\\`` and no ``>`` (``Survey/Trust``) is refused: it would
    make a top-level code literally named so, where the user meant ``Survey > Trust``. A code
    whose name holds ``/`` is still found by such a path, and made in the codebook."""
    name = check_code_name(name)
    if PATH_MARK not in path and any(m in name for m in OTHER_PATH_MARKS):
        levels = join_path(p.strip() for p in name.replace("\\", "/").split("/") if p.strip())
        raise InvalidValue(
            f"no code {name!r}: code paths separate levels with ' > ' (write {levels!r}); "
            "a code with '/' in its name is made in the codebook"
        )
    return name


def child_named(codes: Iterable[Code], parent_id: str | None, name: str) -> Code | None:
    """The code named ``name`` (ignoring case) directly under ``parent_id`` (None: top level)."""
    wanted = name.casefold()
    return next((c for c in codes if c.parent_id == parent_id and c.name.casefold() == wanted), None)


def map_code_name(name: str) -> str:
    """A code name from another file made acceptable: control characters dropped, ``>``
    replaced by ``›``, "(unnamed code)" for an empty name."""
    return map_name(name.replace(PATH_MARK, PATH_MARK_STANDIN), UNNAMED_CODE)


def checked_code(code: Code) -> Code:
    """``code`` as it may be stored: its name checked, its free-text fields cleaned."""
    new = replace(
        code,
        name=check_code_name(code.name),
        definition=clean_free_text(code.definition),
        inclusion=clean_free_text(code.inclusion),
        exclusion=clean_free_text(code.exclusion),
        example=clean_free_text(code.example),
    )
    return code if new == code else new


def check_color(color: str) -> str:
    """``color`` upper-cased; raises InvalidValue unless it has the form ``#RRGGBB``."""
    if not _COLOR.match(color):
        raise InvalidValue(f"{color!r} is not a color of the form #RRGGBB")
    return color.upper()

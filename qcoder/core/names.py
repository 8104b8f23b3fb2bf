"""One rule for names and free text, applied where every entry path writes (the commands and
the coder registry), whatever the source: the window, the command line, a codings or codebook
sheet, a merged project, ``.qcodings`` or ``.qdpx`` file.

- Free text (memos, code definitions, attribute values) loses its control characters: C0
  except tab, line feed and carriage return, DEL and C1 (``\\x80``–``\\x9f``). They are invisible,
  and Word, Excel and XML refuse them.
- A name (coder, code) is one line: control characters are refused with a clear message,
  runs of white space become one space, and an empty name is refused. Code names have one
  more rule (no ``>``), see :func:`qcoder.core.codes.check_code_name`.
- Names arriving from another file (a merge) are mapped instead of refused, by
  :func:`map_name`, and the merge says so.
"""

from __future__ import annotations

import re

from qcoder.core.errors import InvalidValue

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_free_text(text: str) -> str:
    """``text`` without control characters (tab, line feed and carriage return kept)."""
    return CONTROL.sub("", text) if text and CONTROL.search(text) else text


def check_name(name: str, what: str) -> str:
    """``name`` with white space collapsed; raises InvalidValue when it holds a control
    character or is empty. ``what`` names it in messages ("coder name")."""
    bad = CONTROL.search(name)
    if bad:
        raise InvalidValue(f"a {what} cannot contain control characters (U+{ord(bad.group()):04X} in {name!r})")
    name = " ".join(name.split())
    if not name:
        raise InvalidValue(f"a {what} cannot be empty")
    return name


def map_name(name: str, fallback: str) -> str:
    """``name`` made acceptable instead of refused: control characters removed, white space
    collapsed, ``fallback`` when nothing is left."""
    return " ".join(CONTROL.sub("", name).split()) or fallback

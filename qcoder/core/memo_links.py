"""Links from a memo to codes, documents and excerpts, written in the memo's own text:
``[[code:PATH]]``, ``[[document:NAME]]`` and ``[[coding:ID]]`` (an excerpt is a coding).

The text stays plain text (the command line writes links with ``memo add --text``, exports
keep them readable); the window shows them as links. A link to something that was deleted or
renamed is *broken*: shown as such, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LINK_KINDS = ("code", "document", "coding")

_LINK = re.compile(r"\[\[(code|document|coding):([^\[\]\n]+?)\]\]")


@dataclass(frozen=True, slots=True)
class MemoLink:
    """One link in a memo's text: ``text[start:end]`` is the markup."""

    kind: str  # "code", "document" or "coding"
    ref: str  # a code path (or id), a document name, a coding id
    start: int
    end: int


def find_links(text: str) -> list[MemoLink]:
    """Every link in ``text``, in order."""
    return [MemoLink(m.group(1), m.group(2).strip(), m.start(), m.end()) for m in _LINK.finditer(text)]


def link_markup(kind: str, ref: str) -> str:
    """The markup of a link (``ref`` without ``[``, ``]`` or line breaks)."""
    if kind not in LINK_KINDS:
        raise ValueError(f"a memo links to a {', a '.join(LINK_KINDS)}, not a {kind}")
    clean = " ".join(ref.replace("[", "(").replace("]", ")").split())
    return f"[[{kind}:{clean}]]"

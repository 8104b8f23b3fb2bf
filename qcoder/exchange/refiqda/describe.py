"""Fold qcoder fields that REFI-QDA has no element for into ``Description`` text, and back.

A code's definition, inclusion and exclusion criteria and example become one description with
a heading line per part; an attribute's scope and allowed values become a short description of
a ``Variable``. Both are readable in any tool, and parsed back only when they have that shape
(otherwise the whole description is the definition, or the variable's plain description).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcoder.core.model import AttributeScope, Code

CODE_HEADINGS = (
    ("definition", "Definition"),
    ("inclusion", "Inclusion criteria"),
    ("exclusion", "Exclusion criteria"),
    ("example", "Example"),
)

_HEADING = re.compile(
    r"^[ \t]*(definition|inclusion criteria|exclusion criteria|examples?)[ \t]*:[ \t]*(.*?)[ \t]*$",
    re.IGNORECASE,
)
_FIELD_OF = {
    "definition": "definition",
    "inclusion criteria": "inclusion",
    "exclusion criteria": "exclusion",
    "example": "example",
    "examples": "example",
}


@dataclass(frozen=True, slots=True)
class CodeText:
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    example: str = ""


def fold_code_description(code: Code) -> str:
    """The ``Description`` text for a code ('' when it has none)."""
    parts: dict[str, str] = {f: getattr(code, f) for f, _ in CODE_HEADINGS}
    if not any(parts[f] for f in ("inclusion", "exclusion", "example")):
        plain = parts["definition"]
        if parse_code_description(plain) == CodeText(definition=plain.strip("\n")):
            return plain
    blocks = [f"{heading}:\n{parts[f].strip(chr(10))}" for f, heading in CODE_HEADINGS if parts[f].strip()]
    return "\n\n".join(blocks)


def parse_code_description(text: str) -> CodeText:
    """Split a description written by :func:`fold_code_description` (or shaped like it)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return CodeText()
    if not _HEADING.match(lines[first]):
        return CodeText(definition=text.strip("\n"))
    order = [f for f, _ in CODE_HEADINGS]
    found: dict[str, list[str]] = {}
    current: list[str] = []
    last = -1
    for line in lines[first:]:
        m = _HEADING.match(line)
        # a heading-like line is content unless it comes later in the canonical order and the
        # section before it has content (or a blank line precedes it)
        if (
            m
            and order.index(_FIELD_OF[m.group(1).lower()]) > last
            and (last < 0 or any(x.strip() for x in current) or (current and not current[-1].strip()))
        ):
            field = _FIELD_OF[m.group(1).lower()]
            last = order.index(field)
            current = found[field] = []
            if m.group(2):
                current.append(m.group(2))
        else:
            current.append(line)
    values = {f: "\n".join(v).strip("\n") for f, v in found.items()}
    return CodeText(**values)


# -- variables ------------------------------------------------------------------------------

_SCOPE_WORD = {AttributeScope.PARTICIPANT: "participants", AttributeScope.DOCUMENT: "documents"}
_SCOPE_LINE = re.compile(r"^applies to:\s*(participants|documents)\s*$", re.IGNORECASE)
_ALLOWED_LINE = re.compile(r"^allowed values:\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class VariableText:
    scope: AttributeScope | None = None
    allowed: tuple[str, ...] | None = None  # None: no list (not a category)
    rest: str = ""  # any other description text


def fold_variable_description(scope: AttributeScope, allowed: tuple[str, ...], category: bool) -> str:
    lines = [f"Applies to: {_SCOPE_WORD[scope]}"]
    if category:
        lines.append("Allowed values:")
        lines.extend(f"- {v}" for v in allowed)
    return "\n".join(lines)


def parse_variable_description(text: str) -> VariableText:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or not _SCOPE_LINE.match(lines[0].strip()):
        return VariableText(rest=text.strip())
    word = _SCOPE_LINE.match(lines[0].strip())
    assert word is not None
    scope = AttributeScope.PARTICIPANT if word.group(1).lower() == "participants" else AttributeScope.DOCUMENT
    allowed: list[str] | None = None
    rest: list[str] = []
    i = 1
    if i < len(lines) and _ALLOWED_LINE.match(lines[i].strip()):
        allowed = []
        i += 1
        while i < len(lines) and lines[i].startswith("- "):
            allowed.append(lines[i][2:])
            i += 1
    rest = lines[i:]
    return VariableText(scope, tuple(allowed) if allowed is not None else None, "\n".join(rest).strip())

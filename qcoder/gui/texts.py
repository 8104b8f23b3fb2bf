"""Small wording helpers shared by panels and dialogs."""

from __future__ import annotations

from qcoder.core.model import AttributeType

TYPE_LABELS = {
    AttributeType.TEXT: "Text",
    AttributeType.NUMBER: "Number",
    AttributeType.DATE: "Date",
    AttributeType.CATEGORY: "Category",
}


def attribute_label(name: str) -> str:
    """``stakeholder_group`` -> ``Stakeholder group`` (names stay as typed otherwise)."""
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else name


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "document")`` -> ``1 document``; ``plural(3, "document")`` -> ``3 documents``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def one_line(text: str) -> str:
    """Text for a single table cell: line breaks and runs of spaces become one space."""
    return " ".join(text.split())

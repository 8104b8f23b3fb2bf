"""Small wording helpers shared by panels and dialogs."""

from __future__ import annotations

from qcoder.core.model import AttributeType
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate

TYPE_LABELS = {
    AttributeType.TEXT: QT_TRANSLATE_NOOP("texts", "Text"),
    AttributeType.NUMBER: QT_TRANSLATE_NOOP("texts", "Number"),
    AttributeType.DATE: QT_TRANSLATE_NOOP("texts", "Date"),
    AttributeType.CATEGORY: QT_TRANSLATE_NOOP("texts", "Category"),
}


def type_label(kind: AttributeType) -> str:
    """An attribute type's name in the window's language ("Category")."""
    return translate("texts", TYPE_LABELS[kind])


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

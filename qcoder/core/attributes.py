"""Typed attribute values. Values are stored as canonical strings:
text as given, numbers without trailing ``.0``, dates as ISO ``YYYY-MM-DD``,
categories exactly as one of the allowed values (matched case-insensitively).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from qcoder.core.errors import InvalidValue
from qcoder.core.model import AttributeDef, AttributeType

# attributes every evaluation project has; imported sheets create them as categories
NATURAL_CATEGORIES = ("site", "stakeholder_group")

_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y")


def parse_number(raw: str) -> str:
    try:
        value = float(raw.strip().replace(",", ""))
    except ValueError:
        raise InvalidValue(f"{raw!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidValue(f"{raw!r} is not a finite number")
    return str(int(value)) if value.is_integer() else repr(value)


def parse_date(raw: str) -> str:
    raw = raw.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        raise InvalidValue(f"{raw!r} is not a date (use YYYY-MM-DD)") from None


def canonical_value(attribute: AttributeDef, raw: str) -> str:
    """Validate ``raw`` for ``attribute`` and return the stored form."""
    raw = raw.strip()
    if attribute.type is AttributeType.NUMBER:
        return parse_number(raw)
    if attribute.type is AttributeType.DATE:
        return parse_date(raw)
    if attribute.type is AttributeType.CATEGORY and attribute.allowed:
        for allowed in attribute.allowed:
            if allowed.casefold() == raw.casefold():
                return allowed
        raise InvalidValue(f"{raw!r} is not one of the values of {attribute.name}: {', '.join(attribute.allowed)}")
    return raw


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def infer_type(name: str, values: Iterable[str]) -> AttributeType:
    """Guess a type for a new attribute from its name and sample values."""
    vals = [v.strip() for v in values if v and v.strip()]
    if name in NATURAL_CATEGORIES:
        return AttributeType.CATEGORY
    if vals and all(_NUMBER.match(v) for v in vals):
        return AttributeType.NUMBER
    if vals:
        try:
            for v in vals:
                parse_date(v)
            return AttributeType.DATE
        except InvalidValue:
            pass
    distinct = set(vals)
    if vals and len(distinct) <= max(12, len(vals) // 3):
        return AttributeType.CATEGORY
    return AttributeType.TEXT


def normalize_attribute_name(name: str) -> str:
    """``Stakeholder Group`` -> ``stakeholder_group``; keeps other names readable."""
    return re.sub(r"[\s\-]+", "_", name.strip()).lower()

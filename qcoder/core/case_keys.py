"""The stored keys of framework-matrix cases, outside the matrix: what a key names and how it
reads (search hits, the memo list, REFI-QDA notes), and its key in another project (merges).

A key is ``document:<id>``, ``participant:<id>``, or ``ATTR=VALUE`` pairs joined by ``|``
(attribute names and values are the same in every copy of a project, ids are mapped).
"""

from __future__ import annotations

from collections.abc import Mapping

DOCUMENT = "document"
PARTICIPANT = "participant"


def split_case_key(key: str) -> tuple[str, str]:
    """(``document`` | ``participant`` | ``""``, the id or the attribute pairs) of a key."""
    kind, sep, ident = key.partition(":")
    if sep and kind in (DOCUMENT, PARTICIPANT) and "=" not in kind:
        return kind, ident
    return "", key


def map_case_key(key: str, documents: Mapping[str, str], participants: Mapping[str, str]) -> str | None:
    """The key in a project whose document and participant ids ``documents`` and
    ``participants`` map to; None when its document or participant is not there."""
    kind, ident = split_case_key(key)
    if not kind:
        return key
    mapped = (documents if kind == DOCUMENT else participants).get(ident)
    return None if mapped is None else f"{kind}:{mapped}"


def case_label(key: str, documents: Mapping[str, str], participants: Mapping[str, str]) -> str | None:
    """How a case reads: ``document:NAME``, ``participant:NAME`` or the key's ``ATTR=VALUE``
    pairs (``|`` shown as `` · ``); None when its document or participant is gone."""
    kind, ident = split_case_key(key)
    if not kind:
        return " · ".join(key.split("|"))
    name = (documents if kind == DOCUMENT else participants).get(ident)
    return None if name is None else f"{kind}:{name}"

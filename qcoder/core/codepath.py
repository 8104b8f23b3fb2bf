"""Code paths: a code's name with its ancestors, joined by `` > `` (e.g. ``Challenges > Turnover``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from qcoder.core.model import Code

SEPARATOR = " > "


def split_path(path: str) -> list[str]:
    parts = [p.strip() for p in path.split(">")]
    return [p for p in parts if p]


def join_path(parts: Iterable[str]) -> str:
    return SEPARATOR.join(parts)


def code_paths(codes: Iterable[Code]) -> dict[str, str]:
    """Map code id -> full path for a whole codebook."""
    by_id: Mapping[str, Code] = {c.id: c for c in codes}
    cache: dict[str, str] = {}

    def path(cid: str, depth: int = 0) -> str:
        if cid in cache:
            return cache[cid]
        code = by_id[cid]
        if code.parent_id is None or code.parent_id not in by_id or depth > 100:
            result = code.name
        else:
            result = path(code.parent_id, depth + 1) + SEPARATOR + code.name
        cache[cid] = result
        return result

    return {cid: path(cid) for cid in by_id}


def descendants(codes: Iterable[Code], root_id: str) -> list[str]:
    """Ids of ``root_id`` and every code below it, parents before children."""
    children: dict[str | None, list[str]] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c.id)
    out = [root_id]
    i = 0
    while i < len(out):
        out.extend(children.get(out[i], []))
        i += 1
    return out

"""Memo links resolved against a project (see :mod:`qcoder.core.memo_links`): what each link
opens, and what the "Insert link" picker offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcoder.core.errors import NotFound
from qcoder.core.memo_links import MemoLink, find_links, link_markup

if TYPE_CHECKING:
    from qcoder.app.project import Project


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """What a link opens: a code (``target_id``), a document, or a coding's excerpt
    (``document_id`` with ``start``/``end``). ``label`` is how the link reads."""

    kind: str
    target_id: str
    label: str
    document_id: str = ""
    start: int = -1
    end: int = -1


def resolve_link(project: Project, link: MemoLink) -> LinkTarget | None:
    """The target of ``link``, or None when it is broken (deleted, renamed, never there)."""
    if link.kind == "code":
        code = project.code_by_path(link.ref)
        if code is None:
            code = next((c for c in project.codes() if c.id == link.ref), None)
        return None if code is None else LinkTarget("code", code.id, project.code_paths().get(code.id, code.name))
    try:
        if link.kind == "document":
            doc = project.document_by_name(link.ref)
            return LinkTarget("document", doc.id, doc.name, doc.id)
        coding = project.coding(link.ref)
        doc = project.document_info(coding.document_id)
    except NotFound:
        return None
    path = project.code_paths().get(coding.code_id, "")
    label = f"{doc.name} [{coding.start}-{coding.end}] {path}".rstrip()
    return LinkTarget("coding", coding.id, label, doc.id, coding.start, coding.end)


def broken_links(project: Project, text: str) -> list[MemoLink]:
    """The links of ``text`` that open nothing."""
    return [link for link in find_links(text) if resolve_link(project, link) is None]


def link_choices(project: Project, kind: str, limit: int = 2000) -> list[tuple[str, str]]:
    """(what the picker shows, the markup it inserts) for links of ``kind``: every code by
    path, every document by name, or codings (``limit`` at most) with their excerpt's start."""
    if kind == "code":
        return [(path, link_markup("code", path)) for path in sorted(project.code_paths().values(), key=str.casefold)]
    docs = sorted(project.documents(), key=lambda d: d.name.casefold())
    if kind == "document":
        return [(d.name, link_markup("document", d.name)) for d in docs]
    paths = project.code_paths()
    out = []
    for d in docs:
        text = project.document(d.id).text
        for c in sorted(project.codings(document_id=d.id), key=lambda c: (c.start, c.end)):
            excerpt = " ".join(text[c.start : c.end].split())
            shown = excerpt if len(excerpt) <= 80 else excerpt[:79] + "…"
            out.append((f"{d.name} · {paths.get(c.code_id, '')} · “{shown}”", link_markup("coding", c.id)))
            if len(out) >= limit:
                return out
    return out

"""Change sets: what a command changed, so views redraw only that."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    PROJECT = "project"
    DOCUMENT = "document"
    SPEAKER = "speaker"
    PARTICIPANT = "participant"
    ATTRIBUTE = "attribute"
    CODE = "code"
    CODER = "coder"
    CODING = "coding"
    MEMO = "memo"
    SUMMARY = "summary"


@dataclass
class ChangeSet:
    added: dict[Kind, set[str]] = field(default_factory=dict)
    changed: dict[Kind, set[str]] = field(default_factory=dict)
    removed: dict[Kind, set[str]] = field(default_factory=dict)
    # documents whose codings changed (their coding counts; not a change of the document itself)
    coded_documents: set[str] = field(default_factory=set)
    # codes whose number of codings may have changed (for coding counts)
    counted_codes: set[str] = field(default_factory=set)

    def coded(self, codings: Iterable[Any]) -> ChangeSet:
        """Name the documents and codes of codings that were added, removed or changed."""
        for c in codings:
            self.coded_documents.add(c.document_id)
            self.counted_codes.add(c.code_id)
        return self

    def counted(self, *code_ids: str) -> ChangeSet:
        """Name codes whose number of codings changed without naming their codings."""
        self.counted_codes.update(code_ids)
        return self

    def add(self, kind: Kind, *ids: str) -> ChangeSet:
        self.added.setdefault(kind, set()).update(ids)
        return self

    def change(self, kind: Kind, *ids: str) -> ChangeSet:
        self.changed.setdefault(kind, set()).update(ids)
        return self

    def remove(self, kind: Kind, *ids: str) -> ChangeSet:
        self.removed.setdefault(kind, set()).update(ids)
        return self

    def update(self, other: ChangeSet) -> ChangeSet:
        for mine, theirs in ((self.added, other.added), (self.changed, other.changed), (self.removed, other.removed)):
            for kind, ids in theirs.items():
                mine.setdefault(kind, set()).update(ids)
        self.coded_documents |= other.coded_documents
        self.counted_codes |= other.counted_codes
        return self

    def touches(self, kind: Kind) -> bool:
        return bool(self.added.get(kind) or self.changed.get(kind) or self.removed.get(kind))

    def ids(self, kind: Kind) -> set[str]:
        return set().union(self.added.get(kind, ()), self.changed.get(kind, ()), self.removed.get(kind, ()))

    def __bool__(self) -> bool:
        parts = (self.added, self.changed, self.removed)
        return bool(self.coded_documents) or any(v for d in parts for v in d.values())


def changes_to_json(changes: ChangeSet) -> dict[str, Any]:
    out: dict[str, Any] = {
        part: {kind.value: sorted(ids) for kind, ids in getattr(changes, part).items() if ids}
        for part in ("added", "changed", "removed")
    }
    if changes.coded_documents:
        out["coded_documents"] = sorted(changes.coded_documents)
    if changes.counted_codes:
        out["counted_codes"] = sorted(changes.counted_codes)
    return out


def changes_from_json(data: dict[str, Any]) -> ChangeSet:
    out = ChangeSet()
    for part in ("added", "changed", "removed"):
        for kind, ids in data.get(part, {}).items():
            getattr(out, part)[Kind(kind)] = set(ids)
    out.coded_documents = set(data.get("coded_documents", ()))
    out.counted_codes = set(data.get("counted_codes", ()))
    return out

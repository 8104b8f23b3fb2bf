"""Saved coding queries: kept as one JSON object (name -> the query and its options) in the
project's key-value settings, so that they travel with the project and re-run on current data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.commands.base import Command
from qcoder.core.repository import Repository

SAVED_QUERIES = "saved_queries"


def read_saved(raw: str | None) -> dict[str, dict[str, Any]]:
    """The saved queries stored as ``raw`` (empty when unset or unreadable)."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


@dataclass
class SaveQuery(Command):
    """Save (or with ``query`` None delete) the query called ``name``."""

    name: str
    query: dict[str, Any] | None
    text: str = "Save query"
    _old: str | None = None

    def do(self, repo: Repository) -> ChangeSet:
        self._old = repo.get_meta(SAVED_QUERIES)
        saved = read_saved(self._old)
        if self.query is None:
            saved.pop(self.name, None)
        else:
            saved[self.name] = self.query
        repo.set_meta(SAVED_QUERIES, json.dumps(saved, ensure_ascii=False, sort_keys=True))
        return ChangeSet().change(Kind.PROJECT, SAVED_QUERIES)

    def undo(self, repo: Repository) -> ChangeSet:
        repo.set_meta(SAVED_QUERIES, self._old if self._old is not None else "{}")
        return ChangeSet().change(Kind.PROJECT, SAVED_QUERIES)

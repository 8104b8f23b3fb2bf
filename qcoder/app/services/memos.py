"""Memos on the project, documents, codes and codings; framework-matrix summaries."""

from __future__ import annotations

from collections.abc import Sequence

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.model import Memo, MemoTarget, Summary


class MemoService:
    """Memos: read and set (undoable)."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def memo(self, kind: MemoTarget, target_id: str = "") -> str:
        with self._store.reader() as repo:
            m = repo.get_memo(kind, target_id)
            return m.text if m else ""

    def set_memo(self, kind: MemoTarget, target_id: str, text: str) -> None:
        self._core.execute(cmd.SetMemo(kind, target_id, text, author=self._core.actor_id or ""))

    def memos(self) -> list[Memo]:
        with self._store.reader() as repo:
            return repo.memos()

    def summaries(self, code_ids: Sequence[str] | None = None) -> list[Summary]:
        with self._store.reader() as repo:
            return repo.summaries(code_ids)

    def set_summary(self, case_key: str, code_id: str, text: str, author: str | None = None) -> None:
        """Write ``author``'s summary of a cell (None: the project's current coder); one undoable step."""
        who = (self._core.actor_id or "") if author is None else author
        self._core.execute(cmd.SetSummary(case_key, code_id, who, text))

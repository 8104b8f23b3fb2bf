"""Memos on the project, documents, codes and codings."""

from __future__ import annotations

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.model import Memo, MemoTarget


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

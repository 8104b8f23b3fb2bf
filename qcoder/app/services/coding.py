"""Codings: applying, editing and removing codes on text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from qcoder.app.services.core import ProjectCore
from qcoder.core import commands as cmd
from qcoder.core.model import Coding, new_id, utcnow


class CodingService:
    """Codings: queries and undoable edits."""

    def __init__(self, core: ProjectCore) -> None:
        self._core = core
        self._store = core.store

    def codings(
        self,
        document_id: str | None = None,
        code_ids: Sequence[str] | None = None,
        coder_ids: Sequence[str] | None = None,
    ) -> list[Coding]:
        with self._store.reader() as repo:
            return repo.codings(document_id, code_ids, coder_ids)

    def codings_of_documents(self, document_ids: Sequence[str]) -> list[Coding]:
        with self._store.reader() as repo:
            return repo.codings_of_documents(document_ids)

    def coding(self, coding_id: str) -> Coding:
        with self._store.reader() as repo:
            return repo.get_coding(coding_id)

    def codings_with_memos(self) -> list[Coding]:
        with self._store.reader() as repo:
            return repo.codings_with_memos()

    def add_coding(self, document_id: str, code_id: str, coder_id: str, start: int, end: int, memo: str = "") -> Coding:
        now = utcnow()
        coding = Coding(new_id(), document_id, code_id, coder_id, start, end, memo, False, now, now)
        self._core.execute(cmd.AddCodings([coding], text="Code selection"))
        return coding

    def add_codings(self, codings: Sequence[Coding], label: str = "Apply codes") -> None:
        if codings:
            self._core.execute(cmd.AddCodings(list(codings), text=label))

    def remove_codings(self, coding_ids: Sequence[str]) -> None:
        if coding_ids:
            label = "Remove coding" if len(coding_ids) == 1 else "Remove codings"
            self._core.execute(cmd.RemoveCodings(list(coding_ids), text=label))

    def update_coding(self, coding_id: str, **fields: object) -> Coding:
        """Change start, end, code_id, memo or exemplar of a coding."""
        old = self.coding(coding_id)
        new = replace(old, **fields)  # type: ignore[arg-type]
        label = "Edit memo" if "memo" in fields else "Star excerpt" if "exemplar" in fields else "Change coding"
        self._core.execute(cmd.UpdateCoding(new, text=label))
        return self.coding(coding_id)

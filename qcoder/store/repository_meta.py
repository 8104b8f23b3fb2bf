"""The project's key-value table (``project_meta``) and what is kept in it: caption
paragraph times (``paragraph_times:<document id>``). A mixin of
:class:`~qcoder.store.repository.SqlRepository`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from qcoder.store.schema import MetaRow

_TIMES_KEY = "paragraph_times:"


class MetaTables:
    s: Session

    # --- project meta -----------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        return self.s.scalar(select(MetaRow.value).where(MetaRow.key == key))

    def set_meta(self, key: str, value: str) -> None:
        row = self.s.get(MetaRow, key)
        if row is None:
            self.s.add(MetaRow(key=key, value=value))
        else:
            row.value = value
        self.s.flush()

    def paragraph_times(self, document_id: str) -> list[tuple[int, float]]:
        """Kept in the project's key-value table (no schema change): ``paragraph_times:<id>``
        holds ``[[offset, seconds], ...]``."""
        value = self.get_meta(_TIMES_KEY + document_id)
        return [(int(o), float(t)) for o, t in json.loads(value)] if value else []

    def all_paragraph_times(self) -> dict[str, list[tuple[int, float]]]:
        rows = self.s.execute(
            select(MetaRow.key, MetaRow.value).where(MetaRow.key.startswith(_TIMES_KEY, autoescape=True))
        )
        return {key[len(_TIMES_KEY) :]: [(int(o), float(t)) for o, t in json.loads(value)] for key, value in rows}

    def set_paragraph_times(self, document_id: str, times: Sequence[tuple[int, float]]) -> None:
        if times:
            self.set_meta(_TIMES_KEY + document_id, json.dumps([[o, t] for o, t in times]))
        else:
            self.s.execute(delete(MetaRow).where(MetaRow.key == _TIMES_KEY + document_id))

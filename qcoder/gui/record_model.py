"""A table model over plain records keyed by id, with a row cache and precise updates.

Subclasses define the columns (``column_count``, ``cell``); the rows are records fetched in
bulk from the service API. :meth:`RecordTableModel.sync_rows` takes a fresh list of records and
emits only what differs (rows removed, rows inserted, cells changed), so views keep their
selection and scroll position. ``data()`` never queries the project.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (str)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers as numbers)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # the record itself

Index = QModelIndex | QPersistentModelIndex


def _id_of(record: Any) -> str:
    return str(record.id)


class RecordTableModel(QAbstractTableModel):
    """Rows are records with an id; subclasses implement ``columnCount``/``data``/``headerData``."""

    def __init__(self, parent: QObject | None = None, key: Callable[[Any], str] = _id_of) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list[Any] = []
        self._row_of: dict[str, int] = {}

    # --- access -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: str) -> int:
        """The row of ``record_id``, or -1."""
        return self._row_of.get(record_id, -1)

    def ids(self) -> list[str]:
        return [self._key(r) for r in self._rows]

    def _reindex(self) -> None:
        self._row_of = {self._key(r): i for i, r in enumerate(self._rows)}

    # --- updates ----------------------------------------------------------------------------
    def reset_rows(self, records: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._reindex()
        self.endResetModel()

    def remove_ids(self, ids: Iterable[str]) -> None:
        rows = sorted({self._row_of[i] for i in ids if i in self._row_of}, reverse=True)
        # remove contiguous runs from the bottom up
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        self._reindex()

    def append_records(self, records: Sequence[Any]) -> None:
        fresh = [r for r in records if self._key(r) not in self._row_of]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        for i, r in enumerate(fresh, start=first):
            self._row_of[self._key(r)] = i
        self.endInsertRows()

    def replace_records(self, records: Iterable[Any], columns: tuple[int, int] | None = None) -> None:
        """Replace existing rows by id; emits dataChanged for rows whose record differs."""
        last_col = max(self.columnCount() - 1, 0)
        first_col, end_col = columns if columns is not None else (0, last_col)
        for r in records:
            row = self._row_of.get(self._key(r))
            if row is None or self._rows[row] == r:
                continue
            self._rows[row] = r
            self.dataChanged.emit(self.index(row, first_col), self.index(row, end_col))

    def sync_rows(self, records: Sequence[Any]) -> None:
        """Make the rows equal ``records`` (as a set): remove the missing, update the changed and
        append the new, keeping the order of the rows already shown."""
        wanted = {self._key(r): r for r in records}
        self.remove_ids([i for i in self._row_of if i not in wanted])
        self.replace_records([r for i, r in wanted.items() if i in self._row_of])
        self.append_records([r for i, r in wanted.items() if i not in self._row_of])

    def refresh_all(self) -> None:
        """Derived values of every row changed (e.g. names of referenced items)."""
        if self._rows and self.columnCount() > 0:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

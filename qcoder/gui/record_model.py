"""A table model over plain records keyed by id, with a row cache and precise updates.

Subclasses define the columns (``columnCount``, ``data``, ``headerData``, ``sort_key``); the
rows are records fetched in bulk from the service API. :meth:`RecordTableModel.sync_rows`
takes a fresh list of records and emits only what differs (rows removed, rows inserted, cells
changed), so views keep their selection and scroll position. ``data()`` never queries the project.

Sorting happens in the model itself (Python's sort over precomputed keys, new rows inserted at
their sorted place); :class:`SourceSortProxy` forwards a view's sort request to it, because a
``QSortFilterProxyModel`` sorting thousands of rows calls ``data()`` for every comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

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
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._seq: dict[str, int] = {}  # arrival order: "unsorted" shows rows in it

    # --- sorting ----------------------------------------------------------------------------
    def sort_key(self, record: Any, column: int) -> Any:
        """A value that orders ``record`` in ``column`` (of one type for every row); models
        that can be sorted override this (computed from the record alone, never from ``data()``)."""
        return self._key(record)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; a negative column restores the order the rows arrived in."""
        wanted = (column, order) if 0 <= column < self.columnCount() else None
        if wanted == self._sort:
            return  # rows are kept in order as they change
        self._sort = wanted
        self._apply_sort()

    def sort_column(self) -> int:
        return self._sort[0] if self._sort is not None else -1

    def _key_of(self, record: Any) -> Any:
        if self._sort is None:
            return self._seq.get(self._key(record), len(self._seq))
        return self.sort_key(record, self._sort[0])

    def _sorted(self, records: list[Any]) -> list[Any]:
        descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
        return sorted(records, key=self._key_of, reverse=descending)

    def _apply_sort(self) -> None:
        if len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        anchors = [(self._key(self._rows[i.row()]), i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        self._reindex()
        self.changePersistentIndexList(persistent, [self.index(self._row_of[k], c) for k, c in anchors])
        self.layoutChanged.emit()

    def _insert_position(self, record: Any) -> int:
        """Where ``record`` goes in the sorted rows (binary search: O(log n) keys computed)."""
        key = self._key_of(record)
        descending = self._sort is not None and self._sort[1] == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._rows)
        while lo < hi:
            mid = (lo + hi) // 2
            other = self._key_of(self._rows[mid])
            if (other < key) if descending else (key < other):
                hi = mid
            else:
                lo = mid + 1
        return lo

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

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._row_of = {self._key(r): i for i, r in enumerate(self._rows)}
            return
        for i in range(start, len(self._rows)):
            self._row_of[self._key(self._rows[i])] = i

    def _arrived(self, records: Iterable[Any]) -> None:
        for r in records:
            self._seq.setdefault(self._key(r), len(self._seq))

    # --- updates ----------------------------------------------------------------------------
    def reset_rows(self, records: Iterable[Any], prepare: Callable[[], None] | None = None) -> None:
        """Replace every row (``prepare`` runs inside the reset, e.g. to change the columns)."""
        self.beginResetModel()
        if prepare is not None:
            prepare()
        rows = list(records)
        keys = [self._key(r) for r in rows]  # once per row (70,000 rows: a drill-down cell)
        self._seq = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # first arrival
        if self._sort is not None:
            self._rows = self._sorted(rows)
            self._reindex()
        else:
            self._rows = rows
            self._row_of = dict(zip(keys, range(len(keys)), strict=True))  # (a repeated id: its last row)
        self.endResetModel()

    def remove_ids(self, ids: Iterable[str]) -> None:
        rows = sorted({self._row_of[i] for i in ids if i in self._row_of}, reverse=True)
        if not rows:
            return
        lowest = rows[-1]
        for row in rows:
            del self._row_of[self._key(self._rows[row])]
        # remove contiguous runs from the bottom up
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        self._reindex(lowest)

    def append_records(self, records: Sequence[Any]) -> None:
        """Add new records at their sorted place (in arrival order when unsorted: at the end)."""
        fresh = [r for r in records if self._key(r) not in self._row_of]
        if not fresh:
            return
        self._arrived(fresh)
        if len(fresh) <= 50 and len(self._rows) > 0:
            for r in fresh:
                pos = self._insert_position(r)
                self.beginInsertRows(QModelIndex(), pos, pos)
                self._rows.insert(pos, r)
                self._reindex(pos)
                self.endInsertRows()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self._reindex(first)
        self.endInsertRows()
        if self._sort is not None:
            self._apply_sort()

    def replace_records(self, records: Iterable[Any], columns: tuple[int, int] | None = None) -> None:
        """Replace existing rows by id; emits dataChanged for rows whose record differs (and
        re-sorts when a changed row's sort key changed)."""
        last_col = max(self.columnCount() - 1, 0)
        first_col, end_col = columns if columns is not None else (0, last_col)
        moved = False
        for r in records:
            row = self._row_of.get(self._key(r))
            if row is None or self._rows[row] == r:
                continue
            moved = moved or (self._sort is not None and self._key_of(r) != self._key_of(self._rows[row]))
            self._rows[row] = r
            self.dataChanged.emit(self.index(row, first_col), self.index(row, end_col))
        if moved:
            self._apply_sort()

    def sync_rows(self, records: Sequence[Any]) -> None:
        """Make the rows equal ``records`` (as a set): remove the missing, update the changed and
        add the new (at their sorted place), keeping the rows already shown in their order."""
        wanted = {self._key(r): r for r in records}
        self.remove_ids([i for i in self._row_of if i not in wanted])
        self.replace_records([r for i, r in wanted.items() if i in self._row_of])
        self.append_records([r for i, r in wanted.items() if i not in self._row_of])

    def refresh_all(self) -> None:
        """Derived values of every row changed (e.g. names of referenced items)."""
        if self._rows and self.columnCount() > 0:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


class SourceSortProxy(QSortFilterProxyModel):
    """Filters in the proxy, sorts in the source model (a :class:`RecordTableModel`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source: QAbstractItemModel | None = self.sourceModel()
        if source is not None:
            source.sort(column, order)

"""A table of findings the user ticks or unticks (auto-coding hits, de-identification
findings, code suggestions): rows are plain records held in a list with a checked flag;
``data()`` only reads that list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3

# a column: header, text of a record, optional tooltip
Column = tuple[str, Callable[[Any], str], Callable[[Any], str] | None]


class CheckTableModel(QAbstractTableModel):
    """Column 0 is the check box (with the first column's text); the rest are read-only
    unless ``editable`` names them (``set_value(record, column, text) -> record``)."""

    checks_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        editable: dict[int, Callable[[Any, str], Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._checked: list[bool] = []
        self._editable = editable or {}

    # --- contents --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any], checked: Sequence[bool] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = list(checked) if checked is not None else [True] * len(self._rows)
        self.endResetModel()
        self.checks_changed.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def replace_record(self, row: int, record: Any) -> None:
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def checked_rows(self) -> list[Any]:
        return [r for r, c in zip(self._rows, self._checked, strict=True) if c]

    def checked_count(self) -> int:
        return sum(self._checked)

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def set_checked(self, rows: Sequence[int], checked: bool) -> None:
        for r in rows:
            self._checked[r] = checked
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), [Qt.ItemDataRole.CheckStateRole])
            self.checks_changed.emit()

    def set_all(self, checked: bool) -> None:
        self.set_checked(list(range(len(self._rows))), checked)

    def remove_rows(self, rows: Sequence[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), r, r)
            del self._rows[r]
            del self._checked[r]
            self.endRemoveRows()
        self.checks_changed.emit()

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self._editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        _, text, tip = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text(record)
        if role == Qt.ItemDataRole.ToolTipRole and tip is not None:
            return tip(record)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == RECORD_ROLE:
            return record
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            state = value.value if hasattr(value, "value") else value
            self.set_checked([index.row()], int(state) == Qt.CheckState.Checked.value)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() in self._editable:
            text = str(value).strip()
            if not text:
                return False
            self._rows[index.row()] = self._editable[index.column()](self._rows[index.row()], text)
            self.dataChanged.emit(index, index)
            return True
        return False


def fit_columns(table: QTableView, widths: Sequence[int]) -> None:
    """Set the first columns' widths, each at least as wide as its (translated) header text."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    model = table.model()
    for col, width in enumerate(widths):
        text = str(model.headerData(col, Qt.Orientation.Horizontal) or "") if model is not None else ""
        table.setColumnWidth(col, max(width, metrics.horizontalAdvance(text) + 28))

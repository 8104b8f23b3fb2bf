"""The attribute table: documents (or participants) × attributes, edited in place.

Every edit goes through ``project.set_attributes`` (validated by type; one undo step per
edit or per pasted block). A pasted block that contains one bad value is refused as a whole:
nothing is written and the message names the value.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from qcoder.app import Project
from qcoder.core.cells import csv_writer, unescape_cell
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import QcoderError
from qcoder.core.model import AttributeDef, AttributeScope, AttributeType
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate
from qcoder.gui.record_model import ID_ROLE, SORT_ROLE, Index, RecordTableModel
from qcoder.gui.texts import attribute_label, type_label

NAME_COLUMN = 0
ATTRIBUTE_ROLE = Qt.ItemDataRole.UserRole + 10  # the column's AttributeDef


def parse_block(text: str) -> list[list[str]]:
    """Cells copied from a spreadsheet (tab-separated rows; quoted cells may hold line breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    rows = [[unescape_cell(c) for c in r] for r in csv.reader(io.StringIO(text), dialect="excel-tab")]
    return [r if r else [""] for r in rows]


def format_block(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv_writer(out, dialect="excel-tab", lineterminator="\n").writerows(rows)
    return out.getvalue()


class AttributeValuesModel(RecordTableModel):
    """Rows: documents or participants (records with id, name, attributes). Columns: the name,
    then one per attribute of the scope, in the project's order."""

    error = Signal(str)  # a user-facing message when an edit is refused

    def __init__(self, ctx: AppContext, scope: AttributeScope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.scope = scope
        self._attributes: list[AttributeDef] = []
        self._target_kind = Kind.DOCUMENT if scope is AttributeScope.DOCUMENT else Kind.PARTICIPANT
        ctx.project_opened.connect(self.reload)
        ctx.project_closed.connect(self.reload)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # --- loading ----------------------------------------------------------------------------
    def _fetch(self, project: Project) -> list[Any]:
        return list(project.documents() if self.scope is AttributeScope.DOCUMENT else project.participants())

    def reload(self) -> None:
        project = self._ctx.project
        attributes = project.attributes(self.scope) if project else []
        self.reset_rows(
            self._fetch(project) if project else [], prepare=lambda: setattr(self, "_attributes", attributes)
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        project = self._ctx.project
        if project is None:
            return
        if changes.touches(Kind.ATTRIBUTE):
            attributes = project.attributes(self.scope)
            if [a.id for a in attributes] != [a.id for a in self._attributes]:
                self.reload()  # columns added, removed or reordered
                return
            if attributes != self._attributes:
                self._attributes = attributes
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(attributes))
            self.sync_rows(self._fetch(project))  # a renamed or deleted attribute changes values
        elif changes.touches(self._target_kind):
            self.sync_rows(self._fetch(project))

    # --- structure --------------------------------------------------------------------------
    def attributes(self) -> list[AttributeDef]:
        return list(self._attributes)

    def attribute_at(self, column: int) -> AttributeDef | None:
        return self._attributes[column - 1] if 1 <= column <= len(self._attributes) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 1 + len(self._attributes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        attribute = self.attribute_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if attribute is None:
                return (
                    translate("attributes_model", "Document")
                    if self.scope is AttributeScope.DOCUMENT
                    else translate("attributes_model", "Participant")
                )
            return attribute_label(attribute.name)
        if role == Qt.ItemDataRole.ToolTipRole and attribute is not None:
            tip = translate("attributes_model", "{name} ({type})").format(
                name=attribute.name, type=type_label(attribute.type).lower()
            )
            if attribute.allowed:
                tip += "\n" + translate("attributes_model", "Values: {values}").format(
                    values=", ".join(attribute.allowed)
                )
            return tip
        if role == ATTRIBUTE_ROLE:
            return attribute
        return None

    # --- cells ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        attribute = self.attribute_at(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return record.name if attribute is None else record.attributes.get(attribute.name, "")
        if role == SORT_ROLE:
            value = record.name if attribute is None else record.attributes.get(attribute.name, "")
            if attribute is not None and attribute.type is AttributeType.NUMBER and value:
                try:
                    return float(value)
                except ValueError:
                    return value
            return value.casefold()
        if role == ID_ROLE:
            return record.id
        if role == ATTRIBUTE_ROLE:
            return attribute
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and attribute is not None
            and attribute.type is AttributeType.NUMBER
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == NAME_COLUMN else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        attribute = self.attribute_at(index.column())
        if attribute is None:
            return False
        new = "" if value is None else str(value).strip()
        if new == self.data(index):
            return False
        return self.set_values({(index.row(), index.column()): new})

    # --- several cells at once ----------------------------------------------------------------
    def set_values(self, cells: dict[tuple[int, int], str]) -> bool:
        """Set ``{(row, column): value}`` as one undo step; False (and ``error``) if refused."""
        project = self._ctx.project
        if project is None:
            return False
        values: dict[str, dict[str, str]] = {}
        for (row, column), value in cells.items():
            attribute = self.attribute_at(column)
            if attribute is None or not 0 <= row < len(self._rows):
                continue
            values.setdefault(self._rows[row].id, {})[attribute.name] = value.strip()
        if not values:
            return False
        try:
            project.set_attributes(self.scope, values, create=False)
        except QcoderError as exc:
            self.error.emit(user_message(exc))
            return False
        return True

    def paste_block(self, top: int, left: int, block: list[list[str]]) -> tuple[int, int]:
        """Paste ``block`` with its first cell at (top, left): one undo step. Returns (cells
        written, cells left out: outside the table or on the name column)."""
        cells: dict[tuple[int, int], str] = {}
        left_out = 0
        for r, line in enumerate(block):
            for c, value in enumerate(line):
                row, col = top + r, left + c
                if row >= self.rowCount() or col >= self.columnCount() or col == NAME_COLUMN:
                    left_out += 1
                else:
                    cells[(row, col)] = value
        if cells and not self.set_values(cells):
            return 0, left_out
        return len(cells), left_out


class AttributeDelegate(QStyledItemDelegate):
    """Editors by type: categories get a combo box of their allowed values; numbers and dates a
    line edit (numbers only accept digits, sign, separators and a decimal point)."""

    _NUMBER = QRegularExpression(r"^-?[\d,]*\.?\d*$")

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        attribute = index.data(ATTRIBUTE_ROLE)
        if isinstance(attribute, AttributeDef) and attribute.type is AttributeType.CATEGORY and attribute.allowed:
            combo = QComboBox(parent)
            combo.addItem(translate("attributes_model", "(none)"), "")
            for value in attribute.allowed:
                combo.addItem(value, value)
            return combo
        edit = QLineEdit(parent)
        if isinstance(attribute, AttributeDef) and attribute.type is AttributeType.NUMBER:
            edit.setValidator(QRegularExpressionValidator(self._NUMBER, edit))
        elif isinstance(attribute, AttributeDef) and attribute.type is AttributeType.DATE:
            edit.setPlaceholderText(translate("attributes_model", "YYYY-MM-DD"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(found if found >= 0 else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

"""The framework matrix's grid as a Qt model: themes (rows) × cases (columns), each cell its
"n of N" respondents, excerpts and, marked with ✎, whether a summary is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from qcoder.analysis.framework import Framework, FrameworkCell
from qcoder.gui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex


class FrameworkModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.framework: Framework | None = None
        self._cells: list[list[FrameworkCell]] = []

    def set_framework(self, framework: Framework | None) -> None:
        self.beginResetModel()
        self.framework = framework
        self._cells = []
        if framework is not None:
            n = len(framework.cases)
            self._cells = [framework.cells[i * n : (i + 1) * n] for i in range(len(framework.themes))]
        self.endResetModel()

    def cell(self, index: _Index) -> FrameworkCell | None:
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        row = self._cells[index.row()]
        return row[index.column()] if index.column() < len(row) else None

    def index_of(self, case_key: str, code_id: str) -> QModelIndex:
        for r, row in enumerate(self._cells):
            for c, cell in enumerate(row):
                if cell.case.key == case_key and cell.theme.code_id == code_id:
                    return self.index(r, c)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.framework is None else len(self.framework.themes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.framework is None else len(self.framework.cases)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "  ✎" if cell.summary else ""
            text = translate("analysis.framework_model", "{n} of {total} · {excerpts}")
            return text.format(n=cell.respondents, total=cell.respondents_total, excerpts=cell.excerpts) + mark
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = translate("analysis.framework_model", "{n} of {total} respondents, {excerpts} excerpts").format(
                n=cell.respondents, total=cell.respondents_total, excerpts=cell.excerpts
            )
            by = (
                translate("analysis.framework_model", " ({author})").format(author=cell.summary_author)
                if cell.summary_author
                else ""
            )
            return f"{counts}\n\n{cell.summary}{by}" if cell.summary else counts
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or self.framework is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.framework.cases):
            case = self.framework.cases[section]
            return case.label if role == Qt.ItemDataRole.ToolTipRole else case.title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.framework.themes):
            path = self.framework.themes[section].path
            if role == Qt.ItemDataRole.ToolTipRole:
                return path
            parts = path.split(" > ")
            return "    " * (len(parts) - 1) + parts[-1]  # subcodes indented under their parent
        return None

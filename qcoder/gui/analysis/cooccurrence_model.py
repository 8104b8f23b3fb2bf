"""The co-occurrence matrix as an item model: codes × codes, a cell shaded by its count (the
diagonal, a code's own use, in grey)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from qcoder.analysis.cooccurrence import CooccurrenceMatrix
from qcoder.analysis.network import related
from qcoder.core.codepath import SEPARATOR
from qcoder.gui.i18n import number, translate
from qcoder.gui.record_model import Index
from qcoder.gui.themes import current as theme

_HEAT = (239, 246, 255), (37, 99, 235)  # from pale to strong blue
_HEAT_DARK = (38, 44, 54), (110, 168, 254)  # dark theme: from the panel to bright blue


def _shade(share: float) -> QColor:
    (r0, g0, b0), (r1, g1, b1) = _HEAT_DARK if theme().dark else _HEAT
    return QColor(int(r0 + (r1 - r0) * share), int(g0 + (g1 - g0) * share), int(b0 + (b1 - b0) * share))


class CooccurrenceModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: CooccurrenceMatrix | None = None
        self._top = 1
        self._related: set[tuple[int, int]] = set()  # a code and its own subcode: greyed, not shaded

    def set_matrix(self, matrix: CooccurrenceMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        n, paths = len(matrix.code_ids), matrix.paths
        self._related = {(i, j) for i in range(n) for j in range(n) if i != j and related(paths[i], paths[j])}
        pairs = [(i, j) for i in range(n) for j in range(n) if i != j and (i, j) not in self._related]
        self._top = max((matrix.counts[i][j] for i, j in pairs), default=0) or 1
        self.endResetModel()

    def codes_at(self, index: QModelIndex) -> tuple[str, str] | None:
        if self.matrix is None or not index.isValid():
            return None
        return self.matrix.code_ids[index.row()], self.matrix.code_ids[index.column()]

    def index_of(self, code_a: str, code_b: str) -> QModelIndex:
        if self.matrix is None:
            return QModelIndex()
        ids = self.matrix.code_ids
        return self.index(ids.index(code_a), ids.index(code_b)) if code_a in ids and code_b in ids else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.code_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return self.rowCount(parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        value = self.matrix.counts[r][c]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if r == c or (r, c) in self._related:
                return QColor(theme().interviewer_band)
            return _shade(min(value / self._top, 1.0)) if value else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and r != c
            and (r, c) not in self._related
            and value > self._top * 0.55
        ):
            return QColor("#111827" if theme().dark else "#FFFFFF")
        if role == Qt.ItemDataRole.ToolTipRole:
            a, b = self.matrix.paths[r], self.matrix.paths[c]
            if r == c:
                return translate("analysis.cooccurrence_model", "{code}: used {n} times").format(
                    code=a, n=number(value)
                )
            if (r, c) in self._related:
                text = translate(
                    "analysis.cooccurrence_model",
                    "{code}\n{other}\nmeet {n} times (a code includes its subcodes) — click to list where",
                )
            else:
                text = translate("analysis.cooccurrence_model", "{code}\n{other}\nmeet {n} times — click to list where")
            return text.format(code=a, other=b, n=number(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.matrix is None or not 0 <= section < len(self.matrix.paths):
            return None
        path = self.matrix.paths[section]
        if role == Qt.ItemDataRole.DisplayRole:
            name = path.rsplit(SEPARATOR, 1)[-1]
            if orientation == Qt.Orientation.Horizontal:
                return str(section + 1)  # columns numbered like the rows: a narrow matrix
            return f"{section + 1}. {'  ' * path.count(SEPARATOR)}{name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return path
        return None

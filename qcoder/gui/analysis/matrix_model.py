"""The theme × group matrix as a table model: rows are code ids, columns the attribute values.

The model holds a computed :class:`~qcoder.analysis.matrix.Matrix` (every figure of
every cell), so switching the count shown or the shading only repaints. Code names are the
vertical header (they stay in view when the columns scroll); ``data()`` never queries the
project.
"""

from __future__ import annotations

import textwrap
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from qcoder.analysis.frequencies import Cell
from qcoder.analysis.index import NONE_VALUE
from qcoder.analysis.matrix import (
    Column,
    CountKind,
    Matrix,
    Row,
    RowMode,
    cell_text,
    cell_value,
    matrix_grid,
)
from qcoder.core.cells import escape_cell
from qcoder.core.colors import contrast
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, percent, translate
from qcoder.gui.texts import attribute_label
from qcoder.gui.themes import current as theme

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 20  # the shown figure as a number (None when undefined)
CODE_ROLE = Qt.ItemDataRole.UserRole + 21  # the row's code id

# a sequential single-hue ramp (ColorBrewer "Blues"): light = few, dark = many
_RAMP = [QColor(c) for c in ("#F7FBFF", "#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C")]
# dark themes: the same ramp the other way round, from the panel colour to pale blue
_DARK_RAMP = [
    QColor(c) for c in ("#232B36", "#1E3A5F", "#22528A", "#2B6CB0", "#3B82C4", "#5A9BD8", "#86B8E8", "#B6D4F2")
]
_DARK_TEXT = QColor("#1F2937")
_LIGHT_TEXT = QColor("#FFFFFF")


def _cell_text(background: QColor | None) -> QColor:
    """Dark or light text, whichever reads better on a cell of ``background`` (the theme's
    text on an unshaded cell)."""
    if background is None:
        return QColor(theme().text)
    bg = background.name()
    return max((_DARK_TEXT, _LIGHT_TEXT), key=lambda c: contrast(c.name(), bg))


class Shading(StrEnum):
    COLUMN = "column"  # each column scaled to its own largest figure
    TABLE = "table"  # every group column on one scale (the "All" column on its own)
    OFF = "off"


_heat_cache: dict[tuple[bool, int], QColor] = {}


def heat_color(t: float) -> QColor:
    """The ramp colour at ``t`` in [0, 1] (in 256 steps, cached)."""
    step = round(min(max(t, 0.0), 1.0) * 255)
    dark = theme().dark
    color = _heat_cache.get((dark, step))
    if color is None:
        color = _heat_cache[dark, step] = _ramp(step / 255, _DARK_RAMP if dark else _RAMP)
    return color


def _ramp(t: float, ramp: list[QColor]) -> QColor:
    t = t * (len(ramp) - 1)
    i = min(int(t), len(ramp) - 2)
    f = t - i
    a, b = ramp[i], ramp[i + 1]
    return QColor(
        round(a.red() + (b.red() - a.red()) * f),
        round(a.green() + (b.green() - a.green()) * f),
        round(a.blue() + (b.blue() - a.blue()) * f),
    )


# what a cell counts, as the window names it (the same English as the analysis's KIND_LABELS)
KIND_TEXTS = {
    CountKind.EXCERPTS: QT_TRANSLATE_NOOP("analysis.matrix_model", "Excerpts"),
    CountKind.DOCUMENTS: QT_TRANSLATE_NOOP("analysis.matrix_model", "Documents"),
    CountKind.PARTICIPANTS: QT_TRANSLATE_NOOP("analysis.matrix_model", "Participants"),
    CountKind.UNITS: QT_TRANSLATE_NOOP("analysis.matrix_model", "Sites"),
    CountKind.SHARE: QT_TRANSLATE_NOOP("analysis.matrix_model", "Share of respondents"),
}


def kind_text(kind: CountKind) -> str:
    """What ``kind`` counts, in the window's language."""
    return translate("analysis.matrix_model", KIND_TEXTS[kind])


def value_text(value: str) -> str:
    """An attribute value as shown: the analysis's "(none)" (no value) in the window's language."""
    return translate("analysis.matrix_model", "(none)") if value == NONE_VALUE else value


_swatches: dict[str, QIcon] = {}


def swatch(color: str) -> QIcon:
    """A small rounded square of a code's colour."""
    icon = _swatches.get(color)
    if icon is None:
        pm = QPixmap(12, 12)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor(color).darker(125))
        p.setBrush(QColor(color))
        p.drawRoundedRect(1, 1, 10, 10, 2.5, 2.5)
        p.end()
        icon = _swatches[color] = QIcon(pm)
    return icon


class FrequencyMatrixModel(QAbstractTableModel):
    """Rows: codes (``Row``); columns: ``Column`` (all respondents, then each value)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._rows: list[Row] = []
        self._columns: list[Column] = []
        self._kind = CountKind.EXCERPTS
        self._shading = Shading.COLUMN
        self._scale: list[float] = []
        self._row_of: dict[str, int] = {}
        # per cell, for the count and shading shown: (text, background, foreground); built on
        # first paint, dropped when the figures, the count or the shading change
        self._look: list[list[tuple[str, QColor | None, QColor]]] | None = None
        self._look_theme = ""
        self._bold = QFont()
        self._bold.setBold(True)

    # --- content ----------------------------------------------------------------------------
    @property
    def matrix(self) -> Matrix | None:
        return self._matrix

    @property
    def kind(self) -> CountKind:
        return self._kind

    @property
    def shading(self) -> Shading:
        return self._shading

    def set_matrix(self, matrix: Matrix | None) -> None:
        """Show ``matrix``; when its rows and columns are those shown, only the figures are
        updated (the view keeps its selection)."""
        rows = matrix.rows if matrix is not None else []
        columns = matrix.columns if matrix is not None else []
        same = (
            [r.code_id for r in rows] == [r.code_id for r in self._rows]
            and columns == self._columns
            and self._matrix is not None
            and matrix is not None
        )
        if same:
            self._matrix, self._rows = matrix, list(rows)
            self._row_of = {r.code_id: i for i, r in enumerate(self._rows)}
            self._rescale()
            self._all_changed()
            if self._rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
            if self._columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
            return
        self.beginResetModel()
        self._matrix, self._rows, self._columns = matrix, list(rows), list(columns)
        self._row_of = {r.code_id: i for i, r in enumerate(self._rows)}
        self._rescale()
        self.endResetModel()

    def set_kind(self, kind: CountKind) -> None:
        if kind != self._kind:
            self._kind = kind
            self._rescale()
            self._all_changed()

    def set_shading(self, shading: Shading) -> None:
        if shading != self._shading:
            self._shading = shading
            self._rescale()
            self._all_changed()

    def _all_changed(self) -> None:
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _rescale(self) -> None:
        """The figure that gets the darkest shade, per column."""
        self._look = None
        n = len(self._columns)
        if self._kind == CountKind.SHARE:
            self._scale = [1.0] * n  # a share has its own natural scale
            return
        peaks = [max((self.value(r, c) or 0.0 for r in range(len(self._rows))), default=0.0) for c in range(n)]
        if self._shading == Shading.TABLE and n > 1:
            top = max(peaks[1:])
            peaks = [peaks[0]] + [top] * (n - 1)
        self._scale = peaks

    # --- access -----------------------------------------------------------------------------
    def row(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def column(self, column: int) -> Column:
        return self._columns[column]

    def columns(self) -> list[Column]:
        return list(self._columns)

    def row_of(self, code_id: str) -> int:
        return self._row_of.get(code_id, -1)

    def cell(self, row: int, column: int) -> Cell:
        assert self._matrix is not None
        return self._matrix.cells[row][column]

    def value(self, row: int, column: int) -> float | None:
        return cell_value(self.cell(row, column), self._kind)

    def text(self, row: int, column: int) -> str:
        return cell_text(self.cell(row, column), self._kind)

    def shade(self, row: int, column: int) -> float | None:
        """Where the cell sits on the colour ramp (0..1), None when unshaded."""
        if self._shading == Shading.OFF:
            return None
        value = self.value(row, column)
        peak = self._scale[column] if column < len(self._scale) else 0.0
        if not value or peak <= 0:
            return None
        return 0.08 + 0.92 * (value / peak)  # the smallest non-zero figure is still visibly tinted

    def _looks(self) -> list[list[tuple[str, QColor | None, QColor]]]:
        if self._look is None or self._look_theme != theme().name:
            self._look_theme = theme().name
            look = []
            for r in range(len(self._rows)):
                line = []
                for c in range(len(self._columns)):
                    t = self.shade(r, c)
                    if not self.value(r, c):
                        fg = QColor(theme().placeholder)
                    else:
                        fg = _cell_text(heat_color(t) if t is not None else None)
                    line.append((self.text(r, c), heat_color(t) if t is not None else None, fg))
                look.append(line)
            self._look = look
        return self._look

    def widest_texts(self, column: int) -> list[str]:
        """Texts as wide as the widest this column can show, for any count (sizing)."""
        if not self._rows:
            return []
        most = max(self.cell(r, column).excerpts for r in range(len(self._rows)))
        units = max((cell_text(self.cell(r, column), CountKind.UNITS) for r in range(len(self._rows))), key=len)
        return [number(most), units, "100%"]

    def column_title(self, column: int) -> str:
        col = self._columns[column]
        if col.is_total:
            return translate("analysis.matrix_model", "All")
        return " · ".join(value_text(v) for v in col.key)

    def column_description(self, column: int) -> str:
        """``law enforcement`` → ``Stakeholder group: law enforcement``."""
        col = self._columns[column]
        if col.is_total or self._matrix is None:
            return translate("analysis.matrix_model", "All respondents")
        names = self._matrix.options.by()
        pair = translate("analysis.matrix_model", "{attribute}: {value}")
        return ", ".join(
            pair.format(attribute=attribute_label(a), value=value_text(v)) for a, v in zip(names, col.key, strict=False)
        )

    # --- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._looks()[r][c][0]
        if role == VALUE_ROLE:
            return self.value(r, c)
        if role == CODE_ROLE:
            return self._rows[r].code_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._looks()[r][c][1]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._looks()[r][c][2]
        if role == Qt.ItemDataRole.FontRole and self._columns[c].is_total:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r, c)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # the value, then where it is
            return translate("analysis.matrix_model", "{value}, {row}, {column}").format(
                value=self._looks()[r][c][0] or "0", row=self._rows[r].name, column=self.column_title(c)
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.cell_description(r, c)
        return None

    def cell_description(self, row: int, column: int) -> str:
        """What a screen reader says of a cell: "Excerpts: 5. Row: Partnerships > Trust.
        Column: Stakeholder group: law enforcement."""
        value = self._looks()[row][column][0] or "0"
        text = translate("analysis.matrix_model", "{count}: {value}. Row: {row}. Column: {column}.")
        return text.format(
            count=kind_text(self._kind), value=value, row=self._rows[row].path, column=self.column_description(column)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            row = self._rows[section]
            flat = self._matrix is not None and self._matrix.options.rows == RowMode.TOP
            if role == Qt.ItemDataRole.DisplayRole:
                return ("" if flat else "    " * row.depth) + row.name
            if role == Qt.ItemDataRole.DecorationRole:
                return swatch(row.color)
            if role == Qt.ItemDataRole.FontRole and (row.is_parent or row.depth == 0):
                return self._bold
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._row_tooltip(row)
            return None
        if not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            col = self._columns[section]
            parts = tuple(value_text(v) for v in col.key) or (translate("analysis.matrix_model", "All"),)
            return "\n".join(textwrap.fill(p, 16) for p in parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tooltip(section)
        if role == Qt.ItemDataRole.FontRole and self._columns[section].is_total:
            return self._bold
        return None

    # --- wording ----------------------------------------------------------------------------
    def _row_tooltip(self, row: Row) -> str:
        text = row.path
        if self._matrix is not None and row.is_parent:
            if self._matrix.options.rows == RowMode.OWN:
                text += "\n" + translate(
                    "analysis.matrix_model", "(own codings only; its subcodes are counted on their own rows)"
                )
            else:
                text += "\n" + translate("analysis.matrix_model", "(includes the excerpts of its subcodes)")
        return text

    def _column_tooltip(self, column: int) -> str:
        cell = self.cell(0, column) if self._rows else None
        text = self.column_description(column)
        if cell is not None:
            text += "\n" + count_text(
                cell.respondents,
                translate("analysis.matrix_model", "{n} respondent"),
                translate("analysis.matrix_model", "{n} respondents"),
            )
            if cell.units_total is not None and self._matrix is not None and self._matrix.unit_label:
                at = translate("analysis.matrix_model", " at {n} {unit}")
                text += at.format(n=number(cell.units_total), unit=self._matrix.unit_label)
        return text

    def tooltip(self, row: int, column: int) -> str:
        """Every figure of the cell in words ("n of N")."""
        cell = self.cell(row, column)
        code = self._rows[row]
        excerpts = count_text(
            cell.excerpts,
            translate("analysis.matrix_model", "{n} excerpt"),
            translate("analysis.matrix_model", "{n} excerpts"),
        )
        documents = count_text(
            cell.documents,
            translate("analysis.matrix_model", "{n} document"),
            translate("analysis.matrix_model", "{n} documents"),
        )
        lines = [
            translate("analysis.matrix_model", "{code} — {column}").format(
                code=code.name, column=self.column_description(column)
            ),
            translate("analysis.matrix_model", "{excerpts} in {documents}").format(
                excerpts=excerpts, documents=documents
            ),
        ]
        if cell.respondents:
            mention = translate("analysis.matrix_model", "{n} of {total} respondents mention it ({share})")
            lines.append(
                mention.format(
                    n=number(cell.participants), total=number(cell.respondents), share=percent(cell.share or 0.0)
                )
            )
        else:
            lines.append(translate("analysis.matrix_model", "No respondents in this group"))
        if cell.units is not None and cell.units_total is not None and self._matrix is not None:
            unit = self._matrix.unit_label or translate("analysis.matrix_model", "sites")
            of = translate("analysis.matrix_model", "{n} of {total} {unit}")
            lines.append(of.format(n=number(cell.units), total=number(cell.units_total), unit=unit))
        if cell.excerpts:
            lines.append(translate("analysis.matrix_model", "Click to list the excerpts"))
        return "\n".join(lines)

    def grid(self, rows: list[int] | None = None, columns: list[int] | None = None) -> list[list[str]]:
        """The figures shown, with code names and column titles; every row and column unless
        given (:func:`matrix_grid`)."""
        if self._matrix is None:
            return [[translate("analysis.matrix_model", "Code ({count})").format(count=kind_text(self._kind).lower())]]
        return matrix_grid(self._matrix, self._kind, rows, columns)

    def tsv(self, rows: list[int] | None = None, columns: list[int] | None = None) -> str:
        """:meth:`grid` tab-separated, for a report or a spreadsheet (formula-looking code
        names quoted, as in every table qcoder writes: :mod:`qcoder.core.cells`)."""
        return "".join("\t".join(str(escape_cell(c)) for c in line) + "\n" for line in self.grid(rows, columns))

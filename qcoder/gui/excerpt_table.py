"""One table model for lists of excerpts: the excerpts panel, the analysis drill-down and search.

Each view passes the columns it needs as :class:`Column` specs (header, display text, and
optionally a sort key, tooltip, foreground colour and alignment); rows are plain records with
an id (or a ``key`` function), kept by :class:`~qcoder.gui.record_model.RecordTableModel`.
``data()`` never queries the project. :func:`star_column` is the exemplar-star column the
excerpts panel and the drill-down share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from qcoder.gui.accessibility import row_description
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.record_model import ID_ROLE, RECORD_ROLE, SORT_ROLE, Index, RecordTableModel

STARRED = QColor("#D4A017")
STAR_HEADER_TIP = QT_TRANSLATE_NOOP(
    "excerpt_table", "Exemplar: click a star to mark the excerpt as a good example of its code"
)


def _id(record: Any) -> str:
    return str(record.id)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: (display text casefolded, *place)
    tooltip: Callable[[Any], str | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    centred: bool = False
    header_tooltip: str | None = None


def star_column(
    exemplar: Callable[[Any], bool], place: Callable[[Any], tuple[Any, ...]], unstarred: QColor | None = None
) -> Column:
    """The "★" column: click to star; sorts starred rows first."""
    return Column(
        "★",
        lambda r: "★" if exemplar(r) else "☆",
        sort=lambda r: (0 if exemplar(r) else 1, *place(r)),
        tooltip=lambda r: (
            translate("excerpt_table", "Exemplar (click to unstar)")
            if exemplar(r)
            else translate("excerpt_table", "Click to star as an exemplar")
        ),
        foreground=lambda r: STARRED if exemplar(r) else unstarred,
        centred=True,
        header_tooltip=translate("excerpt_table", STAR_HEADER_TIP),
    )


def record_table(view: QTableView, widths: Sequence[tuple[int, int]] = ()) -> QTableView:
    """Set up ``view`` as the panels' read-only list: whole rows, one at a time, one line per row,
    columns resized by hand (``widths``: column, pixels), the last one stretched."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths:
        header.resizeSection(column, width)
    return view


def excerpt_tooltip(text: str, memo: str = "") -> str:
    """An excerpt's text (cut at 1,200 characters) and its memo."""
    shown = text if len(text) <= 1200 else text[:1200] + "…"
    return shown + ("\n\n" + translate("excerpt_table", "Memo: {memo}").format(memo=memo) if memo else "")


class ExcerptTableModel(RecordTableModel):
    """Rows: excerpt records; columns: the ``Column`` specs given."""

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        key: Callable[[Any], str] = _id,
        place: Callable[[Any], tuple[Any, ...]] = lambda r: (),
    ) -> None:
        super().__init__(parent, key=key)
        self._columns = list(columns)
        self._place = place

    def column(self, section: int) -> Column:
        return self._columns[section]

    def set_header(self, section: int, header: str) -> None:
        """Rename a column (e.g. the drill-down's group column)."""
        spec = self._columns[section]
        if spec.header != header:
            self._columns[section] = Column(
                header, spec.display, spec.sort, spec.tooltip, spec.foreground, spec.centred, spec.header_tooltip
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].header_tooltip
        return None

    def display(self, record: Any, column: int) -> str:
        return self._columns[column].display(record)

    def sort_key(self, record: Any, column: int) -> Any:
        spec = self._columns[column]
        if spec.sort is not None:
            return spec.sort(record)
        return (spec.display(record).casefold(), *self._place(record))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        record = self._rows[index.row()]
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.display(record)
        if role == SORT_ROLE:
            return self.sort_key(record, index.column())
        if role == ID_ROLE:
            return self._key(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and spec.foreground is not None:
            return spec.foreground(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.centred:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a star is read as words
            shown = spec.display(record)
            return {"★": translate("excerpt_table", "starred"), "☆": translate("excerpt_table", "not starred")}.get(
                shown, shown
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the rest of the row
            return row_description(self, index.row(), skip=index.column())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

"""The saturation window (Analysis → Saturation): new codes per document in a chosen order, as a
line chart of cumulative codes (every coder together and each coder) and a table, with Export CSV.

Computed in a worker (``qcoder.gui.workers``) when shown, when the order changes, and (debounced)
when codings, codes, coders, documents or attributes change while it is open.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.saturation import Order, Saturation
from qcoder.app import exports
from qcoder.app.saturation import compute_saturation, saturation_table
from qcoder.core.changes import Kind
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.exporting import FileExport, Writer
from qcoder.gui.analysis.layout import ask_save, write_or_warn
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.analysis.saturation_chart import SaturationChart, lines_for
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.screen_fit import fitted_size
from qcoder.gui.style import set_tone
from qcoder.gui.workers import Worker

NOTE = QT_TRANSLATE_NOOP(
    "analysis.saturation",
    "New codes: codes applied directly in a document (a parent coded only through its subcodes does not count) that no earlier document had. A flattening line suggests saturation.",  # noqa: E501 - one literal for lupdate
)
# the orders offered (the same English as the app layer's ORDER_LABELS)
ORDER_TEXTS = {
    Order.PROJECT: QT_TRANSLATE_NOOP("analysis.saturation", "Project order"),
    Order.CODING: QT_TRANSLATE_NOOP("analysis.saturation", "Order first coded"),
    Order.DATE: QT_TRANSLATE_NOOP("analysis.saturation", "Interview date"),
    Order.NAME: QT_TRANSLATE_NOOP("analysis.saturation", "Document name"),
}
_Index = QModelIndex | QPersistentModelIndex


class SaturationModel(QAbstractTableModel):
    """The saturation table: one row per document (the text grid of the app layer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid: list[list[str]] = [[]]

    def set_grid(self, grid: list[list[str]]) -> None:
        self.beginResetModel()
        self._grid = grid or [[]]
        self.endResetModel()

    def grid(self) -> list[list[str]]:
        return self._grid

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._grid) - 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._grid[0])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._grid[index.row() + 1][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in (1, self.columnCount() - 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._grid[0]):
                return heading(self._grid[0][section])
        return None


# the app layer's column names (qcoder.app.saturation.saturation_table) as the window shows them
HEADINGS = {
    "Document": QT_TRANSLATE_NOOP("analysis.saturation", "Document"),
    "New codes": QT_TRANSLATE_NOOP("analysis.saturation", "New codes"),
    "Cumulative codes": QT_TRANSLATE_NOOP("analysis.saturation", "Cumulative codes"),
    "Codes new in this document": QT_TRANSLATE_NOOP("analysis.saturation", "Codes new in this document"),
}


def heading(name: str) -> str:
    """A column name of the saturation table in the window's language (a coder's name kept)."""
    if name in HEADINGS:
        return translate("analysis.saturation", HEADINGS[name])
    if name.endswith(": new"):
        return translate("analysis.saturation", "{coder}: new").format(coder=name.removesuffix(": new"))
    if name.endswith(": cumulative"):
        return translate("analysis.saturation", "{coder}: cumulative").format(coder=name.removesuffix(": cumulative"))
    return name


class SaturationDialog(RefreshingDialog):
    """Non-modal; construct as ``SaturationDialog(ctx, parent)`` and show it."""

    RELEVANT = (Kind.CODING, Kind.CODE, Kind.CODER, Kind.ATTRIBUTE, Kind.DOCUMENT)
    computed = Signal()  # after a result was computed and shown (tests, status)
    failed = Signal(str)  # the result could not be computed (e.g. no interview date); the view is cleared
    exported = Signal(str)  # the path of a written file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("analysis.saturation", "Saturation: new codes per document"))
        self.saturation: Saturation | None = None
        self.order = QComboBox(self)
        for order, label in ORDER_TEXTS.items():
            self.order.addItem(translate("analysis.saturation", label), order.value)
        self.order.setToolTip(
            translate(
                "analysis.saturation",
                "Project order, the order documents were first coded, an interview date, or names",
            )
        )
        self.order.currentIndexChanged.connect(self.refresh)
        self.chart = SaturationChart(self)
        self.model = SaturationModel(self)
        self.table = _table(self, self.model)
        a11y(
            self.table,
            translate("analysis.saturation", "New codes per document"),
            translate("analysis.saturation", "One row per document in the chosen order: the codes it brought"),
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.file_export = FileExport(
            self,
            ctx,
            self,
            self.status,
            "saturation-table",
            self._writer,
            self.exported.emit,
            self._export_failed,
            ("csv",),
        )
        self.export_button = self.file_export.buttons["csv"]
        self.export_button.setEnabled(False)
        self.chart_button = QPushButton(translate("analysis.saturation", "Export chart PNG…"), self)
        self.chart_button.clicked.connect(self._ask_chart)
        self.chart_button.setEnabled(False)
        self._layout()
        self.resize(fitted_size(self, QSize(1000, 680)))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("analysis.saturation", "Documents in:"), self))
        top.addWidget(self.order)
        top.addStretch(1)
        top.addWidget(self.chart_button)
        top.addWidget(self.export_button)
        note = QLabel(translate("analysis.saturation", NOTE), self)
        note.setWordWrap(True)
        set_tone(note, "muted")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 300])
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(note)
        box.addWidget(split, 1)
        box.addWidget(self.status)

    def selected_order(self) -> Order:
        return Order(self.order.currentData())

    def set_order(self, order: Order) -> None:
        self.order.setCurrentIndex(self.order.findData(order.value))

    # -- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self._ctx.project
        if project is None:
            return
        if self.busy():
            return
        order = self.selected_order()
        self.start_current(
            lambda progress, cancel: compute_saturation(project, order), self._on_computed, self._on_failed
        )
        self.status.setText(translate("analysis.saturation", "Counting…"))

    def _on_computed(self, result: Saturation) -> None:
        if self.take_current():
            self.show_result(result)

    def show_result(self, result: Saturation) -> None:
        self.saturation = result
        names = [result.names[d] for d in result.documents]
        overall = (translate("analysis.saturation", "All coders"), [s.cumulative for s in result.overall.steps])
        coders = [(s.name, [t.cumulative for t in s.steps]) for s in result.coders]
        self.chart.set_data(names, lines_for(overall, coders))
        self.model.set_grid(saturation_table(result))
        self.export_button.setEnabled(True)
        self.chart_button.setEnabled(True)
        self.status.setText(self._summary(result))
        self.computed.emit()

    def _summary(self, result: Saturation) -> str:
        documents = count_text(
            len(result.documents),
            translate("analysis.saturation", "{n} document"),
            translate("analysis.saturation", "{n} documents"),
        )
        codes = count_text(
            result.overall.total,
            translate("analysis.saturation", "{n} code"),
            translate("analysis.saturation", "{n} codes"),
        )
        text = translate("analysis.saturation", "{documents} · {codes} applied").format(
            documents=documents, codes=codes
        )
        steps = result.overall.steps
        last_new = max((i for i, s in enumerate(steps) if s.new_codes), default=-1)
        if last_new >= 0:
            text += translate("analysis.saturation", " · the last new code came with document {n} of {total}").format(
                n=last_new + 1, total=len(steps)
            )
        if result.date_attribute:
            text += translate("analysis.saturation", " · ordered by {attribute}").format(
                attribute=result.date_attribute
            )
        return text

    def _on_failed(self, message: str) -> None:
        if not self.take_current():
            return
        self.saturation = None  # nothing shown in an order other than the one chosen
        self.chart.set_data([], [])
        self.model.set_grid([[]])
        self.export_button.setEnabled(False)
        self.chart_button.setEnabled(False)
        self.status.setText(translate("analysis.saturation", "Not computed: {error}").format(error=message))
        self.failed.emit(message)

    # -- export ------------------------------------------------------------------------------

    def export(self, path: str | Path) -> Worker | None:
        """Write the table shown (each coder's columns too) to ``path`` (.csv) in a worker, with
        Project → Export's writer (as ``qcoder saturation --by-coder --format csv``)."""
        return self.file_export.start(path)

    def _writer(self) -> Writer | None:
        if self._ctx.project is None:
            return None
        return partial(exports.write_saturation, self._ctx.project, order=self.selected_order().value, by_coder=True)

    def export_chart(self, path: str | Path) -> Path:
        """The chart as shown, as a PNG image."""
        target = Path(path)
        if not self.chart.grab().save(str(target), "PNG"):
            raise OSError(translate("analysis.saturation", "could not write {file}").format(file=target))
        return target

    def _ask_chart(self) -> None:
        path = ask_save(
            self,
            self._ctx,
            translate("analysis.saturation", "Export the saturation chart"),
            "saturation-chart.png",
            "png",
        )
        if path is not None and write_or_warn(self, lambda: self.export_chart(path)):
            self.status.setText(translate("analysis.saturation", "Saved {file}").format(file=path.name))

    def _export_failed(self, message: str) -> None:
        self.status.setText(translate("analysis.saturation", "Not exported: {error}").format(error=message))


def _table(parent: QWidget, model: SaturationModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table

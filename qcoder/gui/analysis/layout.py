"""The analysis view's widgets, built once: the matrix table, the chart panel, the export
buttons and the splitters that arrange them. :class:`~qcoder.gui.analysis.view.AnalysisView`
wires them to its data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.chart import BarChart, ChartMode, ColorBy
from qcoder.gui.analysis.matrix_model import FrequencyMatrixModel
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import translate
from qcoder.gui.screen_fit import compact as compact  # the analysis windows import it from here
from qcoder.gui.style import set_tone


class MatrixTable(QTableView):
    """The matrix view; Ctrl+C copies the selection (or the whole table) as TSV."""

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def matrix_table(parent: QWidget, model: FrequencyMatrixModel) -> MatrixTable:
    """The matrix: cells selectable for copying, codes as left-aligned row headers."""
    table = MatrixTable(parent)
    a11y(
        table,
        translate("analysis.layout", "Matrix"),
        translate(
            "analysis.layout",
            "Codes by attribute values: each cell reads its row, column and figure. Enter lists its excerpts.",
        ),
    )
    table.setObjectName("AnalysisMatrix")
    table.setModel(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(True)
    table.setCornerButtonEnabled(True)
    table.setTabKeyNavigation(False)  # the arrows move between cells, Tab on to the excerpts
    vh = table.verticalHeader()
    vh.setDefaultSectionSize(table.fontMetrics().height() + 10)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setMaximumWidth(300)
    vh.setTextElideMode(Qt.TextElideMode.ElideRight)
    vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    vh.setHighlightSections(False)  # bold is for parent codes
    hh = table.horizontalHeader()
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    hh.setHighlightSections(True)
    hh.setMinimumSectionSize(56)
    return table


def export_buttons(
    parent: QWidget, copy: Callable[[], None], save_csv: Callable[[], None], save_xlsx: Callable[[], None]
) -> tuple[QToolButton, QToolButton]:
    """ "Copy table" and the "Export" menu button."""
    copy_button = QToolButton(parent)
    copy_button.setText(translate("analysis.layout", "Copy table"))
    copy_button.setToolTip(
        translate(
            "analysis.layout", "Copy the selected cells (or the whole table) for a report or a spreadsheet (Ctrl+C)"
        )
    )
    copy_button.clicked.connect(copy)
    export_button = QToolButton(parent)
    export_button.setText(translate("analysis.layout", "Export"))
    export_button.setObjectName("MenuButton")
    export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(parent)
    menu.addAction(translate("analysis.layout", "Save this table as CSV…"), save_csv)
    menu.addAction(translate("analysis.layout", "Save analysis workbook (XLSX)…"), save_xlsx)
    export_button.setMenu(menu)
    return copy_button, export_button


def chart_panel(parent: QWidget, chart: BarChart) -> tuple[QComboBox, QComboBox, QWidget]:
    """The chart with its two choices (what to chart, how to colour): (mode, colour, panel)."""
    mode = QComboBox(parent)
    mode.addItem(translate("analysis.layout", "All codes"), ChartMode.CODES.value)
    mode.addItem(translate("analysis.layout", "Selected code"), ChartMode.CODE.value)
    mode.setToolTip(
        translate(
            "analysis.layout",
            "Chart every code (select column headers to choose the groups), or the selected code with one bar per group",  # noqa: E501
        )
    )
    mode.currentIndexChanged.connect(lambda: chart.set_mode(ChartMode(mode.currentData())))
    color = QComboBox(parent)
    color.addItem(translate("analysis.layout", "Colour by group"), ColorBy.GROUP.value)
    color.addItem(translate("analysis.layout", "Colour by code"), ColorBy.CODE.value)
    color.currentIndexChanged.connect(lambda: chart.set_color_by(ColorBy(color.currentData())))
    bar = QHBoxLayout()
    bar.setContentsMargins(0, 0, 0, 0)
    bar.addWidget(QLabel(translate("analysis.layout", "Chart"), parent))
    bar.addWidget(mode)
    bar.addWidget(color)
    bar.addStretch(1)
    box = QWidget(parent)
    box_layout = QVBoxLayout(box)
    box_layout.setContentsMargins(0, 0, 0, 0)
    box_layout.setSpacing(4)
    box_layout.addLayout(bar)
    box_layout.addWidget(chart, 1)
    return mode, color, box


def arrange(
    view: QWidget, controls: QWidget, table: QTableView, note: QLabel, chart: QWidget, drill: QWidget, status: QLabel
) -> tuple[QSplitter, QSplitter]:
    """Controls on top; the matrix (with its note) beside the chart; the drill-down below; the
    status line last. Returns the splitters (matrix | chart, top / drill-down)."""
    matrix_box = QWidget(view)
    matrix_layout = QVBoxLayout(matrix_box)
    matrix_layout.setContentsMargins(0, 0, 0, 0)
    matrix_layout.setSpacing(4)
    matrix_layout.addWidget(table, 1)
    matrix_layout.addWidget(note)
    top_split = QSplitter(Qt.Orientation.Horizontal, view)
    top_split.addWidget(matrix_box)
    top_split.addWidget(chart)
    top_split.setStretchFactor(0, 3)
    top_split.setStretchFactor(1, 2)
    split = QSplitter(Qt.Orientation.Vertical, view)
    split.addWidget(top_split)
    split.addWidget(drill)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    for s in (top_split, split):
        s.setChildrenCollapsible(False)
        s.setHandleWidth(8)
    layout = QVBoxLayout(view)
    layout.setContentsMargins(8, 8, 8, 6)
    layout.setSpacing(8)
    layout.addWidget(controls)
    layout.addWidget(split, 1)
    layout.addWidget(status)
    split.setSizes([560, 300])
    top_split.setSizes([900, 480])
    return top_split, split


def save_start(ctx: AppContext, file_name: str) -> str:
    """Where a save dialog starts: the last folder used, else the project's folder."""
    project = ctx.project
    folder = ctx.settings.last_directory() or (
        str(project.path.parent) if project is not None and project.path is not None else str(Path.home())
    )
    return str(Path(folder) / file_name)


def ask_save(parent: QWidget, ctx: AppContext, title: str, file_name: str, kind: str) -> Path | None:
    """A save dialog for a ``kind`` file (``csv``, ``png``…) starting at :func:`save_start`;
    the folder chosen is remembered. None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, save_start(ctx, file_name), f"{kind.upper()} (*.{kind})")
    if not name:
        return None
    ctx.settings.set_last_directory(Path(name).parent)
    return Path(name)


def write_or_warn(parent: QWidget, write: Callable[[], object]) -> bool:
    """Run ``write``; an OSError is shown (the file could not be written) and gives False."""
    from PySide6.QtWidgets import QMessageBox

    try:
        write()
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("analysis.layout", "Export"),
            translate("analysis.layout", "The file could not be written.\n\n{error}").format(error=exc),
        )
        return False
    return True


def beside(parent: QWidget, main: QWidget, title: QLabel, listing: QWidget, hint: str, sizes: list[int]) -> QSplitter:
    """``main`` on the left; on the right ``title`` over ``listing`` over a grey ``hint``."""
    side = QWidget(parent)
    right = QVBoxLayout(side)
    right.setContentsMargins(0, 0, 0, 0)
    right.addWidget(title)
    right.addWidget(listing, 1)
    note = QLabel(hint, parent)
    note.setWordWrap(True)  # a hint never sets the window's width (French runs a third longer)
    set_tone(note, "muted")
    right.addWidget(note)
    split = QSplitter(Qt.Orientation.Horizontal, parent)
    split.addWidget(main)
    split.addWidget(side)
    split.setSizes(sizes)
    return split

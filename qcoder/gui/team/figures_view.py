"""The agreement figures: one row per code under the overall row, and for the selected code
(or all codes) the breakdown by document, by group and, for three or more coders, the
pairwise Cohen's kappa matrix. Shows results computed elsewhere; never queries the project."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.agreement import AgreementReport
from qcoder.app.agreement import AgreementInputs
from qcoder.gui.accessibility import a11y
from qcoder.gui.i18n import count_text, translate
from qcoder.gui.style import html_color, set_tone
from qcoder.gui.team.pages import esc
from qcoder.gui.team.stats_model import PairMatrixModel, StatsRow, StatsTableModel, pooling_label, pooling_tip
from qcoder.gui.texts import attribute_label

TAB_DOCUMENTS, TAB_GROUPS, TAB_PAIRS = range(3)


def stats_table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    view.horizontalHeader().setSortIndicatorClearable(True)  # codebook order until a header is clicked
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # "Verdict (α)" puts what needs attention first
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    metrics = header.fontMetrics()
    for col in range(1, model.columnCount()):
        text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        header.resizeSection(col, max(96, metrics.horizontalAdvance(text) + 28))
    return view


class FiguresView(QWidget):
    document_activated = Signal(str)  # a document double-clicked in the breakdown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: AgreementReport | None = None
        self.inputs: AgreementInputs | None = None
        self.group_by: str | None = None
        self.group_order: dict[str, int] = {}
        self.selected_code: str | None = None
        self.scope_label = QLabel(translate("team.figures_view", "Choose the coders and press Compute."), self)
        self.scope_label.setWordWrap(True)
        self.codes_model = StatsTableModel(translate("team.figures_view", "Code"), self)
        self.codes_view = stats_table(self.codes_model, self)
        a11y(self.codes_view, translate("team.figures_view", "Agreement by code"))
        self.codes_view.selectionModel().selectionChanged.connect(self._on_code_selected)
        self.docs_model = StatsTableModel(translate("team.figures_view", "Document"), self)
        self.docs_view = stats_table(self.docs_model, self)
        a11y(self.docs_view, translate("team.figures_view", "Agreement by document"))
        self.docs_view.doubleClicked.connect(self._open_document)
        self.groups_model = StatsTableModel(translate("team.figures_view", "Group"), self)
        self.groups_view = stats_table(self.groups_model, self)
        a11y(self.groups_view, translate("team.figures_view", "Agreement by group"))
        self.pair_model = PairMatrixModel(self)
        self.pair_view = QTableView(self)
        a11y(self.pair_view, translate("team.figures_view", "Agreement between pairs of coders"))
        self.pair_view.setModel(self.pair_model)
        self.pair_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pair_view.horizontalHeader().setMinimumSectionSize(90)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.addTab(self.docs_view, translate("team.figures_view", "By document"))
        self.detail_tabs.addTab(self.groups_view, translate("team.figures_view", "By group"))
        self.detail_tabs.addTab(self.pair_view, translate("team.figures_view", "Pairwise Cohen's κ"))
        self.detail_tabs.setTabVisible(TAB_GROUPS, False)  # shown when there are groups
        self.detail_tabs.setTabVisible(TAB_PAIRS, False)  # shown for three or more coders
        self.detail_label = QLabel(self)
        set_tone(self.detail_label, "muted")
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.detail_label)
        lower_box.addWidget(self.detail_tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.codes_view)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_label)
        layout.addWidget(split, 1)

    def show_error(self, text: str) -> None:
        self.scope_label.setText(f"<span style='color:{html_color('error')}'>{esc(text)}</span>")

    def show_report(
        self,
        report: AgreementReport,
        inputs: AgreementInputs,
        group_by: str | None,
        unit_label: str,
        group_order: Sequence[str] = (),
    ) -> None:
        """Show ``report``, keeping the selected code when it is still there. Groups follow
        ``group_order`` (e.g. training rounds in the order they were added), then by name."""
        self.report, self.inputs, self.group_by = report, inputs, group_by
        self.group_order = {g: i for i, g in enumerate(group_order)}
        coders = len(report.coders)
        names = ", ".join(inputs.coder_names.get(c, c) for c in report.coders)
        codes = count_text(
            len(report.codes), translate("team.figures_view", "{n} code"), translate("team.figures_view", "{n} codes")
        )
        documents = count_text(
            len(report.documents),
            translate("team.figures_view", "{n} document"),
            translate("team.figures_view", "{n} documents"),
        )
        scope = translate("team.figures_view", "{codes} in {documents} · {units} as units · figures {pooling}").format(
            codes=codes, documents=documents, units=unit_label, pooling=f"<b>{pooling_label(report.pooling)}</b>"
        )
        hint = translate(
            "team.figures_view",
            "n/d: not defined (hover for the reason). Select a code for its breakdown by document and group.",
        )
        self.scope_label.setText(
            f"<b>{esc(names)}</b> · {scope}<br><span style='color:{html_color('muted')}'>{esc(hint)}</span>"
        )
        self.scope_label.setToolTip(pooling_tip(report.pooling))
        rows = [
            StatsRow(
                "",
                translate("team.figures_view", "All codes ({pooling})").format(pooling=pooling_label(report.pooling)),
                report.overall,
                True,
                pooling_tip(report.pooling),
            )
        ]
        order = sorted(report.codes, key=lambda c: (inputs.code_names.get(c) or c).casefold())
        rows += [StatsRow(c, inputs.code_names.get(c, c), report.by_code[c]) for c in order]
        keep = self.selected_code
        self.codes_model.set_rows(rows, coders, report.unit)
        self.detail_tabs.setTabVisible(TAB_GROUPS, bool(report.by_group))
        self.detail_tabs.setTabVisible(TAB_PAIRS, coders >= 3)
        target = next((i for i, row in enumerate(rows) if row.key == (keep or "")), 0)
        self.codes_view.selectRow(target)
        self.show_details(rows[target].key or None)

    def _on_code_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.codes_view.selectionModel().selectedRows()
        if rows and self.report is not None:
            self.show_details(self.codes_model.row(rows[0].row()).key or None)

    def show_details(self, code: str | None) -> None:
        """The breakdowns for ``code`` (None: all codes)."""
        report, inputs = self.report, self.inputs
        if report is None or inputs is None:
            return
        self.selected_code = code
        coders = len(report.coders)
        if code:
            label = inputs.code_names.get(code, code)
        else:
            label = translate("team.figures_view", "all codes ({pooling})").format(
                pooling=pooling_label(report.pooling)
            )
        self.detail_label.setText(translate("team.figures_view", "Breakdown for {name}").format(name=label))
        docs = [
            StatsRow(
                d, inputs.doc_names.get(d, d), report.by_code_document[(code, d)] if code else report.by_document[d]
            )
            for d in report.documents
        ]
        self.docs_model.set_rows(docs, coders, report.unit)
        ordered = sorted(
            report.by_group.items(), key=lambda gs: (self.group_order.get(gs[0], len(self.group_order)), gs[0])
        )
        groups = [StatsRow(g, g, report.by_group_code[(g, code)] if code else s) for g, s in ordered]
        self.groups_model.set_rows(
            groups,
            coders,
            report.unit,
            attribute_label(self.group_by) if self.group_by else translate("team.figures_view", "Group"),
        )
        if coders >= 3:
            self.pair_model.set_matrix(
                list(report.coders), inputs.coder_names, report.pairwise_matrix("cohen_kappa", code)
            )

    def _open_document(self, index: QModelIndex) -> None:
        self.document_activated.emit(self.docs_model.row(index.row()).key)

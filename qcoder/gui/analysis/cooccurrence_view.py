"""The code co-occurrence window (Analysis → Code co-occurrence): the matrix of
:mod:`qcoder.analysis.cooccurrence` (the workbook's Co-occurrence sheet, counted in excerpt pairs
or documents, overlapping or in the same turn, restricted to speakers with an attribute value)
and the same as a network drawing (codes sized by use, edges by weight, a minimum weight),
exportable to PNG and SVG. A matrix cell or an edge lists the passages where the two codes meet;
a double-click opens one in its document.

Counted in a worker when shown, when the options change and (debounced) when codings, codes,
documents or attributes change while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.cooccurrence import CooccurrenceMatrix, Meeting, Mode, Unit, compute_cooccurrence, meetings
from qcoder.analysis.index import NONE_VALUE, ProjectIndex, Selection
from qcoder.analysis.network import Network, cooccurrence_network
from qcoder.app.tables import write_table
from qcoder.core.changes import Kind
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.cooccurrence_model import CooccurrenceModel
from qcoder.gui.analysis.layout import ask_save, beside, compact, write_or_warn
from qcoder.gui.analysis.network_view import NetworkScene, NetworkView
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.screen_fit import fitted_size
from qcoder.gui.texts import one_line

MODES: dict[str, str] = {
    "overlap": QT_TRANSLATE_NOOP("analysis.cooccurrence_view", "Overlapping excerpts"),
    "turn": QT_TRANSLATE_NOOP("analysis.cooccurrence_view", "Same speaker turn"),
}
UNITS: dict[str, str] = {
    "excerpts": QT_TRANSLATE_NOOP("analysis.cooccurrence_view", "Meetings"),
    "documents": QT_TRANSLATE_NOOP("analysis.cooccurrence_view", "Documents"),
}
EVERYONE = ""
SNIPPET = 320


@dataclass(frozen=True)
class Counted:
    index: ProjectIndex
    matrix: CooccurrenceMatrix
    where: dict[str, list[str]] | None


class CooccurrenceDialog(RefreshingDialog):
    """Non-modal; construct as ``CooccurrenceDialog(ctx, parent)`` and show it."""

    RELEVANT = (Kind.CODING, Kind.CODE, Kind.CODER, Kind.ATTRIBUTE, Kind.DOCUMENT, Kind.PARTICIPANT, Kind.SPEAKER)
    computed = Signal()
    listed = Signal()  # the passages of a pair were listed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("analysis.cooccurrence_view", "Code co-occurrence"))
        self.counted: Counted | None = None
        self.network: Network | None = None
        self.pair: tuple[str, str] | None = None
        self._index: ProjectIndex | None = None  # reused while only the options change
        ctx.changed.connect(self._forget_index)
        self._build()
        self._layout()
        self.resize(fitted_size(self, QSize(1240, 720)))

    # -- widgets -----------------------------------------------------------------------------

    def _combo(self, options: dict[str, str], chars: int) -> QComboBox:
        combo = QComboBox(self)
        for value, label in options.items():
            combo.addItem(translate("analysis.cooccurrence_view", label), value)
        combo.currentIndexChanged.connect(self.refresh)
        # fixed choices are shown whole, however long their translation
        return compact(combo, max(chars, *(len(combo.itemText(i)) for i in range(combo.count()))))

    def _build(self) -> None:
        self.mode = self._combo(MODES, 14)
        a11y(self.mode, translate("analysis.cooccurrence_view", "Meet where"))
        self.mode.setToolTip(
            translate(
                "analysis.cooccurrence_view",
                "Codes meet where their excerpts overlap, or anywhere in one speaker's turn",
            )
        )
        self.unit = self._combo(UNITS, 8)
        a11y(self.unit, translate("analysis.cooccurrence_view", "Count"))
        self.unit.setToolTip(
            translate("analysis.cooccurrence_view", "Count each meeting, or the documents where the codes meet")
        )
        self.attribute = compact(QComboBox(self), 10)
        a11y(self.attribute, translate("analysis.cooccurrence_view", "Attribute"))
        self.attribute.addItem(translate("analysis.cooccurrence_view", "Everyone"), EVERYONE)
        project = self._ctx.require_project()
        for name in dict.fromkeys(a.name for a in project.attributes()):
            self.attribute.addItem(name, name)
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.value = compact(QComboBox(self))
        a11y(self.value, translate("analysis.cooccurrence_view", "Attribute value"))
        self.value.setVisible(False)
        self.value.currentIndexChanged.connect(self.refresh)
        self._build_views()

    def _build_views(self) -> None:
        """The matrix with its export, then the rest (:meth:`_build_network`)."""
        self.xlsx_button = QPushButton(translate("analysis.cooccurrence_view", "Export XLSX…"), self)
        self.xlsx_button.setToolTip(translate("analysis.cooccurrence_view", "The matrix as a workbook"))
        self.xlsx_button.clicked.connect(self._ask_xlsx)
        self.model = CooccurrenceModel(self)
        self.grid = QTableView(self)
        a11y(
            self.grid,
            translate("analysis.cooccurrence_view", "Co-occurrence matrix"),
            translate("analysis.cooccurrence_view", "Codes by codes: each cell holds how often the two meet"),
        )
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setDefaultSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.grid.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.clicked.connect(lambda index: self.show_pair(*(self.model.codes_at(index) or ("", ""))))
        self._build_network()

    def _build_network(self) -> None:
        """The network drawing with its options and exports, the passages and the status."""
        self.min_weight = QSpinBox(self)
        a11y(
            self.min_weight,
            translate("analysis.cooccurrence_view", "Minimum meetings"),
            translate("analysis.cooccurrence_view", "Leave out links of fewer meetings"),
        )
        self.min_weight.setRange(1, 100_000)
        self.min_weight.setToolTip(translate("analysis.cooccurrence_view", "Leave out links of fewer meetings"))
        self.subcodes = QCheckBox(translate("analysis.cooccurrence_view", "Links to own subcodes"), self)
        self.subcodes.setToolTip(
            translate(
                "analysis.cooccurrence_view", "A code always meets its own subcodes (it includes them): off by default"
            )
        )
        self.min_weight.valueChanged.connect(self.draw)
        self.subcodes.toggled.connect(self.draw)
        self.png_button = QPushButton(translate("analysis.cooccurrence_view", "Export PNG…"), self)
        self.svg_button = QPushButton(translate("analysis.cooccurrence_view", "Export SVG…"), self)
        self.png_button.setToolTip(translate("analysis.cooccurrence_view", "The network drawing as an image"))
        self.svg_button.setToolTip(
            translate("analysis.cooccurrence_view", "The network drawing as a scalable image (for reports)")
        )
        self.png_button.clicked.connect(lambda: self._ask_drawing("png"))
        self.svg_button.clicked.connect(lambda: self._ask_drawing("svg"))
        self.scene = NetworkScene(self)
        self.scene.edge_clicked.connect(self.show_pair)
        self.view = NetworkView(self.scene, self)
        self.pair_title = QLabel(
            translate("analysis.cooccurrence_view", "Click a cell or a link to see where two codes meet"), self
        )
        self.pair_title.setWordWrap(True)
        self.passages = QListWidget(self)
        a11y(
            self.passages,
            translate("analysis.cooccurrence_view", "Passages"),
            translate("analysis.cooccurrence_view", "Where the two chosen codes meet. Enter opens one."),
        )
        self.passages.setWordWrap(True)
        self.passages.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.passages.setAlternatingRowColors(True)
        self.passages.itemActivated.connect(self.open_passage)
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # a long status wraps rather than widen the window

    def _layout(self) -> None:
        top = QHBoxLayout()  # each label over its choice: the row fits 960 pixels in French
        speakers = QHBoxLayout()
        speakers.addWidget(self.attribute)
        speakers.addWidget(self.value)
        for label, choice in (
            (translate("analysis.cooccurrence_view", "Codes meet in:"), self.mode),
            (translate("analysis.cooccurrence_view", "Count:"), self.unit),
            (translate("analysis.cooccurrence_view", "Speakers:"), speakers),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, self))
            if isinstance(choice, QWidget):
                column.addWidget(choice)
            else:
                column.addLayout(choice)
            top.addLayout(column)
        top.addStretch(1)
        matrix_page = QWidget(self)
        matrix_box = QVBoxLayout(matrix_page)
        note = QLabel(
            translate(
                "analysis.cooccurrence_view", "Rows and columns are numbered alike; the diagonal is each code's use"
            ),
            self,
        )
        note.setWordWrap(True)
        matrix_box.addWidget(note)
        matrix_box.addWidget(self.grid, 1)
        network_page = QWidget(self)
        network_box = QVBoxLayout(network_page)
        network_row = QHBoxLayout()
        network_row.addWidget(QLabel(translate("analysis.cooccurrence_view", "Minimum weight:"), self))
        network_row.addWidget(self.min_weight)
        network_row.addWidget(self.subcodes)
        network_row.addStretch(1)
        network_box.addLayout(network_row)
        network_box.addWidget(self.view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(matrix_page, translate("analysis.cooccurrence_view", "Matrix"))
        self.tabs.addTab(network_page, translate("analysis.cooccurrence_view", "Network"))
        self.tabs.currentChanged.connect(lambda *_: self.view.fit())
        hint = translate("analysis.cooccurrence_view", "Double-click a passage to open it in its document")
        split = beside(self, self.tabs, self.pair_title, self.passages, hint, [800, 420])
        bottom = QHBoxLayout()  # the exports under the views: the window fits 1366×768 at 150 %
        bottom.addWidget(self.status, 1)
        for button in (self.xlsx_button, self.png_button, self.svg_button):
            bottom.addWidget(button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(bottom)

    def _fill_values(self) -> None:
        name = str(self.attribute.currentData())
        self.value.blockSignals(True)
        self.value.clear()
        if name and self._index is not None:
            for v in self._index.attribute_values(name, [NONE_VALUE]):
                shown = translate("analysis.cooccurrence_view", "(none)") if v == NONE_VALUE else v
                self.value.addItem(shown, v)
        self.value.setVisible(bool(name))
        self.value.blockSignals(False)
        if name and self._index is None:
            return  # filled when the index is read (refresh)
        self.refresh()

    # -- options -----------------------------------------------------------------------------

    def set_options(
        self, mode: Mode = "overlap", unit: Unit = "excerpts", where: tuple[str, str] | None = None
    ) -> None:
        for combo, value in ((self.mode, mode), (self.unit, unit)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.attribute.blockSignals(True)
        self.attribute.setCurrentIndex(max(self.attribute.findData(where[0] if where else EVERYONE), 0))
        self.attribute.blockSignals(False)
        self._fill_values()
        if where is not None:
            self.value.setCurrentIndex(self.value.findData(where[1]))
        self.refresh()

    def where(self) -> dict[str, list[str]] | None:
        name, value = str(self.attribute.currentData()), self.value.currentData()
        return {name: [str(value)]} if name and value is not None else None

    # -- computing ---------------------------------------------------------------------------

    def _forget_index(self, change: object) -> None:
        from qcoder.core.changes import ChangeSet

        if isinstance(change, ChangeSet) and any(change.touches(k) for k in self.RELEVANT):
            self._index = None

    def refresh(self) -> None:
        project = self._ctx.project
        if project is None or self.busy():
            return
        mode, unit = cast(Mode, self.mode.currentData()), cast(Unit, self.unit.currentData())
        where, known = self.where(), self._index

        def task(progress: ProgressCallback, cancel: CancelToken) -> Counted:
            index = known if known is not None else project.counting_index(with_text=True)
            return Counted(index, compute_cooccurrence(index, Selection(), mode, unit, where), where)

        self.start_current(task, self._on_counted, self._on_failed)
        self.status.setText(translate("analysis.cooccurrence_view", "Counting…"))

    def _on_counted(self, counted: Counted) -> None:
        if not self.take_current():
            return
        first = self._index is None
        self.counted, self._index = counted, counted.index
        if first and self.attribute.currentData() and self.value.count() == 0:
            self._fill_values()  # the values of an attribute chosen before the index was read
            return
        self.model.set_matrix(counted.matrix)
        self.grid.resizeColumnsToContents()
        self.draw()
        m = counted.matrix
        where = ""
        if counted.where:
            where = translate("analysis.cooccurrence_view", " · speakers with {attribute} {value}").format(
                attribute=self.attribute.currentText(), value=self.value.currentText()
            )
        codes = count_text(
            len(m.code_ids),
            translate("analysis.cooccurrence_view", "{n} code"),
            translate("analysis.cooccurrence_view", "{n} codes"),
        )
        unit = translate("analysis.cooccurrence_view", UNITS[m.unit]).lower()
        mode = translate("analysis.cooccurrence_view", MODES[m.mode]).lower()
        text = translate("analysis.cooccurrence_view", "{codes} · {unit} counted · {mode}")
        self.status.setText(text.format(codes=codes, unit=unit, mode=mode) + where)
        if self.pair is not None:
            self.show_pair(*self.pair)
        self.computed.emit()

    def _on_failed(self, message: str) -> None:
        if self.sender() is self._current:
            self._current = None
        self.status.setText(translate("analysis.cooccurrence_view", "Not counted: {error}").format(error=message))

    def draw(self) -> None:
        if self.counted is None:
            return
        self.network = cooccurrence_network(
            self.counted.matrix, self.min_weight.value(), subcode_links=self.subcodes.isChecked()
        )
        colors = {cid: code.color for cid, code in self.counted.index.codes.items()}
        self.scene.show_network(self.network, colors)
        self.view.fit()

    # -- where two codes meet ------------------------------------------------------------------

    def show_pair(self, code_a: str, code_b: str) -> None:
        self.passages.clear()
        if self.counted is None or not code_a or code_a == code_b:
            return
        self.pair = (code_a, code_b)
        index, m = self.counted.index, self.counted.matrix
        found = meetings(index, Selection(), code_a, code_b, m.mode, self.counted.where)
        for meeting in found:
            self.passages.addItem(self._item(index, meeting))
        self.pair_title.setText(
            translate("analysis.cooccurrence_view", "<b>{a}</b> and <b>{b}</b> — {passages}").format(
                a=index.paths[code_a],
                b=index.paths[code_b],
                passages=count_text(
                    len(found),
                    translate("analysis.cooccurrence_view", "{n} passage"),
                    translate("analysis.cooccurrence_view", "{n} passages"),
                ),
            )
        )
        self.listed.emit()

    def _item(self, index: ProjectIndex, meeting: Meeting) -> QListWidgetItem:
        doc = index.documents[meeting.document_id]
        profile = index.attribute_span(meeting.document_id, meeting.start, meeting.end).profile
        speaker = index.speakers.get(profile.speaker_id or "")
        coder = index.coders.get(meeting.coder_id)
        text = one_line(doc.text[meeting.start : meeting.end])
        text = text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"
        who = " · ".join(x for x in (doc.name, speaker.label if speaker else "", coder.name if coder else "") if x)
        item = QListWidgetItem(f"{text}\n— {who}")
        item.setData(Qt.ItemDataRole.UserRole, meeting)
        return item

    def open_passage(self, item: QListWidgetItem) -> None:
        meeting = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(meeting, Meeting):
            self._ctx.document_requested.emit(meeting.document_id, meeting.start, meeting.end)

    # -- export ------------------------------------------------------------------------------

    def export_drawing(self, path: str | Path) -> Path:
        target = Path(path)
        if target.suffix.lower() == ".svg":
            return self.scene.write_svg(target)
        return self.scene.write_png(target)

    def export_matrix(self, path: str | Path) -> Path:
        if self.counted is None:
            raise RuntimeError("nothing counted yet")
        table = self.counted.matrix.to_table()
        write_table(Path(path), table.columns, table.rows, sheet="Co-occurrence")
        return Path(path)

    def _ask_drawing(self, kind: str) -> None:
        path = ask_save(
            self,
            self._ctx,
            translate("analysis.cooccurrence_view", "Export the network drawing"),
            f"co-occurrence.{kind}",
            kind,
        )
        if path is not None and write_or_warn(self, lambda: self.export_drawing(path)):
            self.status.setText(translate("analysis.cooccurrence_view", "Saved {file}").format(file=path.name))

    def _ask_xlsx(self) -> None:
        path = ask_save(
            self,
            self._ctx,
            translate("analysis.cooccurrence_view", "Export the co-occurrence matrix"),
            "co-occurrence.xlsx",
            "xlsx",
        )
        if path is not None and write_or_warn(self, lambda: self.export_matrix(path)):
            self.status.setText(translate("analysis.cooccurrence_view", "Saved {file}").format(file=path.name))

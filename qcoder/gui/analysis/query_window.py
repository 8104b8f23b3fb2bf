"""The Query window (Analysis → Query…): build a coding query, run it in a worker, read the
excerpts in context with the matching spans marked, counted by attribute; double-click opens an
excerpt in its document; export CSV/XLSX; code the results as a code (one undoable step); save,
load and delete queries kept in the project. While it is open, a change of codings, codes,
documents or attributes re-runs the query on the current data."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qcoder.analysis.query import QueryEngine, QueryExcerpt, QueryResult
from qcoder.app.queries import (
    code_results,
    delete_query,
    export_results,
    query_index,
    run_spec,
    save_query,
    saved_queries,
)
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.layout import save_start
from qcoder.gui.analysis.query_builder import QueryBuilder
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.screen_fit import fitted_size, wrapping
from qcoder.gui.themes import current as theme

CONTEXT_CHARS = 400
ANCHOR = "excerpt"
_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """The excerpts of a result, a record made for each row shown."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("analysis.query_window", "Document"),
        QT_TRANSLATE_NOOP("analysis.query_window", "Speaker"),
        QT_TRANSLATE_NOOP("analysis.query_window", "Coder"),
        QT_TRANSLATE_NOOP("analysis.query_window", "Codes"),
        QT_TRANSLATE_NOOP("analysis.query_window", "Excerpt"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query_result: QueryResult | None = None
        self._rows: dict[int, QueryExcerpt] = {}

    def set_result(self, result: QueryResult | None) -> None:
        self.beginResetModel()
        self.query_result, self._rows = result, {}
        self.endResetModel()

    def excerpt(self, row: int) -> QueryExcerpt | None:
        if self.query_result is None or not 0 <= row < self.query_result.count:
            return None
        found = self._rows.get(row)
        if found is None:
            found = self._rows[row] = self.query_result.excerpt(row)
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() or self.query_result is None else self.query_result.count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("analysis.query_window", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.excerpt(index.row()) if index.isValid() else None
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if e is None or self.query_result is None or not shown:
            return None
        col = index.column()
        if col == 4:
            text = " ".join(self.query_result.text(index.row()).split())
            return text if role == Qt.ItemDataRole.ToolTipRole or len(text) <= 160 else text[:157] + "…"
        values = (e.document, e.participant or e.speaker, e.coder, "; ".join(e.codes))
        return values[col]


def _found(result: QueryResult) -> str:
    """ "12 excerpts in 3 documents from 5 respondents"."""
    excerpts = count_text(
        result.count,
        translate("analysis.query_window", "{n} excerpt"),
        translate("analysis.query_window", "{n} excerpts"),
    )
    documents = count_text(
        result.documents,
        translate("analysis.query_window", "{n} document"),
        translate("analysis.query_window", "{n} documents"),
    )
    respondents = count_text(
        result.respondents,
        translate("analysis.query_window", "{n} respondent"),
        translate("analysis.query_window", "{n} respondents"),
    )
    text = translate("analysis.query_window", "{excerpts} in {documents} from {respondents}")
    return text.format(excerpts=excerpts, documents=documents, respondents=respondents)


def context_html(text: str, excerpt: QueryExcerpt, chars: int = CONTEXT_CHARS) -> str:
    """The excerpt in bold with ``chars`` characters around it, the matching spans marked."""
    lo, hi = max(0, excerpt.start - chars), min(len(text), excerpt.end + chars)
    cuts = sorted({lo, hi, excerpt.start, excerpt.end, *(x for s in excerpt.spans for x in s)})
    out = ["…" if lo > 0 else ""]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a < lo or b > hi or a == b:
            continue
        piece = escape(text[a:b]).replace("\n", "<br>")
        if any(s <= a and b <= e for s, e in excerpt.spans):
            piece = f'<span style="background-color: {theme().mark};">{piece}</span>'
        if a == excerpt.start:
            piece = f'<a name="{ANCHOR}"></a>{piece}'
        if excerpt.start <= a and b <= excerpt.end:
            piece = f"<b>{piece}</b>"
        out.append(piece)
    out.append("…" if hi < len(text) else "")
    head = f"<p><b>{escape(excerpt.document)}</b> · {escape(excerpt.participant or excerpt.speaker or '—')}"
    head += f" · {escape(excerpt.coder)} · {escape('; '.join(excerpt.codes))}</p>"
    return head + "<p>" + "".join(out) + "</p>"


class QueryDialog(RefreshingDialog):
    """Non-modal; Analysis → Query… opens it (:meth:`qcoder.gui.analysis_windows.AnalysisWindows.open_query`)."""

    RELEVANT = (Kind.CODING, Kind.CODE, Kind.CODER, Kind.ATTRIBUTE, Kind.DOCUMENT, Kind.PARTICIPANT, Kind.SPEAKER)
    computed = Signal()  # a result is shown
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("analysis.query_window", "Query"))
        self.engine: QueryEngine | None = None
        self.query_result: QueryResult | None = None
        self.builder = QueryBuilder(ctx.require_project(), self)
        self._build()
        self.resize(fitted_size(self, QSize(1250, 740)))

    def _build(self) -> None:
        self.saved = QComboBox(self)
        a11y(self.saved, translate("analysis.query_window", "Saved queries"))
        self.saved.setMinimumContentsLength(16)
        self.load_button = QPushButton(translate("analysis.query_window", "Load"), self)
        self.save_button = QPushButton(translate("analysis.query_window", "Save…"), self)
        self.delete_button = QPushButton(translate("analysis.query_window", "Delete"), self)
        self.run_button = QPushButton(translate("analysis.query_window", "Run"), self)
        self.run_button.setDefault(True)
        self.load_button.clicked.connect(lambda: self.load(self.saved.currentText()))
        self.save_button.clicked.connect(self._ask_save)
        self.delete_button.clicked.connect(self._delete)
        self.run_button.clicked.connect(self.refresh)
        self.builder.expression.returnPressed.connect(self.refresh)
        self.model = ResultsModel(self)
        self.table = QTableView(self)
        a11y(
            self.table,
            translate("analysis.query_window", "Query results"),
            translate("analysis.query_window", "The passages found: document, speaker, text. Enter opens one."),
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_context())
        self.table.doubleClicked.connect(lambda index: self.open_excerpt(index.row()))
        self.context = QTextBrowser(self)
        self._build_counts()
        self.export_button = QPushButton(translate("analysis.query_window", "Export…"), self)
        self.export_button.clicked.connect(self._ask_export)
        self.code_button = QPushButton(translate("analysis.query_window", "Code results as…"), self)
        self.code_button.clicked.connect(self._ask_code)
        self.status = QLabel(translate("analysis.query_window", "Pick codes or type an expression, then Run"), self)
        wrapping(self.status)  # a long result summary wraps: it never widens the window
        self._layout()
        self._fill_saved()
        self._enable_results()

    def _build_counts(self) -> None:
        """The counts of the result by the values of an attribute."""
        self.by = QComboBox(self)
        a11y(
            self.by,
            translate("analysis.query_window", "Counts by"),
            translate("analysis.query_window", "The attribute whose values the counts are broken down by"),
        )
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # empty until a run
        self.by.currentTextChanged.connect(lambda *_: self._show_counts())
        self.counts = QTableWidget(0, 4, self)
        a11y(
            self.counts,
            translate("analysis.query_window", "Counts"),
            translate("analysis.query_window", "Excerpts, documents and respondents for each value"),
        )
        self.counts.setHorizontalHeaderLabels(
            [
                translate("analysis.query_window", "Value"),
                translate("analysis.query_window", "Excerpts"),
                translate("analysis.query_window", "Documents"),
                translate("analysis.query_window", "Respondents"),
            ]
        )
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # the numbers as wide as they need, the value gets the rest
            self.counts.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.verticalHeader().hide()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("analysis.query_window", "Saved queries:"), self))
        top.addWidget(self.saved)
        for b in (self.load_button, self.save_button, self.delete_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.run_button)
        side = QSplitter(Qt.Orientation.Vertical, self)  # context over counts, either made taller
        side.addWidget(self.context)
        side.addWidget(self.counts)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        results = QSplitter(Qt.Orientation.Horizontal, self)
        results.addWidget(self.table)
        results.addWidget(side)
        results.setSizes([640, 560])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(
            QLabel(translate("analysis.query_window", "Counted by:"), self)
        )  # here, not above the counts: they get its height
        bottom.addWidget(self.by)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.code_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.builder)
        box.addWidget(results, 1)
        box.addLayout(bottom)

    # -- running -----------------------------------------------------------------------------

    def refresh(self) -> None:
        project = self._ctx.project
        spec = self.builder.spec()
        if project is None or not spec.query:
            return
        if self.busy():
            return
        engine = self.engine

        def task(progress: ProgressCallback, cancel: CancelToken) -> tuple[QueryEngine, QueryResult]:
            ready = engine if engine is not None else QueryEngine(query_index(project))
            return ready, run_spec(ready, spec)

        self.start_current(task, self._on_computed, self._on_failed)
        self.status.setText(translate("analysis.query_window", "Running…"))

    def _on_computed(self, found: tuple[QueryEngine, QueryResult]) -> None:
        if not self.take_current():
            return
        self.engine, self.query_result = found
        self.model.set_result(self.query_result)
        self.table.resizeColumnsToContents()
        for col in range(4):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 180))
        names = self.engine.index.attribute_names()
        if [self.by.itemText(i) for i in range(self.by.count())] != names:
            self.by.blockSignals(True)
            self.by.clear()
            self.by.addItems(names)
            self.by.blockSignals(False)
        self._show_counts()
        r = self.query_result
        self.status.setText(_found(r))
        self._enable_results()
        if r.count:
            self.table.selectRow(0)
        self.computed.emit()

    def _on_failed(self, message: str) -> None:
        if self.sender() is self._current:
            self._current = None
        self.status.setText(translate("analysis.query_window", "Not run: {error}").format(error=message))

    def _on_changed(self, change: ChangeSet) -> None:
        if any(change.touches(k) for k in self.RELEVANT):
            self.engine = None  # the next run reads the current data
        if self.query_result is not None:
            super()._on_changed(change)

    def _enable_results(self) -> None:
        has = self.query_result is not None and self.query_result.count > 0
        self.export_button.setEnabled(has)
        self.code_button.setEnabled(has)

    # -- results -----------------------------------------------------------------------------

    def _show_context(self) -> None:
        row = self.table.currentIndex().row()
        e = self.model.excerpt(row)
        if e is None or self.engine is None:
            self.context.clear()
            return
        self.context.setHtml(context_html(self.engine.index.documents[e.document_id].text, e))
        self.context.scrollToAnchor(ANCHOR)

    def _show_counts(self) -> None:
        self.counts.setRowCount(0)
        if self.query_result is None or not self.by.currentText():
            return
        rows = self.query_result.by_attribute(self.by.currentText())
        self.counts.setRowCount(len(rows))
        for i, c in enumerate(rows):
            for j, v in enumerate((c.value, c.excerpts, c.documents, c.respondents)):
                item = QTableWidgetItem(number(v) if isinstance(v, int) else str(v))
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(i, j, item)

    def open_excerpt(self, row: int) -> None:
        e = self.model.excerpt(row)
        if e is not None:
            self._ctx.document_requested.emit(e.document_id, e.start, e.end)

    def export(self, path: str | Path) -> Path | None:
        """Write the excerpts (and, for XLSX, the counts by every attribute) to ``path``."""
        if self.query_result is None or self.engine is None:
            return None
        written = export_results(self.engine.index, self.query_result, Path(path))
        self.status.setText(translate("analysis.query_window", "Saved {file}").format(file=written.name))
        self.exported.emit(str(written))
        return written

    def _ask_export(self) -> None:
        start = save_start(self._ctx, "query-results.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("analysis.query_window", "Export the results"),
            start,
            translate("analysis.query_window", "Excel (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            self._ctx.settings.set_last_directory(Path(name).parent)
            self.export(name)

    def code_as(self, path: str) -> int:
        """Code every excerpt of the result with the code at ``path`` (created if new) as the
        current coder: one undoable step."""
        project = self._ctx.project
        if project is None or self.query_result is None:
            return 0
        coder = self._ctx.coder.id if self._ctx.coder is not None else None
        added = code_results(project, self.query_result, path, coder)
        self.status.setText(
            translate("analysis.query_window", "Coded {n} excerpts as {code} (Edit → Undo takes it back)").format(
                n=number(added), code=path
            )
        )
        return added

    def _ask_code(self) -> None:
        path, ok = QInputDialog.getText(
            self,
            translate("analysis.query_window", "Code results as"),
            translate("analysis.query_window", "Code path (Parent > Child; created if new):"),
        )
        if ok and path.strip():
            try:
                self.code_as(path.strip())
            except Exception as exc:  # noqa: BLE001 - shown, not raised (a bad name, permission)
                QMessageBox.warning(
                    self,
                    translate("analysis.query_window", "Code results"),
                    translate("analysis.query_window", "The results were not coded.\n\n{error}").format(error=exc),
                )

    # -- saved queries -----------------------------------------------------------------------

    def _fill_saved(self) -> None:
        project = self._ctx.project
        names = list(saved_queries(project)) if project is not None else []
        self.saved.clear()
        self.saved.addItems(names)
        for b in (self.load_button, self.delete_button):
            b.setEnabled(bool(names))

    def save(self, name: str) -> None:
        project = self._ctx.project
        if project is not None:
            save_query(project, name, self.builder.spec())
            self._fill_saved()
            self.saved.setCurrentText(name)
            self.status.setText(translate("analysis.query_window", "Saved the query as {name}").format(name=name))

    def load(self, name: str) -> None:
        project = self._ctx.project
        spec = saved_queries(project).get(name) if project is not None else None
        if spec is not None:
            self.builder.set_spec(spec)
            self.refresh()

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("analysis.query_window", "Save query"),
            translate("analysis.query_window", "Name:"),
            text=self.saved.currentText(),
        )
        if ok and name.strip():
            try:
                self.save(name.strip())
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                QMessageBox.warning(
                    self,
                    translate("analysis.query_window", "Save query"),
                    translate("analysis.query_window", "The query was not saved.\n\n{error}").format(error=exc),
                )

    def _delete(self) -> None:
        project, name = self._ctx.project, self.saved.currentText()
        if project is not None and name:
            delete_query(project, name)
            self._fill_saved()

"""The analysis view: theme × group matrix with heat-map shading, a bar chart of the same, and
the excerpts behind a cell.

The project snapshot and the counts are computed in a worker (``qcoder.gui.workers``): the
snapshot once per change of the project (debounced), the counts for each choice of columns,
coders, rows or interviewers on the snapshot already read. Switching the count shown or the
shading only repaints. A star set or cleared on a coding (here, in the viewer or in the
excerpts panel) changes no count: it is applied in place, without computing anew.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from qcoder.analysis.matrix import (
    AnalysisData,
    Column,
    CountKind,
    ExcerptItem,
    Matrix,
    Options,
    RowMode,
    compute_matrix,
    fit_options,
    refresh_item,
    star_changes,
)
from qcoder.app import Project
from qcoder.core.cells import csv_writer
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import NotFound, QcoderError
from qcoder.core.model import Coding, Document
from qcoder.gui.analysis.cell_list import CellLister, Listing
from qcoder.gui.analysis.chart import BarChart
from qcoder.gui.analysis.controls import AnalysisControls
from qcoder.gui.analysis.drilldown import DrillDownPanel
from qcoder.gui.analysis.layout import arrange, chart_panel, export_buttons, matrix_table, save_start
from qcoder.gui.analysis.matrix_model import FrequencyMatrixModel
from qcoder.gui.analysis.refreshing import release_worker
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.texts import attribute_label
from qcoder.gui.workers import Worker, run_with_progress

DEBOUNCE_MS = 400
_SMALL_CHANGE = 50  # up to this many codings changed: check whether only stars or memos changed
_PATCH_LIMIT = 500  # up to this many codings changed: re-read them, not the whole project
_RELEVANT = (Kind.CODING, Kind.CODE, Kind.CODER, Kind.ATTRIBUTE, Kind.PARTICIPANT, Kind.SPEAKER, Kind.DOCUMENT)
KIND_NOTES = {
    CountKind.EXCERPTS: QT_TRANSLATE_NOOP(
        "analysis.view", "Excerpts: coded passages of the theme and its subcodes, merged per document and coder."
    ),
    CountKind.DOCUMENTS: QT_TRANSLATE_NOOP("analysis.view", "Documents: transcripts with at least one excerpt."),
    CountKind.PARTICIPANTS: QT_TRANSLATE_NOOP(
        "analysis.view", "Participants: respondents who speak an excerpt (an unlinked transcript counts as one)."
    ),
    CountKind.UNITS: QT_TRANSLATE_NOOP(
        "analysis.view", "Sites: sites where the theme comes up, of the sites where the group has respondents."
    ),
    CountKind.SHARE: QT_TRANSLATE_NOOP(
        "analysis.view", "Share: respondents who mention the theme ÷ respondents of the group."
    ),
}


def _coding_or_none(project: Project, coding_id: str) -> Coding | None:
    try:
        return project.coding(coding_id)
    except NotFound:
        return None


def _document(project: Project, data: AnalysisData, document_id: str) -> Document:
    """A document's fresh record; the text is read again only when it changed."""
    info = project.document_info(document_id)
    old = data.document(document_id)
    if old is not None and old.info.sha256 == info.sha256:
        return Document(info, old.text)
    return project.document(document_id)


class AnalysisView(QWidget):
    """Theme frequencies of the open project; construct as ``AnalysisView(ctx, parent)``."""

    computed = Signal()  # after a matrix was computed and shown (tests, status)
    message = Signal(str)  # a short status message for the main window's status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._data: AnalysisData | None = None
        self._stale = True  # the snapshot must be read anew
        # codings changed since the snapshot was read (re-read one by one); None = read it all
        self._coding_ids: set[str] | None = None
        self._doc_ids: set[str] = set()  # documents whose coding counts (or name) changed with them
        self._pending = False  # compute again when the running worker is done
        self._current: Worker | None = None
        self._workers: list[Worker] = []
        self._cell: tuple[str, tuple[str, ...]] | None = None  # drill-down: code id, column key
        self._stars = 0  # stars taken in place so far (a listing begun before one is listed again)
        self._listed: tuple[str, tuple[str, ...]] | None = None  # the cell whose excerpts are shown
        self._options = Options()
        self._split_fitted = False

        self.controls = AnalysisControls(self)
        self.controls.options_changed.connect(self._on_options)
        self.controls.display_changed.connect(self._on_display)
        self.copy_button, self.export_button = export_buttons(self, self.copy_table, self._ask_csv, self._ask_xlsx)
        self.controls.row2.addWidget(self.copy_button)
        self.controls.row2.addWidget(self.export_button)
        self.model = FrequencyMatrixModel(self)
        self.table = matrix_table(self, self.model)
        self.table.verticalHeader().sectionClicked.connect(self._on_row_header)
        self.table.copy_requested.connect(self.copy_table)
        self.table.clicked.connect(self._on_cell_clicked)
        self.table.activated.connect(self._on_cell_clicked)  # Enter on the current cell
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self._fit_columns)
        self.chart = BarChart(self.model, self)
        self.chart.bar_clicked.connect(self._on_bar_clicked)
        self.chart_mode, self.chart_color, chart_box = chart_panel(self, self.chart)
        self.drill = DrillDownPanel(self)
        self.drill.open_requested.connect(self.open_excerpt)
        self.drill.star_requested.connect(self.toggle_star)
        self.lister = CellLister(self)  # a large cell's excerpts are listed in a worker
        self.lister.listed.connect(self._on_listed)
        self.lister.failed.connect(self._on_list_failed)
        self.note = QLabel(self)
        self.note.setObjectName("AnalysisNote")
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("AnalysisStatus")
        self.top_split, self.split = arrange(
            self, self.controls, self.table, self.note, chart_box, self.drill, self.status
        )
        self.setObjectName("AnalysisView")  # styled by the theme (qcoder.gui.style)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        ctx.changed.connect(self._on_changed)
        ctx.project_opened.connect(self._on_project)
        ctx.project_closed.connect(self._on_project)
        self._on_project()

    # --- computing ----------------------------------------------------------------------------
    def _on_list_failed(self, message: str) -> None:
        self.drill.title.setText(translate("analysis.view", "Not listed: {error}").format(error=message))

    def _on_project(self) -> None:
        self.wait()
        self._current = None  # results of the last project are dropped
        self._pending = False
        self._debounce.stop()
        self._data = None
        self._stale, self._coding_ids = True, None
        self._cell = self._listed = None
        self.lister.forget()
        self.model.set_matrix(None)
        self.drill.show_items(
            translate("analysis.view", "Click a cell of the table to list the excerpts behind it."), []
        )
        self._update_note()
        if self._ctx.project is not None:
            self.refresh()

    def refresh(self) -> None:
        """Compute the matrix for the current choices (in a worker); ``computed`` follows."""
        project = self._ctx.project
        if project is None:
            return
        if self._current is not None:
            self._pending = True  # once the running computation is in
            return
        if not self.isVisible():
            self._pending = True  # computed when shown (a closed dock costs nothing)
            return
        self._pending = False
        base = self._data
        data = None if self._stale else base
        patch = self._coding_ids if self._stale and base is not None else None
        doc_ids = set(self._doc_ids)
        self._stale, self._coding_ids, self._doc_ids = False, set(), set()
        options = self.controls.options() if base is not None else self._options

        def task(progress: object, cancel: object) -> tuple[AnalysisData, Matrix]:
            if data is not None:
                d = data
            elif patch is not None and base is not None:
                d = base.with_codings(
                    {cid: _coding_or_none(project, cid) for cid in patch},
                    {i: _document(project, base, i) for i in doc_ids},
                )
            else:  # codings as columns: no record per coding (500k records: 4 s, and GC pauses)
                d = AnalysisData(project.counting_index(with_text=True, with_ids=True))
            if d is not data:  # its excerpt places, indexed here rather than on a click of a cell
                d.index_places()
            return d, compute_matrix(d, fit_options(d, options))

        worker = Worker(task, self)
        worker.finished.connect(self._on_computed)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_worker_done)
        self._workers.append(worker)
        self._current = worker
        self.status.setText(translate("analysis.view", "Counting…"))
        worker.start()

    def _on_computed(self, result: tuple[AnalysisData, Matrix]) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()
        if worker is not self._current or self._ctx.project is None:
            return
        self._current = None
        self._data, matrix = result
        self._options = matrix.options
        self.controls.set_attributes(self._data.attribute_names(), matrix.options)
        self.controls.set_coders(self._data.coder_names(), matrix.options.coders)
        self.model.set_kind(self.controls.kind())
        self.model.set_shading(self.controls.shading())
        self.model.set_matrix(matrix)
        self._restore_cell()
        self._update_note()
        self.status.setText(self._summary(matrix))
        self.computed.emit()
        if self._pending:
            self.refresh()

    def _on_failed(self, message: str) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()
        if worker is self._current:
            self._current = None
            self._stale, self._coding_ids = True, None
            self.status.setText(
                translate("analysis.view", "The counts could not be computed: {error}").format(error=message)
            )
            if self._pending:
                self.refresh()

    def _on_worker_done(self) -> None:
        release_worker(self._workers, self.sender())

    def is_computing(self) -> bool:
        return self._current is not None or self._debounce.isActive()

    def wait(self) -> None:
        """Wait for running computations (before the project closes; tests)."""
        for worker in list(self._workers):
            worker.wait()
        self.lister.wait()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending or (self._stale and self._ctx.project is not None):
            QTimer.singleShot(0, self.refresh)

    def _on_options(self) -> None:
        self.refresh()

    def _on_display(self) -> None:
        self.model.set_kind(self.controls.kind())
        self.model.set_shading(self.controls.shading())
        self._update_note()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._ctx.project is None or not any(changes.touches(k) for k in _RELEVANT):
            return
        # codings and documents (changed, not added or removed) can be re-read one by one
        others = [k for k in _RELEVANT if k not in (Kind.CODING, Kind.DOCUMENT)]
        patchable = not any(changes.touches(k) for k in others) and not (
            changes.added.get(Kind.DOCUMENT) or changes.removed.get(Kind.DOCUMENT)
        )
        ids = changes.changed.get(Kind.CODING, set())
        only_changed = not (
            changes.touches(Kind.DOCUMENT) or changes.added.get(Kind.CODING) or changes.removed.get(Kind.CODING)
        )
        if (
            patchable
            and only_changed
            and self._data is not None
            and 0 < len(ids) <= _SMALL_CHANGE
            and self._apply_in_place(ids)
        ):
            return
        if patchable and self._coding_ids is not None:
            # coding commands also mark their documents changed (coding counts): re-read those
            self._coding_ids |= changes.ids(Kind.CODING)
            self._doc_ids |= changes.ids(Kind.DOCUMENT)
            if len(self._coding_ids) > _PATCH_LIMIT or len(self._doc_ids) > _PATCH_LIMIT // 10:
                self._coding_ids = None
        else:
            self._coding_ids = None
        self._stale = True
        self._debounce.start()

    def _apply_in_place(self, coding_ids: set[str]) -> bool:
        """Stars and memos change no count: take them without computing anew."""
        assert self._ctx.project is not None and self._data is not None
        fresh: list[Coding] = []
        for cid in coding_ids:
            try:
                fresh.append(self._ctx.project.coding(cid))
            except NotFound:
                return False
        if not self._data.apply_coding_updates(fresh):
            return False
        self._stars += 1
        data = self._data
        # only the listed excerpts with these codings behind them (a cell may list 70,000)
        touched = [i for i in self.drill.model.records() if not coding_ids.isdisjoint(i.coding_ids)]
        self.drill.replace_items([refresh_item(data, item) for item in touched])
        return True

    # --- drill-down ---------------------------------------------------------------------------
    def _on_cell_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.show_cell(index.row(), index.column())

    def _on_row_header(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.show_cell(row, 0)

    def _on_bar_clicked(self, code_id: str, column: int) -> None:
        row = self.model.row_of(code_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))
            self.show_cell(row, column)

    def show_cell(self, row: int, column: int) -> None:
        """List the excerpts behind a cell in the panel under the matrix."""
        self._cell = (self.model.row(row).code_id, self.model.column(column).key)
        self._show_drill()

    def _restore_cell(self) -> None:
        if self._cell is None:
            return
        if self.model.row_of(self._cell[0]) < 0 or Column(self._cell[1]) not in self.model.columns():
            self._cell = self._listed = None
            self.drill.show_items(
                translate("analysis.view", "Click a cell of the table to list the excerpts behind it."), []
            )
            return
        self._show_drill()

    def _show_drill(self) -> None:
        """List the cell's excerpts (a large cell in a worker: ``_on_listed`` shows them)."""
        matrix, data = self.model.matrix, self._data
        if self._cell is None or matrix is None or data is None:
            return
        code_id, key = self._cell
        row = self.model.row_of(code_id)
        column = self.model.columns().index(Column(key))
        size = self.model.cell(row, column).excerpts
        same = self._listed == self._cell  # listed again (counted anew): rows that differ change
        shown = self.drill.model.records() if same else []
        if self.lister.request(data, matrix, code_id, Column(key), size=size, shown=shown, tag=self._stars):
            where = self.model.column_description(column)
            title = translate("analysis.view", "{code} — {where}: listing {excerpts}…").format(
                code=self.model.row(row).name, where=where, excerpts=self._excerpts(size)
            )
            if same:
                self.drill.title.setText(title)
            else:  # another cell's rows are not shown under this title (nor repainted meanwhile)
                self._listed = None
                self.drill.show_items(title, [])

    def _on_listed(self, listing: Listing) -> None:
        matrix = self.model.matrix
        if matrix is not listing.matrix or self._cell != (listing.code_id, listing.column.key):
            return  # listed for counts or a cell no longer shown
        if listing.tag != self._stars:
            self._show_drill()  # a star was taken while listing: list again with it
            return
        row = self.model.row_of(listing.code_id)
        where = self.model.column_description(self.model.columns().index(listing.column))
        title = translate("analysis.view", "{code} — {where}: {excerpts}").format(
            code=self.model.row(row).name, where=where, excerpts=self._excerpts(len(listing.items))
        )
        if listing.changed is not None:  # the same excerpts: only the rows that differ change
            self.drill.title.setText(title)
            self.drill.replace_items(listing.changed)
        else:
            group_title = " · ".join(attribute_label(a) for a in matrix.options.by()) or translate(
                "analysis.view", "Group"
            )
            self.drill.show_items(title, listing.items, group_title)
        self._listed = self._cell

    def open_excerpt(self, item: ExcerptItem) -> None:
        self._ctx.document_requested.emit(item.document_id, item.start, item.end)

    def toggle_star(self, item: ExcerptItem) -> None:
        """Star (or unstar) the codings behind an excerpt as exemplars: one undo step."""
        project, data = self._ctx.project, self._data
        if project is None or data is None:
            return
        changes = star_changes(data, refresh_item(data, item))
        if not changes:
            return
        stack = self._ctx.undo_stack
        label = (
            translate("analysis.view", "Unstar excerpt")
            if item.exemplar
            else translate("analysis.view", "Star excerpt")
        )
        try:
            if len(changes) > 1:
                stack.beginMacro(label)
            try:
                for coding_id, flag in changes:
                    project.update_coding(coding_id, exemplar=flag)
            finally:
                if len(changes) > 1:
                    stack.endMacro()
        except QcoderError as exc:
            QMessageBox.warning(self, translate("analysis.view", "Theme frequencies"), user_message(exc))

    # --- selection, chart ---------------------------------------------------------------------
    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        columns = [i.column() for i in self.table.selectionModel().selectedColumns()]
        self.chart.set_columns([c for c in columns if c > 0] or columns)

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.chart.set_code_row(current.row() if current.isValid() else -1)

    def _fit_columns(self) -> None:
        """Column widths from the header lines and the widest figure (measured, not sampled
        from every cell: a group × site table has thousands)."""
        hh = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        for c in range(self.model.columnCount()):
            label = str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
            head = max((fm.horizontalAdvance(line) for line in label.split("\n")), default=0) + 22
            cells = max((fm.horizontalAdvance(t) for t in self.model.widest_texts(c)), default=0) + 18
            hh.resizeSection(c, max(head, cells, 56))
        if not self._split_fitted and self.model.columnCount() and self.top_split.width() > 0:
            self._split_fitted = True  # once: later the user's split is kept
            vh = self.table.verticalHeader()
            names = max(
                (vh.fontMetrics().horizontalAdvance("    " * r.depth + r.name) for r in self.model.rows()), default=0
            )
            need = (
                min(names + 48, vh.maximumWidth())
                + hh.length()
                + self.table.verticalScrollBar().sizeHint().width()
                + 2 * self.table.frameWidth()
                + 4
            )
            total = sum(self.top_split.sizes())
            if total - need >= 380:
                self.top_split.setSizes([need, total - need])

    # --- copy and export ----------------------------------------------------------------------
    def table_text(self) -> str:
        """The selected cells (their bounding rows and columns), or the whole table, as TSV."""
        indexes = self.table.selectionModel().selectedIndexes()
        if len(indexes) <= 1:
            return self.model.tsv()
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        return self.model.tsv(rows, cols)

    def copy_table(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
        self._say(translate("analysis.view", "Table copied: paste it into a report or a spreadsheet."))

    def export_csv(self, path: str | Path) -> Path:
        """The table as shown (current count, every row and column) as a CSV file."""
        path = Path(path)
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            csv_writer(fh).writerows(self.model.grid())
        return path

    def export_xlsx(self, path: str | Path) -> Path | None:
        """The analysis workbook (frequencies by the chosen attributes, co-occurrence, codebook,
        excerpts) with the view's coders, rows and interviewers, written in a worker."""
        project, matrix = self._ctx.project, self.model.matrix
        if project is None or self._data is None or matrix is None:
            return None
        from qcoder.exporters.xlsx_export import export_xlsx

        opts = matrix.options
        codes = [r.code_id for r in matrix.rows] if opts.rows == RowMode.TOP else None
        target = Path(path)

        def task(progress: object, cancel: object) -> Path:
            return export_xlsx(
                project.snapshot(),  # the codings sheet needs records (memos, times), not columns
                target,
                by=opts.by(),
                coders=opts.coders,
                codes=codes,
                include_interviewers=opts.include_interviewers,
            )

        worker = run_with_progress(self, translate("analysis.view", "Saving the analysis workbook…"), task)
        if worker.outcome != "finished":
            QMessageBox.warning(
                self,
                translate("analysis.view", "Export"),
                translate("analysis.view", "The workbook could not be saved.")
                + (f"\n\n{user_message(worker.error)}" if worker.error else ""),
            )
            return None
        self._say(translate("analysis.view", "Saved {file}").format(file=target.name))
        return target

    def _ask_csv(self) -> None:
        start = self._start_path("theme-frequencies.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("analysis.view", "Save table as CSV"), start, translate("analysis.view", "CSV (*.csv)")
        )
        if name:
            self._ctx.settings.set_last_directory(Path(name).parent)
            try:
                self.export_csv(name)
                self._say(translate("analysis.view", "Saved {file}").format(file=Path(name).name))
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    translate("analysis.view", "Export"),
                    translate("analysis.view", "The file could not be written.\n\n{error}").format(error=exc),
                )

    def _ask_xlsx(self) -> None:
        start = self._start_path("theme-frequencies.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("analysis.view", "Save analysis workbook"),
            start,
            translate("analysis.view", "Excel workbook (*.xlsx)"),
        )
        if name:
            self._ctx.settings.set_last_directory(Path(name).parent)
            self.export_xlsx(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def _start_path(self, file_name: str) -> str:
        return save_start(self._ctx, file_name)

    # --- wording ------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message.emit(text)

    def _update_note(self) -> None:
        matrix = self.model.matrix
        kind = self.controls.kind()
        parts = [translate("analysis.view", KIND_NOTES[kind])]
        if matrix is not None:
            if kind == CountKind.EXCERPTS and len(matrix.coder_ids) > 1:
                note = translate(
                    "analysis.view",
                    "{n} coders are counted: a passage both coded counts twice (pick one coder or the consensus).",
                )
                parts.append(note.format(n=len(matrix.coder_ids)))
            if not matrix.options.include_interviewers:
                parts.append(translate("analysis.view", "Interviewers not counted."))
        self.note.setText(" ".join(parts))

    def _summary(self, matrix: Matrix) -> str:
        names = self._data.coder_names() if self._data is not None else {}
        coders = ", ".join(names.get(c, c) for c in matrix.coder_ids) or translate("analysis.view", "no coder")
        result = matrix.result
        documents = count_text(
            result.documents, translate("analysis.view", "{n} document"), translate("analysis.view", "{n} documents")
        )
        respondents = count_text(
            result.overall.respondents,
            translate("analysis.view", "{n} respondent"),
            translate("analysis.view", "{n} respondents"),
        )
        text = translate("analysis.view", "{documents} · {respondents} · coded by {coders}")
        return text.format(documents=documents, respondents=respondents, coders=coders)

    @staticmethod
    def _excerpts(n: int) -> str:
        return count_text(n, translate("analysis.view", "{n} excerpt"), translate("analysis.view", "{n} excerpts"))

"""The word-frequencies window (Analysis → Word frequencies): lemmas counted in the speech of
respondents (interviewers' on request), by an attribute, with the project's stop words left out;
the selected lemma's keyword-in-context lines, a double-click opening one in its document with
the word selected; CSV/XLSX export.

The project's words are analysed (spaCy, or the basic pipeline without a trained model) in a
worker with progress and Cancel when the window opens, when "By" changes and when documents,
speakers or attributes change; stop words, interviewers and the minimum count are applied to the
result at once (:class:`qcoder.nlp.words.WordIndex`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcoder.app.tables import write_table
from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.progress import CancelToken, ProgressCallback
from qcoder.core.stop_words import META_KEY, StopWords
from qcoder.gui.accessibility import a11y
from qcoder.gui.analysis.layout import ask_save, beside, compact, write_or_warn
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.analysis.stop_words_dialog import StopWordsDialog
from qcoder.gui.analysis.word_cloud import WordCloud
from qcoder.gui.analysis.words_model import KwicModel, WordsModel
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, translate
from qcoder.gui.record_model import SourceSortProxy
from qcoder.gui.screen_fit import fitted_size
from qcoder.gui.style import set_tone
from qcoder.nlp.pipeline import pipeline_info
from qcoder.nlp.words import WordFrequencies, WordIndex, word_index

DEGRADED = QT_TRANSLATE_NOOP(
    "analysis.words_view",
    "Basic language pipeline (no trained English model): lemmas come from a lookup table, so some forms are not joined. Install one with pip install 'qcoder[model]'.",  # noqa: E501 - one literal for lupdate
)


class _ElideRight(QStyledItemDelegate):
    """The context after the keyword loses its end, not its start (the view elides on the left)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


def _table_view(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


class WordsDialog(RefreshingDialog):
    """Non-modal; construct as ``WordsDialog(ctx, parent)`` and show it."""

    RELEVANT = (Kind.DOCUMENT, Kind.SPEAKER, Kind.PARTICIPANT, Kind.ATTRIBUTE)
    computed = Signal()  # the words were analysed and the table shown
    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(translate("analysis.words_view", "Word frequencies"))
        self.index: WordIndex | None = None
        self.frequencies: WordFrequencies | None = None
        self.stop_words = ctx.require_project().stop_words()
        self._build()
        self._layout()
        ctx.changed.connect(self._on_settings_changed)
        self.resize(fitted_size(self, QSize(1180, 700)))

    # -- widgets -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.by = a11y(
            compact(QComboBox(self), 14),
            translate("analysis.words_view", "Breakdown"),
            translate("analysis.words_view", "The attribute whose values split the counts"),
        )
        self.by.addItem(translate("analysis.words_view", "(no breakdown)"), "")
        project = self._ctx.require_project()
        for name in dict.fromkeys(a.name for a in project.attributes()):
            self.by.addItem(name, name)
        self.by.currentIndexChanged.connect(self.refresh)
        self.interviewers = QCheckBox(translate("analysis.words_view", "Interviewers too"), self)
        self.interviewers.setToolTip(
            translate("analysis.words_view", "Count the interviewers' words as well as the respondents'")
        )
        self.with_stop_words = QCheckBox(translate("analysis.words_view", "Stop words too"), self)
        self.min_count = a11y(
            QSpinBox(self),
            translate("analysis.words_view", "Minimum count"),
            translate("analysis.words_view", "Leave out lemmas used fewer times"),
        )
        self.min_count.setRange(1, 100_000)
        self.min_count.setValue(2)
        self.min_count.setToolTip(translate("analysis.words_view", "Leave out lemmas used fewer times"))
        for signal in (self.interviewers.toggled, self.with_stop_words.toggled, self.min_count.valueChanged):
            signal.connect(self.apply)
        self.finder = a11y(QLineEdit(self), translate("analysis.words_view", "Find a lemma"))
        self.finder.setPlaceholderText(translate("analysis.words_view", "Find a lemma"))
        self.finder.setClearButtonEnabled(True)
        self.stop_button = QPushButton(translate("analysis.words_view", "Stop words…"), self)
        self.stop_button.clicked.connect(self.edit_stop_words)
        self.csv_button = QPushButton(translate("analysis.words_view", "Export CSV…"), self)
        self.xlsx_button = QPushButton(translate("analysis.words_view", "Export XLSX…"), self)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self._build_views()

    def _build_views(self) -> None:
        """The lemma table, the cloud, the keyword-in-context lines and the status."""
        self.model = WordsModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.finder.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = a11y(
            _table_view(self),
            translate("analysis.words_view", "Word frequencies"),
            translate("analysis.words_view", "One row per lemma with its counts"),
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_kwic())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.cloud = WordCloud(self)
        self.cloud.picked.connect(self._pick_from_cloud)
        self.kwic_model = KwicModel(self)
        self.kwic = _table_view(self)
        a11y(
            self.kwic,
            translate("analysis.words_view", "Keyword in context"),
            translate("analysis.words_view", "The passages where the selected lemma is used"),
        )
        self.kwic.setModel(self.kwic_model)
        self.kwic.setSortingEnabled(True)  # by what comes before or after the keyword, too
        self.kwic.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # project order until a header is clicked
        self.kwic.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self._elide_right = _ElideRight(self.kwic)
        self.kwic.doubleClicked.connect(self.open_line)
        self.kwic_title = QLabel(translate("analysis.words_view", "Select a lemma to see it in context"), self)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(translate("analysis.words_view", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel("" if pipeline_info().trained else translate("analysis.words_view", DEGRADED), self)
        self.note.setWordWrap(True)
        set_tone(self.note, "warn")
        self.note.setVisible(bool(self.note.text()))
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # a long status wraps rather than widen the window

    def _layout(self) -> None:
        top = QHBoxLayout()  # two short rows rather than one: the window fits 1366×768 at 150 %
        top.addWidget(QLabel(translate("analysis.words_view", "By:"), self))
        top.addWidget(self.by)
        top.addWidget(self.interviewers)
        top.addWidget(self.with_stop_words)
        top.addWidget(QLabel(translate("analysis.words_view", "Min. count:"), self))
        top.addWidget(self.min_count)
        top.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        lemmas = QWidget(self)
        left = QVBoxLayout(lemmas)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.finder)
        self.views = QTabWidget(self)
        self.views.addTab(self.table, translate("analysis.words_view", "Table"))
        self.views.addTab(self.cloud, translate("analysis.words_view", "Cloud"))
        left.addWidget(self.views, 1)
        hint = translate("analysis.words_view", "Double-click a line to open it in its document")
        split = beside(self, lemmas, self.kwic_title, self.kwic, hint, [460, 720])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (self.stop_button, self.csv_button, self.xlsx_button):
            bottom.addWidget(button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.note)
        box.addLayout(running)
        box.addWidget(split, 1)
        box.addLayout(bottom)
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    # -- analysing ---------------------------------------------------------------------------

    def attribute(self) -> str | None:
        return str(self.by.currentData()) or None

    def set_attribute(self, name: str | None) -> None:
        self.by.setCurrentIndex(max(self.by.findData(name or ""), 0))

    def refresh(self) -> None:
        project = self._ctx.project
        if project is None or self.busy():
            return
        attribute = self.attribute()

        def task(progress: ProgressCallback, cancel: CancelToken) -> WordIndex:
            return word_index(project, attribute, progress=progress, cancel=cancel)

        self._current = worker = self.start_worker(task, self._on_indexed, self._on_failed)
        worker.progress.connect(self._on_progress)
        worker.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.status.setText(translate("analysis.words_view", "Reading the words…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if message:
            self.status.setText(translate("analysis.words_view", "Analysing {what}…").format(what=message))

    def cancel(self) -> None:
        if self._current is not None:
            self._current.cancel()
            self.status.setText(translate("analysis.words_view", "Cancelling…"))

    def _on_cancelled(self) -> None:
        if self.sender() is self._current:
            self._current = None
            self._pending = False
            self._set_running(False)
            self.status.setText(
                translate("analysis.words_view", "Cancelled. Change “By” or reopen the window to count again.")
            )

    def _on_failed(self, message: str) -> None:
        if self.sender() is self._current:
            self._current = None
            self._set_running(False)
            self.status.setText(translate("analysis.words_view", "Not counted: {error}").format(error=message))

    def _on_indexed(self, index: WordIndex) -> None:
        if not self.take_current():
            return
        self._set_running(False)
        self.index = index
        self.apply()
        self.computed.emit()

    def apply(self) -> None:
        """Count the index again with the current stop words, interviewers and minimum count."""
        if self.index is None:
            return
        stops = None if self.with_stop_words.isChecked() else self.stop_words
        self.frequencies = self.index.frequencies(
            stops, include_interviewers=self.interviewers.isChecked(), min_count=self.min_count.value()
        )
        self.model.set_table(self.frequencies.table())
        self.cloud.set_words([(lemma, total) for lemma, total, _docs, _by in self.frequencies.rows])
        words = sum(self.frequencies.words_per_group.values())
        lemmas = count_text(
            len(self.frequencies.rows),
            translate("analysis.words_view", "{n} lemma"),
            translate("analysis.words_view", "{n} lemmas"),
        )
        counted = count_text(
            words, translate("analysis.words_view", "{n} word"), translate("analysis.words_view", "{n} words")
        )
        documents = count_text(
            len(self.index.documents),
            translate("analysis.words_view", "{n} document"),
            translate("analysis.words_view", "{n} documents"),
        )
        text = translate("analysis.words_view", "{lemmas} · {words} in {documents}")
        self.status.setText(text.format(lemmas=lemmas, words=counted, documents=documents))
        self.show_kwic()

    def _on_settings_changed(self, change: ChangeSet) -> None:
        if META_KEY in change.changed.get(Kind.PROJECT, set()) and self._ctx.project is not None:
            self.stop_words = self._ctx.project.stop_words()
            self.apply()

    # -- the selected lemma --------------------------------------------------------------------

    def selected_lemma(self) -> str | None:
        current = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.lemma_at(current.row()) if current.isValid() else None

    def select_lemma(self, lemma: str) -> None:
        row = self.model.row_of(lemma)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _pick_from_cloud(self, lemma: str) -> None:
        if self.finder.text().casefold() not in lemma.casefold():
            self.finder.clear()  # the table must hold the lemma to select it
        self.select_lemma(lemma)

    def show_kwic(self) -> None:
        lemma = self.selected_lemma()
        self.cloud.select(lemma)
        if lemma is None or self.index is None:
            self.kwic_model.set_lines([], None)
            self.kwic_title.setText(translate("analysis.words_view", "Select a lemma to see it in context"))
            return
        lines = self.index.kwic(lemma, include_interviewers=self.interviewers.isChecked())
        self.kwic_model.set_lines(lines, self.index.attribute)
        self._fit_kwic_columns()
        found = count_text(
            len(lines), translate("analysis.words_view", "{n} line"), translate("analysis.words_view", "{n} lines")
        )
        self.kwic_title.setText(
            translate("analysis.words_view", "<b>{lemma}</b> in context — {lines}").format(lemma=lemma, lines=found)
        )

    def _fit_kwic_columns(self) -> None:
        """Who said it fitted to its contents, at most a fifth of the width each (elided on the
        right: long survey document names kept the contexts out of view at 150 %); the keyword
        centred between its contexts, which share the rest (the context before is elided on its
        left, the one after on its right)."""
        view, n = self.kwic, self.kwic_model.columnCount()
        for column in range(n - 3):
            view.resizeColumnToContents(column)
            view.setColumnWidth(column, min(view.columnWidth(column), view.viewport().width() // 5))
            view.setItemDelegateForColumn(column, self._elide_right)
        view.resizeColumnToContents(n - 2)
        rest = view.viewport().width() - sum(view.columnWidth(c) for c in range(n - 3)) - view.columnWidth(n - 2)
        view.setColumnWidth(n - 3, max(rest // 2, 120))
        view.horizontalHeader().setStretchLastSection(True)
        view.setItemDelegateForColumn(n - 1, self._elide_right)  # (on the keyword too after a switch: harmless)

    def open_line(self, index: QModelIndex) -> None:
        """Show the line's document in the main window with the word selected."""
        if index.isValid():
            line = self.kwic_model.line(index.row())
            self._ctx.document_requested.emit(line.document_id, line.start, line.end)

    def _table_menu(self, pos: QPoint) -> None:
        lemma = self.selected_lemma()
        if lemma is None:
            return
        menu = QMenu(self)
        menu.addAction(
            translate("analysis.words_view", "Add “{lemma}” to the stop words").format(lemma=lemma),
            lambda: self.add_stop_word(lemma),
        )
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- stop words --------------------------------------------------------------------------

    def add_stop_word(self, lemma: str) -> None:
        chosen = StopWords(self.stop_words.added | {lemma}, self.stop_words.kept - {lemma})
        self._save_stop_words(chosen)

    def _save_stop_words(self, chosen: StopWords) -> None:
        try:
            self._ctx.require_project().set_stop_words(chosen)
        except Exception as exc:  # noqa: BLE001 - shown to the user (read-only, permissions)
            QMessageBox.warning(
                self,
                translate("analysis.words_view", "Stop words"),
                translate("analysis.words_view", "The stop words were not saved.\n\n{error}").format(
                    error=user_message(exc)
                ),
            )

    def edit_stop_words(self) -> StopWordsDialog:
        dialog = StopWordsDialog(self._ctx, self)
        dialog.open()
        return dialog

    # -- export ------------------------------------------------------------------------------

    def export(self, path: str | Path) -> Path:
        """The table shown (every lemma, whatever the filter) as CSV or XLSX, by suffix."""
        if self.frequencies is None:
            raise RuntimeError("nothing counted yet")
        target = Path(path)
        table = self.frequencies.table()
        write_table(target, table.columns, table.rows, sheet="Word frequencies")
        self.status.setText(translate("analysis.words_view", "Saved {file}").format(file=target.name))
        self.exported.emit(str(target))
        return target

    def _ask_export(self, kind: str) -> None:
        path = ask_save(
            self,
            self._ctx,
            translate("analysis.words_view", "Export word frequencies"),
            f"word-frequencies.{kind}",
            kind,
        )
        if path is not None:
            write_or_warn(self, lambda: self.export(path))

    def done(self, result: int) -> None:
        """Closing (or the project closing) cancels an analysis still running rather than wait for it."""
        for worker in self._workers:
            worker.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for worker in self._workers:
            worker.cancel()
        super().closeEvent(event)

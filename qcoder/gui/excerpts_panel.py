"""The coded-excerpts panel: every excerpt of the code(s) selected in the codebook.

Rows come from :class:`qcoder.gui.excerpt_rows.ExcerptLoader` (bulk queries, cached texts).
Filters: coder, one attribute value (document or participant attributes), starred only and
free text. Click the star to mark an excerpt as an exemplar; double-click (or Enter) shows it
in the document viewer through ``ctx.document_requested``. The Time column is where the excerpt
starts in the document's recording; its context menu's "Play from here" shows the excerpt and
plays the recording from there (``play_requested``, wired to the player dock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.errors import NotFound, QcoderError
from qcoder.core.media import hms
from qcoder.core.model import Coding
from qcoder.gui.accessibility import a11y
from qcoder.gui.background import keep_until_done, wait_all
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.excerpt_rows import ExcerptLoader, ExcerptRow
from qcoder.gui.excerpt_table import Column, ExcerptTableModel, excerpt_tooltip, star_column
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.record_model import ID_ROLE, RECORD_ROLE, Index, SourceSortProxy
from qcoder.gui.team.blind import visible_coder_ids
from qcoder.gui.texts import attribute_label, one_line
from qcoder.gui.workers import Worker

# the excerpt comes early so a narrow dock still shows it
STAR, DOCUMENT, EXCERPT, SPEAKER, SITE, GROUP, CODER, CODE, TIME = range(9)
SITE_ATTRIBUTE = "site"
GROUP_ATTRIBUTE = "stakeholder_group"
_SMALL_CHANGE = 50  # up to this many codings changed: fetch them one by one, else re-read in bulk


def _place(row: ExcerptRow) -> tuple[Any, ...]:
    return row.document.casefold(), row.coding.start, row.coding.end, row.coding.coder_id


def _speaker(row: ExcerptRow) -> str:
    return (
        translate("excerpts_panel", "{speaker} (interviewer)").format(speaker=row.speaker)
        if row.is_interviewer and row.speaker
        else row.speaker
    )


def _participant(row: ExcerptRow) -> str | None:
    return translate("excerpts_panel", "Participant: {name}").format(name=row.participant) if row.participant else None


def _columns() -> tuple[Column, ...]:
    """The table's columns, their headers in the window's language."""
    return (
        star_column(lambda r: r.coding.exemplar, _place),
        Column(translate("excerpts_panel", "Document"), lambda r: r.document, sort=_place),
        Column(
            translate("excerpts_panel", "Excerpt"),
            lambda r: one_line(r.text),
            sort=lambda r: (len(r.text), *_place(r)),
            tooltip=lambda r: excerpt_tooltip(r.text, r.coding.memo),
        ),
        Column(translate("excerpts_panel", "Speaker"), _speaker, tooltip=_participant),
        Column(translate("excerpts_panel", "Site"), lambda r: r.attributes.get(SITE_ATTRIBUTE, "")),
        Column(translate("excerpts_panel", "Stakeholder group"), lambda r: r.attributes.get(GROUP_ATTRIBUTE, "")),
        Column(translate("excerpts_panel", "Coder"), lambda r: r.coder),
        Column(
            translate("excerpts_panel", "Code"), lambda r: r.code.rsplit(" > ", 1)[-1], tooltip=lambda r: r.code
        ),  # full path in the tooltip
        Column(
            translate("excerpts_panel", "Time"),
            lambda r: hms(r.seconds),
            sort=lambda r: (r.seconds is None, r.seconds or 0.0, *_place(r)),
            header_tooltip=translate(
                "excerpts_panel", "Where the excerpt starts in the document's recording (right-click: Play from here)"
            ),
        ),
    )


class ExcerptsModel(ExcerptTableModel):
    """Rows: ``ExcerptRow`` records (one per coding)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent, place=_place)


class ExcerptsFilter(SourceSortProxy):
    """Coder, attribute value, starred-only and text filters over ``ExcerptsModel`` rows (the
    model sorts itself)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coder = ""  # coder name, "" = all
        self.attribute = ""  # attribute name, "" = any
        self.value = ""
        self.starred_only = False
        self.text = ""

    def set_filters(
        self,
        *,
        coder: str | None = None,
        attribute: str | None = None,
        value: str | None = None,
        starred_only: bool | None = None,
        text: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if coder is not None:
            self.coder = coder
        if attribute is not None:
            self.attribute = attribute
        if value is not None:
            self.value = value
        if starred_only is not None:
            self.starred_only = starred_only
        if text is not None:
            self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def state(self) -> tuple[str, str, str, bool, str]:
        return self.coder, self.attribute, self.value, self.starred_only, self.text

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ExcerptsModel) or source_row >= model.rowCount():
            return False
        row: ExcerptRow = model.record(source_row)
        if self.coder and row.coder != self.coder:
            return False
        if self.attribute and row.attributes.get(self.attribute, "") != self.value:
            return False
        if self.starred_only and not row.coding.exemplar:
            return False
        return not self.text or self.text in row.haystack


class ExcerptsPanel(QWidget):
    """Excerpts of the selected code(s), across documents."""

    loaded = Signal()  # after the rows were (re)loaded for a new selection
    play_requested = Signal(str, int)  # document id, offset: play the recording from there

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selected: list[str] = []
        self._code_ids: set[str] = set()
        self._loader: ExcerptLoader | None = None
        self._current: Worker | None = None
        self._stale = True  # the loader's documents/speakers/attributes must be re-read
        self._dirty = False  # codings changed while a read was running
        self.model = ExcerptsModel(self)
        self.proxy = ExcerptsFilter(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_view()
        self._build_layout()
        self._connect()
        self._on_project()

    def _build_filters(self) -> None:
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.subcodes_check = QCheckBox(translate("excerpts_panel", "Include subcodes"), self)
        self.subcodes_check.setChecked(True)
        self.subcodes_check.toggled.connect(lambda _on: self.reload())
        self.coder_combo = QComboBox(self)
        a11y(
            self.coder_combo,
            translate("excerpts_panel", "Coder"),
            translate("excerpts_panel", "Show the excerpts of one coder"),
        )
        self.coder_combo.setToolTip(translate("excerpts_panel", "Show the excerpts of one coder"))
        self.attribute_combo = QComboBox(self)
        a11y(
            self.attribute_combo,
            translate("excerpts_panel", "Attribute"),
            translate("excerpts_panel", "Show excerpts whose speaker or document has a value of this attribute"),
        )
        self.attribute_combo.setToolTip(
            translate("excerpts_panel", "Show excerpts whose speaker (or document) has this attribute value")
        )
        self.value_combo = QComboBox(self)
        a11y(self.value_combo, translate("excerpts_panel", "Attribute value"))
        self.value_combo.setMinimumContentsLength(10)
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.starred_check = QCheckBox(translate("excerpts_panel", "Starred only"), self)
        self.text_edit = QLineEdit(self)
        a11y(self.text_edit, translate("excerpts_panel", "Find in excerpts"))
        self.text_edit.setPlaceholderText(translate("excerpts_panel", "Find in excerpts…"))
        self.text_edit.setClearButtonEnabled(True)
        self.coder_combo.currentIndexChanged.connect(self._apply_filters)
        self.attribute_combo.currentIndexChanged.connect(self._on_attribute_chosen)
        self.value_combo.currentIndexChanged.connect(self._apply_filters)
        self.starred_check.toggled.connect(self._apply_filters)
        self.text_edit.textChanged.connect(self._apply_filters)

    def _build_view(self) -> None:
        self.view = QTableView(self)
        a11y(
            self.view,
            translate("excerpts_panel", "Coded excerpts"),
            translate(
                "excerpts_panel",
                "One row per coding of the chosen code: document, excerpt, speaker, coder. Enter opens it.",
            ),
        )
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DOCUMENT, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        for col, width in (
            (STAR, 30),
            (DOCUMENT, 100),
            (EXCERPT, 420),
            (SPEAKER, 130),
            (SITE, 110),
            (GROUP, 150),
            (CODER, 100),
            (CODE, 160),
            (TIME, 70),
        ):
            header.resizeSection(col, width)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _build_layout(self) -> None:
        self.count_label = QLabel(self)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.coder_combo, self.attribute_combo, self.value_combo, self.starred_check):
            filters.addWidget(w)
        filters.addWidget(self.text_edit, 1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.subcodes_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _connect(self) -> None:
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._ctx.codes_selected.connect(self.show_codes)
        self._ctx.changed.connect(self._on_changed)
        self._ctx.coder_changed.connect(self._on_coder_changed)
        self._ctx.project_opened.connect(self._on_project)
        self._ctx.project_closed.connect(self._on_project)

    # --- loading ----------------------------------------------------------------------------
    # A selection's rows are read in a worker (bulk queries, texts fetched once per document);
    # a coding added, changed or removed while reading is applied at once, in place.
    def _on_project(self) -> None:
        self.wait()
        self._loader = ExcerptLoader(self._ctx.project) if self._ctx.project is not None else None
        self._stale = True
        self._selected = []
        self.reload()

    def show_codes(self, code_ids: list[str]) -> None:
        """Show the excerpts of ``code_ids`` (connected to ``ctx.codes_selected``); ``loaded``
        is emitted when the rows are in."""
        self._selected = [str(c) for c in code_ids]
        self.reload()

    def reload(self) -> None:
        """Read the rows of the current selection anew (in a worker)."""
        self._start_load(reset=True)

    def _start_load(self, reset: bool) -> None:
        project, loader = self._ctx.project, self._loader
        self._dirty = False
        if project is None or loader is None or not self._selected:
            self._current = None
            self._code_ids = set()
            self.model.reset_rows([])
            self._after_load()
            return
        selected, include, stale = list(self._selected), self.subcodes_check.isChecked(), self._stale
        self._stale = False
        visible = self._visible_coders()

        def task(progress: object, cancel: object) -> tuple[bool, set[str], list[ExcerptRow]]:
            if stale or loader.index is None:
                loader.refresh()
            code_ids = set(loader.expand_codes(selected, include))
            codings = project.codings(code_ids=sorted(code_ids), coder_ids=visible) if code_ids else []
            return reset, code_ids, loader.rows(codings)

        worker = keep_until_done(Worker(task))  # no parent: it may outlive this panel
        worker.finished.connect(self._on_loaded)
        worker.failed.connect(self._on_load_failed)
        self._current = worker
        if reset:
            self.count_label.setText(translate("excerpts_panel", "Loading excerpts…"))
        worker.start()

    def _on_loaded(self, result: tuple[bool, set[str], list[ExcerptRow]]) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()  # its thread only has ``done`` left to signal
        if worker is not self._current:
            return  # superseded by a newer selection or change
        self._current = None
        reset, self._code_ids, rows = result
        if reset:
            self.model.reset_rows(rows)
        else:
            self.model.sync_rows(rows)
        self._after_load()
        if self._dirty:  # codings changed while reading: read once more, in place
            self._start_load(reset=False)

    def _on_load_failed(self, message: str) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            worker.wait()
        if worker is self._current:
            self._current = None
            self.model.reset_rows([])
            self._after_load()
            self.count_label.setText(message)

    def _after_load(self) -> None:
        self._update_title()
        self._fill_filter_combos()
        self._update_count()
        self.loaded.emit()

    def is_loading(self) -> bool:
        return self._current is not None

    def wait(self) -> None:
        """Wait for running reads (before the project closes; tests)."""
        wait_all()

    def _on_changed(self, changes: ChangeSet) -> None:
        project, loader = self._ctx.project, self._loader
        if project is None or loader is None:
            return
        if any(
            changes.touches(k)
            for k in (Kind.DOCUMENT, Kind.SPEAKER, Kind.PARTICIPANT, Kind.ATTRIBUTE, Kind.CODER, Kind.CODE)
        ) or "blind_mode" in changes.ids(Kind.PROJECT):
            self._stale = True  # names, speakers or attributes shown in the rows changed
            removed = changes.removed.get(Kind.CODE, set())
            self._selected = [c for c in self._selected if c not in removed]
            if self._selected:
                self._start_load(reset=False)
            elif self.model.rowCount():
                self._start_load(reset=True)
            return
        coding_ids = changes.ids(Kind.CODING)
        if not coding_ids or not self._selected:
            return
        if self.is_loading():
            self._dirty = True
        if len(coding_ids) > _SMALL_CHANGE:
            self._start_load(reset=False)
        else:
            self._update_codings(coding_ids)

    def _on_coder_changed(self) -> None:
        if self._ctx.project is not None and self._ctx.project.blind_mode and self._selected:
            self._start_load(reset=True)  # blind mode shows the (new) current coder's codings only

    def _visible_coders(self) -> list[str] | None:
        """Blind mode: only the current coder's codings (None: everyone's)."""
        coder = self._ctx.coder
        allowed = visible_coder_ids(self._ctx.project, coder.id if coder else None)
        return None if allowed is None else sorted(allowed)

    def _update_codings(self, coding_ids: set[str]) -> None:
        assert self._ctx.project is not None and self._loader is not None
        fresh: list[Coding] = []
        gone: list[str] = []
        for cid in coding_ids:
            try:
                coding = self._ctx.project.coding(cid)
            except NotFound:
                gone.append(cid)
                continue
            visible = self._visible_coders()
            if coding.code_id in self._code_ids and (visible is None or coding.coder_id in visible):
                fresh.append(coding)
            else:
                gone.append(cid)  # moved to a code that is not shown
        self.model.remove_ids(gone)
        rows = self._loader.rows(fresh)
        self.model.replace_records(rows)
        self.model.append_records(rows)
        attribute = self.attribute_combo.currentData() or ""
        offered = {self.coder_combo.itemData(i) for i in range(self.coder_combo.count())}
        values = {self.value_combo.itemData(i) for i in range(self.value_combo.count())}
        if any(r.coder not in offered or (attribute and r.attributes.get(attribute, "") not in values) for r in rows):
            self._fill_filter_combos()  # a new coder or value to offer (a full pass over the rows)
        self._update_count()

    # --- header, filters, count ---------------------------------------------------------------
    def _update_title(self) -> None:
        loader = self._loader
        if self._ctx.project is None:
            self.title.setText("")
        elif not self._selected or loader is None or loader.index is None:
            self.title.setText(translate("excerpts_panel", "Select a code in the codebook to see its coded excerpts."))
        else:
            paths = [loader.index.paths.get(c, "?") for c in self._selected]
            more = (
                translate("excerpts_panel", " and {n} more").format(n=number(len(paths) - 3)) if len(paths) > 3 else ""
            )
            shown = ", ".join(paths[:3]) + more
            self.title.setText(shown)
            self.title.setToolTip("\n".join(paths))

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace ``combo``'s (text, data) items, keeping the current choice if it is still offered."""
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_filter_combos(self) -> None:
        rows: list[ExcerptRow] = self.model.records()
        coders = sorted({r.coder for r in rows if r.coder}, key=str.casefold)
        self._set_items(self.coder_combo, [(translate("excerpts_panel", "All coders"), "")] + [(n, n) for n in coders])
        names = self._loader.attribute_names() if self._loader is not None and self._loader.index else []
        self._set_items(
            self.attribute_combo,
            [(translate("excerpts_panel", "Any attribute"), "")] + [(attribute_label(n), n) for n in names],
        )
        self._fill_values()
        self._apply_filters()

    def _fill_values(self) -> None:
        attribute = self.attribute_combo.currentData() or ""
        items: list[tuple[str, str]] = []
        if attribute:
            values = sorted({r.attributes.get(attribute, "") for r in self.model.records()}, key=str.casefold)
            items = [(v or translate("excerpts_panel", "(none)"), v) for v in values]
        self._set_items(self.value_combo, items)
        self.value_combo.setEnabled(bool(attribute))

    def _on_attribute_chosen(self) -> None:
        self._fill_values()
        self._apply_filters()

    def _apply_filters(self) -> None:
        attribute = self.attribute_combo.currentData() or ""
        wanted = (
            self.coder_combo.currentData() or "",
            attribute,
            (self.value_combo.currentData() or "") if attribute else "",
            self.starred_check.isChecked(),
            self.text_edit.text().strip().casefold(),
        )
        if wanted != self.proxy.state():
            coder, attribute, value, starred_only, text = wanted
            self.proxy.set_filters(coder=coder, attribute=attribute, value=value, starred_only=starred_only, text=text)
        self._update_count()

    def set_coder_filter(self, name: str) -> None:
        self.coder_combo.setCurrentIndex(max(self.coder_combo.findData(name), 0))

    def set_attribute_filter(self, attribute: str, value: str) -> None:
        self.attribute_combo.setCurrentIndex(max(self.attribute_combo.findData(attribute), 0))
        self.value_combo.setCurrentIndex(max(self.value_combo.findData(value), 0))

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if not self._selected:
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(translate("excerpts_panel", "No coded excerpts yet."))
        elif shown == total:
            self.count_label.setText(
                count_text(
                    total, translate("excerpts_panel", "{n} excerpt"), translate("excerpts_panel", "{n} excerpts")
                )
            )
        else:
            excerpts = count_text(
                total, translate("excerpts_panel", "{n} excerpt"), translate("excerpts_panel", "{n} excerpts")
            )
            self.count_label.setText(
                translate("excerpts_panel", "{shown} of {total} (filtered)").format(shown=number(shown), total=excerpts)
            )

    # --- interaction --------------------------------------------------------------------------
    def row_at(self, proxy_row: int) -> ExcerptRow:
        return self.proxy.index(proxy_row, 0).data(RECORD_ROLE)  # type: ignore[no-any-return]

    def _on_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() == STAR:
            self.toggle_exemplar(str(index.data(ID_ROLE)))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid() and index.column() != STAR:
            self.go_to(index.data(RECORD_ROLE))

    def go_to(self, row: ExcerptRow) -> None:
        self._ctx.document_requested.emit(row.coding.document_id, row.coding.start, row.coding.end)

    def play_from(self, row: ExcerptRow) -> None:
        """Show the excerpt and play its document's recording from the excerpt's start."""
        self.go_to(row)
        self.play_requested.emit(row.coding.document_id, row.coding.start)

    def toggle_exemplar(self, coding_id: str) -> None:
        row = self.model.row_of(coding_id)
        if row < 0 or self._ctx.project is None:
            return
        record: ExcerptRow = self.model.record(row)
        try:
            self._ctx.project.update_coding(coding_id, exemplar=not record.coding.exemplar)
        except QcoderError as exc:
            QMessageBox.warning(self, translate("excerpts_panel", "Coded excerpts"), user_message(exc))

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        record: ExcerptRow = index.data(RECORD_ROLE)
        menu = QMenu(self)
        menu.addAction(translate("excerpts_panel", "Show in document"), lambda: self.go_to(record))
        if record.seconds is not None:
            menu.addAction(translate("excerpts_panel", "Play from here"), lambda: self.play_from(record))
        menu.addAction(
            translate("excerpts_panel", "Unstar")
            if record.coding.exemplar
            else translate("excerpts_panel", "Star as exemplar"),
            lambda: self.toggle_exemplar(record.id),
        )
        menu.exec(self.view.viewport().mapToGlobal(pos))

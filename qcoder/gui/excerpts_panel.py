"""The coded-excerpts panel: every excerpt of the code(s) selected in the codebook.

Rows come from :class:`qcoder.gui.excerpt_rows.ExcerptLoader` (bulk queries, cached texts).
Filters: coder, one attribute value (document or participant attributes), starred only and
free text. Click the star to mark an excerpt as an exemplar; double-click (or Enter) shows it
in the document viewer through ``ctx.document_requested``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
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
from qcoder.core.model import Coding
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.excerpt_rows import ExcerptLoader, ExcerptRow
from qcoder.gui.record_model import ID_ROLE, RECORD_ROLE, SORT_ROLE, Index, RecordTableModel
from qcoder.gui.texts import attribute_label, one_line, plural

STAR, DOCUMENT, SPEAKER, SITE, GROUP, CODER, CODE, EXCERPT = range(8)
SITE_ATTRIBUTE = "site"
GROUP_ATTRIBUTE = "stakeholder_group"
_HEADERS = ("★", "Document", "Speaker", attribute_label(SITE_ATTRIBUTE), attribute_label(GROUP_ATTRIBUTE),
            "Coder", "Code", "Excerpt")
_STARRED = QColor("#D4A017")
_SMALL_CHANGE = 50  # up to this many codings changed: fetch them one by one, else re-read in bulk


class ExcerptsModel(RecordTableModel):
    """Rows: ``ExcerptRow`` records (one per coding)."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR:
            return "Exemplar: click a star to mark the excerpt as a good example of its code"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: ExcerptRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            if col == STAR:
                return 0 if row.coding.exemplar else 1
            if col == EXCERPT:
                return len(row.text)
            if col == DOCUMENT:
                return f"{row.document.casefold()}\x00{row.coding.start:012d}"
            return self._display(row, col).casefold()
        if role == ID_ROLE:
            return row.id
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and col == STAR and row.coding.exemplar:
            return _STARRED
        if role == Qt.ItemDataRole.TextAlignmentRole and col == STAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    @staticmethod
    def _display(row: ExcerptRow, col: int) -> str:
        if col == STAR:
            return "★" if row.coding.exemplar else "☆"
        if col == DOCUMENT:
            return row.document
        if col == SPEAKER:
            return row.speaker + (" (interviewer)" if row.is_interviewer and row.speaker else "")
        if col == SITE:
            return row.attributes.get(SITE_ATTRIBUTE, "")
        if col == GROUP:
            return row.attributes.get(GROUP_ATTRIBUTE, "")
        if col == CODER:
            return row.coder
        if col == CODE:
            return row.code.rsplit(" > ", 1)[-1]  # the full path is in the tooltip
        return one_line(row.text)

    @staticmethod
    def _tooltip(row: ExcerptRow, col: int) -> str | None:
        if col == STAR:
            return "Exemplar (click to unstar)" if row.coding.exemplar else "Click to star as an exemplar"
        if col == CODE:
            return row.code
        if col == SPEAKER and row.participant:
            return f"Participant: {row.participant}"
        if col == EXCERPT:
            text = row.text if len(row.text) <= 1200 else row.text[:1200] + "…"
            return text + (f"\n\nMemo: {row.coding.memo}" if row.coding.memo else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ExcerptsFilter(QSortFilterProxyModel):
    """Coder, attribute value, starred-only and text filters over ``ExcerptsModel`` rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.coder = ""  # coder name, "" = all
        self.attribute = ""  # attribute name, "" = any
        self.value = ""
        self.starred_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, *, coder: str | None = None, attribute: str | None = None, value: str | None = None,
                    starred_only: bool | None = None, text: str | None = None) -> None:
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
        if self.text:
            hay = " ".join((row.text, row.document, row.speaker, row.code, row.coding.memo)).casefold()
            if self.text not in hay:
                return False
        return True


class ExcerptsPanel(QWidget):
    """Excerpts of the selected code(s), across documents."""

    loaded = Signal()  # after the rows were (re)loaded for a new selection

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._selected: list[str] = []
        self._code_ids: set[str] = set()
        self._loader: ExcerptLoader | None = None
        self.model = ExcerptsModel(self)
        self.proxy = ExcerptsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.subcodes_check = QCheckBox("Include subcodes", self)
        self.subcodes_check.setChecked(True)
        self.subcodes_check.toggled.connect(lambda _on: self.reload())
        self.coder_combo = QComboBox(self)
        self.coder_combo.setToolTip("Show the excerpts of one coder")
        self.attribute_combo = QComboBox(self)
        self.attribute_combo.setToolTip("Show excerpts whose speaker (or document) has this attribute value")
        self.value_combo = QComboBox(self)
        self.value_combo.setMinimumContentsLength(10)
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.starred_check = QCheckBox("Starred only", self)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText("Find in excerpts…")
        self.text_edit.setClearButtonEnabled(True)
        self.coder_combo.currentIndexChanged.connect(self._apply_filters)
        self.attribute_combo.currentIndexChanged.connect(self._on_attribute_chosen)
        self.value_combo.currentIndexChanged.connect(self._apply_filters)
        self.starred_check.toggled.connect(self._apply_filters)
        self.text_edit.textChanged.connect(self._apply_filters)

        self.view = QTableView(self)
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
        for col, width in ((STAR, 30), (DOCUMENT, 110), (SPEAKER, 130), (SITE, 110), (GROUP, 150),
                           (CODER, 100), (CODE, 160)):
            header.resizeSection(col, width)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
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

        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        ctx.codes_selected.connect(self.show_codes)
        ctx.changed.connect(self._on_changed)
        ctx.project_opened.connect(self._on_project)
        ctx.project_closed.connect(self._on_project)
        self._on_project()

    # --- loading ----------------------------------------------------------------------------
    def _on_project(self) -> None:
        self._loader = ExcerptLoader(self._ctx.project) if self._ctx.project is not None else None
        self._selected = []
        self.reload()

    def show_codes(self, code_ids: list[str]) -> None:
        """Show the excerpts of ``code_ids`` (connected to ``ctx.codes_selected``)."""
        self._selected = [str(c) for c in code_ids]
        self.reload()

    def reload(self) -> None:
        project, loader = self._ctx.project, self._loader
        if project is None or loader is None or not self._selected:
            self._code_ids = set()
            self.model.reset_rows([])
        else:
            loader.refresh()
            self._code_ids = set(loader.expand_codes(self._selected, self.subcodes_check.isChecked()))
            codings = project.codings(code_ids=sorted(self._code_ids)) if self._code_ids else []
            self.model.reset_rows(loader.rows(codings))
        self._update_title()
        self._fill_filter_combos()
        self._update_count()
        self.loaded.emit()

    def _on_changed(self, changes: ChangeSet) -> None:
        project, loader = self._ctx.project, self._loader
        if project is None or loader is None or not self._selected:
            return
        if changes.added.get(Kind.CODE) or changes.removed.get(Kind.CODE) or changes.added.get(Kind.DOCUMENT):
            self._selected = [c for c in self._selected if c not in changes.removed.get(Kind.CODE, set())]
            self._refresh_rows(structural=True)
            return
        meta = any(changes.touches(k) for k in (Kind.DOCUMENT, Kind.SPEAKER, Kind.PARTICIPANT, Kind.ATTRIBUTE,
                                                Kind.CODER, Kind.CODE))
        coding_ids = changes.ids(Kind.CODING)
        if meta or len(coding_ids) > _SMALL_CHANGE:
            self._refresh_rows(structural=changes.touches(Kind.CODE))
        elif coding_ids:
            self._update_codings(coding_ids)

    def _refresh_rows(self, structural: bool) -> None:
        """Re-read in bulk; only rows that differ are signalled."""
        assert self._ctx.project is not None and self._loader is not None
        self._loader.refresh()
        if structural:
            self._code_ids = set(self._loader.expand_codes(self._selected, self.subcodes_check.isChecked()))
            self._update_title()
        codings = self._ctx.project.codings(code_ids=sorted(self._code_ids)) if self._code_ids else []
        self.model.sync_rows(self._loader.rows(codings))
        self._fill_filter_combos()

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
            if coding.code_id in self._code_ids:
                fresh.append(coding)
            else:
                gone.append(cid)  # moved to a code that is not shown
        self.model.remove_ids(gone)
        rows = self._loader.rows(fresh)
        self.model.replace_records(rows)
        self.model.append_records(rows)
        self._fill_filter_combos()

    # --- header, filters, count ---------------------------------------------------------------
    def _update_title(self) -> None:
        loader = self._loader
        if self._ctx.project is None:
            self.title.setText("")
        elif not self._selected or loader is None or loader.index is None:
            self.title.setText("Select a code in the codebook to see its coded excerpts.")
        else:
            paths = [loader.index.paths.get(c, "?") for c in self._selected]
            shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
            self.title.setText(shown)
            self.title.setToolTip("\n".join(paths))

    def _fill_filter_combos(self) -> None:
        rows: list[ExcerptRow] = self.model.records()
        coder = self.coder_combo.currentData() or ""
        attribute = self.attribute_combo.currentData() or ""
        for combo in (self.coder_combo, self.attribute_combo):
            combo.blockSignals(True)
        self.coder_combo.clear()
        self.coder_combo.addItem("All coders", "")
        for name in sorted({r.coder for r in rows if r.coder}, key=str.casefold):
            self.coder_combo.addItem(name, name)
        self.coder_combo.setCurrentIndex(max(self.coder_combo.findData(coder), 0))
        self.attribute_combo.clear()
        self.attribute_combo.addItem("Any attribute", "")
        names = self._loader.attribute_names() if self._loader is not None and self._ctx.project else []
        for name in names:
            self.attribute_combo.addItem(attribute_label(name), name)
        self.attribute_combo.setCurrentIndex(max(self.attribute_combo.findData(attribute), 0))
        for combo in (self.coder_combo, self.attribute_combo):
            combo.blockSignals(False)
        self._fill_values()
        self._apply_filters()

    def _fill_values(self) -> None:
        attribute = self.attribute_combo.currentData() or ""
        current = self.value_combo.currentData()
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        if attribute:
            values = sorted({r.attributes.get(attribute, "") for r in self.model.records()}, key=str.casefold)
            for v in values:
                self.value_combo.addItem(v or "(none)", v)
            found = self.value_combo.findData(current) if current is not None else -1
            self.value_combo.setCurrentIndex(max(found, 0))
        self.value_combo.setEnabled(bool(attribute))
        self.value_combo.blockSignals(False)

    def _on_attribute_chosen(self) -> None:
        self._fill_values()
        self._apply_filters()

    def _apply_filters(self) -> None:
        attribute = self.attribute_combo.currentData() or ""
        self.proxy.set_filters(
            coder=self.coder_combo.currentData() or "",
            attribute=attribute,
            value=(self.value_combo.currentData() or "") if attribute else "",
            starred_only=self.starred_check.isChecked(),
            text=self.text_edit.text(),
        )
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
            self.count_label.setText("No coded excerpts yet.")
        elif shown == total:
            self.count_label.setText(plural(total, "excerpt"))
        else:
            self.count_label.setText(f"{shown:,} of {plural(total, 'excerpt')} (filtered)")

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

    def toggle_exemplar(self, coding_id: str) -> None:
        row = self.model.row_of(coding_id)
        if row < 0 or self._ctx.project is None:
            return
        record: ExcerptRow = self.model.record(row)
        try:
            self._ctx.project.update_coding(coding_id, exemplar=not record.coding.exemplar)
        except QcoderError as exc:
            QMessageBox.warning(self, "Coded excerpts", user_message(exc))

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        record: ExcerptRow = index.data(RECORD_ROLE)
        menu = QMenu(self)
        menu.addAction("Show in document", lambda: self.go_to(record))
        menu.addAction("Unstar" if record.coding.exemplar else "Star as exemplar",
                       lambda: self.toggle_exemplar(record.id))
        menu.exec(self.view.viewport().mapToGlobal(pos))

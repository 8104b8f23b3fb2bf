"""The codebook panel: a filterable code tree with counts, quick keys and codebook editing.

Clicking a code while text is selected in the viewer codes the selection (``code_clicked``);
double-click or Enter does the same (``code_activated``). Codes are moved by drag and drop,
and a text selection dropped on a code codes it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from qcoder.core.codepath import descendants
from qcoder.core.codes import least_used_color
from qcoder.core.errors import ConcurrentEdit, NotFound
from qcoder.core.model import MemoTarget
from qcoder.core.permissions import PermissionDenied
from qcoder.gui.accessibility import a11y, name_overflow
from qcoder.gui.codebook.dialogs import CodeDialog, pick_code_color
from qcoder.gui.codebook.model import COL_COUNT, COL_KEY, COL_NAME, CodebookModel
from qcoder.gui.coding.finder import choose_code
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.grouping import one_undo_step
from qcoder.gui.i18n import count_text, number, translate
from qcoder.gui.icons import icon
from qcoder.gui.memo_dialog import memo_byline
from qcoder.gui.settings import CodingFilter
from qcoder.gui.shortcuts import bind
from qcoder.gui.team.errors import explain_error


def _delete_question(names: str, sub: int, n_codings: int) -> str:
    """The question before deleting codes: what goes with them, and that it can be undone."""
    if sub:
        subs = count_text(sub, translate("codebook.panel", "{n} subcode"), translate("codebook.panel", "{n} subcodes"))
        text = translate("codebook.panel", "Delete {names} and {subcodes}?").format(names=names, subcodes=subs)
    else:
        text = translate("codebook.panel", "Delete {names}?").format(names=names)
    text += "\n\n"
    if n_codings:
        text += count_text(
            n_codings,
            translate("codebook.panel", "{n} coding will be removed."),
            translate("codebook.panel", "{n} codings will be removed."),
        )
    else:
        text += translate("codebook.panel", "No codings use it.")
    text += " " + translate("codebook.panel", "You can undo this with Ctrl+Z.")
    return text


class CodeTree(QTreeView):
    activated_by_key = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.activated_by_key.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CodebookPanel(QWidget):
    code_clicked = Signal(str)
    code_activated = Signal(str)
    span_dropped = Signal(str, str, int, int)  # code id, document id, start, end
    message = Signal(str)  # status-bar text

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CodebookModel(ctx, self)
        self.model.error.connect(self._error)
        self.model.span_dropped.connect(self.span_dropped)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(COL_NAME)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("codebook.panel", "Filter codes"))
        self.filter.setClearButtonEnabled(True)
        a11y(
            self.filter,
            translate("codebook.panel", "Filter codes"),
            translate("codebook.panel", "Shows only the codes whose name matches"),
        )
        self.filter.textChanged.connect(self._on_filter)

        self.tree = self._make_tree()
        self.tree.clicked.connect(self._on_clicked)
        self.tree.doubleClicked.connect(self._on_activated)
        self.tree.activated_by_key.connect(self._on_activated)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self.tree.expandAll)
        self.model.rowsInserted.connect(lambda parent, first, last: self._expand(parent))

        self.toolbar = name_overflow(QToolBar(self))
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.new_action = self._action(
            translate("codebook.panel", "New code"), icon("code-new"), lambda: self.new_code(None), "codebook.new"
        )
        self.sub_action = self._action(translate("codebook.panel", "New subcode"), icon("code-sub"), self.new_subcode)
        self.edit_action = self._action(translate("codebook.panel", "Edit code…"), icon("edit"), self.edit_selected)
        self.merge_action = self._action(translate("codebook.panel", "Merge into…"), icon("merge"), self.merge_selected)
        self.delete_action = self._action(
            translate("codebook.panel", "Delete code…"), icon("delete"), self.delete_selected, "codebook.delete"
        )
        for a in (self.new_action, self.sub_action, self.edit_action, self.merge_action, self.delete_action):
            self.toolbar.addAction(a)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        self.tree.expandAll()
        self._update_actions()

    def _make_tree(self) -> CodeTree:
        """The code tree: drag to reorganise, F2 renames, counts and quick keys in narrow columns."""
        tree = CodeTree(self)
        a11y(
            tree,
            translate("codebook.panel", "Codebook"),
            translate(
                "codebook.panel", "Codes and subcodes with their number of codings and quick keys. Enter applies one."
            ),
        )
        tree.setModel(self.proxy)
        tree.setHeaderHidden(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # fixed widths: ResizeToContents would ask every row for its size on every count change
        fm = tree.fontMetrics()
        header.setSectionResizeMode(COL_COUNT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_KEY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_COUNT, fm.horizontalAdvance("99999") + 14)
        header.resizeSection(COL_KEY, fm.horizontalAdvance(translate("codebook.model", "Key")) + 18)
        return tree

    def _action(self, text: str, icon: QIcon, slot: Callable[[], object], binding_id: str = "") -> QAction:
        action = QAction(icon, text, self)
        action.setToolTip(text)
        if binding_id:  # keys, and where they work, from the shortcut registry
            bind(action, binding_id)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    # --- selection -------------------------------------------------------------------------------
    def _source(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index) if index.model() is self.proxy else index

    def selected_ids(self) -> list[str]:
        ids: list[str] = []
        for index in self.tree.selectionModel().selectedRows(COL_NAME):
            cid = self.model.code_id(self._source(index))
            if cid:
                ids.append(cid)
        return ids

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def select_code(self, code_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(code_id))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _on_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self._update_actions()
        self.ctx.codes_selected.emit(self.selected_ids())

    def _update_actions(self) -> None:
        n = len(self.selected_ids())
        for a in (self.sub_action, self.edit_action, self.merge_action):
            a.setEnabled(n == 1)
        self.delete_action.setEnabled(n >= 1)

    def _on_clicked(self, index: QModelIndex) -> None:
        cid = self.model.code_id(self._source(index))
        if cid and not (self.tree.selectionModel().selectedRows().__len__() > 1):
            self.code_clicked.emit(cid)

    def _on_activated(self, index: QModelIndex) -> None:
        cid = self.model.code_id(self._source(index))
        if cid:
            self.code_activated.emit(cid)

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()

    def _expand(self, parent: QModelIndex) -> None:
        if parent.isValid():
            self.tree.expand(self.proxy.mapFromSource(parent))

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, translate("codebook.panel", "Codebook"), message)

    def _fail(self, exc: Exception) -> None:
        """Tell the user why an edit failed; another writer's edit or a missing role is
        explained with the code's current state."""
        if isinstance(exc, (ConcurrentEdit, PermissionDenied, NotFound)):
            explain_error(self, exc, self.ctx.project, code_id=self.current_id())
        else:
            self._error(user_message(exc))

    # --- editing -----------------------------------------------------------------------------------
    def _paths(self) -> dict[str, str]:
        from qcoder.core.codepath import code_paths

        return code_paths(self.model.codes())

    def new_code(self, parent_id: str | None) -> str | None:
        project = self.ctx.project
        if project is None:
            return None
        color = least_used_color(c.color for c in self.model.codes())
        parent_path = self._paths().get(parent_id, "") if parent_id else ""
        others = {c.name: c.color for c in self.model.codes()}
        dialog = CodeDialog(None, parent_path, color, self, memo="", others=others)
        if not dialog.exec():
            return None
        values = dialog.values()
        memo = dialog.memo_text()
        try:
            with one_undo_step(self.ctx, translate("codebook.panel", "New code")):
                code = project.create_code(values.pop("name"), parent_id, **values)
                if memo:
                    project.set_memo(MemoTarget.CODE, code.id, memo)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._fail(exc)
            return None
        self.select_code(code.id)
        return code.id

    def new_subcode(self) -> None:
        cid = self.current_id()
        if cid:
            self.new_code(cid)

    def edit_selected(self) -> None:
        cid = self.current_id()
        if cid:
            self.edit_code(cid)

    def edit_code(self, code_id: str) -> None:
        project = self.ctx.project
        code = self.model.code(code_id)
        if project is None or code is None:
            return
        parent_path = self._paths().get(code.parent_id, "") if code.parent_id else ""
        memo = project.memo(MemoTarget.CODE, code_id)
        byline = memo_byline(self.ctx, MemoTarget.CODE, code_id)
        others = {c.name: c.color for c in self.model.codes() if c.id != code.id}
        dialog = CodeDialog(code, parent_path, code.color, self, memo=memo, memo_byline=byline, others=others)
        if not dialog.exec():
            return
        changed = {k: v for k, v in dialog.values().items() if getattr(code, k) != v}
        new_memo = dialog.memo_text()
        if not changed and new_memo == memo.strip():
            return
        try:
            with one_undo_step(self.ctx, translate("codebook.panel", "Edit code")):
                if changed:
                    project.update_code(code_id, expected_version=code.version, **changed)
                if new_memo is not None and new_memo != memo.strip():
                    project.set_memo(MemoTarget.CODE, code_id, new_memo)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._fail(exc)

    def recolor(self, code_id: str) -> None:
        code = self.model.code(code_id)
        project = self.ctx.project
        if code is None or project is None:
            return
        others = {c.name: c.color for c in self.model.codes() if c.id != code_id}
        color = pick_code_color(
            self, code.color, translate("codebook.panel", "Color of {name}").format(name=code.name), others
        )
        if color and color != code.color.upper():
            try:
                project.update_code(code_id, color=color)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                self._fail(exc)

    def delete_selected(self) -> None:
        project = self.ctx.project
        ids = self.selected_ids()
        if project is None or not ids:
            return
        # deleting a parent deletes its subcodes: drop selected descendants of selected codes
        codes = self.model.codes()
        top = [i for i in ids if not any(i in descendants(codes, j) and i != j for j in ids)]
        n_codes = sum(len(descendants(codes, i)) for i in top)
        n_codings = sum(project.code_usage(i) for i in top)
        quoted = translate("codebook.panel", "“{name}”")
        names = ", ".join(quoted.format(name=code.name) for i in top if (code := self.model.code(i)) is not None)
        text = _delete_question(names, n_codes - len(top), n_codings)
        answer = QMessageBox.question(
            self,
            translate("codebook.panel", "Delete code"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if len(top) == 1:
                project.delete_code(top[0])
            else:
                from qcoder.gui.grouping import one_undo_step

                with one_undo_step(
                    self.ctx, translate("codebook.panel", "Delete {n} codes").format(n=number(len(top)))
                ):
                    for i in top:
                        project.delete_code(i)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._fail(exc)
        else:
            deleted = count_text(
                len(top),
                translate("codebook.panel", "Deleted {n} code"),
                translate("codebook.panel", "Deleted {n} codes"),
            )
            removed = count_text(
                n_codings, translate("codebook.panel", "{n} coding"), translate("codebook.panel", "{n} codings")
            )
            self.message.emit(
                translate("codebook.panel", "{deleted} and {codings}.").format(deleted=deleted, codings=removed)
            )

    def merge_selected(self) -> None:
        cid = self.current_id()
        if cid:
            self.merge_code(cid)

    def merge_code(self, source_id: str, target_id: str | None = None) -> None:
        project = self.ctx.project
        source = self.model.code(source_id)
        if project is None or source is None:
            return
        if target_id is None:
            codes = self.model.codes()
            excluded = set(descendants(codes, source_id))
            n = project.code_usage(source_id)
            target_id = choose_code(
                self,
                [c for c in codes if c.id not in excluded],
                self._paths(),
                translate("codebook.panel", "Merge “{name}” into…").format(name=source.name),
                hint=translate(
                    "codebook.panel",
                    "“{name}” and its {codings} move into the code you choose; "
                    "its subcodes move along. Undo with Ctrl+Z.",
                ).format(
                    name=source.name,
                    codings=count_text(
                        n, translate("codebook.panel", "{n} coding"), translate("codebook.panel", "{n} codings")
                    ),
                ),
            )
        if target_id is None:
            return
        try:
            project.merge_codes(source_id, target_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._fail(exc)
        else:
            self.select_code(target_id)

    def set_quick_key(self, code_id: str, key: int | None) -> None:
        pid = self.ctx.project_id
        bindings = {k: v for k, v in self.ctx.settings.quick_codes(pid).items() if v != code_id}
        if key is not None:
            bindings[key] = code_id
        self.ctx.settings.set_quick_codes(pid, bindings)
        self.ctx.view_settings_changed.emit()

    def set_hidden(self, code_ids: list[str], hidden: bool) -> None:
        pid = self.ctx.project_id
        f = self.ctx.settings.coding_filter(pid)
        codes = set(f.hidden_codes)
        for cid in code_ids:
            (codes.add if hidden else codes.discard)(cid)
        self.ctx.settings.set_coding_filter(pid, CodingFilter(f.coder_mode, f.coder_ids, frozenset(codes)))
        self.ctx.view_settings_changed.emit()

    # --- context menu --------------------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        menu = QMenu(self)
        menu.addAction(self.new_action)
        cid = self.model.code_id(self._source(index)) if index.isValid() else None
        if cid:
            ids = self.selected_ids() or [cid]
            if len(ids) == 1:
                menu.addAction(self.sub_action)
                menu.addSeparator()
                menu.addAction(
                    translate("codebook.panel", "Rename"), lambda: self.tree.edit(index.siblingAtColumn(COL_NAME))
                )
                menu.addAction(self.edit_action)
                menu.addAction(translate("codebook.panel", "Color…"), lambda: self.recolor(cid))
                keys = QMenu(translate("codebook.panel", "Quick-code key"), menu)
                current = {v: k for k, v in self.ctx.settings.quick_codes(self.ctx.project_id).items()}.get(cid)
                for k in range(1, 10):
                    act = keys.addAction(str(k), partial(self.set_quick_key, cid, k))
                    act.setCheckable(True)
                    act.setChecked(current == k)
                keys.addSeparator()
                keys.addAction(translate("codebook.panel", "None"), lambda: self.set_quick_key(cid, None))
                menu.addMenu(keys)
                menu.addAction(self.merge_action)
            hidden = self.ctx.settings.coding_filter(self.ctx.project_id).hidden_codes
            if all(i in hidden for i in ids):
                menu.addAction(
                    translate("codebook.panel", "Show codings in the viewer"), lambda: self.set_hidden(ids, False)
                )
            else:
                menu.addAction(
                    translate("codebook.panel", "Hide codings in the viewer"), lambda: self.set_hidden(ids, True)
                )
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(translate("codebook.panel", "Import codebook…"), lambda: self.import_codebook())
        menu.addAction(translate("codebook.panel", "Export codebook…"), lambda: self.export_codebook())
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # --- import / export (qcoder.app.codebook_io) --------------------------------------------------------
    @staticmethod
    def _codebook_io() -> object | None:
        try:
            return importlib.import_module("qcoder.app.codebook_io")
        except ImportError:
            return None

    def import_codebook(self, path: str | None = None) -> None:
        io = self._codebook_io()
        project = self.ctx.project
        if project is None:
            return
        if io is None:
            self._error(translate("codebook.panel", "Codebook import is not available in this version."))
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                translate("codebook.panel", "Import codebook"),
                self.ctx.settings.last_directory(),
                translate("codebook.panel", "Codebooks (*.csv *.xlsx *.qdc *.qdpx);;All files (*)"),
            )
        if not path:
            return
        if Path(path).suffix.lower() in (".qdc", ".qdpx"):  # a REFI-QDA codebook, or a project's
            self._import_exchange_codebook(Path(path))
            return
        from qcoder.gui.grouping import one_undo_step

        try:
            with one_undo_step(self.ctx, translate("codebook.panel", "Import codebook")):
                report = io.import_codebook(project, Path(path))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._error(translate("codebook.panel", "The codebook could not be imported.") + "\n\n" + user_message(exc))
            return
        created, updated = len(report.created), len(report.updated)
        new = count_text(
            created, translate("codebook.panel", "{n} new code"), translate("codebook.panel", "{n} new codes")
        )
        self.message.emit(
            translate("codebook.panel", "Codebook imported: {new}, {updated} updated, {unchanged} unchanged.").format(
                new=new, updated=number(updated), unchanged=number(report.unchanged)
            )
        )

    def _import_exchange_codebook(self, path: Path) -> None:
        from qcoder.app.exchange import import_exchange_codebook
        from qcoder.gui.grouping import one_undo_step

        try:
            with one_undo_step(self.ctx, translate("codebook.panel", "Import codebook")):
                result = import_exchange_codebook(self.ctx.require_project(), path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._error(translate("codebook.panel", "The codebook could not be imported.") + "\n\n" + user_message(exc))
            return
        added, matched = len(result.plan.codes_added), len(result.plan.codes_matched)
        new = count_text(
            added, translate("codebook.panel", "{n} new code"), translate("codebook.panel", "{n} new codes")
        )
        self.message.emit(
            translate("codebook.panel", "Codebook imported: {new}, {matched} already in the codebook.").format(
                new=new, matched=number(matched)
            )
        )

    def export_codebook(self, path: str | None = None) -> None:
        io = self._codebook_io()
        project = self.ctx.project
        if project is None:
            return
        if io is None:
            self._error(translate("codebook.panel", "Codebook export is not available in this version."))
            return
        if path is None:
            start = str(Path(self.ctx.settings.last_directory() or Path.home()) / "codebook.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("codebook.panel", "Export codebook"),
                start,
                translate("codebook.panel", "Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return
        try:
            n = io.export_codebook(project, Path(path))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._error(translate("codebook.panel", "The codebook could not be exported.") + "\n\n" + user_message(exc))
            return
        self.message.emit(translate("codebook.panel", "Exported {n} codes to {path}.").format(n=number(n), path=path))

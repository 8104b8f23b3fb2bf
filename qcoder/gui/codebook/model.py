"""The codebook tree model: codes by id with a row cache, kept current from change sets.

Rows are code ids (``internalId`` is a small integer per code id); ``data()`` reads only the
cache. A change set that touches codes re-reads the codebook once and applies the
difference as row insertions, removals and ``dataChanged``; a coding change re-reads the
counts and signals only the counts that moved.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from qcoder.core.changes import ChangeSet, Kind
from qcoder.core.codepath import descendants
from qcoder.core.errors import CodebookCycle
from qcoder.core.model import Code
from qcoder.gui.context import AppContext
from qcoder.gui.errors import user_message
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, count_text, number, translate
from qcoder.gui.themes import current as theme
from qcoder.gui.viewer.text_view import SPAN_MIME

CODE_MIME = "application/x-qcoder-code"
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_COUNT, COL_KEY = 0, 1, 2
HEADERS = (QT_TRANSLATE_NOOP("codebook.model", "Code"), "#", QT_TRANSLATE_NOOP("codebook.model", "Key"))

Index = QModelIndex | QPersistentModelIndex


def _counted(n: int, total: int) -> str:
    """ "3 codings" (and ", 5 with subcodes" when the subcodes add some)."""
    text = count_text(n, translate("codebook.model", "{n} coding"), translate("codebook.model", "{n} codings"))
    if total != n:
        text += translate("codebook.model", ", {n} with subcodes").format(n=number(total))
    return text


def color_icon(color: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(color).darker(130))
    p.setBrush(QColor(color))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    p.end()
    return QIcon(pm)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class CodebookModel(QAbstractItemModel):
    error = Signal(str)  # a user-facing message when an edit or a drop is refused
    span_dropped = Signal(str, str, int, int)  # code id, document id, start, end

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._codes: dict[str, Code] = {}
        self._children: dict[str | None, list[str]] = {None: []}
        self._parent: dict[str, str | None] = {}
        self._counts: dict[str, int] = {}
        self._keys: dict[str, int] = {}  # code id -> quick key
        self._hidden: frozenset[str] = frozenset()
        self._num: dict[str, int] = {}
        self._ids: list[str] = [""]  # internal id 0 is "no code"
        self._icons: dict[str, QIcon] = {}
        self._counts_pending = False
        ctx.project_opened.connect(self.reload)
        ctx.project_closed.connect(self.reload)
        ctx.changed.connect(self.apply_changes)
        ctx.view_settings_changed.connect(self.settings_changed)
        self.reload()

    # --- cache ---------------------------------------------------------------------------------
    def _nid(self, code_id: str) -> int:
        n = self._num.get(code_id)
        if n is None:
            n = self._num[code_id] = len(self._ids)
            self._ids.append(code_id)
        return n

    @staticmethod
    def _tree(codes: list[Code]) -> dict[str | None, list[str]]:
        children: dict[str | None, list[str]] = {None: []}
        for c in sorted(codes, key=lambda c: (c.position, c.name.casefold())):
            children.setdefault(c.parent_id, []).append(c.id)
        return children

    def reload(self) -> None:
        self.beginResetModel()
        project = self.ctx.project
        codes = project.codes() if project else []
        self._codes = {c.id: c for c in codes}
        self._children = self._tree(codes)
        self._parent = {c.id: c.parent_id for c in codes}
        self._counts = project.coding_counts() if project else {}
        self._icons.clear()
        self._load_settings()
        self.endResetModel()

    def _load_settings(self) -> None:
        pid = self.ctx.project_id
        self._keys = {cid: k for k, cid in self.ctx.settings.quick_codes(pid).items()} if pid else {}
        self._hidden = self.ctx.settings.coding_filter(pid).hidden_codes if pid else frozenset()

    def settings_changed(self) -> None:
        """Quick keys or hidden codes changed in the settings: repaint those cells."""
        old_keys, old_hidden = self._keys, self._hidden
        self._load_settings()
        for cid in set(old_keys) ^ set(self._keys) | {c for c in self._keys if old_keys.get(c) != self._keys[c]}:
            self._changed(cid, COL_KEY, COL_KEY)
        for cid in old_hidden ^ self._hidden:
            self._changed(cid, COL_NAME, COL_NAME)

    # --- lookups ---------------------------------------------------------------------------------
    def code_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        n = index.internalId()
        return self._ids[n] if 0 < n < len(self._ids) else None

    def code(self, code_id: str) -> Code | None:
        return self._codes.get(code_id)

    def codes(self) -> list[Code]:
        return list(self._codes.values())

    def count(self, code_id: str) -> int:
        return self._counts.get(code_id, 0)

    def index_of(self, code_id: str, column: int = 0) -> QModelIndex:
        if code_id not in self._codes:
            return QModelIndex()
        siblings = self._children.get(self._parent.get(code_id), [])
        return self.createIndex(siblings.index(code_id), column, self._nid(code_id))

    def _changed(self, code_id: str, first: int, last: int) -> None:
        if code_id in self._codes:
            self.dataChanged.emit(self.index_of(code_id, first), self.index_of(code_id, last))

    # --- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        pid = self.code_id(parent) if parent.isValid() else None
        if parent.isValid() and pid is None:
            return QModelIndex()
        siblings = self._children.get(pid, [])
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, self._nid(siblings[row]))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        cid = self.code_id(index)
        if cid is None:
            return QModelIndex()
        pid = self._parent.get(cid)
        if pid is None:
            return QModelIndex()
        return self.index_of(pid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            cid = self.code_id(parent)
            return len(self._children.get(cid, [])) if cid else 0
        return len(self._children.get(None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("codebook.model", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cid = self.code_id(index)
        if cid is None:
            return None
        code = self._codes.get(cid)
        if code is None:
            return None
        col = index.column()
        if role == CODE_ID_ROLE:
            return cid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return code.name
            if col == COL_COUNT:
                n = self._counts.get(cid, 0)
                if role == Qt.ItemDataRole.EditRole:
                    return n
                return "" if n == 0 and self._children.get(cid) else str(n)  # quiet on theme headings
            if col == COL_KEY:
                key = self._keys.get(cid)
                return str(key) if key else ""
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            icon = self._icons.get(code.color)
            if icon is None:
                icon = self._icons[code.color] = color_icon(code.color)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(code)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._accessible(code, col, described=role == Qt.ItemDataRole.AccessibleDescriptionRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_NAME and cid in self._hidden:
                return QColor(theme().placeholder)
            if col > 0:
                return QColor(theme().muted)
        if role == Qt.ItemDataRole.FontRole and col == COL_NAME and cid in self._hidden:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, code: Code) -> str:
        parts = [f"<b>{_esc(code.name)}</b>"]
        total = self._subtree_count(code.id)
        n = self._counts.get(code.id, 0)
        parts.append(f"<span style='color:#666'>{_counted(n, total)}</span>")
        for label, text in (
            (translate("codebook.model", "Definition"), code.definition),
            (translate("codebook.model", "Include"), code.inclusion),
            (translate("codebook.model", "Exclude"), code.exclusion),
            (translate("codebook.model", "Example"), code.example),
        ):
            if text:
                parts.append(translate("codebook.model", "<b>{label}:</b> {text}").format(label=label, text=_esc(text)))
        if code.id in self._hidden:
            parts.append("<i>" + translate("codebook.model", "Hidden in the document viewer") + "</i>")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"

    def _accessible(self, code: Code, col: int, *, described: bool) -> str:
        """What a screen reader reads for a cell (its text, or what the code holds)."""
        n = self._counts.get(code.id, 0)
        total = self._subtree_count(code.id)
        key = self._keys.get(code.id)
        counted = _counted(n, total)
        keyed = (
            translate("codebook.model", "quick key {key}").format(key=key)
            if key
            else translate("codebook.model", "no quick key")
        )
        if not described:
            return code.name if col == COL_NAME else counted if col == COL_COUNT else keyed
        if col != COL_NAME:
            return ""  # the row is described once, on its name
        hidden = [translate("codebook.model", "hidden in the document viewer")] if code.id in self._hidden else []
        parts = [counted, keyed, *hidden]
        parent = self._parent.get(code.id)
        if parent and parent in self._codes:
            parts.insert(0, translate("codebook.model", "under {code}").format(code=self._codes[parent].name))
        if code.definition:
            parts.append(translate("codebook.model", "definition: {text}").format(text=code.definition))
        return "; ".join(parts)

    def _subtree_count(self, code_id: str) -> int:
        return self._counts.get(code_id, 0) + sum(self._subtree_count(c) for c in self._children.get(code_id, []))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | base
        if index.column() == COL_NAME:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cid = self.code_id(index)
        project = self.ctx.project
        if cid is None or project is None or role != Qt.ItemDataRole.EditRole or index.column() != COL_NAME:
            return False
        name = str(value).strip()
        code = self._codes.get(cid)
        if code is None or not name or name == code.name:
            return False
        try:
            project.update_code(cid, name=name)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.emit(user_message(exc))
            return False
        return True

    # --- drag and drop: move codes, or drop a text selection onto a code ------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODE_MIME, SPAN_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = []
        for i in indexes:
            cid = self.code_id(i)
            if cid and cid not in ids:
                ids.append(cid)
        mime = QMimeData()
        mime.setData(CODE_MIME, json.dumps(ids).encode())
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Index,
    ) -> bool:
        if data.hasFormat(SPAN_MIME):  # text is coded by dropping it ON a code, not between codes
            return parent.isValid() and row == -1
        return data.hasFormat(CODE_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Index,
    ) -> bool:
        project = self.ctx.project
        if project is None or action == Qt.DropAction.IgnoreAction:
            return False
        target = self.code_id(parent)
        if data.hasFormat(SPAN_MIME):
            if target is None or row != -1:
                return False
            span = json.loads(bytes(data.data(SPAN_MIME).data()).decode())
            self.span_dropped.emit(target, str(span["document_id"]), int(span["start"]), int(span["end"]))
            return False  # nothing to remove at the source
        if not data.hasFormat(CODE_MIME):
            return False
        ids = json.loads(bytes(data.data(CODE_MIME).data()).decode())
        self.move_codes([str(i) for i in ids], target, row)
        return False  # the move is applied through the change set, not by the view

    def move_codes(self, ids: Sequence[str], parent_id: str | None, row: int = -1) -> None:
        """Move codes under ``parent_id`` at ``row`` among its children (-1: at the end),
        renumbering the siblings so the order sticks — one undo step."""
        from qcoder.gui.grouping import one_undo_step

        project = self.ctx.project
        if project is None:
            return
        codes = list(self._codes.values())
        if parent_id is not None and parent_id in ids:
            return  # dropped on itself: a slip of the mouse, not a request
        if parent_id is not None and any(parent_id in descendants(codes, cid) for cid in ids):
            self.error.emit(user_message(CodebookCycle("", "")))
            return
        moving = [cid for cid in ids if cid in self._codes]
        if not moving:
            return
        old = self._children.get(parent_id, [])
        staying = [c for c in old if c not in moving]
        at = len(staying) if row < 0 else sum(1 for c in old[:row] if c not in moving)
        order = staying[:at] + moving + staying[at:]
        try:
            with one_undo_step(
                self.ctx,
                translate("codebook.model", "Move code")
                if len(moving) == 1
                else translate("codebook.model", "Move codes"),
            ):
                for position, cid in enumerate(order):
                    code = project.code(cid)
                    if cid in moving and code.parent_id != parent_id:
                        project.update_code(cid, parent_id=parent_id, position=position)
                    elif code.position != position:
                        project.update_code(cid, position=position)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.error.emit(user_message(exc))

    # --- change sets -------------------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> None:
        project = self.ctx.project
        if project is None:
            return
        if changes.touches(Kind.CODE):
            self._sync(project.codes())
        if changes.touches(Kind.CODE) or (changes.touches(Kind.CODING) and not changes.counted_codes):
            # counts follow a moment later (coalesced), so the coded text shows first
            if not self._counts_pending:
                self._counts_pending = True
                QTimer.singleShot(0, self.refresh_counts)
        elif changes.counted_codes:
            self.refresh_counts(changes.counted_codes)

    def refresh_counts(self, code_ids: set[str] | None = None) -> None:
        """Re-read the coding counts (of ``code_ids`` only, when given: one indexed query) and
        signal the rows whose count moved."""
        project = self.ctx.project
        if project is None:
            return
        if code_ids is not None:
            fresh = project.coding_counts(sorted(code_ids))
            counts = dict(self._counts)
            for cid in code_ids:
                counts[cid] = fresh.get(cid, 0)
        else:
            self._counts_pending = False
            counts = project.coding_counts()
        moved = {c for c in set(counts) | set(self._counts) if counts.get(c, 0) != self._counts.get(c, 0)}
        self._counts = counts
        for cid in moved:
            self._changed(cid, COL_NAME, COL_COUNT)
            pid = self._parent.get(cid)
            while pid is not None:  # parents' tooltips show subtree totals
                self._changed(pid, COL_NAME, COL_NAME)
                pid = self._parent.get(pid)

    def _sync(self, codes: list[Code]) -> None:
        new = {c.id: c for c in codes}
        new_children = self._tree(codes)
        # 1. removals and moves (a moved code is removed here and inserted again below)
        new_pos = {cid: (pid, i) for pid, kids in new_children.items() for i, cid in enumerate(kids)}
        gone = [cid for cid in self._codes if cid not in new or new[cid].parent_id != self._parent[cid]]
        for pid, kids in self._children.items():
            order = [k for k in kids if k in new and new[k].parent_id == pid]
            wanted = [k for k in new_children.get(pid, []) if k in set(order)]
            if order != wanted:  # re-ordered siblings: remove the ones out of place
                gone += [k for k, w in zip(order, wanted, strict=True) if k != w]
        for cid in gone:
            if cid in self._codes:
                self._remove_row(cid)
        # 2. insertions (parents first), in the new sibling order
        for cid in self._insertion_order(new, new_children):
            if cid not in self._codes:
                self._insert_row(new[cid], new_children, new_pos)
        # 3. plain data changes
        for cid, code in new.items():
            old = self._codes.get(cid)
            if old is not None and old != code:
                self._codes[cid] = code
                self._changed(cid, COL_NAME, len(HEADERS) - 1)
        if self._children.get(None, []) != new_children.get(None, []) or any(
            self._children.get(cid, []) != new_children.get(cid, []) for cid in new
        ):  # safety net: never leave the view out of step with the project
            self.reload()

    def _insertion_order(self, new: dict[str, Code], children: dict[str | None, list[str]]) -> list[str]:
        out: list[str] = []
        stack = list(reversed(children.get(None, [])))
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(reversed(children.get(cid, [])))
        return out

    def _remove_row(self, cid: str) -> None:
        pid = self._parent[cid]
        siblings = self._children.get(pid, [])
        row = siblings.index(cid)
        parent_index = self.index_of(pid) if pid is not None else QModelIndex()
        self.beginRemoveRows(parent_index, row, row)
        siblings.pop(row)
        stack = [cid]
        while stack:  # forget the whole subtree
            c = stack.pop()
            stack.extend(self._children.pop(c, []))
            self._codes.pop(c, None)
            self._parent.pop(c, None)
        self.endRemoveRows()

    def _insert_row(
        self, code: Code, new_children: dict[str | None, list[str]], new_pos: dict[str, tuple[str | None, int]]
    ) -> None:
        pid = code.parent_id
        if pid is not None and pid not in self._codes:
            return  # the parent comes first in insertion order; absent parent means inconsistent data
        siblings = self._children.setdefault(pid, [])
        wanted = new_children.get(pid, [])
        rank = {k: i for i, k in enumerate(wanted)}
        row = sum(1 for s in siblings if rank.get(s, 1 << 30) < rank.get(code.id, 0))
        parent_index = self.index_of(pid) if pid is not None else QModelIndex()
        self.beginInsertRows(parent_index, row, row)
        siblings.insert(row, code.id)
        self._codes[code.id] = code
        self._parent[code.id] = pid
        self._children.setdefault(code.id, [])
        self.endInsertRows()

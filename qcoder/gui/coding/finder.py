"""The quick-code finder: type to filter the codebook, Enter to choose (also used to pick a
merge target)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from qcoder.core.model import Code
from qcoder.gui.accessibility import a11y
from qcoder.gui.codebook.model import color_icon
from qcoder.gui.i18n import translate


def matches(query: str, path: str) -> int | None:
    """A rank for ``path`` against ``query`` (lower is better), or None when it does not match.

    Every word of the query must occur in the path (case-insensitive); a word at the start of
    the code's own name ranks first, then anywhere in its name, then in a parent's name.
    """
    words = query.casefold().split()
    if not words:
        return 0
    p = path.casefold()
    name = p.rsplit(" > ", 1)[-1]
    rank = 0
    for w in words:
        if w not in p:
            return None
        rank += 0 if name.startswith(w) else 1 if w in name else 2
    return rank


class CodeFinder(QDialog):
    """A small popup: a filter box over the code paths; Enter or double-click chooses."""

    def __init__(
        self,
        codes: Iterable[Code],
        paths: dict[str, str],
        title: str = "",
        parent: QWidget | None = None,
        hint: str = "",
        keys: dict[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("coding.finder", "Apply code"))
        self.setObjectName("CodeFinder")
        self.chosen: str | None = None
        self._codes = {c.id: c for c in codes}
        self._paths = paths
        self._keys = keys or {}
        self.edit = QLineEdit(self)
        a11y(
            self.edit,
            translate("coding.finder", "Find a code"),
            translate("coding.finder", "Type part of a code's name; Enter applies the chosen code"),
        )
        self.edit.setPlaceholderText(translate("coding.finder", "Type to filter codes, Enter to apply"))
        self.list = QListWidget(self)
        a11y(
            self.list,
            translate("coding.finder", "Codes"),
            translate("coding.finder", "The codes matching what you typed, with their quick keys"),
        )
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        if hint:
            label = QLabel(hint, self)
            label.setObjectName("FinderHint")
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(440, 380)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.edit.returnPressed.connect(self._accept_current)
        self.list.itemActivated.connect(lambda _item: self._accept_current())
        self._filter("")

    def _filter(self, query: str) -> None:
        ranked = []
        for cid, code in self._codes.items():
            path = self._paths.get(cid, code.name)
            r = matches(query, path)
            if r is not None:
                ranked.append((r, path.casefold(), cid, path))
        ranked.sort()
        self.list.clear()
        for _r, _k, cid, path in ranked:
            key = self._keys.get(cid)
            item = QListWidgetItem(color_icon(self._codes[cid].color), path + (f"    [{key}]" if key else ""))
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)  # arrows move in the list while typing
                return True
        return super().eventFilter(watched, event)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


def choose_code(
    parent: QWidget | None,
    codes: Iterable[Code],
    paths: dict[str, str],
    title: str,
    hint: str = "",
    keys: dict[str, int] | None = None,
) -> str | None:
    dialog = CodeFinder(codes, paths, title, parent, hint, keys)
    dialog.edit.setFocus()
    ok = dialog.exec()
    chosen = dialog.chosen if ok else None
    dialog.deleteLater()
    return chosen

"""The Analysis menu's word-frequencies and co-occurrence windows: non-modal, one of each per
main window, closed with the project (the main window only adds :meth:`WordWindows.add_actions`).

They are top-level windows of their own, not children of the main window: a hit opened from
one (a double-click) shows its document in the main window, which then comes to the front; a
child window would stay on top of it and hide the selected word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from qcoder.gui.analysis.cooccurrence_view import CooccurrenceDialog
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.analysis.words_view import WordsDialog
from qcoder.gui.context import AppContext
from qcoder.gui.i18n import translate


class WordWindows(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._open: dict[type[RefreshingDialog], RefreshingDialog] = {}
        self.words_action = QAction(translate("analysis.windows", "Word frequencies…"), parent)
        self.words_action.setStatusTip(
            translate("analysis.windows", "Lemmas by attribute, stop words, keyword in context")
        )
        self.words_action.triggered.connect(self.open_words)
        self.cooccurrence_action = QAction(translate("analysis.windows", "Code co-occurrence…"), parent)
        self.cooccurrence_action.setStatusTip(
            translate("analysis.windows", "Where codes meet: a matrix and a network drawing")
        )
        self.cooccurrence_action.triggered.connect(self.open_cooccurrence)
        ctx.project_closed.connect(self.close_all)
        ctx.document_requested.connect(self._bring_forward)

    def add_actions(self, menu: QMenu) -> list[QAction]:
        """Add the windows' actions to ``menu``; returns them (enabled while a project is open)."""
        actions = [self.words_action, self.cooccurrence_action]
        for action in actions:
            menu.addAction(action)
        return actions

    def _show(self, kind: type[RefreshingDialog]) -> RefreshingDialog | None:
        if self._ctx.project is None:
            return None
        dialog = self._open.get(kind)
        if dialog is None:
            dialog = self._open[kind] = kind(self._ctx, None)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_words(self) -> WordsDialog | None:
        dialog = self._show(WordsDialog)
        return dialog if isinstance(dialog, WordsDialog) else None

    def open_cooccurrence(self) -> CooccurrenceDialog | None:
        dialog = self._show(CooccurrenceDialog)
        return dialog if isinstance(dialog, CooccurrenceDialog) else None

    def _bring_forward(self, *_: object) -> None:
        """A document asked for from one of these windows: show the main window over it."""
        if any(d.isActiveWindow() for d in self._open.values()):
            self._parent.raise_()
            self._parent.activateWindow()

    def dialog(self, kind: type[RefreshingDialog]) -> RefreshingDialog | None:
        return self._open.get(kind)

    def close_all(self) -> None:
        for dialog in self._open.values():
            dialog.done(0)
            dialog.deleteLater()
        self._open.clear()

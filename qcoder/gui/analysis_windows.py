"""The Analysis menu of the main window and the non-modal analysis windows it opens (one of
each per main window, closed with the project): theme frequencies (a dock), saturation, the
framework matrix, word frequencies and code co-occurrence (:mod:`qcoder.gui.analysis.windows`),
memos (a dock). A mixin of :class:`~qcoder.gui.main_window.MainWindow`, which
provides ``ctx``, ``project_actions`` and ``open_dock``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from qcoder.gui.analysis.framework_view import FrameworkDialog
from qcoder.gui.analysis.query_window import QueryDialog
from qcoder.gui.analysis.refreshing import RefreshingDialog
from qcoder.gui.analysis.saturation import SaturationDialog
from qcoder.gui.analysis.windows import WordWindows
from qcoder.gui.i18n import translate
from qcoder.gui.icons import icon
from qcoder.gui.shortcuts import bind

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from qcoder.gui.context import AppContext


class AnalysisWindows:
    ctx: AppContext
    project_actions: list[QAction]
    saturation_dialog: SaturationDialog | None = None
    framework_dialog: FrameworkDialog | None = None
    query_dialog: QueryDialog | None = None

    def open_dock(self, key: str, min_share: float = 0.0) -> None:
        raise NotImplementedError

    def _analysis_menu(self, analysis: QMenu) -> None:
        def add(text: str, slot: Callable[[], object], tip: str = "") -> QAction:
            action = analysis.addAction(text, slot)
            if tip:
                action.setStatusTip(tip)
            self.project_actions.append(action)
            return action

        self.frequencies_action = add(translate("analysis_windows", "Theme frequencies"), self.open_analysis)
        bind(self.frequencies_action, "analysis.frequencies")
        self.saturation_action = add(
            translate("analysis_windows", "Saturation"),
            self.open_saturation,
            translate("analysis_windows", "New codes per document, in coding, interview-date or name order"),
        )
        self.framework_action = add(
            translate("analysis_windows", "Framework matrix"),
            self.open_framework,
            translate("analysis_windows", "Cases × themes: counts, excerpts, your summaries and drafts"),
        )
        self.query_action = add(
            translate("analysis_windows", "Query…"),
            self.open_query,
            translate(
                "analysis_windows", "Codes combined with AND, OR, NOT, NEAR: passages in context, counted, coded"
            ),
        )
        self.windows = WordWindows(self.ctx, self._parent())  # word frequencies, code co-occurrence
        self.project_actions += self.windows.add_actions(analysis)
        self.memos_action = add(translate("analysis_windows", "Memos"), self.open_memos)
        self.memos_action.setIcon(icon("memo"))

    def open_analysis(self) -> None:
        """Show the analysis view, at least 60 % of the window high (docked at the bottom of a
        1366×768 screen it would otherwise show a row and a half of the matrix)."""
        self.open_dock("analysis", min_share=0.6)

    def open_memos(self) -> None:
        """Show the memo list, at least a third of the window high (the list beside its editor)."""
        self.open_dock("memos", min_share=1 / 3)

    def open_saturation(self) -> SaturationDialog | None:
        dialog = self._open_dialog("saturation_dialog", lambda: SaturationDialog(self.ctx, self._parent()))
        return dialog if isinstance(dialog, SaturationDialog) else None

    def open_framework(self) -> FrameworkDialog | None:
        dialog = self._open_dialog("framework_dialog", lambda: FrameworkDialog(self.ctx, self._parent()))
        return dialog if isinstance(dialog, FrameworkDialog) else None

    def open_query(self) -> QueryDialog | None:
        dialog = self._open_dialog("query_dialog", lambda: QueryDialog(self.ctx, self._parent()))
        return dialog if isinstance(dialog, QueryDialog) else None

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _open_dialog(self, attribute: str, make: Callable[[], RefreshingDialog]) -> RefreshingDialog | None:
        """A non-modal window kept in ``attribute``, one per main window, closed with the project."""
        if self.ctx.project is None:
            return None
        dialog: RefreshingDialog | None = getattr(self, attribute)
        if dialog is None:
            made = dialog = make()
            setattr(self, attribute, made)

            def close() -> None:
                self.ctx.project_closed.disconnect(close)
                setattr(self, attribute, None)
                made.done(0)
                made.deleteLater()

            self.ctx.project_closed.connect(close)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

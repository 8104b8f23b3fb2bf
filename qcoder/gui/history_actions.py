"""Edit → Undo / Redo of the main window: the actions' texts follow the undo stack ("Undo
Apply code"), and a step that fails clears the history and says why. A mixin of
:class:`~qcoder.gui.main_window.MainWindow`, which provides ``ctx``, the two actions and
``_status``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from qcoder.gui.errors import user_message
from qcoder.gui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from qcoder.gui.context import AppContext


class HistoryActions:
    ctx: AppContext
    undo_action: QAction
    redo_action: QAction

    def _status(self, text: str) -> None:
        raise NotImplementedError

    def _on_undo_text(self, text: str) -> None:
        self.undo_action.setText(
            translate("history_actions", "Undo {step}").format(step=text)
            if text
            else translate("history_actions", "Undo")
        )

    def _on_redo_text(self, text: str) -> None:
        self.redo_action.setText(
            translate("history_actions", "Redo {step}").format(step=text)
            if text
            else translate("history_actions", "Redo")
        )

    def undo(self) -> None:
        self._history_step(undo=True)

    def redo(self) -> None:
        self._history_step(undo=False)

    def _history_step(self, *, undo: bool) -> None:
        project = self.ctx.project
        if project is None:
            return
        text = self.ctx.undo_stack.undoText() if undo else self.ctx.undo_stack.redoText()
        try:
            project.undo() if undo else project.redo()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            failed = (
                translate("history_actions", "This step could not be undone; the undo history was cleared.\n\n{reason}")
                if undo
                else translate(
                    "history_actions", "This step could not be redone; the undo history was cleared.\n\n{reason}"
                )
            )
            title = translate("history_actions", "Undo") if undo else translate("history_actions", "Redo")
            parent = self if isinstance(self, QWidget) else None
            QMessageBox.warning(parent, title, failed.format(reason=user_message(exc)))
            return
        done = (
            translate("history_actions", "Undone: {step}") if undo else translate("history_actions", "Redone: {step}")
        )
        self._status(done.format(step=text))

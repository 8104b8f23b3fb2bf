"""The codings at the transcript's caret, for screen readers and the keyboard.

A key (``transcript.codings_here``, Ctrl+Shift+I) says and shows "Trust (Maya), Colocation
(Jordan)" for the caret's place; the transcript's accessible description follows the caret
(updated a moment after it stops moving, and after codings change), so a screen reader's
"describe" command reads the same.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolTip

from qcoder.gui.accessibility import a11y, announce, describe
from qcoder.gui.shortcuts import bind
from qcoder.gui.viewer.state import ViewState
from qcoder.gui.viewer.text_view import TranscriptView

DELAY_MS = 150  # the description waits for the caret to rest (arrow keys held down)
NONE_HERE = "No codings at the cursor"


def codings_at(state: ViewState | None, offset: int) -> str:
    """ "Trust (Maya), Colocation (Jordan)": each code covering code-point ``offset`` with its
    coder, in codebook order (each pair once), or :data:`NONE_HERE`."""
    if state is None:
        return NONE_HERE
    order = state.codebook.order
    found = sorted(state.index.at(offset), key=lambda c: (order.get(c.code_id, 1 << 30), c.start))
    said: list[str] = []
    for c in found:
        text = f"{state.codebook.name(c.code_id)} ({state.coder_names.get(c.coder_id, 'unknown coder')})"
        if text not in said:
            said.append(text)
    return ", ".join(said) if said else NONE_HERE


class CaretCodings(QObject):
    """Keeps ``view``'s accessible description on the codings at its caret; :attr:`action`
    says and shows them."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        a11y(view, "Transcript", "The document's text. Ctrl+Shift+I tells the codings at the cursor.")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update)
        view.cursorPositionChanged.connect(self._timer.start)
        self.action = QAction("Codings at the cursor", view)
        bind(self.action, "transcript.codings_here")
        self.action.triggered.connect(lambda _=False: self.tell())
        view.addAction(self.action)

    def text(self) -> str:
        """The codings at the caret (see :func:`codings_at`)."""
        state = self.view.state
        return codings_at(state, self.view.cursor_offset()) if state is not None else NONE_HERE

    def schedule(self) -> None:
        """Codings changed: the description is brought up to date a moment later."""
        self._timer.start()

    def update(self) -> None:
        state = self.view.state
        if state is None:
            describe(self.view, "No document open.")
            return
        here = self.text()
        said = f"{NONE_HERE}." if here == NONE_HERE else f"Codings at the cursor: {here}."
        describe(self.view, f"{state.document.name}. {said}")

    def tell(self) -> str:
        """Say the codings at the caret (screen readers) and show them beside it."""
        text = self.text()
        self.update()
        announce(self.view, text, assertive=True)
        where = self.view.viewport().mapToGlobal(self.view.cursorRect().bottomLeft())
        QToolTip.showText(where, text, self.view)
        return text

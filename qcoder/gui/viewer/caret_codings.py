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
from qcoder.gui.i18n import QT_TRANSLATE_NOOP, translate
from qcoder.gui.shortcuts import bind
from qcoder.gui.viewer.state import ViewState
from qcoder.gui.viewer.text_view import TranscriptView

DELAY_MS = 150  # the description waits for the caret to rest (arrow keys held down)
NONE_HERE = QT_TRANSLATE_NOOP("viewer.caret_codings", "No codings at the cursor")


def codings_at(state: ViewState | None, offset: int) -> str:
    """ "Trust (Maya), Colocation (Jordan)": each code covering code-point ``offset`` with its
    coder, in codebook order (each pair once), or :data:`NONE_HERE`."""
    if state is None:
        return translate("viewer.caret_codings", NONE_HERE)
    order = state.codebook.order
    found = sorted(state.index.at(offset), key=lambda c: (order.get(c.code_id, 1 << 30), c.start))
    said: list[str] = []
    for c in found:
        coder = state.coder_names.get(c.coder_id) or translate("viewer.caret_codings", "unknown coder")
        text = translate("viewer.caret_codings", "{code} ({coder})").format(
            code=state.codebook.name(c.code_id), coder=coder
        )
        if text not in said:
            said.append(text)
    return ", ".join(said) if said else translate("viewer.caret_codings", NONE_HERE)


class CaretCodings(QObject):
    """Keeps ``view``'s accessible description on the codings at its caret; :attr:`action`
    says and shows them."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self.view = view
        a11y(
            view,
            translate("viewer.caret_codings", "Transcript"),
            translate("viewer.caret_codings", "The document's text. Ctrl+Shift+I tells the codings at the cursor."),
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.update)
        view.cursorPositionChanged.connect(self._timer.start)
        self.action = QAction(translate("viewer.caret_codings", "Codings at the cursor"), view)
        bind(self.action, "transcript.codings_here")
        self.action.triggered.connect(lambda _=False: self.tell())
        view.addAction(self.action)

    def text(self) -> str:
        """The codings at the caret (see :func:`codings_at`)."""
        state = self.view.state
        return (
            codings_at(state, self.view.cursor_offset())
            if state is not None
            else translate("viewer.caret_codings", NONE_HERE)
        )

    def schedule(self) -> None:
        """Codings changed: the description is brought up to date a moment later."""
        self._timer.start()

    def update(self) -> None:
        state = self.view.state
        if state is None:
            describe(self.view, translate("viewer.caret_codings", "No document open."))
            return
        here = self.text()
        if here == translate("viewer.caret_codings", NONE_HERE):
            said = translate("viewer.caret_codings", "No codings at the cursor.")
        else:
            said = translate("viewer.caret_codings", "Codings at the cursor: {codings}.").format(codings=here)
        describe(
            self.view,
            translate("viewer.caret_codings", "{document}. {codings}").format(
                document=state.document.name, codings=said
            ),
        )

    def tell(self) -> str:
        """Say the codings at the caret (screen readers) and show them beside it."""
        text = self.text()
        self.update()
        announce(self.view, text, assertive=True)
        where = self.view.viewport().mapToGlobal(self.view.cursorRect().bottomLeft())
        QToolTip.showText(where, text, self.view)
        return text
